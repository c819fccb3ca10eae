/** Wording of the map that only the server draws (the figure, its key, the table), and the details panel reuses. */
export const mapPageStrings = {
  figureLabel: 'Map of example businesses by how tailored the offer is and how lasting the relationship is',
  says: { client: 'client', customer: 'customer', both: 'both' },
  across: 'Across:',
  up: 'Up:',
  legend: {
    client: 'Client',
    customer: 'Customer',
    depends: 'It depends',
  },
  listed: 'Numbered on the map, where a name has no room:',
  ours: 'our judgement',
  inView: (view: string) => `In ${view}'s view`,
  articlesSay: 'What the articles say',
  pointLabel: (name: string, t: number, r: number, verdict: string) => `${name}: tailoring ${t}, relationship ${r}. ${verdict}.`,
  tableTitle: 'Every business on the map',
  tableIntro: (n: number, views: number) =>
    `All ${n} businesses with both scores. The articles place ${views} of them differently, so those have one row per article.`,
  tableCaption: 'Example businesses, their scores on both axes and what each article says',
  lessonLink: 'Open the full map',
  testMapLink: 'The test as a map, with every example business',
  you: 'You',
  youPoint: (t: number, r: number) => `Your business: tailoring ${t}, relationship ${r}`,
};
