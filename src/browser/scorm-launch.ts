import { findScormApi } from '../lib/scorm-api.ts';
import { applyMessage, courseMessage } from '../lib/scorm-messages.ts';
import { masteryScore, MASTERY_SCORE, readProgress, resumePage, scormValues, sessionTime } from '../lib/scorm-progress.ts';

// The SCORM package's launch page: the one place that talks to the LMS. It holds the course in a
// frame, so the session lasts while the learner moves between pages (each page load would
// otherwise end it). With no LMS around, the frame is the course, as a plain site.
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-pages]')!;
const pages: string[] = JSON.parse(frame.dataset.pages!);
const folder = new URL('./', location.href).href;
const api = findScormApi(window);
const started = Date.now();

let progress = readProgress('');
let location_ = '';
let mastery = MASTERY_SCORE;

let reported = '';
/** Sends what changed since the last report (a page's own reload, or a check answered again, changes nothing). */
function report() {
  const values = scormValues(progress, location_, mastery);
  if (!api || JSON.stringify(values) === reported) return;
  reported = JSON.stringify(values);
  for (const [element, value] of values) api.LMSSetValue(element, value);
  api.LMSCommit('');
}

if (api && api.LMSInitialize('') === 'true') {
  progress = readProgress(api.LMSGetValue('cmi.suspend_data'));
  mastery = masteryScore(api.LMSGetValue('cmi.student_data.mastery_score'));
  location_ = resumePage(api.LMSGetValue('cmi.core.lesson_location'), pages);
  report();

  addEventListener('message', (event) => {
    const message = event.source === frame.contentWindow ? courseMessage(event.data) : undefined;
    if (!message) return;
    ({ progress, location: location_ } = applyMessage(progress, location_, message, folder));
    report();
  });
  // Loaded again now that the page's messages are heard: the last page visited, else the first.
  frame.src = location_;

  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', sessionTime(Date.now() - started));
    // Until passed, the LMS keeps the learner's place and progress for the next launch.
    const passed = scormValues(progress, '', mastery).some(
      ([element, value]) => element === 'cmi.core.lesson_status' && value === 'passed',
    );
    api.LMSSetValue('cmi.core.exit', passed ? '' : 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  });
}
