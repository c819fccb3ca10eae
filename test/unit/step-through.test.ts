import { describe, expect, it } from 'vitest';
import { stepPath, walkPosition, type WalkPlan } from '../../src/lib/step-through.ts';

const step = (title: string, ...paths: string[]) => ({ title, minutes: 5, start: 0, show: paths.map((path) => ({ label: title, path })) });
const plans: WalkPlan[] = [
  {
    id: 'plan-45',
    title: '45-minute session',
    steps: [step('One', '/lessons/a/#x'), step('Two', '/compare/?theme=money', '/compare/#pricing'), step('Three', '/quiz/')],
  },
  { id: 'plan-90', title: '90-minute session', steps: [step('One', '/quiz/'), step('Two', '/glossary/')] },
];
const at = (query: string) => walkPosition(new URLSearchParams(query), plans);

describe('where a walk-through stands', () => {
  it('is not walking without a plan', () => {
    expect(at('present=1&step=2')).toBeUndefined();
  });

  it('reads the plan and the step, counting from 1', () => {
    expect(at('plan=plan-90&step=2')).toEqual({ plan: plans[1], index: 1, notice: undefined });
    expect(at('plan=plan-45')).toMatchObject({ index: 0, notice: undefined });
  });

  it.each(['0', '4', '-1', '2.5', 'two', '', '1e1', '99999'])('falls back to step 1 with a notice for step=%s', (bad) => {
    expect(at(`plan=plan-45&step=${bad}`)).toEqual({ plan: plans[0], index: 0, notice: 'unknown-step' });
  });

  it('falls back to the first plan with a notice for a plan the guide does not have', () => {
    expect(at('plan=plan-60&step=3')).toEqual({ plan: plans[0], index: 0, notice: 'unknown-plan' });
  });
});

describe('the link that opens a step', () => {
  it('adds presentation mode, plan and step to the page’s own query and section', () => {
    expect(stepPath(plans[0], 0)).toBe('/lessons/a/?present=1&plan=plan-45&step=1#x');
    expect(stepPath(plans[0], 1, plans[0].steps[1].show[1])).toBe('/compare/?present=1&plan=plan-45&step=2#pricing');
  });

  it('opens a filtered comparison at its rows, so the room sees the table rather than the filters', () => {
    expect(stepPath(plans[0], 1)).toBe('/compare/?theme=money&present=1&plan=plan-45&step=2#theme-money');
    expect(stepPath(plans[0], 1, plans[0].steps[1].show[1])).toBe('/compare/?present=1&plan=plan-45&step=2#pricing');
  });
});
