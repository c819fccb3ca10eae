import { copyText } from './clipboard.ts';
import { isPresenting, withPresenting } from '../lib/present-mode.ts';
import QrWorker from './qr-worker.ts?worker';

// Loaded when a reader first opens Share (see site.ts). The panel works without it as a plain
// popover with the page's link; this makes the link follow the page's current state, draws the
// QR code and copies.
class SharePanel extends HTMLElement {
  #panel = this.querySelector<HTMLElement>('[popover]')!;
  #url = this.querySelector<HTMLInputElement>('[data-share-url]')!;
  #status = this.querySelector<HTMLElement>('[data-share-status]')!;
  #present = this.querySelector<HTMLButtonElement>('[data-share-present]')!;
  #qr: Worker | undefined;

  connectedCallback() {
    this.#panel.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') this.refresh();
    });
    this.querySelector('[data-share-copy]')!.addEventListener('click', () => this.#copy());
    this.#url.addEventListener('focus', () => this.#url.select());
    this.#present.addEventListener('click', () => this.#togglePresenting());
    // Disabled in the markup, so a click can never fall on a button that would not respond.
    for (const button of this.querySelectorAll('button[disabled]')) button.removeAttribute('disabled');
    this.#showPresenting();
  }

  /** The link to share: where the reader is now, minus presentation mode (the receiver chooses). */
  #shareUrl() {
    return withPresenting(new URL(location.href), false).href;
  }

  refresh() {
    const link = this.#shareUrl();
    this.#url.value = link;
    this.#status.textContent = '';
    this.#qr ??= new QrWorker();
    this.#qr.onmessage = (event: MessageEvent<string>) => {
      const holder = this.querySelector<HTMLElement>('[data-share-qr]')!;
      holder.innerHTML = event.data;
      holder.dataset.qrFor = link;
    };
    this.#qr.postMessage(link);
  }

  async #copy() {
    if (await copyText(this.#url.value)) {
      this.#status.textContent = this.#status.dataset.copied ?? '';
      return;
    }
    this.#url.select();
    this.#status.textContent = this.#status.dataset.failed ?? '';
  }

  #togglePresenting() {
    const next = withPresenting(new URL(location.href), !isPresenting(new URL(location.href)));
    history.replaceState(history.state, '', next);
    document.documentElement.classList.toggle('present', isPresenting(next));
    this.#showPresenting();
  }

  #showPresenting() {
    this.#present.setAttribute('aria-pressed', String(isPresenting(new URL(location.href))));
  }
}
customElements.define('share-panel', SharePanel);
// The toggle that caused this module to load has already fired: catch up with the open panel.
for (const panel of document.querySelectorAll<SharePanel>('share-panel')) {
  if (panel.querySelector(':popover-open')) panel.refresh();
}
