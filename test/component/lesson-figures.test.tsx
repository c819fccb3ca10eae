import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import SortBusinesses, { type SortBusiness } from '../../src/components/islands/lesson/SortBusinesses.tsx';
import PaybackCurve from '../../src/components/islands/lesson/PaybackCurve.tsx';
import LifetimeValue from '../../src/components/islands/lesson/LifetimeValue.tsx';
import { figureStrings } from '../../src/strings/figures.ts';
import { PAYBACK_FIELDS, PAYBACK_RANGES, fitSettings } from '../../src/lib/payback-curve.ts';
import { figureTerms } from '../../src/lib/lifetime-value.ts';
import { extraMargin, lifetimeValue } from '../../src/lib/economics.ts';
import { buyerExample, conversionExample } from '../worked-examples.ts';
import { explainBusiness } from '../../src/lib/sort-businesses.ts';
import { acceptedAnswers, type GradedBusiness } from '../../src/lib/grade-business.ts';

type SortItem = GradedBusiness<{ source: string; says: 'client' | 'customer' | 'both' }> & { id: string };
import { simulatorPage } from '../simulator-content.ts';

afterEach(cleanup);
const page = simulatorPage();
const money = { style: 'currency', currency: page.currency, maximumFractionDigits: 0 } as const;
const sliderIn = (container: HTMLElement, label: string) => within(container).getByRole('slider', { name: label }) as HTMLInputElement;

