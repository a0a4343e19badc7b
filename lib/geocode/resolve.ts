/**
 * Stage 4b, resolution in context: pick one gazetteer entry per place span, in two passes.
 * In: classified, qualified spans. Out: Resolution[] (one per span that takes part: places, metonymy,
 * organisations and attributes, the latter only for reference).
 * Written parents ("X, Y", "X (Y)", "X in Y", "Y's X district") are linked first (parents.ts), with the parent
 * reading that holds each child. Pass 1 scores each span alone (prior, name, written parent, kind words) and keeps
 * the clear winners (and countries by their own name) as anchors. From them, and from countries named inside
 * actors' names ("Military Forces of Mexico"), it computes the article's focus countries, regions and city.
 * Pass 2 rescores every span with that context plus proximity to the anchors and earlier picks, co-location
 * of the article's local readings (colocation.ts), the kind shared by a list ("Alberta, Manitoba, Ontario"),
 * and the reading an earlier mention of the same name got in context (one sense per article).
 */
import type { GazetteerEntry } from '../schemas';
import { nameKey } from './namekey';
import { primaryKey } from './entrykeys';
import { anchorIndex, MAX_CANDIDATES, scoreCandidates, type ScoringContext } from './candidates';
import { buildColocation } from './colocation';
import { THRESHOLDS } from './data';
import { LEXICON } from './lexicon';
import { focusOf, focusVotes, type ArticleFocus, type Vote } from './focus';
import { linkParents, parentReadings } from './parents';
import type { Context } from './context';
import type { Resolution, ScoredCandidate, Span } from './types';

const CONFIDENT_MARGIN = THRESHOLDS.resolve.confidentMargin;
/** ", the Syrian", ", a Yemeni": the gap before a demonym that names a place's country */
const DEMONYM_PARENT_GAP = new RegExp(`^,\\s(${THRESHOLDS.resolve.parentDemonymArticles.join('|')})\\s$`);
const RESOLVABLE = new Set<Span['role']>(['place', 'metonymy', 'organisation', 'attribute']);

export type { ArticleFocus };

/** ", the Syrian capital": the country of a demonym in apposition (the written parent is parents.ts) */
function linkDemonymParents(c: Context, spans: Span[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!;
    const p = spans[k + 1]!;
    if (s.role === 'place' && p.role === 'demonym' && p.demonymCountry && DEMONYM_PARENT_GAP.test(c.text.slice(s.end, p.start))) s.parentCountry = p.demonymCountry;
  }
}

/** No anchors: the first pass's (shared, never added to). */
const NO_ANCHORS = anchorIndex();

/** The first-pass context: no focus, no anchors (same field order as the second pass: one object shape). */
function emptyContext(spanIndex: number, parent: GazetteerEntry | null, asParent: string | undefined): ScoringContext {
  return {
    focusCountries: new Map(), focusRegions: new Map(), anchors: NO_ANCHORS, focusCity: null, parentEntry: parent, spanIndex,
    colocation: undefined, asParent, listKind: undefined, sameAs: undefined,
  };
}

/**
 * Pass-1 scoring, memoised for one article: without context a span's ranking depends only on its readings,
 * its name, its kind words and its parent, so a name repeated through the article is scored once.
 */
function firstPass(heldBy: Map<Span, string>): (s: Span, k: number, parent: GazetteerEntry | null) => ScoredCandidate[] {
  const memo = new Map<readonly GazetteerEntry[], Map<string, ScoredCandidate[]>>();
  return (s, k, parent) => {
    const asParent = heldBy.get(s);
    let byName = memo.get(s.entries);
    if (!byName) memo.set(s.entries, (byName = new Map()));
    const id = `${keyOf(s)}|${s.qualifier?.role ?? ''}|${s.kindHint ?? ''}|${parent?.id ?? ''}|${s.parentCountry ?? ''}|${asParent ?? ''}`;
    let ranked = byName.get(id);
    if (!ranked) byName.set(id, (ranked = scoreCandidates(s, emptyContext(k, parent, asParent))));
    return ranked;
  };
}

function confident(r: ScoredCandidate[]): boolean {
  if (r.length === 0) return false;
  if (r.length === 1) return true;
  // a country by its own name ("Mexico") is that country, whatever city is also called so
  if (r[0]!.entry.kind === 'country' && (r[0]!.features.match ?? 0) > 0) return true;
  return r[0]!.score - r[1]!.score >= CONFIDENT_MARGIN;
}

function parentEntry(s: Span, picks: Map<Span, ScoredCandidate>, held: Map<Span, GazetteerEntry>): GazetteerEntry | null {
  if (!s.parent) return null;
  const written = held.get(s);
  if (written) return written;
  const pick = picks.get(s.parent);
  if (pick && (pick.entry.kind === 'admin1' || pick.entry.kind === 'country' || pick.entry.kind === 'admin2')) return pick.entry;
  return s.parent.entries.find((e) => e.kind === 'admin1' || e.kind === 'country') ?? null;
}

/** normalised name of a span */
const keyOf = (s: Span): string => nameKey(s.text);

/** the gap between two listed names: a comma or a joiner (words.json listJoiners), then maybe "the" */
const LIST_GAP = new RegExp(`^(,\\s?|,?\\s(${[...LEXICON.listJoiners].join('|')})\\s)(the\\s)?$`);
const LIST_KINDS: ReadonlySet<string> = new Set(THRESHOLDS.resolve.listKinds);

/**
 * Names in one list are usually of one kind: "British Columbia, Alberta, Manitoba, Ontario and New Brunswick"
 * are provinces, "the United States, Canada, the United Kingdom" countries. For each span listed next to a
 * confidently resolved country or first-level region, that kind.
 */
