// @ts-check
/**
 * Security baseline: the app talks to no origin but its own. Online tiles are opt-in
 * (NEXT_PUBLIC_TILE_URL); only then is that tile host added to img-src.
 */
const tileUrl = process.env.NEXT_PUBLIC_TILE_URL;
let tileOrigin = '';
if (tileUrl) {
  try {
    tileOrigin = ' ' + new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
  } catch {
    throw new Error(`NEXT_PUBLIC_TILE_URL is not a URL: ${tileUrl}`);
  }
}
const isDev = process.env.NODE_ENV !== 'production';

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${tileOrigin}`,
  "font-src 'self'",
  `connect-src 'self'${isDev ? ' ws:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
