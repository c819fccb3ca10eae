import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from './built-site.ts';
import { extraMargin, lifetimeValue, monthsFromChurn } from '../../src/lib/economics.ts';
import { stateFigure, workedFigures, isConversion, type WorkedExample } from '../../src/lib/worked-example.ts';
import { lifetimeValues } from '../../src/lib/simulate-conversion.ts';
import { figureStrings } from '../../src/strings/figures.ts';
import { strings } from '../../src/strings/site.ts';
import { simulatorPage } from '../simulator-content.ts';
import { workedExamples } from '../worked-examples.ts';

/**
 * The money on the built site, read back from the HTML and held to src/lib/economics.ts: lesson
 * text, lesson checks, lesson figures' starting state and the simulator must state the same
 * figures for the same inputs.
 */
const pages = builtPages();
const lessons = pages.filter((p) => /\/lessons\/[^/]+\/$/.test(p.path) && p.document.querySelector('article.lesson'));
const examples = workedExamples();
const { locale, currency } = simulatorPage();
const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format;
const stated = (e: WorkedExample, show: string) => stateFigure(workedFigures(e)[show], money, strings.worked.never);
const page = (slug: string) => lessons.find((p) => p.path.endsWith(`/lessons/${slug}/`))!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** Every worked example a page states a figure of, with the figures it states. */
function workedOn(p: BuiltPage) {
  return [...p.document.querySelectorAll<HTMLElement>('article.lesson [data-worked]')].map((el) => {
    const [id, show] = el.dataset.worked!.split('.');
    return { el, id, show, example: examples.get(id) };
  });
}

/** All money and month figures of an example, as pages write them: what a check may state about it. */
function figuresOf(e: WorkedExample) {
  const all = Object.entries(workedFigures(e));
  return {
    money: new Set(all.filter(([, f]) => f.unit === 'money').map(([name]) => stated(e, name))),
    months: new Set(all.filter(([, f]) => f.unit !== 'money' && f.value !== null).map(([, f]) => String(f.value))),
  };
}

it('the money lessons state their worked examples', () => {
  expect(workedOn(page('agreements-pricing')).length).toBeGreaterThan(0);
  expect(workedOn(page('converting')).length).toBeGreaterThan(0);
});

describe('lesson text', () => {
  it.each(lessons.map((p) => [p.path, p] as const))('%s states each worked figure as economics.ts works it out', (_, p) => {
    for (const { el, id, show, example } of workedOn(p)) {
      expect(example, `${id} in content/worked-examples.yaml`).toBeDefined();
      expect(text(el), `${id}.${show}`).toBe(stated(example!, show));
    }
  });

  it.each(lessons.map((p) => [p.path, p] as const))('%s types no sum of money: every £ figure is worked out', (_, p) => {
    const article = p.document.querySelector('article.lesson')!.cloneNode(true) as Element;
    for (const el of article.querySelectorAll('[data-worked], lesson-check, .lesson-check, [data-lesson-figure]')) el.remove();
    expect(article.textContent!.match(/£\s?\d[\d,.]*/g) ?? []).toEqual([]);
  });
});

describe('lesson checks', () => {
  // A check on a page with worked examples states only their figures, so a check cannot drift
  // from the text beside it.
  const withExamples = lessons.filter((p) => workedOn(p).length > 0);
  it.each(withExamples.map((p) => [p.path, p] as const))('%s: every £ and month figure in its checks is a worked figure', (_, p) => {
    const ids = new Set(workedOn(p).map((w) => w.id));
    const allowed = { money: new Set<string>(), months: new Set<string>() };
    for (const id of ids) {
      const f = figuresOf(examples.get(id)!);
      f.money.forEach((m) => allowed.money.add(m));
      f.months.forEach((m) => allowed.months.add(m));
    }
    for (const check of p.document.querySelectorAll('lesson-check')) {
      const words = text(check);
      for (const sum of words.match(/£\d[\d,]*/g) ?? []) expect(allowed.money, `${check.id}: ${sum}`).toContain(sum);
      for (const [, after, before] of words.matchAll(/\bmonths? (\d+)\b|\b(\d+) months?\b/g)) {
        expect(allowed.months, `${check.id}: ${after ?? before} months`).toContain(after ?? before);
      }
    }
  });

  it('the agreements check gives the lifetime values the lesson works out', () => {
    const words = text(page('agreements-pricing').document.querySelector('#check-pricing-worth-more')!);
    expect(words).toContain(stated(examples.get('bookkeeping-client')!, 'lifetimeValue'));
    expect(words).toContain(stated(examples.get('coffee-regular')!, 'lifetimeValue'));
    expect(words).toContain(stated(examples.get('bookkeeping-client')!, 'revenue'));
  });

  it('the converting check gives the payback month and extra margin the lesson works out', () => {
    const e = examples.get('customer-becomes-client')!;
    const words = text(page('converting').document.querySelector('#check-converting-pays')!);
    expect(words).toContain(`month ${stated(e, 'payback')}`);
    expect(words).toContain(stated(e, 'extraMargin'));
    expect(words).toContain(stated(e, 'costToWin'));
  });
});

