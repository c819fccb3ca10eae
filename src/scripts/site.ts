// The site's few behaviours, in one small module on every page. Each enhances markup that
// already works without JavaScript; anything heavy (search, QR codes) is imported on first use.
import './site-search.ts';
import './share-panel.ts';
import './copy-links.ts';
import './search-highlight.ts';
import './lesson-opened.ts';
import './progress-marks.ts';
import './search-page.ts';

// Offline support waits for an idle moment: it is never what a reader is waiting for.
import { loadScript } from '../utils/load-script.ts';
import offlineSupportUrl from './offline-support.ts?worker&url';

const loadOfflineSupport = () => loadScript(offlineSupportUrl).catch(() => {});
if ('requestIdleCallback' in window) requestIdleCallback(loadOfflineSupport, { timeout: 4000 });
else setTimeout(loadOfflineSupport, 2000);
