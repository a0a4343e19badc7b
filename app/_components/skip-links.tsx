'use client';
/**
 * Skip links, the first tab stops of every page: to the content, and where the page has them to the
 * map (its Leaflet container, whose next tab stop is the first marker) and to the event list. A target
 * inside a closed disclosure (the phone's sidebar drawer: a button with aria-controls and
 * aria-expanded="false") is opened first. Links to ids not on the page are hidden by CSS.
 * Without JS they are plain in-page links.
 */
import type { MouseEvent } from 'react';

/** Rendered and not hidden (where the browser cannot tell: not inside [hidden]). */
function shown(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : !el.closest('[hidden]');
}

/** Open the closed disclosure holding a hidden `target` (by its shown button), if any; true when one was opened. */
export function openDisclosureOf(target: Element): boolean {
  if (shown(target)) return false;
  for (const btn of document.querySelectorAll<HTMLElement>('[aria-controls][aria-expanded="false"]')) {
    const panel = document.getElementById(btn.getAttribute('aria-controls') ?? '');
    if (panel?.contains(target) && shown(btn)) {
      btn.click();
      return true;
    }
  }
  return false;
}

function jump(id: string) {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    const focus = () => target.focus();
    // a just-opened drawer becomes visible (and focusable) on the next frames
    if (openDisclosureOf(target)) requestAnimationFrame(() => requestAnimationFrame(focus));
    else focus();
  };
}

export function SkipLinks() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <a className="skip-link skip-map" href="#map" onClick={jump('map')}>Skip to map</a>
      <a className="skip-link skip-list" href="#event-list" onClick={jump('event-list')}>Skip to event list</a>
    </>
  );
}
