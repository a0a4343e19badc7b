'use client';
/**
 * The admin token (ATLAS_ADMIN_TOKEN) a token-holding user entered once, kept in sessionStorage for this tab and
 * shared by every writer in the UI (Add article, Add a missing place). null on the server and until entered.
 */
import { useSyncExternalStore } from 'react';

export const TOKEN_KEY = 'atlas-admin-token';
const TOKEN_EVENT = 'atlas-admin-token-change';

export function useStoredToken(): [string | null, (t: string | null) => void] {
  const token = useSyncExternalStore(
    (notify) => {
      window.addEventListener(TOKEN_EVENT, notify);
      window.addEventListener('storage', notify);
      return () => {
        window.removeEventListener(TOKEN_EVENT, notify);
        window.removeEventListener('storage', notify);
      };
    },
    () => sessionStorage.getItem(TOKEN_KEY),
    () => null,
  );
  const set = (t: string | null) => {
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    else sessionStorage.removeItem(TOKEN_KEY);
    window.dispatchEvent(new Event(TOKEN_EVENT));
  };
  return [token, set];
}
