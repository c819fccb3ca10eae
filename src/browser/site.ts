// The site's few behaviours, in one small module on every page. Each enhances markup that
// already works without JavaScript. Anything bigger is fetched when it is needed: search when a
// reader opens it, Share's copy and QR code when Share is first opened, offline support when the
// browser is idle. Those modules are built separately (`?worker&url`, see load-search-ui.ts).
import './site-search.ts';
import './copy-links.ts';
import './search-highlight.ts';
import './lesson-opened.ts';
import './progress-marks.ts';
import './present-links.ts';
import { loadScript } from './load-script.ts';
import { loadSearchUi } from './load-search-ui.ts';
import offlineSupportUrl from './offline-support.ts?worker&url';
import sharePanelUrl from './share-panel.ts?worker&url';
import stepBarUrl from './step-bar.ts?worker&url';

const loadOfflineSupport = () => loadScript(offlineSupportUrl).catch(() => {});
if ('requestIdleCallback' in window) requestIdleCallback(loadOfflineSupport, { timeout: 4000 });
else setTimeout(loadOfflineSupport, 2000);

// Share starts loading as soon as a reader reaches for it, so it is ready by the time the panel opens.
const loadSharePanel = () => loadScript(sharePanelUrl).catch(() => {});
for (const panel of document.querySelectorAll('share-panel')) {
  panel.querySelector('[popover]')?.addEventListener('toggle', loadSharePanel, { once: true });
  panel.querySelector('.share-button')?.addEventListener('pointerenter', loadSharePanel, { once: true });
  panel.querySelector('.share-button')?.addEventListener('focus', loadSharePanel, { once: true });
}

// The search page shows its search box straight away; everywhere else search waits to be opened.
if (document.querySelector('search-page')) void loadSearchUi();

// A workshop walk-through (?plan=…&step=…) draws its step bar; other pages never load it.
if (new URLSearchParams(location.search).has('plan')) loadScript(stepBarUrl).catch(() => {});
