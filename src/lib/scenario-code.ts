import { INPUT_NAMES, INPUT_SPECS, roundModel, type ConversionInputs, type InputName } from './conversion-inputs.ts';

/**
 * A whole scenario packed into one short code (`?s=…`), so its link fits a QR code that can be
 * scanned off a projector. Each input is counted in steps of its slider from its lowest value;
 * the fifteen counts are read as the digits of one number (each digit as wide as its input's
 * range) and written in URL-safe base 64, then one check character that catches a code cut short
 * or mistyped. About 30 characters, where the fifteen named parameters take about 280.
 */
export const SCENARIO_CODE_PARAM = 's';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** How many values an input can take on its slider's grid. */
const radix = (name: InputName) => {
  const { min, max, step } = INPUT_SPECS[name];
  return BigInt(Math.round((max - min) / step) + 1);
};

/** The input's count of steps, or undefined when the value is off its slider's grid or range. */
function stepsOf(name: InputName, value: number): bigint | undefined {
  const { min, max, step } = INPUT_SPECS[name];
  const n = Math.round((value - min) / step);
  const onGrid = Math.abs(min + n * step - value) <= 1e-9 * Math.max(1, Math.abs(value));
  return onGrid && value >= min && value <= max ? BigInt(n) : undefined;
}

function check(digits: string): string {
  let sum = digits.length;
  for (let i = 0; i < digits.length; i++) sum += (i + 1) * (ALPHABET.indexOf(digits[i]) + 1);
  return ALPHABET[sum % 64];
}

export interface PackedScenario {
  code: string;
  /** Inputs the code cannot hold exactly (typed finer than a slider step): the link names them beside it. */
  besides: InputName[];
}

export function packScenario(inputs: ConversionInputs): PackedScenario {
  let total = 0n;
  const besides: InputName[] = [];
  for (const name of INPUT_NAMES) {
    const steps = stepsOf(name, inputs[name]);
    if (steps === undefined) besides.push(name);
    total = total * radix(name) + (steps ?? 0n);
  }
  let digits = '';
  do {
    digits = ALPHABET[Number(total % 64n)] + digits;
    total /= 64n;
  } while (total > 0n);
  return { code: digits + check(digits), besides };
}

/** The inputs a code holds, or undefined when it is not a whole code this site wrote. */
export function unpackScenario(code: string): ConversionInputs | undefined {
  if (!/^[A-Za-z0-9_-]{2,40}$/.test(code)) return undefined;
  const digits = code.slice(0, -1);
  if (check(digits) !== code.at(-1)) return undefined;
  let total = 0n;
  for (const c of digits) total = total * 64n + BigInt(ALPHABET.indexOf(c));
  const inputs = {} as ConversionInputs;
  for (const name of [...INPUT_NAMES].reverse()) {
    const { min, step } = INPUT_SPECS[name];
    inputs[name] = roundModel(min + Number(total % radix(name)) * step);
    total /= radix(name);
  }
  return total === 0n ? inputs : undefined;
}
