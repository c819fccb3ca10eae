/**
 * localStorage that never throws: private modes, disabled storage and full quotas all read as
 * "nothing stored" and writes are dropped, so a page never breaks over a progress tick.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Storage unavailable: progress simply is not remembered.
    }
  },
};
