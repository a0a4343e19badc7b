/** Real errors on /quality: the coder's note (cut), what we read from it, what the coder coded. Text stays text. */
import type { QualityExample } from '@/lib/schemas';

function Read({ read }: { read: QualityExample['read'] }) {
  if (!read) return <>nothing (no event)</>;
  const cls = read.subEventType ? `${read.type} (${read.eventType}: ${read.subEventType})` : read.type;
  return (
    <>
      {cls} at {read.place ?? 'no place'}; actors: {read.actors.length ? read.actors.join('; ') : 'none'}
    </>
  );
}

export function ExampleErrors({ examples }: { examples: readonly QualityExample[] }) {
  if (examples.length === 0) return null;
  return (
    <>
      <h3>Example errors</h3>
      <ol className="quality-examples" aria-label="Example errors">
        {examples.map((x) => (
          <li key={x.id}>
            <blockquote className="popup-quote">{x.quote}</blockquote>
            <dl>
              <dt>We read</dt>
              <dd><Read read={x.read} /></dd>
              <dt>The coder coded</dt>
              <dd>{x.coded.eventType}: {x.coded.subEventType} at {x.coded.location}; actor1: {x.coded.actor1 || 'none'}</dd>
              <dt>Error</dt>
              <dd>{x.error} <span className="muted">({x.id}, {x.country})</span></dd>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
