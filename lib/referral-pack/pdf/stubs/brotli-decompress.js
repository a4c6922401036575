// In place of `brotli/decompress.js` in the app's bundle (see ../bundle-stubs.js and next.config.mjs).
export { noBrotli as default } from '../bundle-stubs.js';
