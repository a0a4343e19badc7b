'use client';
/**
 * Whether the user has just asked to leave this page: a click on a same-origin link to another path (a header
 * link, "Add article"…). Next starts that navigation asynchronously (it fetches the new page first); a
 * `history.replaceState` written meanwhile — the map's view after a zoom that ends a moment later — makes Next
 * restore the old URL and drop the navigation. The map's URL writer asks `leaving()` and skips while it is true.
 * In: nothing (listens to clicks on the document, capture phase). Out: `leaving()` — true for a few seconds after
 * such a click, so a navigation that never happens does not freeze the address bar for good.
 */
import { useCallback, useEffect, useRef } from 'react';

const HOLD_MS = 5000;

export function useLeaving(): () => boolean {
  const until = useRef(0);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(a instanceof HTMLAnchorElement) || (a.target && a.target !== '_self') || a.hasAttribute('download')) return;
      const to = new URL(a.href, window.location.href);
      if (to.origin === window.location.origin && to.pathname !== window.location.pathname) until.current = Date.now() + HOLD_MS;
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  return useCallback(() => Date.now() < until.current, []);
}
