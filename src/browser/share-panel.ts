import { copyText } from './clipboard.ts';
import { embedSnippet, embedTarget } from '../lib/embed-views.ts';
import { fillIn } from '../lib/fill-in.ts';
import { pagePath } from '../lib/link-card-layout.ts';
import { withBase } from '../lib/paths.ts';
import { withPresenting } from '../lib/present-mode.ts';
import { PRESENT_KEY_STORAGE } from '../lib/present-shortcut.ts';
import { popoverOpen } from './popover-state.ts';
import { PRESENT_CHANGE, presentingNow, setPresenting } from './presenting.ts';
import { safeStorage } from './safe-storage.ts';
import QrWorker from './qr-worker.ts?worker';

// Loaded when a reader first opens Share (see site.ts). The panel works without it as a plain
// popover with the page's link; this makes the link follow the page's current state, draws the
// QR code and copies.
class SharePanel extends HTMLElement {
  #panel = this.querySelector<HTMLElement>('[popover]')!;
  #url = this.querySelector<HTMLInputElement>('[data-share-url]')!;
  #status = this.querySelector<HTMLElement>('[data-share-status]')!;
  #present = this.querySelector<HTMLButtonElement>('[data-share-present]')!;
  #embed = this.querySelector<HTMLElement>('[data-share-embed]');
  #qr: Worker | undefined;

  connectedCallback() {
    this.#panel.addEventListener('toggle', (event) => {
      if ((event as ToggleEvent).newState === 'open') this.refresh();
    });
    this.querySelector('[data-share-copy]')!.addEventListener('click', () => this.#copy());
    this.querySelector('[data-share-embed-copy]')?.addEventListener('click', () => this.#copyEmbed());
    this.#url.addEventListener('focus', () => this.#url.select());
    this.#present.addEventListener('click', () => setPresenting(!presentingNow()));
    document.addEventListener(PRESENT_CHANGE, () => this.#showPresenting());
    const presentKey = this.querySelector<HTMLInputElement>('[data-present-key]')!;
    presentKey.checked = safeStorage.get(PRESENT_KEY_STORAGE) !== 'off';
    presentKey.addEventListener('change', () => safeStorage.set(PRESENT_KEY_STORAGE, presentKey.checked ? 'on' : 'off'));
    // Disabled in the markup, so a click can never fall on a control that would not respond.
    for (const control of this.querySelectorAll('button[disabled], input[disabled]')) control.removeAttribute('disabled');
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
    this.#showEmbed();
  }

  /** The embed code for the tool as it is now: its answers, scenario, filters or the row in the address. */
  #showEmbed() {
    const section = this.#embed;
    if (!section) return;
    const base = document.documentElement.dataset.base ?? '/';
    const rows = new Set((section.dataset.rows ?? '').split(' ').filter(Boolean));
    const target = embedTarget(pagePath(location.pathname, base), location.search, location.hash, rows);
    if (!target) return;
    const src = new URL(withBase(base, target.path), location.origin);
    const label = target.row && document.getElementById(`${target.row}-label`)?.textContent?.trim();
    const title = label ? fillIn(section.dataset.rowTitle ?? '', { label }) : document.title;
    section.querySelector<HTMLTextAreaElement>('[data-share-embed-code]')!.value = embedSnippet(src, title, target.height);
    section.querySelector<HTMLAnchorElement>('[data-share-embed-preview]')!.href = src.href;
    section.hidden = false;
  }

  async #copyEmbed() {
    const code = this.querySelector<HTMLTextAreaElement>('[data-share-embed-code]')!;
    const status = this.querySelector<HTMLElement>('[data-share-embed-status]')!;
    const copied = await copyText(code.value);
    if (!copied) code.select();
    status.textContent = (copied ? status.dataset.copied : status.dataset.failed) ?? '';
  }

  async #copy() {
    if (await copyText(this.#url.value)) {
      this.#status.textContent = this.#status.dataset.copied ?? '';
      return;
    }
    this.#url.select();
    this.#status.textContent = this.#status.dataset.failed ?? '';
  }

  #showPresenting() {
    this.#present.setAttribute('aria-pressed', String(presentingNow()));
  }
}
customElements.define('share-panel', SharePanel);
// The toggle that caused this module to load has already fired: catch up with the open panel.
for (const panel of document.querySelectorAll<SharePanel>('share-panel')) {
  const popover = panel.querySelector('[popover]');
  if (popover && popoverOpen(popover)) panel.refresh();
}
