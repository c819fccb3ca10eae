import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import KnowledgeCheck, { type CheckExample } from '../../src/components/islands/knowledge-check/KnowledgeCheck.tsx';
import { quizData } from './quiz-fixture.ts';
import { VERDICTS, acceptedAnswers } from '../../src/lib/grade-business.ts';
import { fillIn } from '../../src/lib/fill-in.ts';
import { CHECK_ROUND_EVENT, type CheckRound } from '../../src/lib/check-round.ts';

const { answers } = quizData.check;
import { checkStrings as ui } from '../../src/strings/knowledge-check.ts';

const examples: CheckExample[] = Array.from({ length: 12 }, (_, i) => ({
  id: `business-${i}`,
  name: `Business ${i}`,
  answer: i === 0 ? 'depends' : i % 2 ? 'client' : 'customer',
  reason: `Reason ${i}.`,
  disagreement: i === 0 ? 'The sources see it differently.' : undefined,
  lesson: { href: '/lessons/who-has-which/', title: 'Who has which' },
  verdicts: [{ source: 'BoldDesk', href: '/sources/#bolddesk', says: 'client' }],
}));
const byName = new Map(examples.map((e) => [e.name, e]));

function open(search: string) {
  window.history.replaceState(null, '', `/quiz/check/${search}`);
  return render(() => <KnowledgeCheck examples={examples} text={{ answers }} examplesHref="/examples/" />);
}
const currentName = () => screen.getByRole('heading', { level: 2 }).querySelector('.check-name')!.textContent!;

afterEach(cleanup);

describe('KnowledgeCheck', () => {
  it('plays a round of ten from the seed in the link, with feedback after each answer', () => {
    // What a learning system records (the SCORM package listens): full rounds only, not retries.
    const rounds: CheckRound[] = [];
    const record = (event: Event) => rounds.push((event as CustomEvent<CheckRound>).detail);
    document.addEventListener(CHECK_ROUND_EVENT, record);
    open('?seed=42');
    fireEvent.click(screen.getByRole('button', { name: ui.start }));
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      const name = currentName();
      seen.push(name);
      const item = byName.get(name)!;
      const wrong = VERDICTS.find((a) => !acceptedAnswers(item).includes(a))!;
      fireEvent.click(screen.getByRole('button', { name: answers[i < 3 ? wrong : item.answer] }));
      const feedback = screen.getByRole('heading', { level: 3 });
      expect(feedback.textContent).toBe(i < 3 ? `✗ ${ui.wrong}` : `✓ ${ui.right}`);
      // The chosen button and every accepted one say so in words.
      const marked = (text: string) =>
        [...document.querySelectorAll<HTMLElement>('.check-answer')]
          .filter((b) => b.textContent!.includes(text))
          .map((b) => b.dataset.answer);
      expect(marked(ui.markChosen)).toEqual([i < 3 ? wrong : item.answer]);
      expect(marked(ui.markAccepted)).toEqual(acceptedAnswers(item));
      expect(document.activeElement).toBe(feedback);
      expect(document.body.textContent).toContain(item.reason);
      fireEvent.click(screen.getByRole('button', { name: new RegExp(`^(${ui.next}|${ui.seeScore})`) }));
    }
    expect(new Set(seen).size).toBe(10);
    // Three wrong, seven right: exactly seven count.
    expect(document.querySelector('.check-score')!.textContent).toBe(fillIn(ui.score, { right: 7, total: 10 }));
    // Every business of the round is listed with the reader's answer and the accepted ones.
    const review = [...document.querySelectorAll('.check-review li')];
    expect(review.map((li) => li.querySelector('strong')?.textContent)).toEqual(seen);
    expect(review.filter((li) => li.getAttribute('data-correct') === 'false').map((li) => li.querySelector('strong')?.textContent)).toEqual(
      seen.slice(0, 3),
    );
    expect(review[0].textContent).toContain(ui.reviewYours.replace('{answer}.', ''));

    expect(rounds).toEqual([{ right: 7, total: 10 }]);

    fireEvent.click(screen.getByRole('button', { name: ui.retryMissed }));
    expect(seen.slice(0, 3)).toContain(currentName());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('1 of 3');
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByRole('button', { name: answers[byName.get(currentName())!.answer] }));
      fireEvent.click(screen.getByRole('button', { name: new RegExp(`^(${ui.next}|${ui.seeScore})`) }));
    }
    expect(document.querySelector('.check-score')).not.toBeNull();
    expect(rounds).toHaveLength(1);
    document.removeEventListener(CHECK_ROUND_EVENT, record);
  }, 20_000);

  it('accepts "it depends" where the sources disagree, and explains why', () => {
    // Fewer examples than a round: all of them are dealt, so the disputed one comes up.
    window.history.replaceState(null, '', '/quiz/check/?seed=1');
    render(() => <KnowledgeCheck examples={examples.slice(0, 3)} text={{ answers }} examplesHref="/examples/" />);
    fireEvent.click(screen.getByRole('button', { name: ui.start }));
    while (currentName() !== 'Business 0') {
      fireEvent.click(screen.getByRole('button', { name: answers.depends }));
      expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`✗ ${ui.wrong}`);
      fireEvent.click(screen.getByRole('button', { name: ui.next }));
    }
    fireEvent.click(screen.getByRole('button', { name: answers.depends }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`✓ ${ui.right}`);
    expect(document.body.textContent).toContain('The sources see it differently.');
  });

  it('counts an article’s own verdict as right where the articles disagree, and says which article', () => {
    const disputed: CheckExample[] = [
      {
        ...examples[1],
        id: 'saas',
        name: 'Software business',
        answer: 'depends',
        verdicts: [
          { source: 'LiveChat', href: '/sources/#livechat', says: 'customer' },
          { source: 'the e-commerce guide', href: '/sources/#ecommerce-guide', says: 'client' },
          { source: 'BoldDesk', href: '/sources/#bolddesk', says: 'customer' },
        ],
      },
    ];
    window.history.replaceState(null, '', '/quiz/check/?seed=1');
    render(() => <KnowledgeCheck examples={disputed} text={{ answers }} examplesHref="/examples/" />);
    fireEvent.click(screen.getByRole('button', { name: ui.start }));
    fireEvent.click(screen.getByRole('button', { name: answers.customer }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(`✓ ${ui.right}`);
    expect(document.body.textContent).toContain(ui.oneSourceCounts.replace('{sources}', 'LiveChat and BoldDesk'));
    // The sources line is one sentence, grouped by what the articles say.
    expect(document.querySelector('.check-sources')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      `LiveChat and BoldDesk ${ui.saysMany.replace('{verdict}', ui.verdictCustomer)}; the e-commerce guide ${ui.saysOne.replace('{verdict}', ui.verdictClient)}.`,
    );
  });

  it('gives a bad seed a fresh round and says so', () => {
    open('?seed=banana');
    expect(screen.getByText(ui.damagedLink)).toBeTruthy();
    expect(window.location.search).toMatch(/^\?seed=[1-9][0-9]*$/);
    fireEvent.click(screen.getByRole('button', { name: ui.start }));
    expect(byName.has(currentName())).toBe(true);
  });
});
