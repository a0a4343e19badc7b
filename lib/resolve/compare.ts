/**
 * Pairwise evidence: are two reports (from different articles) the same happening?
 * In: two ReportProfiles (profile(): a report read once — its window of days, acting and named actors, facility
 * nouns and content words of its sentence). Out: a Comparison — `compatible` (no hard rule keeps them apart),
 * `score` (the sum of the evidence weights, data/resolve/rules.json) and the reasons, in words, for both.
 * Hard rules: same article; ACLED sub-types neither equal nor a listed compatible pair; a report unplaced,
 * undated, background or coarser than `maxRadiusKm`; points farther apart than the larger radius (+ slack: the
 * finer place must lie inside the coarser one); sentences that each name a locality the other does not (after a
 * locative word, before a locality noun — "the Qasqas road" —, a numbered ward; a place read outside the sentence
 * counts as its locality, and so do its article title's localities; named means written as a name and not as a container — "Martinez (Buenos Aires)" names
 * Martinez, not Buenos Aires); two different settlements, each named by its own report only (a town is not nested in
 * another town); date windows (± `dayToleranceDays`) that do not overlap; acting actors on both sides, curated, and
 * neither named by the other report except as its target (the other side).
 */
import { actingActorIds, actorIds, type ConflictEvent } from '../schemas';
import { distanceKm } from '../geo';
import { reportKey, type ReportRef } from './types';
import { dayWindow, type DayWindow } from './window';
import { rules, type ResolutionRules } from './rules';

export interface ReportProfile {
  ref: ReportRef;
  /** the driver's memo serial (one per memoised reading: event id + content); absent on a profile made outside it */
  memoKey?: number;
  /** the driver's memoised comparisons with the profiles after it in event id order, by their memoKey (driver.ts) */
  pairs?: Map<number, Comparison>;
  id: string;
  key: string;
  articleId: string;
  event: ConflictEvent;
  /** null: the report can never join another (background, unplaced, undated or too coarse) */
  window: DayWindow | null;
  lat: number;
  lon: number;
  radiusKm: number;
  acting: ReadonlySet<string>;
  named: ReadonlySet<string>;
  /** what its sentence says (targets, words, localities): read on first use, so a pair a cheap hard rule parts never reads it */
  text: SentenceParts;
  /** its place was read outside its own sentence (the article's focus, an earlier sentence): weaker evidence */
  placeOutside: boolean;
  /** placed more coarsely than `maxRadiusKm`: joins only on strict evidence (compare) */
  coarse: boolean;
  /** acting actors from the curated table (ids without a kind prefix): only these can conflict */
  curatedActing: ReadonlySet<string>;
  /** identified actors it names in any role but target (an actor named as the other's target is the other side) */
  namedNotTarget: ReadonlySet<string>;
  /** why the report cannot join another, when it cannot */
  alone: string | null;
}

