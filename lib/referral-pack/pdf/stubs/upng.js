// In place of `@pdf-lib/upng` in the app's bundle (see ../bundle-stubs.js and next.config.mjs).
export { noPng as default } from '../bundle-stubs.js';
