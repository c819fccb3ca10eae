// Loaded once the browser is idle (see site.ts): registers the service worker and shows the
// offline, back-online and new-version notices.
import { connectionNotice, serviceWorkerUrl, type ConnectionNotice } from '../lib/offline.ts';

const BACK_ONLINE_FOR_MS = 4000;

class OfflineSupport extends HTMLElement {
  #connection = this.querySelector<HTMLElement>('[data-notice="connection"]')!;
  #update = this.querySelector<HTMLElement>('[data-notice="update"]')!;
  #wasOffline = false;
  #clearTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-hide]')) {
      button.addEventListener('click', () => (button.closest<HTMLElement>('.site-notice')!.hidden = true));
    }
    addEventListener('online', () => this.#showConnection());
    addEventListener('offline', () => this.#showConnection());
    if (!navigator.onLine) this.#showConnection();

    // Only the built site has a service worker; a failed registration leaves the page as it was.
    // It starts saving the site once the page has loaded and the browser is idle, so it never
    // competes with what the reader is waiting for.
    if (import.meta.env.PROD && 'serviceWorker' in navigator) {
      const register = () => this.#register().catch(() => {});
      const whenIdle = () =>
        'requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000);
      if (document.readyState === 'complete') whenIdle();
      else addEventListener('load', whenIdle, { once: true });
    }
  }

  #showConnection() {
    const online = navigator.onLine;
    const notice = connectionNotice({ online, wasOffline: this.#wasOffline, saved: !!navigator.serviceWorker?.controller });
    this.#wasOffline = !online;
    clearTimeout(this.#clearTimer);
    if (!notice) return void (this.#connection.hidden = true);
    const texts: Record<NonNullable<ConnectionNotice>, string | undefined> = {
      offline: this.dataset.offline,
      'offline-unsaved': this.dataset.offlineUnsaved,
      'back-online': this.dataset.backOnline,
    };
    this.#connection.classList.toggle('site-notice-online', online);
    reveal(this.#connection, texts[notice] ?? '');
    if (notice === 'back-online') this.#clearTimer = setTimeout(() => (this.#connection.hidden = true), BACK_ONLINE_FOR_MS);
  }

  async #register() {
    const registration = await navigator.serviceWorker.register(serviceWorkerUrl(this.dataset.base!), { scope: this.dataset.base });
    // A new deployment's worker waits while this page is open, so the page never mixes two
    // versions; the reader may switch now, or gets it on the next visit.
    const offerUpdate = () => {
      if (registration.waiting && navigator.serviceWorker.controller) reveal(this.#update, this.dataset.update ?? '');
    };
    offerUpdate();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offerUpdate());
    });
    this.querySelector('[data-reload]')!.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
  }
}

/** Shows a notice; the words go in a moment later, so screen readers announce the live region. */
function reveal(notice: HTMLElement, text: string) {
  const status = notice.querySelector('[role="status"]')!;
  if (!notice.hidden && status.textContent === text) return;
  status.textContent = '';
  notice.hidden = false;
  setTimeout(() => (status.textContent = text), 50);
}

customElements.define('offline-support', OfflineSupport);
