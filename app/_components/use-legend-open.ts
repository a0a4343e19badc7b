'use client';
/**
 * Whether the map legend is expanded: the user's last choice in this tab (sessionStorage), else
 * collapsed on a phone-width screen (≤ 720 px, the drawer layout) and expanded on a desktop.
 * Server render and hydration: collapsed, then the client's value.
 * In: nothing. Out: [open, setOpen].
 */
import { useSyncExternalStore } from 'react';

export const LEGEND_KEY = 'atlas-legend-open';
const LEGEND_EVENT = 'atlas-legend-change';
export const PHONE_QUERY = '(max-width: 720px)';

function read(): boolean {
  const kept = sessionStorage.getItem(LEGEND_KEY);
  if (kept === '1' || kept === '0') return kept === '1';
  return !window.matchMedia?.(PHONE_QUERY).matches;
}

function subscribe(notify: () => void): () => void {
  window.addEventListener(LEGEND_EVENT, notify);
  window.addEventListener('resize', notify);
  return () => {
    window.removeEventListener(LEGEND_EVENT, notify);
    window.removeEventListener('resize', notify);
  };
}

export function useLegendOpen(): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, read, () => false);
  const set = (next: boolean) => {
    sessionStorage.setItem(LEGEND_KEY, next ? '1' : '0');
    window.dispatchEvent(new Event(LEGEND_EVENT));
  };
  return [open, set];
}
