'use client';
/**
 * ActorRoleToggle: which role the actor filter matches — "Carried out by" (the acting side, ACLED's actor1; the
 * default) or "Any role" (also targets, allies, mediators, speakers, mentions). Two radio buttons named `role`, so
 * the filters' GET form carries it without JS; with JS onChange fires at once.
 * In: the query's role (undefined = 'actor'). Out: onChange('actor' | 'any'). The choice shows at once, before the
 * new URL's data arrives (mount it with key={role} so a new URL resets it).
 */
import { useState } from 'react';
import type { ActorRoleFilter } from '@/lib/schemas';

const OPTIONS: readonly { value: ActorRoleFilter; label: string; title: string }[] = [
  { value: 'actor', label: 'Carried out by', title: 'Events the chosen actors carried out (ACLED actor 1)' },
  { value: 'any', label: 'Any role', title: 'Events naming the chosen actors in any role: target, ally, mediator, speaker, mentioned' },
];

export function ActorRoleToggle({ role, onChange }: { role: ActorRoleFilter | undefined; onChange: (role: ActorRoleFilter) => void }) {
  const [current, setCurrent] = useState<ActorRoleFilter>(role ?? 'actor');
  return (
    <div className="actor-role" role="radiogroup" aria-label="Actor role">
      {OPTIONS.map((o) => (
        <label key={o.value} className={`actor-role-option${current === o.value ? ' is-on' : ''}`} title={o.title}>
          <input type="radio" name="role" value={o.value} checked={current === o.value} onChange={() => {
            setCurrent(o.value);
            onChange(o.value);
          }} />
          {o.label}
        </label>
      ))}
    </div>
  );
}
