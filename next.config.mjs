// The app is a static export: every page is pre-rendered to out/ and served by any static host.
// There is no server code, no image optimisation service and no middleware.
import { fileURLToPath } from 'node:url';

import { PDF_LIB_UNUSED_PATH } from './scripts/lib/pdf-lib-trim-loader.mjs';
import { DIRECTORY_DATA } from './scripts/lib/source-note-loader.mjs';

/** pdf-lib's standard fonts the PDF pack never embeds (it draws hashes in Courier, everything else in DejaVu). */
export const UNUSED_STANDARD_FONT =
  /@pdf-lib[\\/]standard-fonts[\\/]es[\\/](Courier-|Helvetica|Times|Symbol|ZapfDingbats)[^\\/]*\.compressed\.json$/;

/** zod's JSON Schema generator, which the app never runs (scripts/lib/zod-json-schema-loader.mjs says why it is there). */
export const ZOD_JSON_SCHEMA = /zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** fontkit's browser build, trimmed to what the PDF pack's fonts use (scripts/lib/fontkit-trim-loader.mjs). */
export const FONTKIT_BROWSER_BUILD = /fontkit[\\/]dist[\\/]browser-module\.mjs$/;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  turbopack: {
    // Parts of the PDF engine's libraries the pack never uses, and pako, whose work fflate does
    // (lib/referral-pack/pdf/bundle-stubs.js says why each).
    resolveAlias: {
      'brotli/decompress.js': './lib/referral-pack/pdf/stubs/brotli-decompress.js',
      '@pdf-lib/upng': './lib/referral-pack/pdf/stubs/upng.js',
      clone: './lib/referral-pack/pdf/stubs/clone.js',
      pako: './lib/referral-pack/pdf/stubs/pako.js',
    },
    // Loaders that leave out, or replace by a stand-in that throws, library code the app never runs, and that empty
    // the directory's maintainers' notes, which the app never shows (each file says what and why;
    // scripts/lib/bundle-loaders.test.ts and lib/referral-pack/pdf/fontkit-trim.test.ts check them).
    rules: {
      '*.compressed.json': {
        condition: { path: UNUSED_STANDARD_FONT },
        loaders: [fileURLToPath(new URL('./scripts/lib/unused-standard-font-loader.mjs', import.meta.url))],
        as: '*.js',
      },
      '*.js': [
        {
          condition: { path: ZOD_JSON_SCHEMA },
          loaders: [fileURLToPath(new URL('./scripts/lib/zod-json-schema-loader.mjs', import.meta.url))],
        },
        {
          condition: { path: PDF_LIB_UNUSED_PATH },
          loaders: [fileURLToPath(new URL('./scripts/lib/pdf-lib-trim-loader.mjs', import.meta.url))],
        },
      ],
      '*.ts': {
        condition: { path: DIRECTORY_DATA },
        loaders: [fileURLToPath(new URL('./scripts/lib/source-note-loader.mjs', import.meta.url))],
      },
      '*.mjs': {
        condition: { path: FONTKIT_BROWSER_BUILD },
        loaders: [fileURLToPath(new URL('./scripts/lib/fontkit-trim-loader.mjs', import.meta.url))],
      },
    },
  },
};

export default nextConfig;
