/**
 * Stage 4c, abstention on weak foreign alias matches.
 * In: spans, their resolutions and the gazetteer (country extents). Out: nothing; sets `abstained` on the
 * resolutions it withdraws, which explain.ts reports as `nonLocation: 'unresolved'` with the candidates.
 * "near Boni in central Mali": the only readings of "Boni" come from alternate names of far-away places
 * (GeoNames lists it for Bonn), while the sentence names Mali. When every candidate matched only by an
 * alternate name, none lies in the focus country (a country named in the same sentence, else a country
 * holding most of the article's places), the chosen one is more than ABSTAIN_KM from that country's
 * extent and nothing else supports it (proximity, explicit parent, co-location, an earlier mention, a
 * list, the focus itself), the name is better left unresolved than put on another continent.
 * The same holds for a name whose every reading lies far outside the region written as its parent
 * (abstainOutsideParent, run first), and for a part of a town ("Candelaria neighborhood", "Colonia Centenario")
 * read far from every town its sentence names (abstainOutsideLocale), and for a one-word name that only opens a
 * longer one ("Padre Marcos") read in a country none of its sentence's other places lies in (abstainOnNameHeads).
 */
import type { GazetteerEntry } from '../schemas';
import type { Gazetteer } from '../gazetteer';
import { nameKey } from './namekey';
import { primaryKey } from './entrykeys';
import { SENTENCE_END, sameSentence, type Context } from './context';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { kmToExtent } from './geometry';
import { isMinor, outsideRegion } from './parents';
import { distanceKm } from '../geo';
import type { Resolution, Span } from './types';

const A = THRESHOLDS.abstain;
/** minimum distance (km) from the focus country's extent for an alias-only reading to be withdrawn */
export const ABSTAIN_KM = A.abstainKm;
/** the same for a small place (a village or town, or a small city): a Sudanese "Tawila" is not a Yemeni hamlet */
export const SMALL_ABSTAIN_KM = A.smallAbstainKm;
const SMALL_KINDS: ReadonlySet<string> = new Set(A.smallKinds);
const isSmall = (e: GazetteerEntry): boolean => SMALL_KINDS.has(e.kind) && (e.population === null || e.population < A.smallPopulation);
/** an article's dominant country: at least this many other resolved places, and this share of them */
const FOCUS_MIN_PLACES = A.focusMinPlaces;
const FOCUS_MIN_SHARE = A.focusMinShare;
/** features that are evidence for a reading beyond its prior and name */
const EVIDENCE: readonly string[] = A.evidenceFeatures;
/** countries, states, seas and continents are known by many names ("Britain", "Holland"): never withdrawn */
const WIDE_KINDS: ReadonlySet<string> = new Set(A.wideKinds);

export { kmToExtent };

/** "Quebec City" for "Québec", "Gatehouse" for "Gatehouse of Fleet": the primary name, give or take whole words. */
export function sharesPrimaryName(primary: string, key: string): boolean {
  if (primary === key) return true;
  const a = ` ${primary} `;
  const b = ` ${key} `;
  return a.includes(b) || b.includes(a);
}

/** The country the sentence names (nearest first; unless `bySentence` is false), else the article's dominant country from other names. */
function focusCountryOf(c: Context, s: Span, spans: readonly Span[], resolutions: Map<Span, Resolution>, key: string, bySentence = true): { cc: string; how: string } | null {
  let best: { cc: string; d: number } | null = null;
  for (const o of bySentence ? spans : []) {
    if (o === s || o.role !== 'place' || !sameSentence(c, s, o)) continue;
    const e = resolutions.get(o)?.chosen?.entry;
    if (!e || e.kind !== 'country' || !e.country) continue;
    const d = Math.abs(o.start - s.start);
    if (!best || d < best.d) best = { cc: e.country, d };
  }
  if (best) return { cc: best.cc, how: 'named in the same sentence' };
  const counts = new Map<string, number>();
  let total = 0;
  for (const o of spans) {
    if (o.role !== 'place' || nameKey(o.text) === key) continue;
    const e = resolutions.get(o)?.chosen?.entry;
    if (!e?.country || resolutions.get(o)?.abstained) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
    total++;
  }
  for (const [cc, n] of counts) if (n >= FOCUS_MIN_PLACES && n / total >= FOCUS_MIN_SHARE) return { cc, how: `${n} of the article's ${total} other places` };
  return null;
}

