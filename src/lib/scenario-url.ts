import {
  INPUT_NAMES,
  RATE_TOLERANCE,
  allowedRange,
  checkOwnRange,
  isInputName,
  roundModel,
  type ConversionInputs,
  type InputName,
  type InputProblem,
} from './conversion-inputs.ts';
import { SITE_WIDE_PARAMS } from './query-params.ts';
import { packScenario, SCENARIO_CODE_PARAM, unpackScenario } from './scenario-code.ts';

/**
 * A scenario link is `/simulator/?s=<code>`: every input packed into one short code (see
 * scenario-code.ts), so the link fits a small QR code and keeps its figures even if a preset's
 * content changes later. A preset shown as it is links by name alone (`?preset=<id>`). Links may
 * also name inputs one by one (`?customers=1200&customerChurn=0.08&…`, rates as fractions), as
 * older links do; a named input counts over the code's.
 */
export const PRESET_PARAM = 'preset';

/** Something in a link that was not understood and so was ignored. */
export type LinkNotice = { kind: 'unknown-parameter'; name: string } | { kind: 'unknown-preset'; id: string };

/** A value a link gave that could not be used, and the text it gave. */
export interface RejectedValue {
  problem: InputProblem;
  raw: string;
}

export interface DecodedScenario {
  /** Always a full, valid set: anything unusable falls back to the preset's or the defaults' value. */
  inputs: ConversionInputs;
  /** The known preset the link named, if any. */
  preset: string | null;
  notices: LinkNotice[];
  rejected: RejectedValue[];
}

/**
 * Names older links used for inputs since renamed: "cost to onboard" became "cost to win", the one
 * name the lessons use too. A link with the old name still opens with its number.
 */
export const FORMER_NAMES: Readonly<Record<string, InputName>> = { onboardingCost: 'clientCostToWin', customerCac: 'customerCostToWin' };

/** Plain decimal numbers only: no words, no hex, no exponents, no "Infinity". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export function decodeScenario(
  search: string,
  defaults: ConversionInputs,
  presets: ReadonlyMap<string, ConversionInputs>,
): DecodedScenario {
  const params = new URLSearchParams(search);
  const notices: LinkNotice[] = [];
  const codes = params.getAll(SCENARIO_CODE_PARAM);
  params.delete(SCENARIO_CODE_PARAM);
  if (codes.length > 0) {
    const packed = codes.length === 1 ? unpackScenario(codes[0]) : undefined;
    if (!packed) notices.push({ kind: 'unknown-parameter', name: SCENARIO_CODE_PARAM });
    else for (const field of INPUT_NAMES) if (!params.has(field)) params.set(field, String(packed[field]));
  }
  for (const [former, name] of Object.entries(FORMER_NAMES)) {
    if (!params.has(name)) for (const value of params.getAll(former)) params.append(name, value);
    params.delete(former);
  }
  const rejected: RejectedValue[] = [];

  let preset: string | null = null;
  let base = defaults;
  const presetIds = params.getAll(PRESET_PARAM);
  if (presetIds.length > 0) {
    const known = presetIds.length === 1 ? presets.get(presetIds[0]) : undefined;
    if (known) {
      preset = presetIds[0];
      base = known;
    } else {
      notices.push({ kind: 'unknown-preset', id: presetIds.join(', ') });
    }
  }

  for (const name of new Set(params.keys())) {
    if (name !== PRESET_PARAM && !isInputName(name) && !SITE_WIDE_PARAMS.includes(name)) notices.push({ kind: 'unknown-parameter', name });
  }

  const inputs = { ...base };
  const fromLink = new Set<InputName>();
  for (const field of INPUT_NAMES) {
    const values = params.getAll(field);
    if (values.length === 0) continue;
    const raw = values.join(', ');
    const value = values.length === 1 && NUMBER.test(values[0].trim()) ? Number(values[0]) : Number.NaN;
    const problem = checkOwnRange(field, value);
    if (problem) rejected.push({ problem, raw });
    else {
      inputs[field] = value;
      fromLink.add(field);
    }
  }

  // Churn and conversion may each be fine alone but pass 100% together: drop the link's
  // conversion rate first, then its churn, until the pair fits again.
  for (const field of ['conversionRate', 'customerChurn'] as const) {
    if (!fromLink.has(field) || inputs.customerChurn + inputs.conversionRate <= 1 + RATE_TOLERANCE) continue;
    const range = allowedRange(field, inputs);
    rejected.push({ problem: { field, reason: 'rates-over-one', ...range }, raw: String(inputs[field]) });
    inputs[field] = base[field];
  }

  return { inputs, preset, notices, rejected };
}

/**
 * The query string (without "?") for a scenario: the preset's name when the figures are that
 * preset's (`preset` is set only then), else the packed code, with any input it cannot hold
 * exactly named beside it.
 */
export function encodeScenario(inputs: ConversionInputs, preset?: string | null): string {
  const params = new URLSearchParams();
  if (preset) {
    params.set(PRESET_PARAM, preset);
    return params.toString();
  }
  const { code, besides } = packScenario(inputs);
  params.set(SCENARIO_CODE_PARAM, code);
  for (const field of besides) params.set(field, String(roundModel(inputs[field])));
  return params.toString();
}

/** The id of the preset whose inputs these are exactly, or null once anything has been changed. */
export function matchingPreset(inputs: ConversionInputs, presets: ReadonlyMap<string, ConversionInputs>): string | null {
  for (const [id, values] of presets) {
    if (INPUT_NAMES.every((field) => roundModel(values[field]) === roundModel(inputs[field]))) return id;
  }
  return null;
}
