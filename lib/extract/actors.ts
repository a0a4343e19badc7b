/**
 * Actor recognition: every span of the text that names an actor of data/actors.json.
 * In: text, the geoparser's mentions (to tell "Moscow said" from "in Moscow") and the article's main
 * country (to resolve generic words such as "government forces" or "rebels" through
 * data/extract/generic-actors.json). A demonym or alias right before a weapon, vehicle or unit noun
 * ("Russian warplanes", generic-actors.json unitNouns) is one 'unit' hit spanning the noun.
 * Out: ActorHit[] in text order, non-overlapping, longest first.
 */
import type { ActorKind, Mention } from '../schemas';
import { getLexicon, type Lexicon } from './lexicon';
import { RBI, alternation, anyOf, compilePrefix, compileSuffix } from './phrase';
import { PhraseMatcher, type Word } from './matcher';
import { relativeClause } from './sentences';
import { LEXICON as GEO } from '../geocode';
import { mentionsAround } from './mention-index';

/**
 * 'unit': a demonym or alias with the weapon, vehicle or unit noun it stands before ('Russian warplanes');
 * 'open': an actor outside data/actors.json (open-actors.ts)
 */
export type ActorHitKind = 'alias' | 'demonym' | 'metonym' | 'official' | 'generic' | 'unit' | 'open';

export interface ActorHit {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: ActorHitKind;
  /**
   * an open-world actor's kind and display name; `unnamed` marks a placeholder ("police", "protesters") that
   * the event's country names later (open-resolve.ts)
   */
  open?: { kind: ActorKind; name: string; unnamed?: 'military' | 'police' | 'protesters' | 'rioters' | 'unidentified' };
}

/** 'unitOnly': a demonym of the geoparser's table ("Sudanese") for a country whose state actor lists none: a hit only before a unit noun */
interface Entry { id: string; kind: ActorHitKind | 'unitOnly' }

interface ActorIndex {
  matcher: PhraseMatcher<Entry>;
  notAfter: RegExp;
  demonymNotBefore: RegExp;
  locativeBefore: RegExp;
  verbAfter: RegExp;
  possessive: RegExp;
  /** "Russian warplanes", "Turkish armed drones", "Israeli F-16 jets": a weapon, vehicle or unit the name fields */
  unitAfter: RegExp;
  /** "Turkey-backed": a compound modifier naming the party behind another */
  alliesCompound: RegExp;
  /** the same or "-based": the name is not where the story is */
  notLocatedCompound: RegExp;
  withAllies: RegExp;
  windows: Lexicon['generic']['windows'];
}

let index: ActorIndex | null = null;

function getIndex(): ActorIndex {
  if (index) return index;
  const lex = getLexicon();
  const seen = new Set<string>();
  const entries: { phrase: string; value: Entry }[] = [];
  const add = (name: string, e: Entry) => {
    if (seen.has(name)) return;
    seen.add(name);
    entries.push({ phrase: name, value: e });
  };
  for (const a of lex.actors) {
    for (const n of a.officials) add(n, { id: a.id, kind: 'official' });
    for (const n of a.aliases) add(n, { id: a.id, kind: 'alias' });
    for (const n of a.demonyms) add(n, { id: a.id, kind: 'demonym' });
    for (const n of a.metonyms) add(n, { id: a.id, kind: 'metonym' });
  }
  // the geoparser's demonyms (data/geocode/demonyms.json) name a country's state forces only with a unit noun ("Sudanese jets")
  const states = new Map(lex.actors.filter((a) => a.country && a.inter === lex.generic.stateInter).map((a) => [a.country!, a.id]));
  for (const [name, cc] of GEO.demonyms) {
    const id = cc ? states.get(cc) : undefined;
    if (id) add(name, { id, kind: 'unitOnly' });
  }
  for (const [role, terms] of Object.entries(lex.generic.terms)) {
    for (const t of terms) add(t, { id: `generic:${role}`, kind: 'generic' });
  }
  const g = lex.generic;
  index = {
    alliesCompound: new RegExp(`^[-‐–](?:${anyOf(g.compoundModifiers.allies)})`),
    notLocatedCompound: new RegExp(`^[-‐–](?:${anyOf([...g.compoundModifiers.allies, ...g.compoundModifiers.alsoNotLocated])})`),
    withAllies: new RegExp(`^\\s+and\\s+(?:${anyOf(g.withAlliesPossessives)})\\s`, 'i'),
    windows: g.windows,
    matcher: new PhraseMatcher(entries, { caseInsensitive: false, caseFirst: true }),
    notAfter: compilePrefix(lex.generic.notAfter),
    demonymNotBefore: compilePrefix(lex.generic.demonymNotBefore),
    locativeBefore: compileSuffix(lex.generic.locativeBefore),
    possessive: new RegExp(`^['’]s\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(lex.generic.possessiveHeads)})(?![A-Za-z])`),
    // up to two modifiers (a unitModifiers row, another unit noun, or a model designator such as "Su-24") before the noun
    unitAfter: new RegExp(`^(?:\\s+(?:${alternation([...g.unitModifiers, ...g.unitNouns])}|[A-Za-z]+-?\\d+[A-Za-z0-9]*)){0,2}\\s+(?:${alternation(g.unitNouns)})${RBI}`, 'i'),
    // the verbs of a state acting: ours plus the geoparser's (data/geocode/cues.json speechVerbs: "Russia maintains")
    verbAfter: new RegExp(`^\\s+(?:(?:${anyOf(g.timeWordsBefore)})\\s+[A-Za-zÀ-ÖØ-öø-ÿ]+\\s+|[a-zß-öø-ÿ]+ly\\s+)?(?:${alternation([...lex.generic.verbAfter, ...GEO.speechVerbs])})(?![A-Za-zÀ-ÖØ-öø-ÿ])`),
  };
  return index;
}