/** a reading this far outside the region written as its parent is a namesake of a place the gazetteer lacks */
const OUTSIDE_PARENT_KM = THRESHOLDS.resolve.parents.farKm;
const PARENT_KINDS: ReadonlySet<string> = new Set(THRESHOLDS.resolve.parents.containerKinds);

/**
 * "Hays district (Al Hudaydah)" with only a Hays County in Texas, "Martinez (Buenos Aires)" with only a
 * Martinez in California: the written parent (parents.ts) holds none of the name's readings and the chosen
 * one, a minor place (a village or small town), lies more than OUTSIDE_PARENT_KM beyond the extent of the
 * parent, read as a region by its own name. The name is a place the gazetteer lacks; its far-away namesake
 * is withdrawn — and so is the same reading of the same name told elsewhere in the article without a parent.
 */
export function abstainOutsideParent(spans: readonly Span[], resolutions: Map<Span, Resolution>): void {
  const withdrawn: { key: string; id: string; why: string }[] = [];
  for (const s of spans) {
    if (s.role !== 'place' || !s.parent) continue;
    const r = resolutions.get(s);
    const chosen = r?.chosen;
    // a major place is trusted by its own name, not by an alternate one ("Mambasa" is also written for Mombasa)
    if (!r || !chosen || r.abstained || chosen.features.parent !== undefined) continue;
    if (!isMinor(chosen.entry) && primaryKey(chosen.entry) === nameKey(s.text)) continue;
    // the parent itself must be read for sure: a region by its own name ("Gracias" is not Lempira)
    const pr = resolutions.get(s.parent);
    const read = pr?.chosen?.entry;
    if (!pr || !read || pr.abstained) continue;
    // a city read for a parent that also names its region ("Al Hudaydah": the city and its governorate) stands for the region
    const parentKey = nameKey(s.parent.text);
    const p = PARENT_KINDS.has(read.kind) ? read
      : s.parent.entries.find((q) => PARENT_KINDS.has(q.kind) && q.kind !== 'country' && q.country === read.country && primaryKey(q) === parentKey);
    // (by its own name, or as the only place of that name: "Nord-Kivu" is only North Kivu)
    if (!p || (primaryKey(p) !== parentKey && s.parent.entries.length > 1)) continue;
    const km = kmToExtent(chosen.entry.lat, chosen.entry.lon, p);
    // (a minor place outside a first-level region or a country written as its parent, by outsideRegion's measure)
    if (km <= OUTSIDE_PARENT_KM && !(isMinor(chosen.entry) && outsideRegion(chosen.entry, p))) continue;
    r.abstained = [
      `no confident location: "${s.text}" is written inside "${s.parent.text}" (${p.name}, ${p.country ?? ''}) but none of its readings lies there`,
      `the best, ${chosen.entry.name}, ${chosen.entry.country ?? ''}, lies ${Math.round(km)} km outside ${p.name}`,
    ];
    withdrawn.push({ key: nameKey(s.text), id: chosen.entry.id, why: `"${s.text}" is written inside "${s.parent.text}" elsewhere in the article, and ${chosen.entry.name}, ${chosen.entry.country ?? ''} lies ${Math.round(km)} km outside ${p.name}` });
  }
  // "in Tuzla industrial zone in Tuzla, Istanbul": the same name told without its parent is the same place
  for (const w of withdrawn) {
    for (const s of spans) {
      const r = resolutions.get(s);
      if (s.role !== 'place' || s.parent || !r || r.abstained || r.chosen?.entry.id !== w.id || nameKey(s.text) !== w.key) continue;
      r.abstained = [`no confident location: ${w.why}`];
    }
  }
}

