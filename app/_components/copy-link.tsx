'use client';
/**
 * "Copy link": copies a permalink with navigator.clipboard; where the clipboard is unavailable or
 * refused, shows the link in a read-only field with its text selected so the user can copy it.
 */
import { useRef, useState } from 'react';

export function CopyLink({ href, label = 'Copy link' }: { href: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const absolute = () => (typeof window === 'undefined' ? href : new URL(href, window.location.origin).toString());

  async function copy() {
    const url = absolute();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
      requestAnimationFrame(() => field.current?.select());
    }
  }

  return (
    <span className="copy-link">
      <button type="button" className="btn btn-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? 'Link copied' : ''}
      </span>
      {state === 'manual' && (
        <input ref={field} className="copy-field" readOnly value={absolute()} aria-label="Permalink (copy it)" onFocus={(e) => e.currentTarget.select()} />
      )}
    </span>
  );
}
