import { MASTERY_SCORE } from '../../lib/scorm-progress.ts';
import { escapeHtml } from '../../lib/escape-html.ts';

/**
 * The package's imsmanifest.xml (SCORM 1.2, IMS Content Packaging 1.1.2): one organisation with
 * one item, the course, launched from index.html, passed at MASTERY_SCORE percent.
 * @param {{ title: string, item: string, files: string[] }} course
 */
export function manifest({ title, item, files }) {
  const list = files.map((file) => `      <file href="${escapeHtml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="client-or-customer" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${escapeHtml(title)}</title>
      <item identifier="course-item" identifierref="course-files" isvisible="true">
        <title>${escapeHtml(item)}</title>
        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-files" type="webcontent" adlcp:scormtype="sco" href="index.html">
${list}
    </resource>
  </resources>
</manifest>
`;
}