/** The parts of a report read from its sentence — the costly part of a profile — each computed once, on first use. */
export class SentenceParts {
  private f?: ReadonlySet<string>;
  private w?: ReadonlySet<string>;
  private l?: readonly Locality[];
  private t?: readonly NameToken[];
  private k?: readonly NameToken[];
  private s?: string;
  private p?: string;
  private m?: Map<RegExp, boolean>;
  private c?: boolean;
  private n?: Map<string, boolean>;
  /** `title`: its article's title, read with the sentence when the report's place was read outside it */
  constructor(private readonly e: ConflictEvent, private readonly placeOutside: boolean, private readonly r: ResolutionRules, private readonly title = '') {}
  /** facility nouns of its sentence (a place of care the wounded went to left out) */
  get facilities(): ReadonlySet<string> { return (this.f ??= facilitiesIn(this.e.quote.text, this.r)); }
  /** content words, without place and actor words */
  get words(): ReadonlySet<string> { return (this.w ??= contentWords(this.e, this.r)); }
  /** the localities it names (localitiesIn), as written and as keys */
  get localities(): readonly Locality[] {
    // a name it writes only as a container ("Rakh Chikri sector (Haveli district)") is where its places lie, not one of them
    return (this.l ??= localitiesIn(this.e, this.placeOutside ? wholeWords(this.title) : '', this.placeOutside, this.r).filter((l) => {
      const at = occurrences(this, l);
      return at.length === 0 || at.some((o) => !o.container);
    }));
  }
  /** its sentence (and its place's name when read outside it) as words: to look for the other report's localities in */
  get tokens(): readonly NameToken[] { return (this.t ??= nameTokens(this.told(), this.r)); }
  /** the same, without articles and vowel-only words (what a skeleton key is matched against) */
  get skeletonTokens(): readonly NameToken[] { return (this.k ??= this.tokens.filter((t) => t.skeleton)); }
  /** the skeletons and the folded words in a row, space-padded: a quick test before the word-by-word one */
  get folded(): string { return (this.s ??= ` ${this.skeletonTokens.map((t) => t.skeleton).join(' ')} `); }
  get plain(): string { return (this.p ??= ` ${this.tokens.map((t) => t.plain).join(' ')} `); }
  /** its place was read from a name in a container's place in its own sentence ("Martinez (Buenos Aires)") */
  get placedAtContainer(): boolean {
    if (this.c === undefined) {
      const at = this.e.place!.start - this.e.quote.start;
      this.c = !this.placeOutside && this.tokens.some((t) => t.start === at && t.container);
    }
    return this.c;
  }
  /** it names locality `l` (names(), memoised by the locality's key: a report is compared with many that name the same places) */
  names(l: Locality): boolean {
    const memo = (this.n ??= new Map());
    const k = l.plain ? `p${l.key}` : `s${l.key}`;
    let yes = memo.get(k);
    if (yes === undefined) memo.set(k, (yes = occurrences(this, l).some((o) => o.name && !o.container)));
    return yes;
  }
  /** whether its sentence has one of the words of `means` (r.meansWords: how a sub-type was carried out), tested once per regex */
  says(means: RegExp): boolean {
    const m = (this.m ??= new Map());
    let yes = m.get(means);
    if (yes === undefined) m.set(means, (yes = means.test(this.e.quote.text)));
    return yes;
  }
  private told(): string { return this.placeOutside ? `${this.e.quote.text}. ${this.e.place!.text}. ${wholeWords(this.title)}` : this.e.quote.text; }
}

