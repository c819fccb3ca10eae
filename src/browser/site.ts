// The site's few behaviours, in one small module on every page. Each enhances markup that
// already works without JavaScript. Anything bigger is fetched when it is needed: search when a
// reader opens it, Share's copy and QR code when Share is first opened, offline support when the
// browser is idle. Those modules are built separately (`?worker&url`, see load-search-ui.ts).
import './site-search.ts';
import './lesson-opened.ts';
import './progress-marks.ts';
import { loadScript } from './load-script.ts';
import { loadSearchUi } from './load-search-ui.ts';
import { PRESENT_CHANGE, watchPresentKey } from './present-key.ts';
import copyLinksUrl from './copy-links.ts?worker&url';
import lessonCheckUrl from './lesson-check.ts?worker&url';
import tocCurrentUrl from './toc-current.ts?worker&url';
import offlineSupportUrl from './offline-support.ts?worker&url';
import popoverFallbackUrl from './popover-fallback.ts?worker&url';
import presentControlsUrl from './present-controls.ts?worker&url';
import searchHighlightUrl from './search-highlight.ts?worker&url';
import sharePanelUrl from './share-panel.ts?worker&url';
import stepBarUrl from './step-bar.ts?worker&url';

const loadOfflineSupport = () => loadScript(offlineSupportUrl).catch(() => {});
if ('requestIdleCallback' in window) requestIdleCallback(loadOfflineSupport, { timeout: 4000 });
else setTimeout(loadOfflineSupport, 2000);

// Engines without popovers, or without anchoring them to their word, get what stands in for them.
if (!('popover' in HTMLElement.prototype) || !CSS.supports('position-area: block-end')) loadScript(popoverFallbackUrl).catch(() => {});

// Share starts loading as soon as a reader reaches for it, so it is ready by the time the panel opens.
const loadSharePanel = () => void loadScript(sharePanelUrl).catch(() => {});
// Share's own button and the QR code buttons on tool pages and in a workshop step open the same panel.
for (const type of ['pointerover', 'focusin'])
  document.addEventListener(type, (event) => {
    if ((event.target as Element).closest?.('share-panel, [popovertarget="share-panel"]')) loadSharePanel();
  });

// The search page shows its search box straight away; everywhere else search waits to be opened.
if (document.querySelector('search-page')) void loadSearchUi();

// Presentation mode's controls (the exit button, links that keep it on): at once on a page opened
// presenting, else when Share or the P key first turns it on.
const loadPresentControls = () => loadScript(presentControlsUrl);
if (document.documentElement.classList.contains('present')) loadPresentControls().catch(() => {});
document.addEventListener(PRESENT_CHANGE, () => void loadPresentControls().catch(() => {}));
watchPresentKey(loadPresentControls);

// A section's or a row's link copies itself when clicked (and still jumps there); the copying
// code comes with the first click.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-copy-link]');
  if (link)
    loadScript(copyLinksUrl).then(
      () => window.copyLink!(link),
      () => {},
    );
});

// A lesson's questions: their code comes with the first Check (the buttons are in the page from
// the start, so nothing moves), and that answer is checked once it has arrived.
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.closest('lesson-check') || customElements.get('lesson-check')) return;
  loadScript(lessonCheckUrl).then(
    () => form.requestSubmit(),
    () => {},
  );
});

// Print buttons (a worksheet, the guide) open the print dialog.
document.addEventListener('click', (event) => {
  if ((event.target as Element).closest?.('print-button button')) print();
});

// The contents list marks the section being read from the reader's first scroll.
if (document.querySelector('.toc'))
  addEventListener('scroll', () => void loadScript(tocCurrentUrl).catch(() => {}), { once: true, passive: true });

// A page opened from a search result marks the words searched for.
if (new URLSearchParams(location.search).has('highlight')) loadScript(searchHighlightUrl).catch(() => {});

// A workshop walk-through (?plan=…&step=…) draws its step bar; other pages never load it.
if (new URLSearchParams(location.search).has('plan')) loadScript(stepBarUrl).catch(() => {});
