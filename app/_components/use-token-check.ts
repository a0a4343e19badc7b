'use client';
/**
 * Checks an admin token as it is typed: after a pause (debounced), GET /api/auth/check with it as the
 * Bearer credential — 204 valid, 403 wrong, 503 writes disabled — so a wrong token shows beside the
 * field before Save. A newer token cancels the pending check.
 * In: the token (null or blank: nothing to check), the pause in ms. Out: { state, message }.
 */
import { useEffect, useState } from 'react';

export type TokenState = 'idle' | 'checking' | 'valid' | 'invalid' | 'disabled' | 'error';
export interface TokenCheck { state: TokenState; message: string }

export const TOKEN_CHECK_URL = '/api/auth/check';
const IDLE: TokenCheck = { state: 'idle', message: '' };

/** The sentence shown beside the token field for a check's HTTP status (0: no answer). */
export function tokenCheckResult(status: number): TokenCheck {
  if (status === 204 || status === 200) return { state: 'valid', message: 'Token accepted.' };
  if (status === 401 || status === 403) return { state: 'invalid', message: 'Admin token: not valid on this server; check it and type it again.' };
  if (status === 429) return { state: 'invalid', message: 'Admin token: too many wrong tokens from this address; wait a few minutes, then type it again.' };
  if (status === 503) return { state: 'disabled', message: 'Admin token: saving is turned off on this server (no ATLAS_ADMIN_TOKEN is set).' };
  return { state: 'error', message: `Admin token: could not be checked (${status ? `HTTP ${status}` : 'no answer from the server'}).` };
}

export function useTokenCheck(token: string | null, delayMs = 400): TokenCheck {
  const [result, setResult] = useState<{ token: string; check: TokenCheck } | null>(null);
  const wanted = token?.trim() ?? '';
  useEffect(() => {
    if (!wanted) return;
    const ctl = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(TOKEN_CHECK_URL, { headers: { authorization: `Bearer ${wanted}` }, signal: ctl.signal, cache: 'no-store' });
        setResult({ token: wanted, check: tokenCheckResult(res.status) });
      } catch (err) {
        if (!ctl.signal.aborted) setResult({ token: wanted, check: tokenCheckResult(0) });
        void err;
      }
    }, delayMs);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [wanted, delayMs]);
  if (!wanted) return IDLE;
  return result?.token === wanted ? result.check : { state: 'checking', message: 'Checking the token…' };
}
