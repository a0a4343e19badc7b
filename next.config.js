// @ts-check
/**
 * Security headers have ONE source: lib/api/security-headers.ts. In production the custom server
 * (scripts/serve.ts, used by `npm start` and the browser tests) sets them on every response, with a fresh CSP
 * nonce per request. Plain `next dev` has no per-request hook without a middleware file, so here — in
 * development only — the same module builds a nonce-less dev policy for every route (loaded through tsx: Node 20
 * cannot require a .ts file by itself). A production build bakes no headers into the routes manifest.
 */
const isDev = process.env.NODE_ENV !== 'production';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    if (!isDev) return [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
    const { require: tsxRequire } = require('tsx/cjs/api');
    /** @type {typeof import('./lib/api/security-headers')} */
    const { securityHeaders } = tsxRequire('./lib/api/security-headers.ts', __filename);
    const headers = securityHeaders({ nonce: null, dev: true, https: process.env.ATLAS_HTTPS === '1', tileUrl: process.env.NEXT_PUBLIC_TILE_URL });
    return [{ source: '/:path*', headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
};

module.exports = nextConfig;
