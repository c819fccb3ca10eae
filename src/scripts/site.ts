// The site's few behaviours, in one small module on every page. Each enhances markup that
// already works without JavaScript; anything heavy (search, QR codes) is imported on first use.
import './site-search.ts';
import './share-panel.ts';
import './copy-links.ts';
import './search-highlight.ts';
import './lesson-opened.ts';
import './progress-marks.ts';
import './search-page.ts';
