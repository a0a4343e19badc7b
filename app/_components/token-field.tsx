'use client';
/**
 * The admin-token entry: a password field checked as it is typed (useTokenCheck, result beside the field) and
 * "Use token", which puts the token in the page's in-memory store (use-admin-token.ts) — never in web storage.
 * Used by Add article and wherever a token holder gets a write action (the reader's unplaced list, the missing
 * places page), so the token can be entered on the page that needs it.
 * In: the input's id (its status line is `${id}-status`). Out: setAdminToken(token) on submit.
 */
import { useState } from 'react';
import { setAdminToken } from './use-admin-token';
import { useTokenCheck } from './use-token-check';

export function TokenField({ id }: { id: string }) {
  const [draft, setDraft] = useState('');
  const check = useTokenCheck(draft);
  const bad = check.state === 'invalid' || check.state === 'disabled';
  return (
    <form
      className="add-form"
      aria-label="Admin token"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim() && !bad) setAdminToken(draft.trim());
      }}
    >
      <label htmlFor={id}>Admin token (ATLAS_ADMIN_TOKEN)</label>
      <input id={id} type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} aria-invalid={bad || undefined} aria-describedby={`${id}-status`} />
      <p id={`${id}-status`} className={bad || check.state === 'error' ? 'field-error' : 'field-ok'} aria-live="polite">{check.message}</p>
      <div className="add-actions"><button type="submit" className="btn" disabled={!draft.trim() || bad}>Use token</button></div>
    </form>
  );
}