export interface Comparison {
  compatible: boolean;
  score: number;
  reasons: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Pure functions of a word or a name under one rules object, memoised (a sentence's words, a place's name and text
 * repeat from report to report: folding and skeletons were most of compare's cost on an ingest). Each map is
 * emptied when it reaches MEMO_MAX entries (a bound, not an LRU: refilling costs what the first reading did).
 */
interface WordMemo {
  /** a word as written in a sentence → its token parts */
  words: Map<string, TokenWord>;
  /** a folded word → its skeleton */
  skeletons: Map<string, string>;
  /** a place's name or text → it as a locality (spelled) */
  spelled: Map<string, readonly Locality[]>;
}
const MEMO_MAX = 50_000;
const MEMOS = new WeakMap<ResolutionRules, WordMemo>();
function memoOf(r: ResolutionRules): WordMemo {
  let m = MEMOS.get(r);
  if (!m) MEMOS.set(r, (m = { words: new Map(), skeletons: new Map(), spelled: new Map() }));
  return m;
}
function keep<K, V>(map: Map<K, V>, k: K, v: V): void {
  if (map.size >= MEMO_MAX) map.clear();
  map.set(k, v);
}

function facilitiesIn(text: string, r: ResolutionRules): Set<string> {
  const lower = ` ${text.toLowerCase().replace(r.careNotTarget, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const found = new Set<string>();
  // a facility noun (or its plural) in the text has its first word among the text's words: most nouns are not there
  const words = new Set(lower.split(' '));
  let rest = lower;
  for (const f of r.facilities) {
    const first = f.includes(' ') ? f.slice(0, f.indexOf(' ')) : f;
    if (!words.has(first) && !words.has(`${first}s`)) continue;
    const needle = ` ${f} `;
    const plural = ` ${f}s `;
    if (rest.includes(needle) || rest.includes(plural)) {
      found.add(f);
      rest = rest.split(needle).join(' ').split(plural).join(' ');
    }
  }
  return found;
}

/** The sentence's content words, without place and actor words (other reports spell those differently). */
function contentWords(e: ConflictEvent, r: ResolutionRules): Set<string> {
  const skip = new Set<string>();
  const spanWords = (s: string) => s.toLowerCase().match(WORD) ?? [];
  if (e.place) for (const w of spanWords(e.place.text)) skip.add(w);
  for (const a of e.actors) for (const w of spanWords(a.text)) skip.add(w);
  const out = new Set<string>();
  for (const w of spanWords(e.quote.text)) {
    if (w.length < 3 || r.stopwords.has(w) || skip.has(w) || /^\d+$/.test(w)) continue;
    out.add(w.length > 4 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return out;
}


/**
 * The localities the sentence places it at: names after locative words ("in Thuhi", "near the village of Kaidupur"),
 * capitalised names before a locality noun ("the Qasqas road", "Beirut's Barbir area": the part after a possessive)
 * and numbered localities ("Ward No. 10") — minus actor words and calendar words. For a report placed outside its
 * sentence, the same read in its article's title too.
 */
function localitiesIn(e: ConflictEvent, title: string, placeOutside: boolean, r: ResolutionRules): Locality[] {
  const actorWords = new Set(e.actors.flatMap((a) => foldName(a.text).split(' ')));
  const out = new Map<string, Locality>();
  const add = (name: string, keepAll = false) => {
    const words = foldName(name).split(' ').filter((w) => w && (keepAll || (!r.stopwords.has(w) && !actorWords.has(w))));
    const l = locality(name, words.join(' '), r);
    if (l && !out.has(l.key)) out.set(l.key, l);
  };
  // a report whose sentence names no place is where its article is about: its title's localities are its own too
  for (const text of title ? [e.quote.text, title] : [e.quote.text]) {
    for (const m of text.matchAll(r.locative)) add(m[1]!);
    for (const m of text.matchAll(r.namedLocality)) add(m[1]!.split(/['’]s\s+/u).at(-1)!);
    for (const m of text.matchAll(r.numberedLocality)) add(m[0], true);
  }
  // a place read outside the sentence (the article's focus) is where this report is, named or not
  if (placeOutside && e.place) add(e.place.text, true);
  return [...out.values()].sort((x, y) => (x.key < y.key ? -1 : 1));
}

/** A locality: its name as written, and the key it is looked for by — its skeleton, or its folded words when the skeleton is too short. */
export interface Locality {
  name: string;
  key: string;
  /** the key is folded words, not a skeleton */
  plain: boolean;
}

function locality(name: string, folded: string, r: ResolutionRules): Locality | null {
  const skeleton = skeletonText(folded, r);
  if (skeleton.replace(/ /g, '').length >= 2) return { name, key: skeleton, plain: false };
  return folded.replace(/ /g, '').length >= 4 ? { name, key: folded, plain: true } : null;
}

/** A place name as a locality: its folded words, all of them. */
const spelled = (name: string, r: ResolutionRules): readonly Locality[] => {
  const memo = memoOf(r).spelled;
  let out = memo.get(name);
  if (!out) {
    const l = locality(name, foldName(name), r);
    keep(memo, name, (out = l ? [l] : []));
  }
  return out;
};

/**
 * One word of a sentence, for finding a locality's name in it: its folded letters, its skeleton ('' for an article
 * or a word of vowels only), whether it is written as a name (a capital or a digit first) and whether it stands
 * where a sentence names a container ("Martinez (Buenos Aires)", "Ipekyolu, Van": where the place before it lies).
 */
export interface NameToken {
  /** where it starts in the text read (the sentence, then the place read outside it) */
  start: number;
  plain: string;
  skeleton: string;
  name: boolean;
  container: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}'’‘ʼʻ`]+/gu;
const isName = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);

/**
 * The words of a sentence as NameTokens. A container is a name right after an opening bracket, or after a comma
 * that follows a name, with the words of that name after its first ("Itaborai, Rio de Janeiro, a shoot-out") — unless the names after the comma run on into a
 * list ("in Sidon, Tripoli, Matn and Zahle": each is a place it happened).
 */
function nameTokens(text: string, r: ResolutionRules): NameToken[] {
  const out: NameToken[] = [];
  let prevEnd = -1;
  const words = memoOf(r).words;
  let prev: TokenWord | null = null;
  // an exec loop on the module's regex (matchAll clones it and allocates an iterator result per word)
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    let w = words.get(raw);
    if (!w) keep(words, raw, (w = tokenWord(raw, r)));
    if (!w.plain) continue;
    const sep = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    const afterName = prev !== null && prev.nameNotStopword;
    // the words after a container's first run on in it ("(At Tuhayat, …": Tuhayat too)
    const container =
      (out.length > 0 && out[out.length - 1]!.container && /^[\s-]+$/.test(sep)) ||
      (w.name && (sep.includes('(') || (/^\s*,\s*$/.test(sep) && afterName && !r.listAhead.test(text.slice(m.index)))));
    out.push({ start: m.index, plain: w.plain, skeleton: w.skeleton, name: w.name, container });
    prevEnd = m.index + raw.length;
    prev = w;
  }
  return out;
}

