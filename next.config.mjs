// The app is a static export: every page is pre-rendered to out/ and served by any static host.
// There is no server code, no image optimisation service and no middleware.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  productionBrowserSourceMaps: false,
};

export default nextConfig;
