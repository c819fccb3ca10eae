import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { classifyBusiness, type Lean, type QuizAxes } from '../../src/lib/classify-business.ts';
import { toQuizModel } from '../../src/lib/quiz-model.ts';

const quiz = quizSchema.parse(load(readFileSync(new URL('../../content/quiz.yaml', import.meta.url), 'utf8')));
const { questions } = quiz.classify;
const axes = (load(readFileSync(new URL('../../content/map-page.yaml', import.meta.url), 'utf8')) as { quizAxes: QuizAxes }).quizAxes;

/** Answers every question with its strongest answer of one lean. */
const answerAll = (lean: Lean) =>
  questions.map((q) => {
    const options = q.answers.filter((a) => a.lean === lean).sort((a, b) => b.weight - a.weight);
    return { dimension: q.id, ...options[0] };
  });

describe('content/quiz.yaml', () => {
  it('asks 8 to 12 questions, each with a "both / it varies" answer', () => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(12);
    for (const q of questions) expect(q.answers.some((a) => a.lean === 'both')).toBe(true);
  });

  it('speaks the owner’s language: no answer uses the words "client" or "customer"', () => {
    const jargon = questions.flatMap((q) => q.answers.map((a) => a.text)).filter((t) => /\b(client|customer)s?\b/i.test(t));
    expect(jargon).toEqual([]);
  });

  it('reaches each of the three outcomes from clear-cut answers', () => {
    expect(classifyBusiness(answerAll('client'), axes).outcome).toBe('client-based');
    expect(classifyBusiness(answerAll('customer'), axes).outcome).toBe('customer-based');
    // Tailored work with no lasting relationship: in between.
    const tailoredOneOff = answerAll('client').map((a, i) => (axes.tailoring.includes(a.dimension) ? a : answerAll('customer')[i]));
    expect(classifyBusiness(tailoredOneOff, axes).outcome).toBe('hybrid');
  });

  it('resolves links against the base path and links every dimension to lessons and table rows', () => {
    const model = toQuizModel(quiz.classify, '/sub/', axes);
    for (const q of model.questions) {
      expect(q.lessons.every((l) => /^\/sub\/lessons\/[a-z-]+\/#[a-z0-9-]+$/.test(l.href))).toBe(true);
      expect(q.compare.every((l) => /^\/sub\/compare\/#[a-z-]+$/.test(l.href) && !l.label.includes('-'))).toBe(true);
    }
    expect(model.outcomes.hybrid.page).toBe('/sub/quiz/result/hybrid/');
    expect(model.outcomes.hybrid.simulator.href).toMatch(/^\/sub\/simulator\/\?preset=[a-z-]+$/);
    expect(model.howWeScore.steps.join(' ')).not.toMatch(/\{/);
    // The one question off the test is named, so a reader knows it does not change the verdict.
    expect(model.howWeScore.steps.join(' ')).toContain('(“How buyers find you”)');
  });
});
