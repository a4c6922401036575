/**
 * The product's one name and version. package.json (`name` in lower case, `version`), the web app manifest, the
 * app's name in locales/ (common:app.name), the pack's producer and the test fixtures all take them from here or
 * are checked against them by lib/product.test.ts, so none can drift. The version is written here rather than
 * imported from package.json so the browser bundle does not carry package.json; the test keeps the two equal.
 */
export const PRODUCT_NAME = 'Waypoint';

export const PRODUCT_VERSION = '0.1.0';

/** How the app signs what it makes (the pack's cover, the PDF's producer): the name, a space, the version. */
export const PRODUCT_SIGNATURE = `${PRODUCT_NAME} ${PRODUCT_VERSION}`;
