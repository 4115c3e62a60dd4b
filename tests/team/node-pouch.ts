import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

/**
 * PouchDB for Node, plugged once (plugins change the one PouchDB class): memory replicas, HTTP
 * to a server, replication, and map/reduce for the test server's own needs.
 */
export const NodePouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(mapreduce).plugin(replication);
