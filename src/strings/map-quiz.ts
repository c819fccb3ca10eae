/** Wording of the small "you are here" map on the quiz result, apart so the quiz island loads only this. */
export const mapQuizStrings = {
  title: 'You on the client–customer map',
  text: (t: number, r: number) => `From your answers: tailoring ${t} and relationship ${r}, out of 100.`,
  nearest: (names: string) => `Nearest example businesses: ${names}.`,
  open: 'Explore the map with you on it',
  image: (t: number, r: number) => `Map with your business at tailoring ${t}, relationship ${r}, among the example businesses`,
  you: 'You',
  region: (name: string) => `Your region: ${name}.`,
  onTheLine: 'On a line of the test, between clients and customers.',
};
