import type { ConversionInputs } from '../src/lib/conversion-inputs.ts';

/** A typical small shop, fixed here so the model's tests do not move when the page's defaults do. */
export const SHOP_INPUTS: Readonly<ConversionInputs> = {
  customers: 1000,
  clients: 0,
  newCustomers: 80,
  customerCostToWin: 25,
  purchasesPerMonth: 1.5,
  orderValue: 40,
  productMargin: 0.3,
  customerChurn: 0.06,
  conversionRate: 0.01,
  clientFee: 300,
  serviceCost: 150,
  clientCostToWin: 400,
  referralRate: 0.01,
  clientChurn: 0.02,
  months: 36,
};

/** Round numbers whose months can be worked by hand; the tests' comments show the arithmetic. */
export const HAND_WORKED_INPUTS: Readonly<ConversionInputs> = {
  customers: 100,
  clients: 10,
  newCustomers: 5,
  customerCostToWin: 20,
  purchasesPerMonth: 2,
  orderValue: 10,
  productMargin: 0.5,
  customerChurn: 0.1,
  conversionRate: 0.05,
  clientFee: 100,
  serviceCost: 40,
  clientCostToWin: 30,
  referralRate: 0.1,
  clientChurn: 0.2,
  months: 1,
};
