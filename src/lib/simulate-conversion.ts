import type { ConversionInputs } from './conversion-inputs.ts';
import { lifetimeValue, monthlyMargin, monthsFromChurn } from './economics.ts';

/** One month of a run. People are expected values, so they may be fractional. */
export interface MonthFigures {
  month: number;
  customers: number;
  clients: number;
  converted: number;
  referred: number;
  customerRevenue: number;
  clientRevenue: number;
  profit: number;
  cumulativeProfit: number;
}

export interface ConversionResult {
  /** Month by month with the conversion programme. */
  series: MonthFigures[];
  /** The same business with no conversion (conversionRate 0). */
  baseline: MonthFigures[];
  finalCustomers: number;
  finalClients: number;
  /** Revenue from customers and clients over the whole horizon, with the programme. */
  totalRevenue: number;
  cumulativeProfit: number;
  baselineProfit: number;
  profitDifference: number;
  /** First month whose cumulative profit beats the baseline's; null if none within the horizon. */
  paybackMonth: number | null;
  /** A customer's lifetime value (economics.ts): margin while they stay, less the cost to win them; null when customers never leave. */
  customerLtv: number | null;
  /** A client's lifetime value: fee less cost to serve while they stay, less the cost to win them; null when clients never leave. */
  clientLtv: number | null;
}

/**
 * Runs the model month by month. Each month, using last month's customers C and clients K:
 * some customers convert, clients refer others, both groups churn, new customers arrive, and
 * the month's revenue and profit follow from the new C and K.
 */
export function runMonths(inputs: ConversionInputs): MonthFigures[] {
  const { newCustomers, customerChurn, conversionRate, referralRate, clientChurn, clientFee, serviceCost } = inputs;
  let customers = inputs.customers;
  let clients = inputs.clients;
  let cumulativeProfit = 0;
  const months: MonthFigures[] = [];
  for (let month = 1; month <= inputs.months; month++) {
    const converted = conversionRate * customers;
    const referred = referralRate * clients;
    // max(0, …) only removes rounding noise: churn + conversion ≤ 1 keeps the true value ≥ 0.
    customers = Math.max(0, customers * (1 - customerChurn) - converted + newCustomers);
    clients = clients * (1 - clientChurn) + converted + referred;
    const customerRevenue = customers * inputs.purchasesPerMonth * inputs.orderValue;
    const clientRevenue = clients * clientFee;
    const profit =
      customerRevenue * inputs.productMargin +
      clients * monthlyMargin(clientFee, serviceCost) -
      newCustomers * inputs.customerCostToWin -
      (converted + referred) * inputs.clientCostToWin;
    cumulativeProfit += profit;
    months.push({ month, customers, clients, converted, referred, customerRevenue, clientRevenue, profit, cumulativeProfit });
  }
  return months;
}

/** The programme against the same business without it. Inputs must have passed checkInputs. */
export function simulateConversion(inputs: ConversionInputs): ConversionResult {
  const series = runMonths(inputs);
  const baseline = runMonths({ ...inputs, conversionRate: 0 });
  const last = series[series.length - 1];
  const baselineLast = baseline[baseline.length - 1];
  const cumulativeProfit = last?.cumulativeProfit ?? 0;
  const baselineProfit = baselineLast?.cumulativeProfit ?? 0;
  const payback = series.find((m, i) => m.cumulativeProfit > baseline[i].cumulativeProfit);
  return {
    series,
    baseline,
    finalCustomers: last?.customers ?? inputs.customers,
    finalClients: last?.clients ?? inputs.clients,
    totalRevenue: series.reduce((sum, m) => sum + m.customerRevenue + m.clientRevenue, 0),
    cumulativeProfit,
    baselineProfit,
    profitDifference: cumulativeProfit - baselineProfit,
    paybackMonth: payback?.month ?? null,
    ...lifetimeValues(inputs),
  };
}

/** The simulator's customer and client as the site's one lifetime value counts them; null for a buyer who never leaves. */
export function lifetimeValues(inputs: ConversionInputs): { customerLtv: number | null; clientLtv: number | null } {
  const spend = inputs.purchasesPerMonth * inputs.orderValue;
  const customerMonths = monthsFromChurn(inputs.customerChurn);
  const clientMonths = monthsFromChurn(inputs.clientChurn);
  return {
    customerLtv: Number.isFinite(customerMonths)
      ? lifetimeValue({
          price: spend,
          costToServe: spend * (1 - inputs.productMargin),
          months: customerMonths,
          costToWin: inputs.customerCostToWin,
        })
      : null,
    clientLtv: Number.isFinite(clientMonths)
      ? lifetimeValue({ price: inputs.clientFee, costToServe: inputs.serviceCost, months: clientMonths, costToWin: inputs.clientCostToWin })
      : null,
  };
}
