/**
 * The wording of the figures inside lessons. The figures get it as props from the page, so none
 * of it travels in their scripts. {placeholders} are filled in by the figure.
 */
export const figureStrings = {
  noScript: 'Turn on JavaScript to move this figure. Without it you see its starting state.',
  sortBusinesses: {
    title: 'Sort these businesses',
    intro: 'Does each business have clients or customers? Choose for each one, then read what the articles say.',
    /** Used when a lesson gives no businesses of its own. */
    defaults: ['law-firm', 'coffee-shop', 'gym', 'personal-trainer', 'saas', 'bank'],
    choices: { client: 'Clients', customer: 'Customers', depends: 'It depends' },
    /** The answers as words inside a sentence. */
    answerWords: { client: 'clients', customer: 'customers', depends: 'it depends' },
    choose: 'Your answer for {name}',
    right: 'Right.',
    wrong: 'Not quite.',
    disputed: 'The articles disagree here, so more than one answer is right.',
    says: { client: 'clients', customer: 'customers', both: 'both' },
    articleSays: '{source} says {says}.',
    ourAnswer: 'Our answer: {answer}.',
    score: '{right} of {answered} right so far, out of {total}.',
    start: 'No answers yet: {total} businesses to sort.',
    reveal: 'See what the articles say',
    reset: 'Start again',
    lesson: 'More on this business',
  },
  paybackCurve: {
    title: 'When does turning a customer into a client pay back?',
    costToWin: 'Cost to win the client, paid once',
    extraMargin: 'Extra margin a month, compared with a customer',
    chart: 'Extra margin so far, less the cost to win, month by month',
    legend:
      'The chart runs from month 0, when the customer becomes a client, to month {months}. The dashed line is break-even, and the upright line marks the payback month.',
    paysOff: 'Pays back in month {month}. By month {months} this one client has added {final}.',
    never: 'Does not pay back within {months} months: the extra margin is too small to cover the cost to win in that time.',
    simulator: 'Open this scenario in the simulator',
    about:
      'The figure starts from the worked example above; the figures are ours, made up. Payback is the cost to win divided by the extra margin, rounded up to a whole month. The simulator runs a whole business, where more customers convert every month and some leave, so there the payback comes later.',
  },
  lifetimeValue: {
    title: 'What is one buyer worth?',
    client: 'A client',
    customer: 'A customer',
    months: 'Months they stay',
    price: 'Spend a month',
    costToServe: 'Cost to serve a month',
    costToWin: 'Cost to win them, paid once',
    formula: 'Lifetime value = months they stay × (spend a month − cost to serve a month) − cost to win them.',
    bars: 'Lifetime value, client beside customer',
    summary: 'A client is worth {client} and a customer {customer}.',
    ratio: 'The client is worth {ratio} times as much.',
    about: 'The figure starts from the worked example above; the figures are ours, made up to show how the sum behaves.',
  },
  clientCustomerMap: {
    placeholder: 'The map of where each business sits between client and customer will appear here.',
  },
} as const;
