import { describe, expect, it } from 'vitest';
import { connectionNotice, serviceWorkerUrl } from '../../src/lib/offline.ts';

describe('serviceWorkerUrl', () => {
  it('puts the worker at the root of the site, under the base path', () => {
    expect(serviceWorkerUrl('/')).toBe('/sw.js');
    expect(serviceWorkerUrl('/coc/')).toBe('/coc/sw.js');
    expect(serviceWorkerUrl('/coc')).toBe('/coc/sw.js');
  });
});

describe('connectionNotice', () => {
  it('says nothing while the reader has been online all along', () => {
    expect(connectionNotice({ online: true, wasOffline: false, saved: true })).toBeNull();
  });

  it('says what still works offline when the site is saved on the device', () => {
    expect(connectionNotice({ online: false, wasOffline: false, saved: true })).toBe('offline');
    expect(connectionNotice({ online: false, wasOffline: true, saved: true })).toBe('offline');
  });

  it('does not promise offline pages that were never saved', () => {
    expect(connectionNotice({ online: false, wasOffline: false, saved: false })).toBe('offline-unsaved');
  });

  it('says once that the connection is back', () => {
    expect(connectionNotice({ online: true, wasOffline: true, saved: true })).toBe('back-online');
  });
});
