import { PRESENT_PARAM } from './present-mode.ts';

/** Query parameters of a workshop walk-through: `?present=1&plan=plan-45&step=3` (steps count from 1). */
export const PLAN_PARAM = 'plan';
export const STEP_PARAM = 'step';

export interface WalkLink {
  label: string;
  /** Root-relative, as in content/workshop.yaml. */
  path: string;
}

export interface WalkStep {
  title: string;
  minutes: number;
  /** Minutes from the start of the session. */
  start: number;
  /** What to put on the screen; the first is where the step opens. */
  show: WalkLink[];
}

export interface WalkPlan {
  id: string;
  title: string;
  steps: WalkStep[];
}

export type WalkNotice = 'unknown-plan' | 'unknown-step';

export interface WalkPosition {
  plan: WalkPlan;
  /** 0-based index into plan.steps. */
  index: number;
  /** Set when the address named a plan or step that does not exist and a default was taken. */
  notice?: WalkNotice;
}

/**
 * Where a walk-through stands, from the address. No `plan` parameter: not walking (undefined).
 * A plan the guide does not have falls back to the first plan; a step that is not a whole number
 * from 1 to the plan's length falls back to step 1. Either way the notice says so.
 */
export function walkPosition(params: URLSearchParams, plans: readonly WalkPlan[]): WalkPosition | undefined {
  const planId = params.get(PLAN_PARAM);
  if (planId === null || plans.length === 0) return undefined;
  const named = plans.find((p) => p.id === planId);
  const plan = named ?? plans[0];
  const raw = params.get(STEP_PARAM) ?? '1';
  const step = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  const valid = step >= 1 && step <= plan.steps.length;
  const notice: WalkNotice | undefined = !named ? 'unknown-plan' : valid ? undefined : 'unknown-step';
  return { plan, index: named && valid ? step - 1 : 0, notice };
}

/**
 * The root-relative link that opens step `index` of a plan: its first page to show, in
 * presentation mode, with the plan and step added to whatever query and #section the page has.
 */
export function stepPath(
  plan: { id: string; steps: readonly { show: readonly WalkLink[] }[] },
  index: number,
  link: WalkLink = plan.steps[index].show[0],
): string {
  const url = new URL(link.path, 'https://walk.invalid');
  // A filtered comparison opens at its rows, not at the filters above them: the room should see the table.
  const theme = url.pathname === '/compare/' && !url.hash ? url.searchParams.get('theme') : null;
  if (theme) url.hash = `theme-${theme}`;
  url.searchParams.set(PRESENT_PARAM, '1');
  url.searchParams.set(PLAN_PARAM, plan.id);
  url.searchParams.set(STEP_PARAM, String(index + 1));
  return `${url.pathname}${url.search}${url.hash}`;
}

/** What the step bar fetches (/workshop/walk.json): the plans and the bar's wording. */
export interface WalkData {
  plans: WalkPlan[];
  words: Readonly<Record<string, string>>;
}
