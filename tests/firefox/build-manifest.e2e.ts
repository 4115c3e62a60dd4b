import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './firefox';

interface FirefoxManifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; world?: string; js?: string[] }[];
  background?: { scripts?: string[]; service_worker?: string };
  sidebar_action?: { default_panel?: string; open_at_install?: boolean };
  side_panel?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
    gecko_android?: { strict_min_version?: string };
  };
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const major = (version: string | undefined) => Number(version?.split('.')[0] ?? Number.NaN);

/**
 * The Firefox build's manifest: the same reach as the Chromium build's reviewed snapshot
 * (tests/e2e/manifest-permissions.json) without Chromium's `sidePanel`, and what Firefox and
 * addons.mozilla.org need.
 */
describe('the Firefox build (.output/firefox-mv3)', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as FirefoxManifest;
  const chrome = JSON.parse(readFileSync(join(import.meta.dirname, '../e2e/manifest-permissions.json'), 'utf8')) as Record<string, string[]>;

  it('reaches what the Chromium build reaches, without the Chromium-only sidePanel permission', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(sorted(manifest.permissions ?? [])).toEqual(chrome['permissions']!.filter((p) => p !== 'sidePanel'));
    expect(sorted(manifest.optional_permissions ?? [])).toEqual(chrome['optional_permissions']);
    expect(sorted(manifest.host_permissions ?? [])).toEqual(chrome['host_permissions']);
    expect(sorted(manifest.optional_host_permissions ?? [])).toEqual(chrome['optional_host_permissions']);
    expect(sorted(scripts.flatMap((s) => s.matches ?? []))).toEqual(chrome['content_script_matches']);
    expect(sorted(scripts.filter((s) => s.world === 'MAIN').flatMap((s) => s.matches ?? []))).toEqual(chrome['main_world_script_matches']);
  });

  it('is Manifest V3 with an event page, the sidebar and the MAIN-world response observer', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(manifest.content_scripts?.find((s) => s.world === 'MAIN')?.js).toEqual(['content-scripts/page-feed.js']);
  });

  it('names its Firefox id and versions, and declares that it collects nothing', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    // MAIN-world content scripts in MV3 need Firefox 128; data_collection_permissions is read from
    // 140 on desktop and 142 on Android (web-ext lint asks for these minimums).
    expect(major(gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(major(manifest.browser_specific_settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
