import { describe, expect, it } from 'vitest';
import { curveDrawing, fitSettings, paybackCurve, simulatorQuery, startingPayback, PAYBACK_RANGES } from '../../src/lib/payback-curve.ts';
import { simulateConversion } from '../../src/lib/simulate-conversion.ts';
import { decodeScenario } from '../../src/lib/scenario-url.ts';
import type { ConversionInputs } from '../../src/lib/conversion-inputs.ts';
import { simulatorPage } from '../simulator-content.ts';

const defaults = simulatorPage().defaults;

describe('paybackCurve, worked by hand', () => {
  it('pays onboarding in month 1, then adds the margin each month', () => {
    const c = paybackCurve({ onboardingCost: 400, extraMargin: 150, clientChurn: 0 }, 4);
    // −400 + 150, then +150 a month
    expect(c.extra).toEqual([0, -250, -100, 50, 200]);
    expect(c.paybackMonth).toBe(3);
  });

  it('counts each month’s margin only for the share of clients still there', () => {
    const c = paybackCurve({ onboardingCost: 100, extraMargin: 100, clientChurn: 0.5 }, 3);
    // −100 + 100, + 50, + 25
    expect(c.extra).toEqual([0, 0, 50, 75]);
    // Break-even in month 1 is not yet ahead: the simulator counts payback only once profit is above.
    expect(c.paybackMonth).toBe(2);
  });

  it('never pays off when the client leaves before the margin covers onboarding', () => {
    // At most 100 + 80 + 64 + … = 500, below 600.
    const c = paybackCurve({ onboardingCost: 600, extraMargin: 100, clientChurn: 0.2 }, 120);
    expect(c.paybackMonth).toBeNull();
    expect(c.extra.at(-1)).toBeLessThan(0);
  });
});

describe('paybackCurve agrees with the simulator', () => {
  // A business of one customer who becomes a client in month 1 and brings no product margin:
  // the simulator's extra profit is then exactly the one client's.
  const oneClient = (onboardingCost: number, margin: number, clientChurn: number): ConversionInputs => ({
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
    onboardingCost,
    clientChurn,
    months: 24,
  });

  it.each([
    [400, 130, 0.02],
    [1000, 60, 0.1],
    [2000, 80, 0.2],
    [0, 0, 0],
  ])('onboarding £%d, margin £%d, churn %d', (onboardingCost, extraMargin, clientChurn) => {
    const sim = simulateConversion(oneClient(onboardingCost, extraMargin, clientChurn));
    const ours = paybackCurve({ onboardingCost, extraMargin, clientChurn }, 24);
    expect(ours.paybackMonth).toBe(sim.paybackMonth);
    sim.series.forEach((m, i) => expect(ours.extra[i + 1]).toBeCloseTo(m.cumulativeProfit - sim.baseline[i].cumulativeProfit, 6));
  });
});

describe('the figure’s start and its simulator link', () => {
  it('starts from the simulator’s example client, on the sliders’ steps', () => {
    const { settings, feeBefore } = startingPayback(defaults);
    const customerMargin = defaults.purchasesPerMonth * defaults.orderValue * defaults.productMargin;
    expect(feeBefore).toBe(Math.round(defaults.serviceCost + customerMargin));
    expect(settings.onboardingCost).toBe(defaults.onboardingCost);
    expect(settings.clientChurn).toBe(defaults.clientChurn);
    expect(Math.abs(settings.extraMargin - (defaults.clientFee - feeBefore))).toBeLessThanOrEqual(PAYBACK_RANGES.extraMargin.step / 2);
  });

  it('links to a scenario the simulator reads back with the same client', () => {
    const settings = { onboardingCost: 750, extraMargin: 220, clientChurn: 0.07 };
    const { feeBefore } = startingPayback(defaults);
    const { inputs, rejected, notices } = decodeScenario(simulatorQuery(settings, feeBefore), defaults, new Map());
    expect(rejected).toEqual([]);
    expect(notices).toEqual([]);
    expect(inputs.onboardingCost).toBe(750);
    expect(inputs.clientChurn).toBe(0.07);
    expect(inputs.clientFee - inputs.serviceCost - inputs.purchasesPerMonth * inputs.orderValue * inputs.productMargin).toBeCloseTo(220, 0);
    expect(inputs.customers).toBe(defaults.customers);
  });

  it('keeps settings within the sliders and never NaN', () => {
    const fallback = { onboardingCost: 400, extraMargin: 130, clientChurn: 0.02 };
    expect(fitSettings({ onboardingCost: Number.NaN, extraMargin: 9999, clientChurn: -1 }, fallback)).toEqual({
      onboardingCost: 400,
      extraMargin: 500,
      clientChurn: 0,
    });
    expect(fitSettings({ onboardingCost: 433, extraMargin: 12, clientChurn: 0.034 }, fallback)).toEqual({
      onboardingCost: 450,
      extraMargin: 10,
      clientChurn: 0.03,
    });
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
