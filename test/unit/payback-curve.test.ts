import { describe, expect, it } from 'vitest';
import { curveDrawing, fitSettings, paybackCurve, simulatorQuery } from '../../src/lib/payback-curve.ts';
import { paybackMonths } from '../../src/lib/economics.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { decodeScenario } from '../../src/lib/scenario-url.ts';
import type { ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { simulatorPage } from '../simulator-content.ts';

const defaults = simulatorPage().defaults;

describe('paybackCurve, worked by hand', () => {
  it('starts at minus the cost to win, then adds the extra margin each month', () => {
    const c = paybackCurve({ costToWin: 400, extraMargin: 150 }, 4);
    expect(c.extra).toEqual([-400, -250, -100, 50, 200]);
    expect(c.paybackMonth).toBe(3);
  });

  it('pays back in the month the margin so far covers the cost exactly', () => {
    expect(paybackCurve({ costToWin: 400, extraMargin: 100 }, 6).paybackMonth).toBe(4);
  });

  it('has the site’s one payback month, or none within the months shown', () => {
    for (const [costToWin, extraMargin] of [
      [400, 130],
      [2000, 10],
      [0, 50],
      [500, 0],
    ]) {
      const month = paybackMonths(costToWin, extraMargin);
      expect(paybackCurve({ costToWin, extraMargin }, 24).paybackMonth).toBe(month !== null && month <= 24 ? month : null);
    }
  });
});

describe('paybackCurve agrees with the simulator', () => {
  // A business of one customer who becomes a client in month 1, stays, and brought no margin
  // before: the simulator's extra profit is then exactly the one client's.
  const oneClient = (clientCostToWin: number, margin: number): ConversionInputs => ({
    ...defaults,
    customers: 1,
    clients: 0,
    newCustomers: 0,
    conversionRate: 1,
    customerChurn: 0,
    referralRate: 0,
    productMargin: 0,
    serviceCost: 100,
    clientFee: 100 + margin,
    clientCostToWin,
    clientChurn: 0,
    months: 24,
  });

  // Margins that do not divide the cost exactly: at an exact tie the simulator's programme waits
  // until it is ahead, one month after this figure's client has covered its cost.
  it.each([
    [400, 130],
    [1000, 60],
    [2000, 90],
  ])('cost to win £%d, extra margin £%d', (costToWin, extraMargin) => {
    const sim = simulateConversion(oneClient(costToWin, extraMargin));
    const ours = paybackCurve({ costToWin, extraMargin }, 24);
    expect(ours.paybackMonth).toBe(sim.paybackMonth);
    sim.series.forEach((m, i) => expect(ours.extra[i + 1]).toBeCloseTo(m.cumulativeProfit - sim.baseline[i].cumulativeProfit, 6));
  });
});

describe('fitSettings', () => {
  it('keeps settings on the sliders’ steps exactly', () => {
    expect(fitSettings({ costToWin: 400, extraMargin: 130 })).toEqual({ settings: { costToWin: 400, extraMargin: 130 }, off: [] });
  });

  it('names settings off the steps, and never gives NaN', () => {
    const { settings, off } = fitSettings({ costToWin: Number.NaN, extraMargin: 132 });
    expect(off).toEqual(['costToWin', 'extraMargin']);
    expect(settings).toEqual({ costToWin: 0, extraMargin: 130 });
  });
});

describe('the link to the simulator', () => {
  it('opens a scenario with the same customer, and a client with the same cost to win and extra margin', () => {
    const conversion = { customer: { price: 50, costToServe: 30 }, client: { price: 300, costToServe: 150, costToWin: 400 } };
    const { inputs, rejected, notices } = decodeScenario(
      simulatorQuery({ costToWin: 750, extraMargin: 220 }, conversion),
      defaults,
      new Map(),
    );
    expect(rejected).toEqual([]);
    expect(notices).toEqual([]);
    expect(inputs.clientCostToWin).toBe(750);
    const customerMargin = inputs.purchasesPerMonth * inputs.orderValue * inputs.productMargin;
    expect(customerMargin).toBeCloseTo(20, 6);
    expect(inputs.clientFee - inputs.serviceCost - customerMargin).toBeCloseTo(220, 6);
    expect(inputs.customers).toBe(defaults.customers);
  });
});

describe('curveDrawing', () => {
  it('puts month 0 at the left, the last month at the right and zero where break-even is', () => {
    const d = curveDrawing({ extra: [0, -100, 100, 300], paybackMonth: 2 }, 300, 100);
    expect(d.path).toBe('M0,0L1,-100L2,100L3,300');
    // 400 pounds span 100 units: 0.25 a pound; zero sits 300 pounds below the top.
    expect(d.scale).toBe('scale(100 -0.25)');
    expect(d.zeroY).toBe(75);
    expect(d.paybackX).toBe(200);
  });

  it('has no payback mark when it does not pay off, and a flat line draws without dividing by zero', () => {
    const d = curveDrawing({ extra: [0, 0, 0], paybackMonth: null }, 300, 100);
    expect(d.paybackX).toBeNull();
    expect(`${d.scale} ${d.zeroY}`).not.toMatch(/NaN|Infinity/);
  });
});
