import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

/**
 * Issue 9 §6: the built manifest's reach, compared with a small explicit snapshot
 * (tests/e2e/manifest-permissions.json). Any widening — or narrowing — fails until the snapshot is
 * updated on purpose, in a reviewed commit that also updates docs/security.md.
 */
interface ContentScript {
  matches?: string[];
  world?: string;
}
interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

function reachOf(manifest: Manifest) {
  const scripts = manifest.content_scripts ?? [];
  const war = manifest.web_accessible_resources ?? [];
  return {
    permissions: sorted(manifest.permissions ?? []),
    optional_permissions: sorted(manifest.optional_permissions ?? []),
    host_permissions: sorted(manifest.host_permissions ?? []),
    optional_host_permissions: sorted(manifest.optional_host_permissions ?? []),
    content_script_matches: sorted(scripts.flatMap((s) => s.matches ?? [])),
    main_world_script_matches: sorted(scripts.filter((s) => s.world === 'MAIN').flatMap((s) => s.matches ?? [])),
    web_accessible_resource_matches: sorted(war.flatMap((w) => w.matches ?? ['<all>'])),
    web_accessible_resources: sorted(war.flatMap((w) => w.resources)),
    externally_connectable: manifest.externally_connectable ?? null,
    content_security_policy: manifest.content_security_policy ?? null,
  };
}

describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  const snapshot = JSON.parse(readFileSync(join(import.meta.dirname, 'manifest-permissions.json'), 'utf8')) as Record<string, unknown>;
  delete snapshot['//'];

  it('asks for exactly the permissions in tests/e2e/manifest-permissions.json', () => {
    expect(reachOf(manifest)).toEqual(snapshot);
  });

  it('never asks for broad host access, and every host is https', () => {
    const reach = reachOf(manifest);
    const hosts = [...reach.host_permissions, ...reach.content_script_matches, ...reach.web_accessible_resource_matches];
    for (const host of hosts) {
      expect(host).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
      expect(host).not.toMatch(/<all_urls>|\*:\/\/|^https:\/\/\*/);
    }
    for (const dangerous of ['tabs', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'downloads', 'debugger', 'nativeMessaging', 'management', 'clipboardRead']) {
      expect(reach.permissions).not.toContain(dangerous);
    }
  });
});
