import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import SortBusinesses, { type SortBusiness } from '../../src/components/islands/lesson/SortBusinesses.tsx';
import PaybackCurve from '../../src/components/islands/lesson/PaybackCurve.tsx';
import LifetimeValue from '../../src/components/islands/lesson/LifetimeValue.tsx';
import { figureStrings } from '../../src/strings/figures.ts';
import { PAYBACK_RANGES, startingPayback } from '../../src/lib/payback-curve.ts';
import { startingBuyers } from '../../src/lib/lifetime-value.ts';
import { acceptedChoices, explainBusiness, type SortItem } from '../../src/lib/sort-businesses.ts';
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
    accepted: acceptedChoices(i),
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
  const { settings, feeBefore } = startingPayback(page.defaults);
  const sliders = (['clientCostToWin', 'extraMargin', 'clientChurn'] as const).map((field) => ({
    field,
    label: t[field],
    ...PAYBACK_RANGES[field],
  }));
  const open = () =>
    render(() => (
      <PaybackCurve
        start={settings}
        sliders={sliders}
        feeBefore={feeBefore}
        months={24}
        text={t}
        locale={page.locale}
        money={money}
        simulatorHref="/simulator/"
      />
    ));
  const slider = (label: string) => sliderIn(document.body, label);

  it('says when the starting client pays off, and draws it', () => {
    open();
    expect(screen.getByRole('status').textContent).toMatch(/^Pays off in month 4\. By month 24 this one client has added £[\d,]+\.$/);
    expect(screen.getByRole('img', { name: t.chart }).querySelector('path')!.getAttribute('d')).toMatch(/^M0,0L1,-270/);
  });

  it('moves the payback month as the reader changes the sliders, and reads values out in pounds and percent', () => {
    open();
    const onboarding = slider(t.clientCostToWin);
    expect(onboarding.getAttribute('aria-valuetext')).toBe('£400');
    fireEvent.input(onboarding, { target: { value: '1500' } });
    expect(onboarding.getAttribute('aria-valuetext')).toBe('£1,500');
    expect(screen.getByRole('status').textContent).toMatch(/^Pays off in month 1[0-9]\./);
    const churn = slider(t.clientChurn);
    fireEvent.input(churn, { target: { value: '0.2' } });
    expect(churn.getAttribute('aria-valuetext')).toBe('20%');
    expect(screen.getByRole('status').textContent).toMatch(/^Does not pay off within 24 months: /);
  });

  it('offers the same client in the simulator', () => {
    open();
    fireEvent.input(slider(t.extraMargin), { target: { value: '200' } });
    const link = screen.getByRole('link', { name: t.simulator });
    expect(link.getAttribute('href')).toBe(`/simulator/?clientCostToWin=400&clientFee=${feeBefore + 200}&clientChurn=0.02`);
  });

  it('enables its sliders once running', () => {
    open();
    expect(slider(t.clientCostToWin).matches(':disabled')).toBe(false);
  });
});

describe('LifetimeValue', () => {
  const t = figureStrings.lifetimeValue;
  const open = () => render(() => <LifetimeValue start={startingBuyers(page.defaults)} text={t} locale={page.locale} money={money} />);

  it('shows a client’s and a customer’s lifetime value as the simulator counts them', () => {
    open();
    // Client: 50 months × (£300 − £150) − £400; customer: 17 months × (£60 − £40).
    expect(screen.getByRole('status').textContent).toBe(
      'A client is worth £7,100 and a customer £340. The client is worth 21 times as much.',
    );
    const bars = screen.getByRole('img', { name: t.bars });
    expect(within(bars).getByText('£7,100')).toBeTruthy();
  });

  it('answers each slider, and drops the comparison when a value is not positive', () => {
    open();
    const group = screen.getByRole('group', { name: t.customer });
    const cost = sliderIn(group, t.costToServe);
    fireEvent.input(cost, { target: { value: '80' } });
    // 17 × (60 − 80)
    expect(screen.getByRole('status').textContent).toBe('A client is worth £7,100 and a customer -£340.');
    const months = sliderIn(screen.getByRole('group', { name: t.client }), t.months);
    fireEvent.input(months, { target: { value: '10' } });
    expect(months.getAttribute('aria-valuetext')).toBe('10');
    expect(screen.getByRole('status').textContent).toMatch(/^A client is worth £1,100 /);
  });
});
