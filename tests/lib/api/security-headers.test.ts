/** lib/api/security-headers.ts: the one CSP / security-header source (issue 14: nonces, no 'unsafe-inline' scripts, HSTS). */
import { describe, expect, it } from 'vitest';
import { cspPolicy, HSTS, newNonce, securityHeaders, tileOrigin } from '@/lib/api/security-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('cspPolicy', () => {
  it('production: the nonce and strict-dynamic for scripts, never unsafe-inline or unsafe-eval', () => {
    const p = cspPolicy({ nonce: 'abc123==' });
    expect(directive(p, 'script-src')).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(p).not.toMatch(/unsafe-eval/);
    expect(directive(p, 'object-src')).toBe("object-src 'none'");
    expect(directive(p, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(p, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(p, 'default-src')).toBe("default-src 'self'");
    expect(directive(p, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(p, 'img-src')).toBe("img-src 'self' data: blob:");
  });

  it("development: unsafe-eval (with a nonce), unsafe-inline only when there is no nonce (plain next dev)", () => {
    expect(directive(cspPolicy({ nonce: 'n', dev: true }), 'script-src')).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    expect(directive(cspPolicy({ nonce: null, dev: true }), 'script-src')).toBe("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(directive(cspPolicy({ nonce: null }), 'script-src')).toBe("script-src 'self'");
  });

  it('adds the tile origin to img-src only when NEXT_PUBLIC_TILE_URL is set, and names a bad one', () => {
    const p = cspPolicy({ nonce: 'n', tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' });
    expect(directive(p, 'img-src')).toBe("img-src 'self' data: blob: https://a.tile.example.org");
    expect(tileOrigin(undefined)).toBe('');
    expect(() => tileOrigin('not a url')).toThrow(/NEXT_PUBLIC_TILE_URL is not a URL/);
  });
});

describe('newNonce', () => {
  it('is fresh each time and in the form Next reads from the header', () => {
    const a = newNonce();
    const b = newNonce();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('securityHeaders', () => {
  it('the full set, HSTS only over HTTPS', () => {
    const h = securityHeaders({ nonce: 'n' });
    expect(Object.keys(h).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'X-Frame-Options']);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(securityHeaders({ nonce: 'n', https: true })['Strict-Transport-Security']).toBe(HSTS);
    expect(HSTS).toBe('max-age=31536000; includeSubDomains');
  });
});
