/**
 * The simulator's inputs: their names (also the public query-parameter names), allowed ranges
 * and checks. Rates are fractions 0–1 here; the page shows them as percentages.
 */
export const INPUT_NAMES = [
  'customers',
  'clients',
  'newCustomers',
  'customerCostToWin',
  'purchasesPerMonth',
  'orderValue',
  'productMargin',
  'customerChurn',
  'conversionRate',
  'clientFee',
  'serviceCost',
  'clientCostToWin',
  'referralRate',
  'clientChurn',
  'months',
] as const;

export type InputName = (typeof INPUT_NAMES)[number];
export type ConversionInputs = Record<InputName, number>;

/** How a value is shown: a count of people or months, a sum of money, a rate, or a plain number. */
export type InputKind = 'count' | 'money' | 'rate' | 'number' | 'months';

export interface InputSpec {
  kind: InputKind;
  /** Allowed range, in model units (rates as fractions). */
  min: number;
  max: number;
  /** Smallest change a slider or arrow key makes, in model units. */
  step: number;
  /** People at the start and months must be whole numbers. */
  whole: boolean;
  /**
   * Slider curve: 1 is even; 2 gives the low end of a wide range (most businesses) more of
   * the track, so 500 customers and 50,000 customers can both be set by dragging.
   */
  curve: 1 | 2;
}

const count = (max: number): InputSpec => ({ kind: 'count', min: 0, max, step: 1, whole: true, curve: 2 });
const money = (max: number): InputSpec => ({ kind: 'money', min: 0, max, step: 1, whole: false, curve: 2 });
const rate = (max: number, step = 0.001): InputSpec => ({ kind: 'rate', min: 0, max, step, whole: false, curve: 1 });

export const INPUT_SPECS: Record<InputName, InputSpec> = {
  customers: count(100_000),
  clients: count(10_000),
  newCustomers: count(10_000),
  customerCostToWin: money(1_000),
  purchasesPerMonth: { kind: 'number', min: 0, max: 30, step: 0.1, whole: false, curve: 2 },
  orderValue: money(5_000),
  productMargin: rate(1, 0.01),
  customerChurn: rate(1),
  conversionRate: rate(0.25),
  clientFee: money(20_000),
  serviceCost: money(20_000),
  clientCostToWin: money(50_000),
  referralRate: rate(0.2),
  clientChurn: rate(0.5),
  months: { kind: 'months', min: 1, max: 120, step: 1, whole: true, curve: 1 },
};

export const isInputName = (name: string): name is InputName => (INPUT_NAMES as readonly string[]).includes(name);

/** Why a value cannot be used, with the range it must fall in (which may be narrower than the field's own). */
export interface InputProblem {
  field: InputName;
  reason: 'not-a-number' | 'out-of-range' | 'not-whole' | 'rates-over-one';
  min: number;
  max: number;
}

/**
 * The range `field` may take given the other inputs: customer churn and conversion both take
 * people out of the customer pool each month, so together they cannot pass 100%.
 */
export function allowedRange(field: InputName, others: ConversionInputs): { min: number; max: number } {
  const { min, max } = INPUT_SPECS[field];
  if (field === 'conversionRate') return { min, max: Math.min(max, roundModel(1 - others.customerChurn)) };
  if (field === 'customerChurn') return { min, max: Math.min(max, roundModel(1 - others.conversionRate)) };
  return { min, max };
}

/** Slack for binary rounding when churn and conversion add up to exactly 100%. */
export const RATE_TOLERANCE = 1e-9;

/** Checks a value against its field's own range alone; null when it fits. */
export function checkOwnRange(field: InputName, value: number): InputProblem | null {
  const spec = INPUT_SPECS[field];
  const own = { field, min: spec.min, max: spec.max };
  if (!Number.isFinite(value)) return { ...own, reason: 'not-a-number' };
  if (value < spec.min || value > spec.max) return { ...own, reason: 'out-of-range' };
  if (spec.whole && !Number.isInteger(value)) return { ...own, reason: 'not-whole' };
  return null;
}

/** Checks one value against its field and the other inputs; null when it can be used. */
export function checkInput(field: InputName, value: number, others: ConversionInputs): InputProblem | null {
  const own = checkOwnRange(field, value);
  if (own) return own;
  const range = allowedRange(field, others);
  if (value > range.max + RATE_TOLERANCE) return { field, ...range, reason: 'rates-over-one' };
  return null;
}

/** Every problem in a full set of inputs; empty when the model can run on them. */
export function checkInputs(inputs: ConversionInputs): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const field of INPUT_NAMES) {
    const problem = checkInput(field, inputs[field], inputs);
    // The pair over 100% is one problem: report it once, on conversion rate.
    if (problem && !(problem.reason === 'rates-over-one' && field === 'customerChurn')) problems.push(problem);
  }
  return problems;
}

/** Removes binary noise (0.07 * 100 = 7.000000000000001) so values print and compare cleanly. */
export const roundModel = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/** A model value in the units the page shows: rates as percentages. */
export const toDisplayUnits = (field: InputName, value: number): number =>
  INPUT_SPECS[field].kind === 'rate' ? roundModel(value * 100) : value;

/** A value typed in the page's units back into model units. */
export const fromDisplayUnits = (field: InputName, value: number): number =>
  INPUT_SPECS[field].kind === 'rate' ? roundModel(value / 100) : value;

/**
 * Reads a number as a person types it: "1,200", " 8 % ", "£40", "2.5". Anything else
 * (words, two numbers, "Infinity", an empty box) is NaN, never a guess.
 */
export function parseTypedNumber(text: string): number {
  const cleaned = text
    .trim()
    .replace(/^[£$€]\s*/, '')
    .replace(/\s*%$/, '')
    .replace(/(\d),(?=\d{3}(\D|$))/g, '$1');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Slider position (0–1000 for curved fields, the value itself for even ones) for a model value. */
export function sliderPosition(field: InputName, value: number): number {
  const spec = INPUT_SPECS[field];
  if (spec.curve === 1) return toDisplayUnits(field, value);
  const share = Math.min(1, Math.max(0, (value - spec.min) / (spec.max - spec.min)));
  return Math.round(Math.sqrt(share) * SLIDER_STEPS);
}

/** Model value for a slider position, snapped to the field's step. */
export function valueAtSlider(field: InputName, position: number): number {
  const spec = INPUT_SPECS[field];
  if (spec.curve === 1) return snap(field, fromDisplayUnits(field, position));
  const share = (Math.min(SLIDER_STEPS, Math.max(0, position)) / SLIDER_STEPS) ** 2;
  return snap(field, spec.min + share * (spec.max - spec.min));
}

/** The native range attributes for a field's slider. */
export function sliderRange(field: InputName): { min: number; max: number; step: number } {
  const spec = INPUT_SPECS[field];
  if (spec.curve === 2) return { min: 0, max: SLIDER_STEPS, step: 1 };
  return { min: toDisplayUnits(field, spec.min), max: toDisplayUnits(field, spec.max), step: toDisplayUnits(field, spec.step) };
}

export const SLIDER_STEPS = 1000;

function snap(field: InputName, value: number): number {
  const { step, min, max } = INPUT_SPECS[field];
  return roundModel(Math.min(max, Math.max(min, Math.round(value / step) * step)));
}