describe('lesson figures start from the worked example beside them', () => {
  const figures = lessons.flatMap((p) =>
    [...p.document.querySelectorAll<HTMLElement>('[data-lesson-figure="payback-curve"], [data-lesson-figure="lifetime-value"]')].map(
      (figure) => [`${p.path} ${figure.dataset.lessonFigure}`, p, figure] as const,
    ),
  );

  it('the money lessons have both figures', () => {
    expect(figures.map(([name]) => name.split(' ')[1]).sort()).toEqual(['lifetime-value', 'payback-curve']);
  });

  it.each(figures)('%s', (_, p, figure) => {
    const ids = figure.dataset.workedExample!.split(',');
    // The example the figure starts from is the one the text beside it works through.
    const inText = new Set(workedOn(p).map((w) => w.id));
    for (const id of ids) expect(inText, id).toContain(id);
    const sliders = [...figure.querySelectorAll('input[type="range"]')].map((s) => Number(s.getAttribute('value')));
    const summary = text(figure.querySelector('[role="status"]')!);
    if (figure.dataset.lessonFigure === 'payback-curve') {
      const e = examples.get(ids[0])!;
      expect(isConversion(e)).toBe(true);
      if (!isConversion(e)) return;
      expect(sliders).toEqual([e.client.costToWin, extraMargin(e)]);
      expect(summary).toContain(figureStrings.paybackCurve.paysOff.split('{month}')[0] + stated(e, 'payback') + '.');
    } else {
      const [client, customer] = ids.map((id) => examples.get(id)!);
      if (isConversion(client) || isConversion(customer)) throw new Error('lifetime-value takes two buyers');
      const terms = (b: typeof client) => [b.months, b.price, b.costToServe, b.costToWin];
      expect(sliders).toEqual([...terms(client), ...terms(customer)]);
      expect(summary).toContain(`worth ${stated(client, 'lifetimeValue')} and a customer ${stated(customer, 'lifetimeValue')}.`);
    }
  });
});

describe('the simulator and the lessons', () => {
  it('shows lifetime values worked out by economics.ts for its starting business', () => {
    const d = simulatorPage().defaults;
    const simulator = pages.find((p) => p.path.endsWith('/simulator/'))!.document;
    const spend = d.purchasesPerMonth * d.orderValue;
    const customer = lifetimeValue({
      price: spend,
      costToServe: spend * (1 - d.productMargin),
      months: monthsFromChurn(d.customerChurn),
      costToWin: d.customerCostToWin,
    });
    const client = lifetimeValue({
      price: d.clientFee,
      costToServe: d.serviceCost,
      months: monthsFromChurn(d.clientChurn),
      costToWin: d.clientCostToWin,
    });
    expect(Number(simulator.querySelector('[data-metric="customerLtv"]')!.getAttribute('data-value'))).toBeCloseTo(customer, 6);
    expect(Number(simulator.querySelector('[data-metric="clientLtv"]')!.getAttribute('data-value'))).toBeCloseTo(client, 6);
  });

  it('would give the lesson’s lifetime value for the lesson’s client', () => {
    // The bookkeeping client as a simulator client: leaving at 1 ÷ 48 a month, an average stay of 48 months.
    const e = examples.get('bookkeeping-client')!;
    if (isConversion(e)) throw new Error('bookkeeping-client is a buyer');
    const d = simulatorPage().defaults;
    const { clientLtv } = lifetimeValues({
      ...d,
      clientFee: e.price,
      serviceCost: e.costToServe,
      clientChurn: 1 / e.months,
      clientCostToWin: e.costToWin,
    });
    const inLesson = workedOn(page('agreements-pricing')).find((w) => w.id === e.id && w.show === 'lifetimeValue')!;
    expect(money(clientLtv!)).toBe(text(inLesson.el));
  });
});
