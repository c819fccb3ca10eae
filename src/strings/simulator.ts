/**
 * The conversion simulator's own wording: controls, notices and messages; {label} and the like are filled in.
 */
export const simulatorStrings = {
  method: 'How this is calculated',
  controls: 'Your numbers',
  results: 'What happens',
  examples: 'Start from an example',
  exampleActive: 'Showing the example: {name}.',
  basedOn: 'Based on',
  reset: 'Reset to the starting numbers',
  copyLink: 'Copy link to this scenario',
  linkCopied: 'Link copied. Anyone who opens it sees these numbers.',
  linkNotCopied: "Could not copy. Copy the address from your browser's address bar instead.",
  download: 'Download the months as CSV',
  csvFile: 'customer-to-client-scenario.csv',
  seeTable: 'See these figures in the month-by-month table',
  slider: '{label}, slider',
  paybackAt: 'Month {month}',
  paybackNever: 'Not within the months shown',
  noEnd: 'No end within the model',
  announce: 'Profit difference {difference}. Pays off in: {payback}.',
  noscript: 'Turn on JavaScript to change the numbers. Without it the page shows the starting scenario.',
  linkProblems: 'Part of the link you opened could not be used, so the starting numbers fill in for it.',
  unknownPreset: 'There is no example called “{id}”.',
  unknownParameter: '“{name}” is not a setting of the simulator.',
  invalid: {
    notNumber: '{label} needs a number from {min} to {max}.',
    outOfRange: '{label} must be from {min} to {max}.',
    notWhole: '{label} must be a whole number from {min} to {max}.',
    ratesOverOne:
      '{label} can be at most {max} here, because customers who leave and customers who become clients together cannot pass 100%.',
  },
  kept: 'The results still show the last numbers that worked.',
};
