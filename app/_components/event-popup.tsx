/**
 * The content of an event popup (also used in the article page): headline, date, type and ACLED coding
 * ("Protests · Peaceful protest"), actor chips,
 * the quoted sentence with place and actors highlighted, fatalities, a precision note, a link to the
 * sentence in its article, its publisher (a link to the original when it has a URL), and "Copy link".
 * A resolved event (issue 15) also says "N reports", lists one quote per source under its primary quote
 * (event-reports.tsx), gives the fatality range ("12 (reports: 12–15)"), and offers a token holder split / merge
 * (event-admin.tsx). Every string from an article is rendered as text.
 */
import type { Actor, ConflictEvent, ShownSpan } from '@/lib/schemas';
import type { Publisher } from '@/lib/schemas/publisher';
import { acledLabel } from '@/lib/schemas/acled-codebook';
import { isPeaceful } from '@/lib/map/acled';
import { highlightSpans, relativeSpans } from '@/lib/map/highlight';
import { TYPE_LABELS, eventName, formatDate, placeLabel, placeName } from '@/lib/map/names';
import { isApproximate } from '@/lib/map/features';
import { HighlightedText } from './highlighted-text';
import { CopyLink } from './copy-link';
import { ActorChip } from './actor-chip';
import { PublisherLink } from './publisher-link';
import { EventReports, rangeText, reportsLabel } from './event-reports';
import { EventAdmin } from './event-admin';

/** The event's place and actors in its quote, in the quote's coordinates. */
export function quoteSpans(e: ConflictEvent): ShownSpan[] {
  const spans = highlightSpans({ events: [e], places: e.place ? [e.place] : [] }, { kinds: ['place', 'actor'], unique: 'range' });
  return relativeSpans(e.quote, spans)
    .filter((s) => s.end <= e.quote.text.length)
    .map((s) => ({ ...s, title: s.kind === 'place' ? placeLabel(e) : s.ref }));
}

export function precisionNote(e: ConflictEvent): string | null {
  if (!e.place) return 'location unknown';
  if (e.place.inGazetteer === false) {
    return `approximate: ${e.place.name} is not in the gazetteer, placed at ${e.place.parent ? placeName(e.place.parent) : 'the nearest known place'}${e.place.radiusKm ? ` (±${Math.round(e.place.radiusKm)} km)` : ''}`;
  }
  if (e.place.precision === 'exact') return null;
  const approx = isApproximate(e) ? 'approximate' : 'near';
  return `${approx}: ${e.place.text}${e.place.radiusKm ? ` (±${Math.round(e.place.radiusKm)} km)` : ''}`;
}

export interface EventPopupProps {
  event: ConflictEvent;
  actors: readonly Actor[];
  articleTitle?: string;
  /** who published the article (lib/api/publisher.ts), shown with a link to the original */
  publisher?: Publisher;
  /** relative canonical link of the event (its share page, lib/map/share.ts sharePath) */
  permalink: string;
  headingLevel?: 'h2' | 'h3';
  /** offer a token holder split / merge (the map's popup; not the reader, which shows an article's own reports) */
  admin?: boolean;
}

export function EventPopup({ event: e, actors, articleTitle, publisher, permalink, headingLevel = 'h2', admin = false }: EventPopupProps) {
  const H = headingLevel;
  const byId = new Map(actors.map((a) => [a.id, a]));
  const note = precisionNote(e);
  const reports = e.reports?.length ?? 1;
  const range = rangeText(e);
  return (
    <article className="event-popup" data-event-id={e.id} aria-label={eventName(e)}>
      <H className="popup-title">{eventName(e)}</H>
      <p className="popup-meta">
        <span className={`type-badge type-${e.type}${isPeaceful(e) ? ' peaceful' : ''}`}>{TYPE_LABELS[e.type]}</span>{' '}
        <time dateTime={e.date.value ?? undefined}>{formatDate(e.date.value, e.date.precision)}</time>
        {e.date.text ? <span className="muted"> ({e.date.text})</span> : null}
        {e.background ? <span className="muted"> · background</span> : null}
        {reports > 1 ? <span className="popup-report-count"> · {reportsLabel(reports)}</span> : null}
      </p>
      <p className="popup-acled">
        <abbr title="ACLED event type · sub-event type">ACLED</abbr>: <span className="acled-coding">{acledLabel(e.acled)}</span>
      </p>
      {e.actors.length > 0 && (
        <ul className="chip-row" aria-label="Actors">
          {e.actors.map((a, i) => (
            <li key={`${a.id}-${i}`}>
              <ActorChip actor={byId.get(a.id)} id={a.id} role={a.role} />
            </li>
          ))}
        </ul>
      )}
      <blockquote className="popup-quote">
        <HighlightedText text={e.quote.text} spans={quoteSpans(e)} />
      </blockquote>
      <EventReports event={e} />
      {e.fatalities && (
        <p className="popup-fatalities">
          Fatalities: {e.fatalities.qualifier ? `${e.fatalities.qualifier} ` : ''}
          {e.fatalities.count}
          {range ? <span className="popup-range" title="the lowest credible figure is counted (ACLED)"> ({range})</span> : null}{' '}
          <span className="muted">(“{e.fatalities.text}”)</span>
        </p>
      )}
      {note && <p className="popup-precision">{note}</p>}
      {publisher && (
        <p className="popup-source">
          Source: <PublisherLink publisher={publisher} />
        </p>
      )}
      <p className="popup-links">
        <a href={`/articles/${encodeURIComponent(e.articleId)}#${encodeURIComponent(e.id)}`}>
          {articleTitle ? `Read in “${articleTitle}”` : 'Read the article'}
        </a>{' '}
        <CopyLink href={permalink} />
      </p>
      {admin && <EventAdmin event={e} />}
    </article>
  );
}