export function listKindsOf(c: Context, active: readonly Span[], picks: Map<Span, ScoredCandidate>, confidentSpans: Set<Span>): Map<Span, GazetteerEntry['kind']> {
  const out = new Map<Span, GazetteerEntry['kind']>();
  const kindOf = (s: Span | undefined) => {
    if (!s || !confidentSpans.has(s)) return undefined;
    const k = picks.get(s)?.entry.kind;
    return k !== undefined && LIST_KINDS.has(k) ? k : undefined;
  };
  for (let k = 0; k < active.length; k++) {
    const s = active[k]!;
    if (s.role !== 'place') continue;
    const prev = active[k - 1];
    const next = active[k + 1];
    const pk = prev && prev.role === 'place' ? kindOf(prev) : undefined;
    const nk = next && next.role === 'place' ? kindOf(next) : undefined;
    const before = pk && LIST_GAP.test(c.text.slice(prev!.end, s.start)) ? pk : undefined;
    const after = nk && LIST_GAP.test(c.text.slice(s.end, next!.start)) ? nk : undefined;
    const kind = before ?? after;
    if (kind && (!before || !after || before === after)) out.set(s, kind);
  }
  return out;
}

export function resolve(c: Context, spans: Span[]): { resolutions: Map<Span, Resolution>; focus: ArticleFocus; votes: Vote[] } {
  linkDemonymParents(c, spans);
  const links = linkParents(c, spans);
  const held = parentReadings(links);
  // the reading of each written parent that holds its child ("Bolivar state" after "El Callao": Venezuela's)
  const heldBy = new Map<Span, string>();
  for (const l of links) {
    const q = held.get(l.child);
    if (q) heldBy.set(l.parent, q.id);
  }
  // a name read as the region holding another ("Escarcega, Campeche") says nothing of the sense of the same
  // name elsewhere ("the road from Campeche"): its anchor is kept apart from one sense per article
  const anchorKey = (s: Span): string => (heldBy.has(s) ? `${keyOf(s)}\u0000parent` : keyOf(s));
  const linked = new Set<Span>();
  for (const l of links) linked.add(l.child).add(l.parent);
  const active = spans.filter((s) => RESOLVABLE.has(s.role) && s.entries.length > 0);
  // pass 1: each span on its own
  const picks = new Map<Span, ScoredCandidate>();
  const confidentSpans = new Set<Span>();
  const alone = firstPass(heldBy);
  const pick1 = (s: Span, k: number) => {
    const ranked = alone(s, k, parentEntry(s, picks, held));
    if (ranked[0]) picks.set(s, ranked[0]);
    if (confident(ranked)) confidentSpans.add(s);
  };
  active.forEach(pick1);
  // parents come after their child: rescore children now that parents have picks
  active.forEach((s, k) => {
    if (s.parent) pick1(s, k);
  });
  const votes = focusVotes(spans, picks, confidentSpans);
  // a country named inside an actor's name ("Military Forces of Mexico", "Nigerian Armed Forces") still says
  // where the article is: an indirect vote, like a demonym
  for (const s of spans) {
    if (s.role !== 'organisation') continue;
    const cc = s.demonymCountry ?? (s.entries[0]?.kind === 'country' && primaryKey(s.entries[0]) === keyOf(s) ? s.entries[0].country : null);
    if (cc) votes.push({ key: keyOf(s), countries: [[cc, THRESHOLDS.focus.indirect]], regions: [], city: null });
  }
  const focus = focusOf(votes);
  const votingKeys = new Set(votes.map((v) => v.key));
  // the anchors, indexed once for the pass (grouped by entry, in a grid per proximity band: anchors.ts)
  const anchors = anchorIndex();
  active.forEach((s, k) => {
    const p = picks.get(s);
    if (p && confidentSpans.has(s) && s.role === 'place') anchors.add({ entry: p.entry, key: anchorKey(s), spanIndex: k });
  });
  const readings = new Map<string, GazetteerEntry[]>();
  for (const s of active) if (!readings.has(keyOf(s))) readings.set(keyOf(s), s.entries.slice(0, MAX_CANDIDATES));
  const colocation = buildColocation(readings);
  const listKinds = listKindsOf(c, active, picks, confidentSpans);
  // a name and its written parent are not a list ("Barinas, Barinas state")
  for (const s of linked) listKinds.delete(s);
  const chosenByKey = new Map<string, string>();
  // pass 2: with the article's context
  const resolutions = new Map<Span, Resolution>();
  const focusWithout = new Map<string, ArticleFocus>();
  active.forEach((s, k) => {
    const key = keyOf(s);
    let own = focusWithout.get(key);
    // a name without votes of its own sees the article's whole focus
    if (!own) focusWithout.set(key, (own = votingKeys.has(key) ? focusOf(votes, key) : focus));
    const ranked = scoreCandidates(s, {
      focusCountries: own.countries,
      focusRegions: own.regions,
      anchors,
      focusCity: focus.city,
      parentEntry: parentEntry(s, picks, held),
      spanIndex: k,
      colocation,
      asParent: heldBy.get(s),
      listKind: listKinds.get(s),
      sameAs: heldBy.has(s) ? null : chosenByKey.get(key) ?? null,
    });
    const chosen = ranked[0] ?? null;
    if (chosen && s.role === 'place' && !heldBy.has(s) && !chosenByKey.has(key)) chosenByKey.set(key, chosen.entry.id);
    resolutions.set(s, { span: s, ranked, chosen, abstained: undefined });
    if (chosen && s.role === 'place' && !confidentSpans.has(s)) {
      anchors.add({ entry: chosen.entry, key: anchorKey(s), spanIndex: k });
    }
  });
  return { resolutions, focus, votes };
}
