import { COURSE_MESSAGE, type CourseMessage } from '../lib/scorm-messages.ts';
import { CHECK_ROUND_EVENT, type CheckRound } from '../lib/check-round.ts';

// In the SCORM package only: each page tells the launch page around it what the learner does
// (this page, a lesson opened, a lesson check answered, a knowledge check round finished); the
// launch page alone talks to the LMS. A page opened on its own has no launch page and says nothing.
const launch = window.parent !== window ? window.parent : undefined;
const tell = (message: CourseMessage) => launch?.postMessage({ [COURSE_MESSAGE]: message }, '*');

tell({ type: 'page', href: location.href, lesson: document.querySelector<HTMLElement>('lesson-opened')?.dataset.id });

document.addEventListener(
  'submit',
  (event) => {
    const check = (event.target as Element).closest('lesson-check');
    if (check?.id) tell({ type: 'check', id: check.id });
  },
  true,
);

document.addEventListener(CHECK_ROUND_EVENT, (event) => {
  const { right, total } = (event as CustomEvent<CheckRound>).detail;
  tell({ type: 'round', right, total });
});
