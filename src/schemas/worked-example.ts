import { z } from 'astro/zod';

const money = z.number().min(0, 'use a sum of 0 or more').max(100_000, 'use a sum of at most 100,000');
const id = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

/** One buyer: what they pay and cost each month, how long they stay, and what winning them cost. */
const buyerExample = z.strictObject({
  id,
  buyer: z.enum(['client', 'customer']),
  price: money,
  costToServe: money,
  months: z.number().int('months must be a whole number').min(1).max(120),
  costToWin: money,
});

/** A customer who becomes a client; the client's cost to win is what converting them costs. */
const conversionExample = z.strictObject({
  id,
  customer: z.strictObject({ price: money, costToServe: money }),
  client: z.strictObject({ price: money, costToServe: money, costToWin: money }),
});

/** An entry of content/worked-examples.yaml. */
export const workedExampleSchema = z.union([buyerExample, conversionExample]);
