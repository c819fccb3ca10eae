import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { quizSchema } from '../../src/schemas/quiz.ts';
import { classifyBusiness, type Lean } from '../../src/lib/classify-business.ts';
import { brokenLessonLinks, toQuizModel } from '../../src/lib/quiz-model.ts';

const quiz = quizSchema.parse(load(readFileSync(new URL('../../content/quiz.yaml', import.meta.url), 'utf8')));
const { questions } = quiz.classify;

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
    expect(classifyBusiness(answerAll('client')).outcome).toBe('client-based');
    expect(classifyBusiness(answerAll('customer')).outcome).toBe('customer-based');
    expect(classifyBusiness(answerAll('both')).outcome).toBe('hybrid');
  });

  it('resolves links against the base path and links every dimension to lessons and table rows', () => {
    const model = toQuizModel(quiz.classify, '/sub/');
    for (const q of model.questions) {
      expect(q.lessons.every((l) => /^\/sub\/lessons\/[a-z-]+\/#[a-z0-9-]+$/.test(l.href))).toBe(true);
      expect(q.compare.every((l) => /^\/sub\/compare\/#[a-z-]+$/.test(l.href) && !l.label.includes('-'))).toBe(true);
    }
    expect(model.outcomes.hybrid.page).toBe('/sub/quiz/result/hybrid/');
    expect(model.outcomes.hybrid.simulator.href).toMatch(/^\/sub\/simulator\/\?preset=[a-z-]+$/);
    expect(model.howWeScore.steps.join(' ')).not.toMatch(/\{/);
  });
});

describe('brokenLessonLinks', () => {
  it('names the file, the place and the missing heading', () => {
    const sections = new Map([['winning', ['where-new-buyers-come-from']]]);
    const problems = brokenLessonLinks(quiz.classify, sections);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^content\/quiz\.yaml: (question|outcome) "/);
    expect(problems.some((p) => p.includes('unknown lesson "definitions"'))).toBe(true);
  });
});
