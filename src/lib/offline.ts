/** Where the service worker lives: at the site's root, so it looks after every page under the base path. */
export const serviceWorkerUrl = (base: string): string => `${base.replace(/\/?$/, '/')}sw.js`;

/**
 * Which connection notice to show. Offline, the message depends on whether this device has the
 * site saved (a service worker controls the page) or only the pages the browser happens to hold.
 * Coming back online is said once; after that, nothing is shown.
 */
export type ConnectionNotice = 'offline' | 'offline-unsaved' | 'back-online' | null;

export function connectionNotice(state: { online: boolean; wasOffline: boolean; saved: boolean }): ConnectionNotice {
  if (!state.online) return state.saved ? 'offline' : 'offline-unsaved';
  return state.wasOffline ? 'back-online' : null;
}
