// Draws QR codes off the main thread, so the QR library is fetched only when a reader opens Share.
import { renderSVG } from 'uqr';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(renderSVG(event.data, { ecc: 'M', border: 2, pixelSize: 8 }));
};
