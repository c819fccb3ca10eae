/** A step of a session plan as far as timing goes. */
export interface Timed {
  minutes: number;
}

/** Minutes a plan's steps take together. */
export function totalMinutes(steps: readonly Timed[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}

/** Each step with the minute it starts and ends at, counted from the start of the session. */
export function withClock<T extends Timed>(steps: readonly T[]): (T & { start: number; end: number })[] {
  let start = 0;
  return steps.map((step) => {
    const timed = { ...step, start, end: start + step.minutes };
    start = timed.end;
    return timed;
  });
}

/** Elapsed time as a trainer reads it off a watch: 0 → "0:00", 75 → "1:15". */
export function clock(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