/** What a sentence's word (as written) is, whatever sentence it stands in: read once per rules object (memoOf). */
interface TokenWord {
  plain: string;
  skeleton: string;
  name: boolean;
  /** written as a name, not a number and not a stopword: a comma after it may open a container */
  nameNotStopword: boolean;
}

function tokenWord(raw: string, r: ResolutionRules): TokenWord {
  const plain = foldName(raw).replace(/ /g, '');
  const name = isName(raw);
  return {
    plain,
    skeleton: r.articles.has(plain) ? '' : skeletonWord(plain, r),
    name,
    nameNotStopword: name && !/^\p{N}/u.test(raw) && !r.stopwords.has(foldName(raw)),
  };
}

/** Its place was read from a name in a container's place in its own sentence ("Martinez (Buenos Aires)"). */
const placedAtContainer = (p: ReportProfile): boolean => p.text.placedAtContainer;

/**
 * The other report names this locality (in its sentence, or as its place read outside it): the locality's words
 * in a row, written as a name (first and last word capitalised — "workers" is no spelling of Veracruz), and not in
 * a container's place (a town written as where another lies is not where the event was).
 */
const names = (p: ReportProfile, l: Locality): boolean => p.text.names(l);

/** Where the locality's words stand in a row in a sentence: each time, written as a name or not, in a container's place or not. */
function occurrences(t: SentenceParts, l: Locality): { name: boolean; container: boolean }[] {
  if (!(l.plain ? t.plain : t.folded).includes(` ${l.key} `)) return [];
  const key = l.key.split(' ');
  const words = l.plain ? t.tokens : t.skeletonTokens;
  const of = (w: NameToken) => (l.plain ? w.plain : w.skeleton);
  const out: { name: boolean; container: boolean }[] = [];
  for (let i = 0; i + key.length <= words.length; i++) {
    if (!key.every((k, j) => of(words[i + j]!) === k)) continue;
    out.push({ name: words[i]!.name && words[i + key.length - 1]!.name, container: words[i]!.container });
  }
  return out;
}

export function profile(ref: ReportRef, r: ResolutionRules = rules()): ReportProfile {
  const e = ref.event;
  const window = dayWindow(e.date, r);
  const alone = e.background
    ? 'background (told as history, not news)'
    : !e.place
      ? 'no place'
      : !window
        ? 'no date'
        : null;
  const isIdentified = (id: string) => !r.isGenericActor(id);
  const placeOutside = !!e.place && (e.place.start < e.quote.start || e.place.end > e.quote.end);
  return {
    ref,
    id: e.id,
    key: reportKey(e),
    articleId: e.articleId,
    event: e,
    window: alone ? null : window,
    lat: e.place?.lat ?? 0,
    lon: e.place?.lon ?? 0,
    radiusKm: e.place?.radiusKm ?? 0,
    acting: new Set(actingActorIds(e).filter(isIdentified)),
    named: new Set(actorIds(e).filter(isIdentified)),
    text: new SentenceParts(e, placeOutside, r, ref.article.title),
    coarse: (e.place?.radiusKm ?? 0) > r.maxRadiusKm,
    placeOutside,
    curatedActing: new Set(actingActorIds(e).filter((id) => isIdentified(id) && !id.includes(':'))),
    namedNotTarget: new Set(e.actors.filter((x) => x.role !== 'target' && isIdentified(x.id)).map((x) => x.id)),
    alone,
  };
}

