import { describe, expect, it } from 'vitest';
import { stateFigure, workedFigures } from '../../src/lib/worked-example.ts';
import { workedExampleSchema } from '../../src/schemas/worked-example.ts';

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format;
const shown = (figures: ReturnType<typeof workedFigures>) =>
  Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, stateFigure(f, money, 'never')]));

describe('workedFigures', () => {
  it('works out every figure of a buyer from its named inputs', () => {
    const client = { id: 'c', buyer: 'client' as const, price: 400, costToServe: 250, months: 48, costToWin: 300 };
    expect(shown(workedFigures(client))).toEqual({
      price: '£400',
      costToServe: '£250',
      months: '48',
      costToWin: '£300',
      margin: '£150',
      revenue: '£19,200',
      lifetimeValue: '£6,900',
      payback: '2',
    });
  });

  it('works out a customer who becomes a client, and says never rather than Infinity', () => {
    const conversion = { id: 'x', customer: { price: 50, costToServe: 30 }, client: { price: 300, costToServe: 150, costToWin: 400 } };
    expect(shown(workedFigures(conversion))).toMatchObject({
      customerMargin: '£20',
      clientMargin: '£150',
      extraMargin: '£130',
      payback: '4',
    });
    const flat = { ...conversion, client: { ...conversion.client, price: 170 } };
    expect(shown(workedFigures(flat))).toMatchObject({ extraMargin: '£0', payback: 'never' });
  });
});

describe('content/worked-examples.yaml entries', () => {
  it('take a buyer or a conversion with sums of 0 or more', () => {
    expect(workedExampleSchema.safeParse({ id: 'a', buyer: 'client', price: 1, costToServe: 0, months: 3, costToWin: 0 }).success).toBe(
      true,
    );
    expect(workedExampleSchema.safeParse({ id: 'a', buyer: 'client', price: -1, costToServe: 0, months: 3, costToWin: 0 }).success).toBe(
      false,
    );
    expect(workedExampleSchema.safeParse({ id: 'a', buyer: 'client', price: 1, costToServe: 0, months: 2.5, costToWin: 0 }).success).toBe(
      false,
    );
    // A typo in a field name is refused, not ignored.
    expect(workedExampleSchema.safeParse({ id: 'a', buyer: 'client', price: 1, costToServe: 0, months: 3, onboarding: 0 }).success).toBe(
      false,
    );
  });
});
