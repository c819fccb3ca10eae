import { describe, expect, it } from 'vitest';
import {
  conversionPayback,
  extraMargin,
  lifetimeValue,
  monthlyMargin,
  monthsFromChurn,
  paidBackSoFar,
  paybackMonths,
  revenue,
} from '../../src/lib/economics.ts';

describe('monthlyMargin', () => {
  it('is what the buyer pays each month less what serving them costs', () => {
    expect(monthlyMargin(400, 250)).toBe(150);
    expect(monthlyMargin(50, 60)).toBe(-10);
  });
});

describe('monthsFromChurn', () => {
  it('is 1 ÷ the share who leave each month', () => {
    expect(monthsFromChurn(0.02)).toBe(50);
    expect(monthsFromChurn(0.5)).toBe(2);
  });
  it('has no end when nobody leaves', () => {
    expect(monthsFromChurn(0)).toBe(Infinity);
  });
});

describe('lifetimeValue', () => {
  it('is monthly margin × months they stay − cost to win', () => {
    expect(lifetimeValue({ price: 400, costToServe: 250, months: 48, costToWin: 300 })).toBe(6900);
    expect(lifetimeValue({ price: 35, costToServe: 15, months: 12, costToWin: 0 })).toBe(240);
  });
  it('is negative when serving costs more than the buyer pays, or winning them costs more than they bring', () => {
    expect(lifetimeValue({ price: 50, costToServe: 60, months: 10, costToWin: 0 })).toBe(-100);
    expect(lifetimeValue({ price: 100, costToServe: 50, months: 2, costToWin: 500 })).toBe(-400);
  });
  it('is never the revenue: that counts neither serving nor winning', () => {
    const client = { price: 400, costToServe: 250, months: 48, costToWin: 300 };
    expect(revenue(client)).toBe(19_200);
    expect(lifetimeValue(client)).toBeLessThan(revenue(client));
  });
});

describe('paybackMonths', () => {
  it('is the cost to win ÷ the monthly margin, rounded up to the month that covers it', () => {
    expect(paybackMonths(400, 130)).toBe(4); // 3.08
    expect(paybackMonths(400, 50)).toBe(8); // exactly 8: month 8 covers it
    expect(paybackMonths(400, 100)).toBe(4);
  });
  it('is 0 when there is nothing to win back', () => {
    expect(paybackMonths(0, 130)).toBe(0);
  });
  it('is never (null), not Infinity or NaN, when the margin is zero or less', () => {
    expect(paybackMonths(400, 0)).toBeNull();
    expect(paybackMonths(400, -20)).toBeNull();
    expect(paybackMonths(0, 0)).toBeNull();
    expect(paybackMonths(Number.NaN, 100)).toBeNull();
    expect(paybackMonths(400, Infinity)).toBeNull();
  });
  it('does not add a month for binary noise', () => {
    expect(paybackMonths(0.3, 0.1)).toBe(3);
  });
});

describe('a customer who becomes a client', () => {
  const conversion = { customer: { price: 50, costToServe: 30 }, client: { price: 300, costToServe: 150, costToWin: 400 } };
  it('pays back the cost to win from the extra margin over what they brought as a customer', () => {
    expect(extraMargin(conversion)).toBe(130);
    expect(conversionPayback(conversion)).toBe(4);
  });
  it('never pays back when the client brings no more than the customer did', () => {
    expect(conversionPayback({ ...conversion, client: { ...conversion.client, price: 170 } })).toBeNull();
  });
});

describe('paidBackSoFar', () => {
  it('starts at minus the cost to win and adds the margin each month, crossing zero in the payback month', () => {
    const sofar = paidBackSoFar(400, 130, 5);
    expect(sofar).toEqual([-400, -270, -140, -10, 120, 250]);
    expect(sofar.findIndex((v) => v >= 0)).toBe(paybackMonths(400, 130));
  });
});