/**
 * Country most of the located mentions fall in (ISO alpha-2), or null. A town or region weighs more
 * than a bare country name; "Turkey-backed" is not a location of the story.
 */
export function mainCountry(mentions: readonly Mention[], text = ''): string | null {
  const { notLocatedCompound, windows } = getIndex();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const c = m.isLocation ? m.place?.country : null;
    if (!c || notLocatedCompound.test(text.slice(m.end, m.end + windows.compound))) continue;
    counts.set(c, (counts.get(c) ?? 0) + (m.precision === 'country' ? 1 : 2));
  }
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best;
}

function overlapping(mentions: readonly Mention[], start: number, end: number): Mention | undefined {
  // only the mentions starting near the stretch can overlap it (mention-index.ts)
  return mentionsAround(mentions, start, end).find((m) => m.start < end && start < m.end);
}

/** Find actor names in `text`; metonyms that the geoparser reads as places are not actors. */
export function findActors(text: string, mentions: readonly Mention[], country: string | null, words?: readonly Word[]): ActorHit[] {
  const idx = getIndex();
  const generic = country ? getLexicon().generic.countries[country] ?? {} : {};
  const hits: ActorHit[] = [];
  const held: ActorHit[] = [];
  let covered = 0;
  for (const m of idx.matcher.matchAll(text, words)) {
    const { start } = m;
    let { end } = m;
    // a name already taken into the span of the previous one ("Syrian pro-government forces")
    if (start < covered) continue;
    const entry = m.value;
    const after = text.slice(end, end + idx.windows.after);
    let id = entry.id;
    if (entry.kind === 'generic') {
      const resolved = generic[id.slice('generic:'.length)];
      if (!resolved || idx.notAfter.test(after)) continue;
      id = resolved;
    }
    if (entry.kind === 'demonym' && idx.demonymNotBefore.test(after)) continue;
    // "Russian warplanes", "Syrian government helicopters": a demonym or alias before a weapon, vehicle or
    // unit noun names the party that fields it; the span takes the noun, so the role rules see its head
    const unit = entry.kind === 'demonym' || entry.kind === 'alias' || entry.kind === 'unitOnly' ? idx.unitAfter.exec(after) : null;
    if (unit) {
      end += unit[0].length;
      covered = end;
      hits.push({ id, start, end, text: text.slice(start, end), kind: 'unit' });
      continue;
    }
    if (entry.kind === 'unitOnly') continue;
    if (entry.kind === 'metonym') {
      // "Syria-war", "Moscow-based": a compound modifier, not the state acting
      if (/^[-‐–][a-z]/.test(after) && !idx.alliesCompound.test(after)) continue;
      const mention = overlapping(mentions, start, end);
      const locative = idx.locativeBefore.test(text.slice(Math.max(0, start - idx.windows.locativeBefore), start));
      // "Russia operates …", "Turkey carried out …": a country as the subject of a verb is the state
      // "brokered by Russia", "Russia's jets", "Russia operates": the state, not the territory
      const agentBy = getLexicon().agentBefore.test(text.slice(Math.max(0, start - idx.windows.agentBefore), start));
      // "Turkey and its Syrian rebel allies launched …": the state heads the subject
      const withAllies = !locative && idx.withAllies.test(after);
      // "Turkey, which backs the GNA, has sent drones": the verb after a relative clause
      const clause = locative ? null : relativeClause().exec(text.slice(end, end + idx.windows.relativeClause));
      const afterClause = clause !== null && idx.verbAfter.test(text.slice(end + clause[0].length, end + clause[0].length + idx.windows.after));
      const subject = agentBy || withAllies || afterClause || idx.possessive.test(after) || (!locative && idx.verbAfter.test(after));
      if (mention && mention.isLocation && !subject && !idx.alliesCompound.test(after)) {
        held.push({ id, start, end, text: m.text, kind: entry.kind });
        continue;
      }
      if (!mention && locative) continue;
    }
    hits.push({ id, start, end, text: m.text, kind: entry.kind });
  }
  // "the United States, Russia and …": a place name listed with actors is one of them
  const COORD = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/;
  // a held name may chain on another held one ("by Russia, Turkey and Iran"): two passes
  for (let pass = 0; pass < 2; pass++) {
    for (const h of held) {
      if (!hits.includes(h) && hits.some((k) => (pass > 0 || k.kind !== 'metonym') && COORD.test(text.slice(k.end, h.start)) || COORD.test(text.slice(h.end, k.start)))) hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
