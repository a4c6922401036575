// In place of `clone` in the app's bundle (see ../bundle-stubs.js and next.config.mjs).
export { cloneTable as default } from '../bundle-stubs.js';
