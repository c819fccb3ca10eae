import { describe, expect, it } from 'vitest';
import { quizStrings } from '../../src/strings/quiz.ts';
import { checkStrings } from '../../src/strings/knowledge-check.ts';
import { simulatorStrings } from '../../src/strings/simulator.ts';

// The islands' wording is typed, so `npm run check` rejects a word that is not in the dictionary.
// Each @ts-expect-error below fails the type check if the misspelt key ever type-checks.
describe('interface wording', () => {
  it('has no misspelt keys that type-check', () => {
    // @ts-expect-error: the key is "next"
    expect(quizStrings.nextQuestion).toBeUndefined();
    // @ts-expect-error: the key is "seeScore"
    expect(checkStrings.seescore).toBeUndefined();
    // @ts-expect-error: the key is "copyLink"
    expect(simulatorStrings.copylink).toBeUndefined();
  });

  it('fills every placeholder the islands fill, and leaves none empty', () => {
    const all = [quizStrings, checkStrings, simulatorStrings, simulatorStrings.invalid].flatMap((group) =>
      Object.values(group).filter((v): v is string => typeof v === 'string'),
    );
    expect(all.every((text) => text.trim().length > 0)).toBe(true);
    expect(quizStrings.progress).toMatch(/\{n\}.*\{total\}/);
    expect(checkStrings.score).toMatch(/\{right\}.*\{total\}/);
    expect(simulatorStrings.invalid.outOfRange).toMatch(/\{label\}.*\{min\}.*\{max\}/);
  });
});