/** Where each sentence of a text ends (the character after its end mark), found once per text. */
const SENTENCE_BREAKS = new WeakMap<Context, number[]>();
function sentenceOf(c: Context, pos: number): number {
  let breaks = SENTENCE_BREAKS.get(c);
  if (!breaks) {
    breaks = [];
    const re = new RegExp(SENTENCE_END.source, 'g');
    for (let m = re.exec(c.text); m !== null; m = re.exec(c.text)) breaks.push(m.index + 1);
    SENTENCE_BREAKS.set(c, breaks);
  }
  let lo = 0, hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of each sentence, grouped once per list of spans (a long text asks for every name's neighbours). */
const BY_SENTENCE = new WeakMap<readonly Span[], Map<number, Span[]>>();

/** The readings of the other places of a span's sentence (read and kept), `skip` left out. */
function placesBeside(c: Context, s: Span, spans: readonly Span[], resolutions: Map<Span, Resolution>, skip?: ReadonlySet<Span>): GazetteerEntry[] {
  let groups = BY_SENTENCE.get(spans);
  if (!groups) {
    groups = new Map();
    for (const o of spans) {
      const k = sentenceOf(c, o.start);
      const g = groups.get(k);
      if (g) g.push(o);
      else groups.set(k, [o]);
    }
    BY_SENTENCE.set(spans, groups);
  }
  return (groups.get(sentenceOf(c, s.start)) ?? []).flatMap((o) => {
    if (o === s || o.role !== 'place' || skip?.has(o)) return [];
    const ro = resolutions.get(o);
    const e = ro?.chosen?.entry;
    return ro && e && !ro.abstained ? [e] : [];
  });
}

const LOCALE_KM = A.localeKm;
const TOWN_KM = A.localeTownKm;
const TOWN_KINDS: ReadonlySet<string> = new Set(A.localeTownKinds);
const LOCALE_KINDS: ReadonlySet<string> = new Set(A.localeKinds);
const NEIGHBOURHOOD_PREFIXES: ReadonlySet<string> = new Set(A.neighbourhoodNamePrefixes);

/**
 * "in Aracaju, Sergipe, … during a patrol in Santa Maria neighborhood": a name marked as a part of a town (a
 * neighbourhood kind word, or a name opening with "Colonia", "Bairro" …) and given no written parent lies in the
 * town its sentence is set in. When its reading lies more than LOCALE_KM from every town or region the same
 * sentence names (each read and kept), it is a namesake of a part of town the gazetteer lacks: withdrawn.
 */
export function abstainOutsideLocale(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>): void {
  for (const s of spans) {
    if (s.role !== 'place' || s.parent) continue;
    const partOfTown = s.kindHint === 'neighbourhood' || NEIGHBOURHOOD_PREFIXES.has(c.tokens[s.first]!.lower);
    const r = resolutions.get(s);
    const chosen = r?.chosen?.entry;
    if (!partOfTown || !r || !chosen || r.abstained || WIDE_KINDS.has(chosen.kind)) continue;
    const beside = placesBeside(c, s, spans, resolutions).filter((e) => LOCALE_KINDS.has(e.kind) && e.id !== chosen.id);
    // a town the sentence names is where the part of town lies (within TOWN_KM); else its regions (within LOCALE_KM)
    const towns = beside.filter((e) => TOWN_KINDS.has(e.kind));
    const locales = towns.length > 0 ? towns : beside;
    if (locales.length === 0) continue;
    const [nearest, km] = locales.map((e) => [e, kmToExtent(chosen.lat, chosen.lon, e)] as const).reduce((a, b) => (a[1] <= b[1] ? a : b));
    if (km <= (towns.length > 0 ? TOWN_KM : LOCALE_KM)) continue;
    r.abstained = [
      `no confident location: "${s.text}" names a part of a town, in a sentence set in ${locales.map((e) => e.name).join(', ')}`,
      `its best reading, ${chosen.name}, ${chosen.country ?? ''}, lies ${Math.round(km)} km from ${nearest.name}`,
    ];
  }
}

const NAME_PARTICLES: ReadonlySet<string> = new Set(A.nameParticles);
/** lowercase nouns that make the name before them a facility's ("the Meade company", "the Mendez farm") */
const FACILITY_NOUNS: ReadonlySet<string> = new Set(A.facilityNouns);
/** readings that set a sentence's country on their own for a name head of several words */
const STRONG_KINDS: ReadonlySet<string> = new Set(A.nameHeadCountryKinds);
const NOT_NAME_TAIL: ReadonlySet<string> = new Set(A.nameTailNotName);

/**
 * "in Padre Marcos, Piaui", "in Puli Alam district, Logar": the gazetteer knows "Padre" and "Puli" (a village in
 * Colombia, a town in Taiwan) but the text names "Padre Marcos" and "Puli Alam", places it lacks. A name
 * followed by more of a name — a capitalised word (after at most one particle: "Morro do Juiz") that is no kind
 * or direction word, no date and no place span itself — is withdrawn when its reading lies in none of the countries
 * of the other places its sentence names (and it names some), or lies in one of them but more than LOCALE_KM from
 * every town and region the sentence names ("Porto Velindo neighborhood of Curitiba, Parana"). So is a name before a
 * facility noun ("the Meade company") read in none of those countries.
 */
export function abstainOnNameHeads(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>): void {
  // a name the gazetteer lacks, marked by a kind word ("Alam district" after "Puli"), is the rest of the name, not another place
  const spanAt = new Set(spans.filter((o) => o.role === 'place' && o.source !== 'cue').map((o) => o.first));
  for (const s of spans) {
    // ("near War Tho Kho village", "in Sao Sebastiao da Boa Vista, Para", "Bani Siyah area (Raizh, Sadah)": a qualifier,
    // a head of several words or a written parent change nothing; "the Aleppo-Turkey border" is two places, and
    // "Fraser Valley" is a name with its kind word)
    if (s.role !== 'place' || s.source !== 'name' || s.qualifier?.kind === 'border' || s.qualifier?.kind === 'suffix') continue;
    const r = resolutions.get(s);
    const chosen = r?.chosen?.entry;
    if (!r || !chosen || r.abstained || WIDE_KINDS.has(chosen.kind)) continue;
    let k = s.last + 1;
    let t = c.tokens[k];
    const particle = t !== undefined && !t.cap && NAME_PARTICLES.has(t.lower) && t.sep === ' ';
    if (particle) t = c.tokens[++k];
    // "outside the Meade company's office", "at the Mendez farm": a facility named after a person or a brand, not a
    // place (a major place by its own name stays: "the Moscow office")
    const facility = !particle && t !== undefined && !t.cap && FACILITY_NOUNS.has(t.lower) && t.sep === ' ';
    if (facility && !isMinor(chosen) && primaryKey(chosen) === nameKey(s.text)) continue;
    // (a place right after the name is another place, "Homs Hama"; after a particle it ends the name, "Lomitas del Zulia")
    // (nor is a date: "in Moscow October 7")
    if (!t || (!t.cap && !facility) || t.sentenceStart || !/^\s$/.test(t.sep) || NOT_NAME_TAIL.has(t.lower) || LEXICON.directions.has(t.lower) || LEXICON.calendar.has(t.lower) || (spanAt.has(k) && !particle)) continue;
    // a name that ends in its kind word is whole ("Marion County Public Works")
    if (s.first !== s.last && LEXICON.regionSuffixes.has(c.tokens[s.last]!.lower)) continue;
    // a one-word head takes the countries of every place beside it; a longer one, or one qualified or given a parent,
    // only those of countries and first-level regions or held by two places ("Douglas County Public Works" beside a
    // stray reading of mangled text is no name head)
    const plain = s.first === s.last && !s.qualifier && !s.parent;
    const beside = placesBeside(c, s, spans, resolutions);
    const held = new Map<string, number>();
    for (const e of beside) if (e.country) held.set(e.country, (held.get(e.country) ?? 0) + (plain || STRONG_KINDS.has(e.kind) ? 2 : 1));
    const countries = new Set([...held].flatMap(([cc, n]) => (n >= 2 ? [cc] : [])));
    if (countries.size === 0) continue;
    const longer = c.text.slice(s.start, t.end);
    if (chosen.country !== null && countries.has(chosen.country)) {
      // "in Porto Xyz neighborhood of Curitiba, Parana": a namesake in the right country, but far from where the
      // sentence is set (more than LOCALE_KM from every town and region it names) — the longer name's place is there
      if (facility) continue;
      const locales = beside.filter((e) => LOCALE_KINDS.has(e.kind) && e.id !== chosen.id);
      if (locales.length === 0) continue;
      const [nearest, km] = locales.map((e) => [e, kmToExtent(chosen.lat, chosen.lon, e)] as const).reduce((a, b) => (a[1] <= b[1] ? a : b));
      if (km <= LOCALE_KM) continue;
      r.abstained = [
        `no confident location: "${s.text}" opens a longer name ("${longer}") the gazetteer lacks`,
        `its reading, ${chosen.name}, ${chosen.country}, lies ${Math.round(km)} km from ${nearest.name}, the nearest town or region its sentence names`,
      ];
      continue;
    }
    r.abstained = [
      facility ? `no confident location: "${s.text}" names a facility ("${longer}"), not a place`
        : `no confident location: "${s.text}" opens a longer name ("${longer}") the gazetteer lacks`,
      `its reading, ${chosen.name}, ${chosen.country ?? ''}, lies in none of the countries of the sentence's other places (${[...countries].join(', ')})`,
    ];
  }
}

/**
 * "(Mayo-Sava, Extreme-Nord)": a hyphenated name the gazetteer lacks, whose halves it knows elsewhere (Mayo,
 * Ireland; Sava, Madagascar). A half of a hyphenated pair of capitalised words is withdrawn when its reading lies in
 * none of the countries of the other places its sentence names (and it names some) — unless it is a major city by
 * its own name ("the Moscow-Kyiv talks"), or the other half lies in one of those countries ("the Washington-Moscow route"
 * in a sentence naming Russia: a pair of places).
 */
export function abstainOnHyphenHalves(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>): void {
  const hyphen = (t: { sep: string } | undefined) => t !== undefined && /^[-‐]$/.test(t.sep);
  for (const s of spans) {
    if (s.role !== 'place' || s.source !== 'name') continue;
    const next = c.tokens[s.last + 1];
    const joinedAfter = hyphen(next) && next!.cap;
    const joinedBefore = hyphen(c.tokens[s.first]) && s.first > 0 && c.tokens[s.first - 1]!.cap;
    if (!joinedAfter && !joinedBefore) continue;
    const r = resolutions.get(s);
    const chosen = r?.chosen?.entry;
    // (a first-level region may be the half of a department's name: "Mayo", Ireland; a country never is)
    if (!r || !chosen || r.abstained || (WIDE_KINDS.has(chosen.kind) && chosen.kind !== 'admin1')) continue;
    if (!isMinor(chosen) && (chosen.kind === 'city' || chosen.kind === 'town') && primaryKey(chosen) === nameKey(s.text)) continue;
    // the other half is no witness of the country
    const partners = new Set(spans.filter((o) => (joinedBefore && o.last === s.first - 1) || (joinedAfter && o.first === s.last + 1)));
    const countries = new Set(placesBeside(c, s, spans, resolutions, partners).flatMap((e) => (e.country ? [e.country] : [])));
    if (countries.size === 0 || (chosen.country !== null && countries.has(chosen.country))) continue;
    // "the Washington-Moscow route" in a sentence about Russia: a half read in the sentence's country makes a pair of places
    const inside = (o: Span) => {
      const e = resolutions.get(o)?.chosen?.entry;
      return e !== undefined && e.country !== null && countries.has(e.country);
    };
    if ([...partners].some(inside)) continue;
    r.abstained = [
      `no confident location: "${s.text}" is half of a hyphenated name the gazetteer lacks`,
      `its reading, ${chosen.name}, ${chosen.country ?? ''}, lies in none of the countries of the sentence's other places (${[...countries].join(', ')})`,
    ];
  }
}

/** the weight (a country or first-level region 2, another place 1) that sets a sentence in a country for a small place */
const MINOR_HELD = A.foreignMinorHeld;

/**
 * "residents from the El Filo sector" in a sentence set in Carvajal, Trujillo state (Venezuela): the gazetteer
 * knows only a Mexican El Filo. A small place (a village, town, part of town or small city: smallKinds under
 * smallPopulation) whose every reading lies outside the countries its sentence is set in — held by a country or
 * first-level region, or by two places — or, when the sentence sets none, outside the article's focus country, is a
 * namesake of a place the gazetteer lacks when nothing else speaks for the reading (no evidence feature) and it lies
 * more than SMALL_ABSTAIN_KM from those countries: withdrawn. A small place abroad is written with its country.
 */
export function abstainOnForeignMinor(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>, gaz: Gazetteer): void {
  for (const s of spans) {
    if (s.role !== 'place' || s.source !== 'name') continue;
    const r = resolutions.get(s);
    const chosen = r?.chosen;
    if (!r || !chosen || r.abstained || !isSmall(chosen.entry) || chosen.entry.country === null) continue;
    if (EVIDENCE.some((f) => (chosen.features[f] ?? 0) > 0)) continue;
    const held = new Map<string, number>();
    const plain = new Map<string, number>();
    for (const e of placesBeside(c, s, spans, resolutions)) if (e.country) {
      held.set(e.country, (held.get(e.country) ?? 0) + (STRONG_KINDS.has(e.kind) ? 2 : 1));
      if (!STRONG_KINDS.has(e.kind)) plain.set(e.country, (plain.get(e.country) ?? 0) + 1);
    }
    let countries = [...held].flatMap(([cc, n]) => (n >= MINOR_HELD || (plain.get(cc) ?? 0) >= 2 ? [cc] : []));
    let how = 'the countries of its sentence\'s other places';
    if (countries.length === 0) {
      // (the dominant country of the article's places: a country alone in the sentence may be where people came from)
      const focus = focusCountryOf(c, s, spans, resolutions, nameKey(s.text), false);
      if (!focus) continue;
      countries = [focus.cc];
      how = `the article's focus (${focus.how})`;
    }
    if (r.ranked.some((x) => x.entry.country !== null && countries.includes(x.entry.country))) continue;
    const extents = countries.flatMap((cc) => {
      const e = gaz.byId(`iso:${cc}`);
      return e ? [e] : [];
    });
    if (extents.length === 0) continue;
    const km = Math.min(...extents.map((e) => kmToExtent(chosen.entry.lat, chosen.entry.lon, e)));
    if (km <= SMALL_ABSTAIN_KM) continue;
    r.abstained = [
      `no confident location: "${s.text}" is read only as a small place abroad, ${chosen.entry.name}, ${chosen.entry.country}`,
      `it lies ${Math.round(km)} km outside ${countries.join(', ')} (${how}) with nothing else for it: a namesake of a place the gazetteer lacks`,
    ];
  }
}

export function abstainOnForeignAliases(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>, gaz: Gazetteer): void {
  abstainOutsideParent(spans, resolutions);
  abstainOutsideLocale(c, spans, resolutions);
  abstainOnNameHeads(c, spans, resolutions);
  abstainOnHyphenHalves(c, spans, resolutions);
  abstainOnForeignMinor(c, spans, resolutions, gaz);
  for (const s of spans) {
    if (s.role !== 'place' || s.source !== 'name') continue;
    const r = resolutions.get(s);
    const chosen = r?.chosen;
    if (!r || !chosen || WIDE_KINDS.has(chosen.entry.kind)) continue;
    const key = nameKey(s.text);
    if (r.ranked.some((x) => WIDE_KINDS.has(x.entry.kind) || sharesPrimaryName(primaryKey(x.entry), key))) continue;
    if (EVIDENCE.some((f) => (chosen.features[f] ?? 0) > 0)) continue;
    const focus = focusCountryOf(c, s, spans, resolutions, key);
    if (!focus || r.ranked.some((x) => x.entry.country === focus.cc)) continue;
    const country = gaz.byId(`iso:${focus.cc}`);
    if (!country) continue;
    const km = kmToExtent(chosen.entry.lat, chosen.entry.lon, country);
    if (km <= (isSmall(chosen.entry) ? SMALL_ABSTAIN_KM : ABSTAIN_KM)) continue;
    r.abstained = [
      `no confident location: only alias matches far from the article's focus (${focus.cc})`,
      `"${s.text}" is only an alternate name of ${r.ranked.length === 1 ? 'its one candidate' : `all ${r.ranked.length} candidates`}; the best, ${chosen.entry.name}, ${chosen.entry.country ?? ''}, lies ${Math.round(km)} km from ${country.name} (${focus.how}) with nothing else for it`,
    ];
  }
}

/** two readings farther apart than this cannot be one place written as two names */
const SPLIT_NAME_KM = A.splitNameKm;
const SPLIT_OK_KINDS: ReadonlySet<string> = new Set(A.splitOkKinds);

/**
 * "Ain Tarma", "Wadi Barada": an unknown two-word name whose words each match some place ("Ain", the French
 * département; "Tarma", a town in Peru). Two names side by side, joined by one space, whose readings lie
 * more than SPLIT_NAME_KM apart are one unknown name, not two places: both are withdrawn (countries,
 * continents and seas excepted: "Turkey Syria" in a caption are two) and reported as one unresolved mention.
 */
export function abstainOnSplitNames(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.role !== 'place' || b.role !== 'place' || a.source !== 'name' || b.source !== 'name' || a.qualifier || b.qualifier) continue;
    if (c.text.slice(a.end, b.start) !== ' ' || b.first !== a.last + 1) continue;
    const ra = resolutions.get(a), rb = resolutions.get(b);
    const ea = ra?.chosen?.entry, eb = rb?.chosen?.entry;
    if (!ra || !rb || !ea || !eb || ra.abstained || rb.abstained || SPLIT_OK_KINDS.has(ea.kind) || SPLIT_OK_KINDS.has(eb.kind)) continue;
    // "Southern California", "North West England": a region named after a direction or headed by a wide place
    if (WIDE_KINDS.has(eb.kind) || LEXICON.directions.has(c.tokens[a.first]!.lower) || LEXICON.directions.has(a.text.toLowerCase())) continue;
    const km = distanceKm(ea.lat, ea.lon, eb.lat, eb.lon);
    if (km <= SPLIT_NAME_KM) continue;
    const why = `"${a.text} ${b.text}" reads as one name missing from the gazetteer: its words alone match places ${Math.round(km)} km apart (${ea.name}, ${ea.country ?? ''}; ${eb.name}, ${eb.country ?? ''})`;
    ra.abstained = [why];
    rb.abstained = [why];
    // one mention for the one name
    a.last = b.last;
    a.end = b.end;
    a.text = c.text.slice(a.start, b.end);
    b.role = 'merged';
    k++;
  }
}
