import { describe, expect, it } from 'vitest';
import { scenarioCsv } from '../../src/lib/scenario-csv.ts';
import { createFormatters } from '../../src/lib/simulator-format.ts';
import { fillIn } from '../../src/lib/fill-in.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { HAND_WORKED_INPUTS } from '../simulator-inputs.ts';

const headings = {
  month: 'Month',
  customers: 'Customers',
  clients: 'Clients',
  customerRevenue: 'Revenue, customers',
  clientRevenue: 'Revenue from clients',
  profit: 'Profit',
  cumulativeProfit: 'Profit so far',
  baselineCumulativeProfit: 'Say "without"',
};

describe('CSV of the series', () => {
  const r = simulateConversion({ ...HAND_WORKED_INPUTS, months: 2 });
  const csv = scenarioCsv(r, headings);
  const lines = csv.split('\r\n');

  it('has a quoted heading row, one row per month and CRLF line ends', () => {
    expect(lines[0]).toBe('Month,Customers,Clients,"Revenue, customers",Revenue from clients,Profit,Profit so far,"Say ""without"""');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('writes plain numbers a spreadsheet can add up, rounded to pennies', () => {
    expect(lines[1]).toBe('1,90,14,1800,1400,1460,1460,1360');
    expect(lines[2].split(',').every((c) => /^-?\d+(\.\d{1,2})?$/.test(c))).toBe(true);
  });
});

describe('formatting', () => {
  const f = createFormatters('en-GB', 'GBP');
  it('formats money, changes, counts and percentages the British way', () => {
    expect(f.money(1234567.89)).toBe('£1,234,568');
    expect(f.moneyChange(703372.1)).toBe('+£703,372');
    expect(f.moneyChange(-12.6)).toBe('-£13');
    expect(f.count(1132.38)).toBe('1,132');
    expect(f.percent(0.085)).toBe('8.5%');
    expect(f.moneyShort(150000)).toBe('£150k');
    expect(f.field('customerChurn', 0.07)).toBe('7');
    expect(f.field('customers', 12000)).toBe('12,000');
  });

  it('never prints NaN, Infinity or a negative zero', () => {
    for (const format of [f.money, f.moneyChange, f.count, f.percent, f.moneyShort]) {
      expect(format(Number.NaN)).toBe('–');
      expect(format(Infinity)).toBe('–');
    }
    expect(f.money(-0.3)).toBe('£0');
    expect(f.count(-0.2)).toBe('0');
  });
});

describe('content helpers', () => {
  it('fills named placeholders and leaves unknown ones alone', () => {
    expect(fillIn('{label} must be from {min} to {max}.', { label: 'Months', min: 1, max: 120 })).toBe('Months must be from 1 to 120.');
    expect(fillIn('Month {month} of {total}', { month: 3 })).toBe('Month 3 of {total}');
  });
});
