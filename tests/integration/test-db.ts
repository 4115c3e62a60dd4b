import { afterEach } from 'vitest';
import { VettokDatabase } from '../../lib/db/database';

let counter = 0;
const open: VettokDatabase[] = [];

/** A fresh, empty database per test (fake-indexeddb), closed and deleted afterwards. */
export function freshDb(): VettokDatabase {
  const db = new VettokDatabase(`vettok-test-${process.pid}-${++counter}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

export function sequentialIds(prefix = 'id') {
  let n = 0;
  return { newId: () => `${prefix}-${++n}` };
}
