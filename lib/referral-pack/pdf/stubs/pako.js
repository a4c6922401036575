// In place of `pako` in the app's bundle (see ../bundle-stubs.js and next.config.mjs).
export { pakoByFflate as default } from '../bundle-stubs.js';
