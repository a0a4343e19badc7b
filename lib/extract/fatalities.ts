/**
 * Fatality counts (ACLED rules: lowest figure, dozens = 12, hundreds = 100; one named victim without a figure is 1).
 * In: text (one precompiled regex pass). Out: FatalityHit[] with span, count, qualifier, and whether
 * the figure is a cumulative war total (≥ cumulativeMin) rather than the toll of one event.
 * Number words, vague quantities, victim nouns, kill verbs and toll links come from data/extract/numbers.json.
 */
import { getLexicon } from './lexicon';
import { LBI, RBI, alternation, anyOf } from './phrase';

export interface FatalityHit {
  count: number;
  start: number;
  end: number;
  text: string;
  qualifier: string | null;
  cumulative: boolean;
  /** "2 other policemen were killed", "7 militants were also killed": adds to the event's toll */
  additive: boolean;
}

interface FatalityIndex {
  re: RegExp; qualifier: RegExp; yearBefore: RegExp;
  /** "1.5 million", "250,000": a figure in digits */
  digits: RegExp; digitsIn: RegExp;
  /** the words before the figure of a toll phrase: "death toll … at ", "killing " */
  tollHead: RegExp; activeHead: RegExp;
  /** the vague quantities, longest first, each with its bounded regex */
  vague: { word: string; re: RegExp }[];
  /** "a hundred": an article counts as one at the start of a number; "and" joins its parts */
  articles: Set<string>; joiners: Set<string>;
  /** an additive word in a toll or just before it */
  additive: RegExp; deathOfHead: RegExp;
}
let index: FatalityIndex | null = null;

