// The headers every response of the app should carry, beyond what each page's <meta> policy says (see
// scripts/add-csp.mjs). A <meta> cannot forbid framing, so `frame-ancestors` must come from the host.
// Sent by scripts/serve.mjs, and written out for other hosts in public/_headers (Netlify, Cloudflare Pages) and
// docs/hosting.md (nginx, Apache); scripts/lib/security-headers.test.ts keeps them in step.

/** @type {{ key: string; value: string }[]} */
export const SECURITY_HEADERS = [
  // No other page may put the app in a frame (clickjacking, reading over the person's shoulder).
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  // The same, for browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Following a link to a helpline or a police site tells it nothing about where the person came from.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
];
