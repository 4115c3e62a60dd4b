import { defineConfig } from 'wxt';

// Host access is limited to the pages Vettok reads. Every other permission is explained in
// docs/security.md; the manifest snapshot test fails when this list widens.
export const HOST_PERMISSIONS = [
  'https://www.tiktok.com/*',
  'https://affiliate.tiktok.com/*',
  'https://affiliate.tiktokshopglobalselling.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms + notifications: collaboration deadline reminders (content review, sample posting, appeal).
    permissions: ['storage', 'sidePanel', 'scripting', 'alarms', 'notifications'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: '__MSG_extName__' },
  },
});
