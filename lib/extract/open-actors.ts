/**
 * Open-world actors: any named armed party, crowd or unidentified group, whether or not data/actors.json lists it.
 * In: text, the geoparser's mentions, the curated hits of actors.ts (findActors). Out: the curated hits plus
 * open hits (kind 'open'), in text order and non-overlapping; every open hit carries `open` {kind, name}.
 * Words and lists: data/extract/open-actors.json (open-lexicon.ts). Mechanisms, in order:
 * - a capitalised name (demonym, country, place, acronym, any proper name) before a head noun: "Zuran militants",
 *   "Nigerian army", "Armenia's army", "NAF rebel forces", "Fulani militia";
 * - a capitalised name ending in a name head: "the Kivu Liberation Front", "the Red Hills Brigade";
 * - a state head with "of <Name>": "military forces of Armenia (and Azerbaijan)";
 * - a capitalised name opening a clause as the subject of a violent verb: "On 7 May, Zarakure attacked a trader";
 * - unnamed words ("police", "soldiers", "protesters", "a mob", "gunmen"): a placeholder id (`?military`,
 *   `?police`, `?protesters`, `?rioters`, `?unidentified`) that resolveOpenActors (open-resolve.ts) turns into the
 *   forces or crowd of the event's country once its place is known.
 * Names coordinated before one head are each a party ("Kenyan and Somali soldiers"); a curated alias written in
 * another case before an unnamed word names that actor ("Al shabaab militants"); a weapon's name is no party.
 * A country's forces whose state actor is curated take the curated id ("Ukrainian army" → ukraine).
 * Open ids: `<kind>:<slug>` (lib/schemas OpenActorId): the slug of the display name for state forces, crowds and
 * unidentified groups ("state:military-forces-of-armenia", "protesters:protesters-mexico"), of the proper name
 * for a group ("rebel:zuran", "rebel:kivu-liberation-front").
 */
import type { ActorKind, Mention } from '../schemas';
import { LEXICON as GEO } from '../geocode';
import type { ActorHit } from './actors';
import { openLexicon, type HeadKind } from './open-lexicon';
import { countryByName, slug } from './open-names';
import { openByCountry, type Unnamed } from './open-resolve';
import { phraseKey } from './phrase';
import { mentionsWithin } from './mention-index';

type Open = NonNullable<ActorHit['open']>;

/** A name's tokens with leading stop words ("The", "Suspected", "Monday") and heads ("Fighters of the") dropped; a state unit stays whole. */
function nameTokens(name: string): string[] {
  const { stops, headKind, stateUnits } = openLexicon();
  const tokens = name.split(/\s+/);
  for (;;) {
    // "Military Police" is a unit, though "Military" alone opens no name
    if (stateUnits.has(tokens.join(' '))) return tokens;
    if (tokens.length && stops.has(tokens[0]!)) tokens.shift();
    else if (tokens.length && headKind.has(tokens[0]!.toLowerCase())) {
      tokens.shift();
      while (tokens.length && /^(?:of|the)$/.test(tokens[0]!)) tokens.shift();
    } else return tokens;
  }
}

