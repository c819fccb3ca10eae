/** Wording of the SCORM package: its name in an LMS's course list and the frame that holds the course. */
export const scormStrings = {
  title: 'Client or Customer?',
  /** The one item an LMS lists for the package. */
  item: 'Client or Customer? Lessons and knowledge check',
  frameTitle: 'Client or Customer? course',
};