/** A title cut short ("… in the North Zone of Rio de Jan…") without its cut word. */
const wholeWords = (title: string) => (/(?:…|\.\.\.)\s*$/u.test(title) ? title.replace(/\s*\S*(?:…|\.\.\.)\s*$/u, '') : title);

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f'’‘ʼʻ`]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** names, words and place texts repeat from report to report: folded once each (sentences are folded each time) */
const FOLDED = new Map<string, string>();
const FOLD_MEMO_MAX_LENGTH = 80;
const foldName = (s: string): string => {
  if (s.length > FOLD_MEMO_MAX_LENGTH) return fold(s);
  let f = FOLDED.get(s);
  if (f === undefined) keep(FOLDED, s, (f = fold(s)));
  return f;
};
/**
 * A spelling-blind skeleton of names, so transliterations of one place compare equal (Kharkiv / Kharkov,
 * Mogadishu / Muqdisho, Al Fashir / El Fasher): articles dropped, digraphs and close consonants merged, vowels,
 * h, w, y dropped, doubled letters collapsed.
 */
function skeletonText(text: string, r: ResolutionRules): string {
  return foldName(text)
    .split(' ')
    .filter((w) => w && !r.articles.has(w))
    .map((w) => skeletonWord(w, r))
    .filter(Boolean)
    .join(' ');
}

/** One folded word's skeleton (see skeletonText), memoised per rules object. */
function skeletonWord(w: string, r: ResolutionRules): string {
  const memo = memoOf(r).skeletons;
  let s = memo.get(w);
  if (s === undefined) keep(memo, w, (s = skeletonOf(w, r)));
  return s;
}

function skeletonOf(w: string, r: ResolutionRules): string {
  return w
    .replace(/^(?:al|el|ad|as|an|ash|ar|at|az)-?(?=[a-z]{3})/, (m) => (r.articles.has(m.replace('-', '')) ? '' : m))
    .replace(/ph/g, 'f')
    .replace(/[kgq]h/g, 'k')
    .replace(/[sc]h|zh/g, 's')
    .replace(/[gqc]/g, 'k')
    .replace(/[jz]/g, 's')
    .replace(/v/g, 'w')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Both placed at a settlement — a gazetteer town named exactly (not "near" it), or a town or village in no gazetteer
 * ("Badah town") drawn at its written parent — and neither's name in the other's sentence, except where a place in
 * no gazetteer names the other's town as its container ("Badah town (Larkana)" against "Larkana city").
 */
function distinctSettlements(a: ReportProfile, b: ReportProfile, r: ResolutionRules): boolean {
  const pa = a.event.place!;
  const pb = b.event.place!;
  if (!settled(pa, r) || !settled(pb, r)) return false;
  return !namedIn(pa, b, r) && !namedIn(pb, a, r);
}

type Place = NonNullable<ConflictEvent['place']>;
const settled = (p: Place, r: ResolutionRules) => r.settlementKinds.has(p.kind) && (p.inGazetteer === false || p.precision === 'exact');
/** `other` names place `p` (by its name or its text), unless `p` is other's place's written parent */
const namedIn = (p: Place, other: ReportProfile, r: ResolutionRules) =>
  other.event.place?.parent?.id !== p.id && (spelled(p.name, r).some((l) => names(other, l)) || spelled(p.text, r).some((l) => names(other, l)));

const overlaps = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].filter((x) => b.has(x));
const km = (x: number) => (x < 10 ? Math.round(x * 10) / 10 : Math.round(x));

/** the pair is not the same happening: why (the Comparison of every hard rule) */
const no = (why: string): Comparison => ({ compatible: false, score: 0, reasons: [why] });
/** a sentence says how it was done by one of two sub-types' means words and not by the other's */
const told = (t: SentenceParts, ma: RegExp, mb: RegExp) => t.says(ma) !== t.says(mb);

