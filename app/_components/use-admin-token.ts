'use client';
/**
 * The admin token (ATLAS_ADMIN_TOKEN) a token-holding user entered, kept in memory only — a module-level store
 * read through useSyncExternalStore — and shared by every writer on the page (Add article, Add a missing
 * place). Never written to sessionStorage, localStorage or a cookie: an injected script cannot read it back
 * from web storage, and it is gone when the page is closed or reloaded (enter it again). null on the server
 * and until entered.
 */
import { useSyncExternalStore } from 'react';

/** the sessionStorage key older versions kept the token under: a copy left there is removed when a reader mounts */
const LEGACY_KEY = 'atlas-admin-token';

let token: string | null = null;
const listeners = new Set<() => void>();

function subscribe(notify: () => void): () => void {
  try {
    sessionStorage.removeItem(LEGACY_KEY);
  } catch {
    /* storage unavailable: nothing to clear */
  }
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Set (or clear, with null) the in-memory token and re-render every reader. */
export function setAdminToken(t: string | null): void {
  token = t || null;
  for (const notify of listeners) notify();
}

export function useStoredToken(): [string | null, (t: string | null) => void] {
  const current = useSyncExternalStore(subscribe, () => token, () => null);
  return [current, setAdminToken];
}
