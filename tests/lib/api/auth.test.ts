import { describe, expect, it } from 'vitest';
import { HttpError } from '@/lib/api/http';
import { INGESTION_DISABLED, requireAdmin, tokensEqual } from '@/lib/api/auth';

const req = (auth?: string) => new Request('http://x/api', { method: 'POST', headers: auth ? { authorization: auth } : {} });

function outcome(r: Request, token: string | undefined): { status: number; headers: Record<string, string>; message: string } | 'ok' {
  try {
    requireAdmin(r, token);
    return 'ok';
  } catch (err) {
    const e = err as HttpError;
    return { status: e.status, headers: e.headers, message: e.message };
  }
}

describe('tokensEqual', () => {
  it('compares exactly, whatever the lengths', () => {
    expect(tokensEqual('s3cret', 's3cret')).toBe(true);
    expect(tokensEqual('s3cret', 's3creT')).toBe(false);
    expect(tokensEqual('s3cret', 's3cret-and-more')).toBe(false);
    expect(tokensEqual('', 'x')).toBe(false);
  });
});

describe('requireAdmin', () => {
  it('allows the right bearer token (scheme case-insensitive)', () => {
    expect(outcome(req('Bearer s3cret'), 's3cret')).toBe('ok');
    expect(outcome(req('bearer   s3cret'), 's3cret')).toBe('ok');
  });
  it('503 when no token is configured, even with a header', () => {
    expect(outcome(req('Bearer anything'), undefined)).toMatchObject({ status: 503, message: INGESTION_DISABLED });
    expect(outcome(req(), '')).toMatchObject({ status: 503 });
  });
  it('401 with WWW-Authenticate when the header is missing or not Bearer', () => {
    for (const r of [req(), req('Basic dXNlcjpwYXNz'), req('Bearer'), req('Bearer a b')]) {
      const o = outcome(r, 's3cret');
      expect(o).toMatchObject({ status: 401 });
      expect(o !== 'ok' && o.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });
  it('403 for a wrong token', () => {
    expect(outcome(req('Bearer wrong'), 's3cret')).toMatchObject({ status: 403 });
    expect(outcome(req('Bearer s3cret2'), 's3cret')).toMatchObject({ status: 403 });
  });
  it('reads ATLAS_ADMIN_TOKEN by default', () => {
    const before = process.env.ATLAS_ADMIN_TOKEN;
    process.env.ATLAS_ADMIN_TOKEN = 'from-env';
    try {
      expect(() => requireAdmin(req('Bearer from-env'))).not.toThrow();
    } finally {
      if (before === undefined) delete process.env.ATLAS_ADMIN_TOKEN;
      else process.env.ATLAS_ADMIN_TOKEN = before;
    }
  });
});