/** compare() parts the two at its first, cheap rules (same article, a report that cannot join, sub-types that never meet) */
export function partedCheaply(a: ReportProfile, b: ReportProfile, r: ResolutionRules = rules()): boolean {
  if (a.articleId === b.articleId || !a.window || !b.window) return true;
  const sa = a.event.acled.subEventType;
  const sb = b.event.acled.subEventType;
  return !r.subTypesMeet(sa, sb);
}

/*
 * compare()'s hard rules that read no sentence part — each one named predicate, called by compare() (which returns
 * its reason) and by partedByHardRule (the driver's test for pairs it need not read). Each takes two reports that
 * passed partedCheaply (both have a window and a place).
 */

/** points farther apart (`d` km) than the larger radius plus slack: the finer place cannot lie inside the coarser one */
const beyondRadii = (a: ReportProfile, b: ReportProfile, d: number, r: ResolutionRules): boolean => d > Math.max(a.radiusKm, b.radiusKm) + r.slackKm;

/** a place in no gazetteer (the reader kept its name, or an `unk:` id) */
const unnamed = (p: Place): boolean => p.inGazetteer === false || p.id.startsWith('unk:');

/** two places in no gazetteer, named differently */
const unnamedApart = (pa: Place, pb: Place): boolean => unnamed(pa) && unnamed(pb) && foldName(pa.text) !== foldName(pb.text);

/** date windows (± the tolerance when either is inferred) that do not overlap */
function windowsApart(a: ReportProfile, b: ReportProfile, r: ResolutionRules): boolean {
  const wa = a.window!;
  const wb = b.window!;
  const tol = wa.explicit && wb.explicit ? 0 : r.dayToleranceDays;
  return wa.from > wb.to + tol || wb.from > wa.to + tol;
}

/** curated acting actors on both sides, neither named by the other report except as its target */
const actorsConflict = (a: ReportProfile, b: ReportProfile): boolean =>
  a.curatedActing.size > 0 && b.curatedActing.size > 0 && !overlaps(a.curatedActing, b.namedNotTarget).length && !overlaps(b.curatedActing, a.namedNotTarget).length;

/** a coarse place's strict evidence: one place id, one sub-type, one explicit day, and a shared acting actor or close tolls */
function strictCoarseEvidence(a: ReportProfile, b: ReportProfile, r: ResolutionRules): boolean {
  const wa = a.window!;
  const wb = b.window!;
  if (a.event.place!.id !== b.event.place!.id || a.event.acled.subEventType !== b.event.acled.subEventType || !wa.explicit || !wb.explicit || wa.day !== wb.day) return false;
  if (overlaps(a.acting, b.acting).length > 0) return true;
  const fa = a.event.fatalities?.count;
  const fb = b.event.fatalities?.count;
  return fa !== undefined && fb !== undefined && Math.abs(fa - fb) <= Math.max(2, r.closeTollFraction * Math.max(fa, fb));
}

/** either place is coarser than maxRadiusKm and the pair lacks the strict evidence */
const coarseWithoutEvidence = (a: ReportProfile, b: ReportProfile, r: ResolutionRules): boolean => (a.coarse || b.coarse) && !strictCoarseEvidence(a, b, r);

/**
 * compare() finds the two incompatible by a hard rule read from their places, days, actors and tolls alone (no
 * sentence part): the predicates above, each a `return no(…)` of compare() that ends it whenever it is reached, so
 * when one holds compare() says incompatible — maybe for a reason it reads first (this is a necessary condition of
 * incompatibility, not its reason: the driver uses it to skip reading the sentences of pairs that can never link;
 * tests/lib/resolve/compare.test.ts checks it against compare()).
 */
export function partedByHardRule(a: ReportProfile, b: ReportProfile, r: ResolutionRules = rules()): boolean {
  if (partedCheaply(a, b, r)) return true;
  return (
    beyondRadii(a, b, distanceKm(a.lat, a.lon, b.lat, b.lon), r) ||
    unnamedApart(a.event.place!, b.event.place!) ||
    windowsApart(a, b, r) ||
    actorsConflict(a, b) ||
    coarseWithoutEvidence(a, b, r)
  );
}

