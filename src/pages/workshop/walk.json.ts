import type { APIRoute } from 'astro';
import { withClock } from '../../lib/session-plan.ts';
import type { WalkPlan } from '../../lib/step-through.ts';
import { workshopContent } from '../../server/workshop-content.ts';
import { strings } from '../../strings/site.ts';

/**
 * The session plans of content/workshop.yaml as the step bar needs them, with its wording.
 * Fetched only by a page opened in a walk-through (see src/browser/step-bar.ts), so no other
 * page carries the plans.
 */
export const GET: APIRoute = async () => {
  const { guide } = await workshopContent;
  const plans: WalkPlan[] = guide.plans.map((plan) => ({
    id: plan.id,
    title: plan.title,
    steps: withClock(plan.steps).map((s) => ({ title: s.title, minutes: s.minutes, start: s.start, show: s.show })),
  }));
  // The guide's own button wording stays on the guide.
  const { start: _start, startNote: _startNote, ...words } = strings.walk;
  return new Response(JSON.stringify({ plans, words }), { headers: { 'Content-Type': 'application/json' } });
};
