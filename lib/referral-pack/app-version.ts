/**
 * The app's version as printed on the pack's cover and written as the PDF's producer. Kept equal to
 * package.json's `version` by a test (app-version.test.ts), so the browser bundle need not import package.json.
 */
export const APP_VERSION = '0.1.0';