export function compare(a: ReportProfile, b: ReportProfile, r: ResolutionRules = rules()): Comparison {
  if (a.articleId === b.articleId) return no('same article: its reader already told its events apart');
  if (!a.window || !b.window) return no(`cannot join: ${a.alone ?? b.alone}`);
  const w = r.weights;
  const reasons: string[] = [];
  let score = 0;

  const sa = a.event.acled.subEventType;
  const sb = b.event.acled.subEventType;
  if (sa === sb) {
    score += w.sameSubType;
    reasons.push(`same sub-type (${sa})`);
  } else if (r.subTypesMeet(sa, sb)) {
    // outlets confuse an air strike and shelling, but not two sentences that each say how it was done
    const ma = r.meansWords.get(sa);
    const mb = r.meansWords.get(sb);
    if (ma && mb && told(a.text, ma, mb) && told(b.text, ma, mb) && a.text.says(ma) && b.text.says(mb)) {
      return no(`different means told (${sa} / ${sb})`);
    }
    score += w.compatibleSubType;
    reasons.push(`compatible sub-types (${sa} / ${sb})`);
  } else return no(`different sub-types (${sa} / ${sb})`);

  const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
  if (beyondRadii(a, b, d, r)) return no(`places ${km(d)} km apart, beyond both radii (${km(a.radiusKm)} / ${km(b.radiusKm)} km)`);
  const pa = a.event.place!;
  const pb = b.event.place!;
  const unnamedA = unnamed(pa);
  const unnamedB = unnamed(pb);
  if (unnamedApart(pa, pb)) {
    return no(`different places named in no gazetteer (${pa.text} / ${pb.text})`);
  }
  // localities each sentence names and the other does not; a name the reader located at the shared place is that
  // place spelled another way, not another place
  // — unless the name ends in a noun of a part of it ("Donetsk Airport", "the Qasqas road" read at their town)
  // — and only when both are at it: a report placed at a name written as a container ("in Martinez (Buenos Aires)"
  // read at Buenos Aires, Martinez in no gazetteer) is somewhere inside that place, and the other report's own
  // naming of the place is a locality it does not share
  const atPlace = pa.id === pb.id && !placedAtContainer(a) && !placedAtContainer(b);
  const placeKeys = new Set(atPlace ? [pa.text, pb.text].filter((t) => !r.partOfPlace.test(t)).flatMap((t) => spelled(t, r)).map((l) => l.key) : []);
  const onlyA = a.text.localities.filter((l) => !names(b, l) && !placeKeys.has(l.key));
  const onlyB = b.text.localities.filter((l) => !names(a, l) && !placeKeys.has(l.key));
  if (onlyA.length && onlyB.length) return no(`different localities named (${onlyA.map((l) => l.name).join(', ')} / ${onlyB.map((l) => l.name).join(', ')})`);
  // a town is not nested in another town: two settlements, each named by its own report and not by the other
  if (pa.id !== pb.id && (d > r.nearKm || unnamedA || unnamedB) && distinctSettlements(a, b, r)) {
    return no(`different towns (${pa.name} / ${pb.name}${d > r.nearKm ? `, ${km(d)} km apart` : ''}), neither named by the other report`);
  }
  if (a.placeOutside || b.placeOutside) {
    score += w.placeFromContext;
    reasons.push(`${pa.id === pb.id ? `same place (${pa.name})` : `${pa.name} / ${pb.name} ${km(d)} km apart`}, read outside ${a.placeOutside && b.placeOutside ? 'both sentences' : 'one sentence'}`);
  } else if (pa.id === pb.id && !r.areaKinds.has(pa.kind)) {
    score += w.samePlace;
    reasons.push(`same place (${pa.name})`);
  } else if (pa.id === pb.id) {
    score += w.sameRegion;
    reasons.push(`same area (${pa.name}, ${km(a.radiusKm)} km)`);
  } else if (d <= Math.max(r.nearKm, Math.min(a.radiusKm, b.radiusKm))) {
    score += w.nearPlace;
    reasons.push(`${pa.name} and ${pb.name} ${km(d)} km apart`);
  } else {
    score += w.nestedPlace;
    reasons.push(`${pa.text === pb.text ? pa.name : `${pa.name} / ${pb.name}`}: ${km(d)} km apart, within ${km(Math.max(a.radiusKm, b.radiusKm))} km`);
  }

  // two dates from the reports' own words must be the same day; the tolerance widens an inferred one
  if (windowsApart(a, b, r)) {
    return no(`dates ${a.event.date.value} and ${b.event.date.value} do not overlap`);
  }
  if (a.window.explicit && b.window.explicit && a.window.day === b.window.day) {
    score += w.sameDayExplicit;
    reasons.push(`same day (${a.event.date.value})`);
  } else if (a.window.day === b.window.day && a.window.to - a.window.from + b.window.to - b.window.from <= r.windows.fromPublicationDaysBefore * 2) {
    score += w.sameDay;
    reasons.push(`same day (${a.event.date.value})`);
  } else if (Math.abs(a.window.day - b.window.day) <= r.dayToleranceDays && a.window.to - a.window.from + b.window.to - b.window.from <= r.windows.fromPublicationDaysBefore) {
    score += w.adjacentDay;
    reasons.push(`dates a day apart (${a.event.date.value} / ${b.event.date.value})`);
  } else {
    score += w.overlappingWindow;
    reasons.push(`date windows overlap (${a.event.date.value} / ${b.event.date.value})`);
  }

  // open-world names of one group vary between outlets ("separatists" / "Ambazonian fighters"): only curated
  // actors on both sides can conflict
  if (actorsConflict(a, b)) {
    return no(`different actors (${[...a.curatedActing].join(', ')} / ${[...b.curatedActing].join(', ')})`);
  }
  const sharedActing = overlaps(a.acting, b.acting);
  const sharedNamed = overlaps(a.named, b.named);
  if (sharedActing.length) {
    score += w.sharedActingActor;
    reasons.push(`same actor (${sharedActing.join(', ')})`);
  } else if (sharedNamed.length) {
    score += w.sharedActor;
    reasons.push(`both name ${sharedNamed.join(', ')}`);
  }

  const fa = a.event.fatalities?.count;
  const fb = b.event.fatalities?.count;
  if (fa !== undefined && fb !== undefined) {
    if (fa === fb) {
      score += w.sameFatalities;
      reasons.push(`same toll (${fa})`);
    } else {
      const lo = Math.min(fa, fb);
      const hi = Math.max(fa, fb);
      if (hi - lo >= r.farFatalitiesMinDiff && hi > lo * r.farFatalitiesRatio) {
        score += w.farFatalities;
        reasons.push(`tolls far apart (${fa} / ${fb})`);
      }
    }
  }

  if (a.text.facilities.size && b.text.facilities.size) {
    const shared = overlaps(a.text.facilities, b.text.facilities);
    if (shared.length) {
      score += w.sharedFacility;
      reasons.push(`same target (${shared.join(', ')})`);
    } else {
      score += w.differentFacility;
      reasons.push(`different targets (${[...a.text.facilities].join(', ')} / ${[...b.text.facilities].join(', ')})`);
    }
  }

  if (a.text.words.size && b.text.words.size) {
    const shared = overlaps(a.text.words, b.text.words).length;
    const jaccard = shared / (a.text.words.size + b.text.words.size - shared);
    const add = Math.round(w.wordOverlap * jaccard * 100) / 100;
    if (add > 0) {
      score += add;
      reasons.push(`shared words ${Math.round(jaccard * 100)}%`);
    }
  }
  score = Math.round(score * 100) / 100;
  if (a.coarse || b.coarse) {
    // too coarse to tell events apart unless the rest is exact: one place id, one explicit day, one sub-type, one actor or toll
    if (coarseWithoutEvidence(a, b, r)) return no(`place too coarse to tell events apart (${km(Math.max(a.radiusKm, b.radiusKm))} km) without the same place, day, sub-type and actor or close tolls`);
    reasons.push(`coarse place (${pa.name}) with the same day, sub-type and actor or close tolls`);
  }
  return { compatible: true, score, reasons };
}

/** Compatible and strong enough to join. */
export const links = (c: Comparison, r: ResolutionRules = rules()): boolean => c.compatible && c.score >= r.threshold;