function getIndex(): FatalityIndex {
  if (index) return index;
  const { numbers: n, dates } = getLexicon();
  const articles = new Set(n.articles);
  const units = Object.keys(n.units).filter((u) => !articles.has(u));
  const word = alternation([...units, ...Object.keys(n.multipliers)]);
  const scales = anyOf(n.digitScales);
  const active = anyOf(n.activeKillVerbs);
  const links = anyOf(n.tollLinks, '\\s+');
  const num = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:${scales}))?|(?:(?:${anyOf(n.articles)})\\s+)?(?:${word})(?:[\\s-]+(?:(?:${anyOf(n.joiners)})\\s+)?(?:${word}))*|${alternation(Object.keys(n.vague))})`;
  const qual = `(?:${alternation(n.qualifiers)})`;
  const victims = `(?:${alternation(n.victims)})`;
  const kill = `(?:${alternation(n.killVerbs)})`;
  const toll = `(?:${alternation(n.deathTollNouns)})`;
  const one = anyOf(n.singular.determiners);
  const oneVictim = alternation(n.singular.victims);
  const w = "(?:[A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]+\\s+)";
  const passive = `(?:(?:${anyOf(n.passiveAuxiliaries, '\\s+')})\\s+)?`;
  const parts = [
    // "at least 17 pro-Iran fighters were killed", "250,000 Syrians had been killed"
    `(?<a>(?:${qual}\\s+)?${num}(?:\\s+[A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,3}?\\s+${passive}${kill})`,
    // "killed at least 22 fighters", "killing 96 people"
    `(?<b>(?:${active})\\s+(?:${qual}\\s+)?${num}(?:\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿ'’-]+\\s+){0,2}?${victims})?)`,
    // "put the death toll … at nearly 250"
    `(?<c>${toll}(?:\\s+[^.;]{0,80}?)?\\s+(?:${links})\\s+(?:${qual}\\s+)?${num})`,
    // "a soldier was shot and killed", "the man later died": one victim, no figure
    `(?<d>(?<!(?:${anyOf(n.singular.notAfter, '\\s+')})\\s+)(?:${one})\\s+${w}{0,3}?(?:${oneVictim})\\s+${w}{0,2}?(?:(?:${anyOf(n.passiveAuxiliaries, '\\s+')})\\s+${kill}|(?:${anyOf(n.singular.intransitive)})))`,
    // "led to the killing of 1 militant", "resulted in the death of the commander"
    `(?<f>(?:${anyOf(n.singular.deathOf, '\\s+')})\\s+(?:(?:${qual}\\s+)?${num}|(?:${one})\\s+${w}{0,3}?(?:${oneVictim})))`,
    // "killing a police officer"
    `(?<e>(?:${anyOf(n.singular.activeVerbs, '\\s+')})\\s+(?:${one})\\s+${w}{0,3}?(?:${oneVictim}))`,
  ];
  index = {
    re: new RegExp(`${LBI}(?:${parts.join('|')})${RBI}`, 'gi'),
    qualifier: new RegExp(`${LBI}${qual}${RBI}`, 'i'),
    // "erupted in April 2023 and has killed": a year after a month or a time preposition is a date, not a toll
    yearBefore: new RegExp(`${LBI}(?:${alternation([...dates.months, ...Object.keys(dates.monthAbbrev), ...n.yearNotToll.before])})\\.?,?\\s+$`, 'i'),
    digits: new RegExp(`^(\\d+(?:\\.\\d+)?)(?:\\s+(${scales}))?$`),
    digitsIn: new RegExp(`\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:${scales}))?`, 'u'),
    tollHead: new RegExp(`^(?:${anyOf(n.deathTollNouns)})[\\s\\S]*?\\s(?:${links})\\s`, 'i'),
    activeHead: new RegExp(`^(${active})\\s+`, 'i'),
    articles,
    joiners: new Set(n.joiners),
    additive: new RegExp(`${LBI}(?:${anyOf(n.additive)})${RBI}`, 'i'),
    deathOfHead: new RegExp(`^(?:${anyOf(n.singular.deathOf, '\\s+')})\\s+`, 'i'),
    vague: Object.keys(n.vague).sort((a, b) => b.length - a.length).map((v) => ({ word: v, re: new RegExp(`${LBI}${v}${RBI}`, 'i') })),
  };
  return index;
}

/** Parse a number phrase: "22", "250,000", "two dozen", "twenty-two", "dozens", "1.5 million". */
export function parseNumber(phrase: string): number | null {
  const n = getLexicon().numbers;
  const ix = getIndex();
  const p = phrase.toLowerCase().replace(/,(?=\d{3})/g, '').trim();
  if (n.vague[p] !== undefined) return n.vague[p]!;
  const digits = ix.digits.exec(p);
  if (digits) return Math.round(Number(digits[1]) * (digits[2] ? n.multipliers[digits[2]] ?? 1 : 1));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of p.split(/[\s-]+/)) {
    if (ix.joiners.has(w)) continue;
    if (ix.articles.has(w)) { current = Math.max(current, 1); seen = true; continue; }
    const u = n.units[w];
    const m = n.multipliers[w];
    if (u !== undefined) { current += u; seen = true; }
    else if (m !== undefined) {
      current = (current || 1) * m;
      if (m >= 1000) { total += current; current = 0; }
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

function numberPhrase(text: string): number | null {
  const d = getIndex().digitsIn.exec(text);
  if (d) return parseNumber(d[0]);
  const n = getLexicon().numbers;
  const { vague: vagueWords, articles } = getIndex();
  const vague = vagueWords.find((v) => v.re.test(text))?.word;
  const words = text.toLowerCase().split(/\s+/);
  // longest run of number words
  let best: number | null = null;
  for (let i = 0; i < words.length && best === null; i++) {
    for (let j = words.length; j > i; j--) {
      const v = parseNumber(words.slice(i, j).join(' '));
      if (v !== null && !(j - i === 1 && articles.has(words[i]!))) { best = v; break; }
    }
  }
  return best ?? (vague ? n.vague[vague]! : null);
}

/** Every fatality figure in the text, in order. */
export function findFatalities(text: string): FatalityHit[] {
  const { re, qualifier, yearBefore, tollHead, activeHead, additive, deathOfHead } = getIndex();
  const lookback = getLexicon().numbers.yearNotToll.lookback;
  const min = getLexicon().numbers.cumulativeMin;
  const out: FatalityHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (/^(?:19|20)\d{2}(?![\d,.])/.test(m[0]) && yearBefore.test(text.slice(Math.max(0, m.index - lookback), m.index))) {
      // a date: look again right after the year ("… 2023 and has killed more than 20,000 people")
      re.lastIndex = m.index + 4;
      continue;
    }
    const body = m[0].replace(tollHead, '');
    const count = m.groups?.d !== undefined || m.groups?.e !== undefined ? 1
      : m.groups?.f !== undefined ? numberPhrase(m[0].replace(deathOfHead, '')) ?? 1
        : numberPhrase(body.replace(activeHead, ''));
    if (count === null) continue;
    const q = qualifier.exec(m[0]);
    out.push({
      count, start: m.index, end: m.index + m[0].length, text: m[0],
      qualifier: q ? q[0].toLowerCase() : null, cumulative: count >= min,
      additive: additive.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length)),
    });
  }
  return out;
}
