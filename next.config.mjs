// The app is a static export: every page is pre-rendered to out/ and served by any static host.
// There is no server code, no image optimisation service and no middleware.
import { fileURLToPath } from 'node:url';

/** pdf-lib's standard fonts the PDF pack never embeds (it draws hashes in Courier, everything else in DejaVu). */
export const UNUSED_STANDARD_FONT =
  /@pdf-lib[\\/]standard-fonts[\\/]es[\\/](Courier-|Helvetica|Times|Symbol|ZapfDingbats)[^\\/]*\.compressed\.json$/;

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
  turbopack: {
    resolveAlias: {
      // fontkit needs Brotli only for WOFF2 fonts; the PDF pack embeds TrueType (lib/referral-pack/fontkit.ts).
      'brotli/decompress.js': './lib/referral-pack/no-woff2.js',
    },
    rules: {
      '*.compressed.json': {
        condition: { path: UNUSED_STANDARD_FONT },
        loaders: [fileURLToPath(new URL('./scripts/lib/unused-standard-font-loader.mjs', import.meta.url))],
        as: '*.js',
      },
    },
  },
};

export default nextConfig;