describe('SortBusinesses', () => {
  const t = figureStrings.sortBusinesses;
  const items: (SortItem & { name: string; reason: string })[] = [
    {
      id: 'law-firm',
      name: 'Law firm',
      answer: 'client',
      reason: 'Advice shaped to each case.',
      verdicts: [{ source: 'BoldDesk', says: 'client' }],
    },
    {
      id: 'saas',
      name: 'SaaS company',
      answer: 'depends',
      reason: 'Both models exist.',
      disagreement: 'One pictures self-serve plans, the other tailored service.',
      verdicts: [
        { source: 'LiveChat', says: 'customer' },
        { source: 'Ecommerce guide', says: 'client' },
      ],
    },
  ];
  const businesses: SortBusiness[] = items.map((i) => ({
    id: i.id,
    name: i.name,
    accepted: acceptedAnswers(i),
    ...explainBusiness(i, t),
    lessonHref: '/lessons/who-has-which/',
  }));
  const card = (name: string) => screen.getByText(name, { selector: '.sort-name' }).closest('li')!;

  it('marks an answer, says what each article says, and keeps score', () => {
    render(() => <SortBusinesses businesses={businesses} text={t} />);
    expect(screen.getByRole('status').textContent).toBe('No answers yet: 2 businesses to sort.');
    const law = within(card('Law firm'));
    fireEvent.click(law.getByRole('button', { name: t.choices.customer }));
    expect(law.getByRole('button', { name: t.choices.customer }).getAttribute('aria-pressed')).toBe('true');
    expect(law.getByText(t.wrong)).toBeTruthy();
    expect(law.getByText('BoldDesk says clients.')).toBeTruthy();
    expect(law.getByText(/^Our answer: clients\. Advice shaped/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 of 1 right so far, out of 2.');

    // Changing one's mind re-marks the card.
    fireEvent.click(law.getByRole('button', { name: t.choices.client }));
    expect(law.getByText(t.right)).toBeTruthy();
    expect(law.getByRole('button', { name: t.choices.customer }).getAttribute('aria-pressed')).toBe('false');
  });

  it('where the articles disagree, accepts each article’s verdict and explains the disagreement', () => {
    render(() => <SortBusinesses businesses={businesses} text={t} />);
    const saas = within(card('SaaS company'));
    for (const choice of ['customer', 'client', 'depends'] as const) {
      fireEvent.click(saas.getByRole('button', { name: t.choices[choice] }));
      expect(saas.getByText(t.right)).toBeTruthy();
      expect(saas.getByText(new RegExp(`^${t.disputed} One pictures self-serve`))).toBeTruthy();
      expect(saas.getByText('LiveChat says customers.')).toBeTruthy();
    }
  });

  it('starts again', () => {
    render(() => <SortBusinesses businesses={businesses} text={t} />);
    fireEvent.click(within(card('Law firm')).getByRole('button', { name: t.choices.client }));
    fireEvent.click(screen.getByRole('button', { name: t.reset }));
    expect(screen.getByRole('status').textContent).toBe('No answers yet: 2 businesses to sort.');
    expect(screen.queryByText(t.right)).toBeNull();
  });

  it('answers are buttons in a group named for the business, enabled once running', () => {
    render(() => <SortBusinesses businesses={businesses} text={t} />);
    const group = screen.getByRole('group', { name: 'Your answer for Law firm' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Clients', 'Customers', 'It depends']);
    expect((group.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(false);
  });
});

describe('PaybackCurve', () => {
  const t = {
    ...figureStrings.paybackCurve,
    paysOff: figureStrings.paybackCurve.paysOff.replace('{months}', '24'),
    never: figureStrings.paybackCurve.never.replace('{months}', '24'),
  };
  // The lesson's worked example: £400 to win a client who brings £130 a month more than as a customer.
  const conversion = conversionExample('customer-becomes-client');
  const { settings } = fitSettings({ costToWin: conversion.client.costToWin, extraMargin: extraMargin(conversion) });
  const sliders = PAYBACK_FIELDS.map((field) => ({ field, label: t[field], ...PAYBACK_RANGES[field] }));
  const open = () =>
    render(() => (
      <PaybackCurve
        start={settings}
        sliders={sliders}
        conversion={conversion}
        months={24}
        text={t}
        locale={page.locale}
        money={money}
        simulatorHref="/simulator/"
      />
    ));
  const slider = (label: string) => sliderIn(document.body, label);

  it('says when the worked example pays back, and draws it', () => {
    open();
    // 400 ÷ 130 = 3.1, so month 4; by month 24, 24 × 130 − 400.
    expect(screen.getByRole('status').textContent).toBe('Pays back in month 4. By month 24 this one client has added £2,720.');
    expect(screen.getByRole('img', { name: t.chart }).querySelector('path')!.getAttribute('d')).toMatch(
      /^M0,-400L1,-270L2,-140L3,-10L4,120/,
    );
  });

  it('moves the payback month as the reader changes the sliders, and reads values out in pounds', () => {
    open();
    const cost = slider(t.costToWin);
    expect(cost.getAttribute('aria-valuetext')).toBe('£400');
    fireEvent.input(cost, { target: { value: '1500' } });
    expect(cost.getAttribute('aria-valuetext')).toBe('£1,500');
    // 1500 ÷ 130 = 11.5
    expect(screen.getByRole('status').textContent).toMatch(/^Pays back in month 12\./);
    const margin = slider(t.extraMargin);
    fireEvent.input(margin, { target: { value: '0' } });
    expect(margin.getAttribute('aria-valuetext')).toBe('£0');
    expect(screen.getByRole('status').textContent).toMatch(/^Does not pay back within 24 months: /);
  });

  it('offers the same customer and client in the simulator', () => {
    open();
    fireEvent.input(slider(t.extraMargin), { target: { value: '200' } });
    const link = screen.getByRole('link', { name: t.simulator });
    // The customer's £20 margin, plus £150 to serve, plus £200 extra: a £370 fee.
    expect(link.getAttribute('href')).toBe(
      '/simulator/?purchasesPerMonth=1&orderValue=50&productMargin=0.4&clientFee=370&serviceCost=150&clientCostToWin=400',
    );
  });

  it('enables its sliders once running', () => {
    open();
    expect(slider(t.costToWin).matches(':disabled')).toBe(false);
  });
});

describe('LifetimeValue', () => {
  const t = figureStrings.lifetimeValue;
  const client = buyerExample('bookkeeping-client');
  const customer = buyerExample('coffee-regular');
  const open = () =>
    render(() => (
      <LifetimeValue
        start={{ client: figureTerms(client).terms, customer: figureTerms(customer).terms }}
        text={t}
        locale={page.locale}
        money={money}
      />
    ));

  it('starts from the lesson’s worked example, with the site’s one lifetime value', () => {
    open();
    // Client: 48 months × (£400 − £250) − £300; customer: 12 months × (£35 − £15).
    expect([lifetimeValue(client), lifetimeValue(customer)]).toEqual([6900, 240]);
    expect(screen.getByRole('status').textContent).toBe(
      'A client is worth £6,900 and a customer £240. The client is worth 29 times as much.',
    );
    const bars = screen.getByRole('img', { name: t.bars });
    expect(within(bars).getByText('£6,900')).toBeTruthy();
  });

  it('answers each slider, and drops the comparison when a value is not positive', () => {
    open();
    const group = screen.getByRole('group', { name: t.customer });
    fireEvent.input(sliderIn(group, t.costToServe), { target: { value: '45' } });
    // 12 × (35 − 45)
    expect(screen.getByRole('status').textContent).toBe('A client is worth £6,900 and a customer -£120.');
    const win = sliderIn(group, t.costToWin);
    fireEvent.input(win, { target: { value: '100' } });
    expect(win.getAttribute('aria-valuetext')).toBe('£100');
    expect(screen.getByRole('status').textContent).toBe('A client is worth £6,900 and a customer -£220.');
    const months = sliderIn(screen.getByRole('group', { name: t.client }), t.months);
    fireEvent.input(months, { target: { value: '10' } });
    expect(months.getAttribute('aria-valuetext')).toBe('10');
    // 10 × 150 − 300
    expect(screen.getByRole('status').textContent).toMatch(/^A client is worth £1,200 /);
  });
});
