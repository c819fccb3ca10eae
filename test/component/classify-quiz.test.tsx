import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import ClassifyQuiz from '../../src/components/islands/quiz/ClassifyQuiz.tsx';
import { LAST_RESULT_KEY } from '../../src/lib/last-result.ts';
import { fillIn } from '../../src/lib/fill-in.ts';
import { NOT_SURE, encodeAnswers } from '../../src/lib/quiz-url-state.ts';
import { quizAxes, quizModel } from './quiz-fixture.ts';
import { quizStrings as ui } from '../../src/strings/quiz.ts';

const questions = quizModel.questions;

function open(search = '') {
  window.history.replaceState(null, '', `/quiz/${search}`);
  return render(() => <ClassifyQuiz quiz={quizModel} />);
}

const heading = () => screen.getByRole('heading', { level: 2 });
const radios = () => screen.getAllByRole('radio') as HTMLInputElement[];
/** The result, once its code (loaded apart from the questions) has come. */
const shownResult = () =>
  waitFor(() => document.querySelector<HTMLElement>('[data-outcome]') ?? Promise.reject(new Error('no result yet')));
const next = () => fireEvent.click(screen.getByRole('button', { name: new RegExp(`^(${ui.next}|${ui.seeResult})`) }));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('ClassifyQuiz', () => {
  it('starts at question 1 with a labelled radio group whose answers carry their lean', () => {
    open();
    expect(heading().textContent).toContain(questions[0].question);
    expect(heading().textContent).toContain(`1 of ${questions.length}`);
    expect(screen.getByRole('group')).toBeTruthy();
    const labels = radios().map((r) => r.closest('label')!);
    expect(labels.slice(0, -1).map((l) => l.dataset.lean)).toEqual(questions[0].answers.map((a) => a.lean));
    // Last, "Not sure", which leans nowhere.
    expect(labels.at(-1)!.textContent).toBe(ui.notSure);
    expect(labels.at(-1)!.dataset.lean).toBeUndefined();
  });

  it('moves forward once an answer is picked, and says so when none is', () => {
    open();
    next();
    expect(screen.getByRole('alert').textContent).toBe(ui.pickFirst);
    expect(heading().textContent).toContain(questions[0].question);
    fireEvent.click(radios()[1]);
    next();
    expect(heading().textContent).toContain(questions[1].question);
    expect(document.activeElement).toBe(heading());
    expect(window.location.search).toBe(`?a=${encodeAnswers([1])}`);
  });

  it('keeps earlier answers when going back', () => {
    open();
    fireEvent.click(radios()[2]);
    next();
    fireEvent.click(radios()[0]);
    next();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(ui.back) }));
    expect(heading().textContent).toContain(questions[1].question);
    expect(radios()[0].checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(ui.back) }));
    expect(radios()[2].checked).toBe(true);
  });

  it('renders the result with one breakdown entry per dimension, each with its answer and lean', async () => {
    const { container } = open();
    // A standard offer (clear customer answers on tailoring) on lasting terms (clear client answers elsewhere): in between.
    const leanOf = (id: string) => (quizAxes.tailoring.includes(id) ? 'customer' : 'client');
    const picks = questions.map((q) => q.answers.findIndex((a) => a.lean === leanOf(q.id) && a.weight >= 2));
    for (const p of picks) {
      fireEvent.click(radios()[p]);
      next();
    }
    const result = await shownResult();
    expect(result.dataset.outcome).toBe('hybrid');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(quizModel.outcomes.hybrid.headline));
    const rows = [...container.querySelectorAll('.quiz-dimension')] as HTMLElement[];
    expect(rows).toHaveLength(questions.length);
    expect(rows.map((r) => r.dataset.lean)).toEqual(questions.map((q) => leanOf(q.id)));
    // The reason names the region and both scores, as the map places the reader.
    expect(container.querySelector('.quiz-why p')!.textContent).toBe(
      fillIn(quizModel.rules['standard-lasting'], { tailoring: 0, relationship: 100, threshold: 50 }),
    );
    rows.forEach((row, i) => {
      expect(row.textContent).toContain(questions[i].dimension);
      expect(row.textContent).toContain(questions[i].answers[picks[i]].text);
    });
    expect(JSON.parse(localStorage.getItem(LAST_RESULT_KEY)!)).toEqual({ a: encodeAnswers(picks) });
  });

  it('edits one answer from the result without starting over', async () => {
    const picks = questions.map((q) => q.answers.findIndex((a) => a.lean === 'client'));
    open(`?a=${encodeAnswers(picks)}`);
    expect((await shownResult()).dataset.outcome).toBe('client-based');
    fireEvent.click(screen.getAllByRole('button', { name: new RegExp(ui.change) })[4]);
    expect(heading().textContent).toContain(questions[4].question);
    expect(radios()[picks[4]].checked).toBe(true);
    // One way on, back to the result; no "next question" to take the reader elsewhere.
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([`← ${ui.backToResult}`]);
    fireEvent.click(radios()[0]);
    fireEvent.click(buttons[0]);
    expect(document.querySelector('[data-outcome]')).toBeTruthy();
  });

  it('offers "Not sure" on every question, and counts it for nothing', async () => {
    const client = questions.map((q) => q.answers.findIndex((a) => a.lean === 'client'));
    open();
    for (let i = 0; i < questions.length; i++) {
      const unsure = screen.getByRole('radio', { name: ui.notSure });
      // Nine "not sure" and one client answer: that question's score is 100, the other question of
      // the test has nothing to go on and sits on the line, so the business is in between.
      fireEvent.click(i === 3 ? radios()[client[3]] : unsure);
      next();
    }
    const result = await shownResult();
    expect(result.getAttribute('data-outcome')).toBe('hybrid');
    expect(result.textContent).toContain('neither yes nor no');
    expect(result.textContent).toContain(ui.notSureAnswer);
    expect(new URLSearchParams(location.search).get('a')).toBe(encodeAnswers(questions.map((_, i) => (i === 3 ? client[3] : NOT_SURE))));
  });

  it('says there is nothing to score when every answer is "Not sure"', () => {
    open();
    for (let i = 0; i < questions.length; i++) {
      fireEvent.click(screen.getByRole('radio', { name: ui.notSure }));
      next();
    }
    expect(document.querySelector('[data-outcome]')).toBeNull();
    expect(screen.getByText(ui.noVerdict)).toBeTruthy();
    expect(heading().textContent).toContain(questions[0].question);
  });

  it('leads the result with what to do next, with the breakdown folded after it', async () => {
    const picks = questions.map((q) => q.answers.findIndex((a) => a.lean === 'customer'));
    open(`?a=${encodeAnswers(picks)}`);
    const result = await shownResult();
    const parts = [...result.querySelectorAll('[data-next-steps], .quiz-why, details.quiz-breakdown')];
    expect(parts.map((p) => p.className.split(' ')[0])).toEqual(['quiz-next-steps', 'quiz-why', 'quiz-breakdown']);
    expect((result.querySelector('details.quiz-breakdown') as HTMLDetailsElement).open).toBe(false);
  });

  it('shows a notice, not a blank island, for a tampered link', () => {
    const { container } = open('?a=12%3Cscript%3E&q=99');
    expect(screen.getByText(ui.damagedLink)).toBeTruthy();
    expect(heading().textContent).toContain(questions[2].question);
    expect(container.querySelector('input[type=radio]')).toBeTruthy();
  });

  it('offers the last result on return, named by its answers, and ignores a corrupt one', async () => {
    const picks = questions.map((q) => q.answers.findIndex((a) => a.lean === 'customer'));
    // An older copy naming another outcome: the greeting and the result both follow the answers.
    localStorage.setItem(LAST_RESULT_KEY, JSON.stringify({ a: encodeAnswers(picks), outcome: 'client-based' }));
    const first = open();
    expect(first.container.textContent).toContain(fillIn(ui.welcomeBack, { name: quizModel.outcomes['customer-based'].name }));
    fireEvent.click(screen.getByRole('button', { name: ui.showLast }));
    expect((await shownResult()).dataset.outcome).toBe('customer-based');
    cleanup();

    localStorage.setItem(LAST_RESULT_KEY, '{not json');
    open();
    expect(screen.queryByRole('button', { name: ui.showLast })).toBeNull();
    expect(heading().textContent).toContain(questions[0].question);
  });
});