const possessive = (t: string) => t.replace(/['’]s$/, '');
/** "Houthi-led", "Turkey-backed": a compound adjective, never a name */
const compound = (t: string) => /[-‐][a-z]+$/.test(t) && !/^(?:al|el|ad|as|ash|an)[-‐]/.test(t);

function stateHit(cc: string | null, police: boolean, place: string | null): { id: string; open: Open } {
  const r = openByCountry(police ? 'police' : 'military', cc, place);
  return { id: r.id, open: { kind: r.kind, name: r.name } };
}

function groupHit(tokens: string[], display: string, kind: Exclude<HeadKind, 'state'>, mods: string): { id: string; open: Open } {
  const ox = openLexicon();
  const identity = kind === 'identity' || tokens.some((t) => ox.identityNames.has(t)) || mods.split(/\s+/).some((m) => ox.identityModifiers.has(phraseKey(m)));
  const k: ActorKind = identity ? 'identity' : kind;
  return { id: `${k}:${slug(tokens.join(' '))}`, open: { kind: k, name: display } };
}

/** The country a name stands for: a demonym ("Afghan"), a country ("Armenia") or a located mention's country. */
function countryOf(tokens: string[], start: number, end: number, mentions: readonly Mention[]): string | null {
  const first = possessive(tokens[0]!);
  const demonym = GEO.demonyms.get(first);
  if (demonym) return demonym;
  const whole = countryByName(possessive(tokens.join(' ')));
  if (whole) return whole;
  const m = mentionsWithin(mentions, start, end).find((x) => x.isLocation && x.place?.country && x.start >= start && x.end <= end);
  return m?.place?.country ?? null;
}

/** "Zuran militants", "Nigerian army", "the Kivu Liberation Front": the named forms. */
function namedHits(text: string, mentions: readonly Mention[]): ActorHit[] {
  const ox = openLexicon();
  const out: ActorHit[] = [];
  ox.named.lastIndex = 0;
  for (let m = ox.named.exec(text); m; m = ox.named.exec(text)) {
    const [all, rawName, , mods = '', head] = m;
    // "the National Liberation Army": a capitalised name head makes a proper name (properHits)
    if (ox.nameHead.has(head!) || ox.stateUnits.has(`${rawName} ${head}`)) continue;
    const tokens = nameTokens(rawName!);
    if (!tokens.length || compound(tokens[tokens.length - 1]!)) continue;
    const start = m.index + rawName!.length - tokens.join(' ').length;
    const end = m.index + all.length;
    const hk = ox.headKind.get(phraseKey(head!))!;
    const lastHead = ox.nameHead.get(tokens[tokens.length - 1]!);
    const cc = countryOf(tokens, start, end, mentions);
    const written = text.slice(start, end);
    let hit: { id: string; open: Open };
    if (hk === 'state' || (lastHead && cc)) {
      const police = ox.police.has(phraseKey(head!)) || tokens.some((t) => /^Police$|^Gendarm/.test(t));
      if (cc) hit = stateHit(cc, police, null);
      else if (ox.stateUnits.has(tokens.join(' '))) hit = placeholder(police ? 'police' : 'military');
      // "CRPF personnel": left to the unnamed words; "Katyusha rockets": a weapon's name is no party
      else if (police || !ox.personnel.has(phraseKey(head!))) continue;
      else hit = groupHit(tokens.map(possessive), written, 'rebel', mods);
    } else hit = groupHit(tokens.map(possessive), written, hk, mods);
    out.push({ id: hit.id, start, end, text: written, kind: 'open', open: hit.open });
    // "Burundian and Rwandan soldiers", "Fellata and Rizeigat militias": each coordinated name is a party
    const co = /([A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*)\s*(?:,|,?\s+and)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
    if (co && nameTokens(co[1]!).length === 1 && !compound(co[1]!) && !ox.nameHead.has(co[1]!)) {
      const at = start - co[0].length;
      const other = GEO.demonyms.get(co[1]!) ?? null;
      const h2 = hit.open.kind === 'state' || other ? (other ? stateHit(other, ox.police.has(phraseKey(head!)), null) : null)
        : groupHit([co[1]!], `${co[1]} ${head}`, hit.open.kind === 'identity' ? 'identity' : hk === 'state' ? 'rebel' : hk, mods);
      if (h2) out.push({ id: h2.id, start: at, end: at + co[1]!.length, text: co[1]!, kind: 'open', open: h2.open });
    }
  }
  return out;
}

/** A capitalised name ending in a name head ("Kivu Liberation Front"), and "military forces of Armenia". */
function properHits(text: string, mentions: readonly Mention[]): ActorHit[] {
  const ox = openLexicon();
  const out: ActorHit[] = [];
  for (const m of text.matchAll(ox.names)) {
    const tokens = nameTokens(m[0]);
    const head = tokens[tokens.length - 1];
    const kind = head ? ox.nameHead.get(head) : undefined;
    const start = m.index + m[0].length - tokens.join(' ').length;
    const end = m.index + m[0].length;
    // "the National Guard", "the Military Police": a state unit of the event's country
    if (ox.stateUnits.has(tokens.join(' '))) {
      const police = tokens.some((t) => /^Police$|^Gendarm/.test(t));
      out.push({ ...placeholder(police ? 'police' : 'military'), start, end, text: text.slice(start, end), kind: 'open' });
      continue;
    }
    if (!kind || tokens.length < 2 || compound(tokens[0]!)) continue;
    const cc = countryOf(tokens, start, end, mentions);
    const written = text.slice(start, end);
    const hit = cc && GEO.demonyms.get(tokens[0]!) ? stateHit(cc, false, null) : groupHit(tokens, written, kind, '');
    out.push({ id: hit.id, start, end, text: written, kind: 'open', open: hit.open });
  }
  ox.stateOf.lastIndex = 0;
  for (let m = ox.stateOf.exec(text); m; m = ox.stateOf.exec(text)) {
    const police = ox.police.has(phraseKey(m[1]!));
    let from = m.index;
    for (const name of [m[2], m[3]]) {
      if (!name) continue;
      const at = text.indexOf(name, from);
      const tokens = nameTokens(name);
      if (!tokens.length || ox.nameHead.has(tokens[tokens.length - 1]!)) { from = at + name.length; continue; }
      const cc = countryByName(tokens.join(' '));
      const hit = stateHit(cc, police, tokens.join(' '));
      const start = name === m[2] ? m.index : at;
      out.push({ id: hit.id, start, end: at + name.length, text: text.slice(start, at + name.length), kind: 'open', open: hit.open });
      from = at + name.length;
    }
  }
  return out;
}

/** The word follows another capitalised word somewhere in the text, as a surname follows a first name. */
function surname(text: string, word: string): boolean {
  const { stops, nameHead } = openLexicon();
  // scanned with indexOf, not a regex built from the word: any text may hold a "word" of any length
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = text.charAt(at + word.length);
    if (after && /[A-Za-zÀ-ÖØ-öø-ÿ0-9]/.test(after)) continue;
    const prev = /([A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’-]*)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
    if (prev && !stops.has(prev[1]!) && !nameHead.has(prev[1]!)) return true;
  }
  return false;
}

/** "On 7 May, Zarakure attacked a trader": a name opening a clause as the subject of a violent verb is a group. */
function agentHits(text: string, mentions: readonly Mention[]): ActorHit[] {
  const ox = openLexicon();
  const out: ActorHit[] = [];
  for (const m of text.matchAll(ox.agent)) {
    const tokens = nameTokens(m[1]!).map(possessive);
    if (!tokens.length || compound(tokens[tokens.length - 1]!) || GEO.demonyms.has(tokens[0]!) || countryByName(tokens.join(' '))) continue;
    const end = m.index + m[1]!.length;
    const start = end - tokens.join(' ').length;
    // "Kyiv shelled", "Moscow said": a place the geoparser found stands for its state, not a group of that name
    if (mentionsWithin(mentions, start, end).some((x) => x.start < end && x.end > start)) continue;
    // "activist Serhiy Sternenko … Sternenko stabbed a man": a surname told alone is a person, not a group
    if (tokens.length === 1 && surname(text, tokens[0]!)) continue;
    const written = text.slice(start, end);
    const hit = groupHit(tokens, written, 'rebel', '');
    out.push({ id: hit.id, start, end, text: written, kind: 'open', open: hit.open });
  }
  return out;
}

/** A placeholder for words that name a party only through the event's country (open-resolve.ts). */
function placeholder(what: Unnamed): { id: string; open: Open } {
  const r = openByCountry(what, null);
  return { id: `?${what}`, open: { kind: r.kind, name: r.name, unnamed: what } };
}

/** "police", "protesters", "gunmen": named by the event's country later (placeholder ids). */
function unnamedHits(text: string): ActorHit[] {
  const ox = openLexicon();
  const out: ActorHit[] = [];
  for (const m of text.matchAll(ox.unnamed)) {
    const p = placeholder(ox.unnamedKind.get(phraseKey(m[0]))!);
    out.push({ ...p, start: m.index, end: m.index + m[0].length, text: m[0], kind: 'open' });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Curated hits plus the open ones that neither overlap them nor follow a name ("Islamic State militants"). */
export function withOpenActors(text: string, mentions: readonly Mention[], curated: readonly ActorHit[]): ActorHit[] {
  const stops = openLexicon().stops;
  const kept: ActorHit[] = [...curated];
  const candidates = [...namedHits(text, mentions), ...properHits(text, mentions), ...agentHits(text, mentions)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of candidates) {
    const over = kept.filter((k) => overlaps(k, h));
    // a country's forces named in full replace the curated demonym or name inside them ("military forces of Ukraine")
    if (over.length && over.every((k) => k.id === h.id && k.kind !== 'open' && k.start >= h.start && k.end <= h.end)) {
      for (const k of over) kept.splice(kept.indexOf(k), 1);
    } else if (over.length) continue;
    kept.push(h);
  }
  const aliases = openLexicon().curatedAliases;
  for (const h of unnamedHits(text)) {
    if (kept.some((k) => overlaps(k, h))) continue;
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    // "Al shabaab militants": a curated actor's alias in another case before the noun names that actor
    const prev = /(?:^|\s)((?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+)\s+$/.exec(before);
    const words = prev ? prev[1]!.split(/\s+/) : [];
    const alias = words.map((_, i) => words.slice(i).join(' ')).find((w) => aliases.has(phraseKey(w)));
    if (alias) {
      const start = h.start - (before.length - before.lastIndexOf(alias));
      if (!kept.some((k) => overlaps(k, { start, end: h.end }))) kept.push({ id: aliases.get(phraseKey(alias))!, start, end: h.end, text: text.slice(start, h.end), kind: 'alias' });
      continue;
    }
    const word = /([A-Z][A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]*)\s+$/.exec(before);
    if (word && !stops.has(word[1]!)) continue;
    if (kept.some((k) => k.end <= h.start && /^\s*$/.test(text.slice(k.end, h.start)))) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A placeholder id of an unnamed hit ("police"): it names no party until the event's country is known. */
export function isUnnamed(id: string): boolean {
  return id.startsWith('?');
}
