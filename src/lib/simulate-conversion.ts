import type { ConversionInputs } from './conversion-inputs.ts';

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
  /** Margin a customer brings before leaving; null when customers never leave in the model. */
  customerLtv: number | null;
  /** Net fee a client brings before leaving, less onboarding; null when clients never leave. */
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
      clients * (clientFee - serviceCost) -
      newCustomers * inputs.customerCac -
      (converted + referred) * inputs.onboardingCost;
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
    customerLtv:
      inputs.customerChurn > 0 ? (inputs.purchasesPerMonth * inputs.orderValue * inputs.productMargin) / inputs.customerChurn : null,
    clientLtv: inputs.clientChurn > 0 ? (inputs.clientFee - inputs.serviceCost) / inputs.clientChurn - inputs.onboardingCost : null,
  };
}
