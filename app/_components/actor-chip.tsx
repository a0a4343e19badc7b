/** An actor chip: colour swatch + name (+ role). Unknown actor ids still render, by id. */
import type { Actor } from '@/lib/schemas';

export function ActorChip({ actor, id, role }: { actor: Pick<Actor, 'name' | 'color'> | undefined; id: string; role?: string }) {
  return (
    <span className="chip" data-actor={id}>
      <span className="swatch" style={{ background: actor?.color ?? '#5b6470' }} aria-hidden="true" />
      {actor?.name ?? id}
      {role && role !== 'actor' ? <span className="muted"> · {role}</span> : null}
    </span>
  );
}
