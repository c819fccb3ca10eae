/** Where the SCORM package is published in the built site, for the workshop page's link. */
export const PACKAGE_PATH = 'downloads/client-or-customer-scorm12.zip';
