/**
 * lib/geocode: the geoparser.
 * In: article text and a Gazetteer. Out: Mention[] in text order — every toponym found, with its span,
 * whether it is used as a location (or as metonymy, demonym, organisation, attribute, unresolved),
 * the chosen entry, precision, radius, the point of a directional/relative phrase, and `why`.
 * Stages (one file each): tokenize → recognise (+ unknown: names in no gazetteer that the text marks as places) → classify (context, names, metonymy) → qualify → resolve
 * (candidates, colocation, geometry) → abstain (weak foreign alias matches, one unknown name read as two) → explain.
 * The input text is never modified; all cue words, weights, thresholds and the classification rule table
 * live in data/geocode (described in data/geocode/README.md). Also exported: LEXICON, the compiled word lists
 * (the extractor reads its speech verbs).
 */
import type { Mention } from '../schemas';
import type { Gazetteer } from '../gazetteer';
import type { GazetteerEntry } from '../schemas';
import { tokenize } from './tokenize';
import { recognise, type Lookup } from './recognise';
import { recogniseUnknown, reviveMarked } from './unknown';
import { classify } from './classify';
import type { Context } from './context';
import { qualify } from './qualify';
import { resolve } from './resolve';
import { focusOf } from './focus';
import { nameKey } from './namekey';
import { toMentions } from './explain';
import { abstainOnForeignAliases, abstainOnSplitNames } from './abstain';

export { LEXICON } from './lexicon';

export interface GeocodeOptions {
  gazetteer: Gazetteer;
}

const CACHE_LIMIT = 200_000;
const caches = new WeakMap<Gazetteer, Map<string, GazetteerEntry[]>>();

/** gazetteer.lookup with a per-gazetteer memo: the same strings are asked for again and again. */
function cachedLookup(g: Gazetteer): Lookup {
  let cache = caches.get(g);
  if (!cache) caches.set(g, (cache = new Map()));
  const memo = cache;
  const exact = (name: string) => {
    let hit = memo.get(name);
    if (hit === undefined) {
      if (memo.size > CACHE_LIMIT) memo.clear();
      hit = g.lookup(name);
      memo.set(name, hit);
    }
    return hit;
  };
  // spelling variants (transliteration skeletons) when the gazetteer offers them; asked only after an exact miss
  const variant = g.lookupVariant?.bind(g);
  return variant ? Object.assign(exact, { variant }) : exact;
}

export function geocode(text: string, opts: GeocodeOptions): Mention[] {
  if (typeof text !== 'string') throw new TypeError('geocode(text, { gazetteer }): text must be a string');
  if (!opts?.gazetteer) throw new TypeError('geocode(text, { gazetteer }): pass the gazetteer, e.g. getGazetteer()');
  const tokens = tokenize(text);
  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowercaseWords.add(t.lower);
  const ctx: Context = { text, tokens, lowercaseWords };
  const spans = recognise(text, tokens, cachedLookup(opts.gazetteer));
  const all = [...spans, ...recogniseUnknown(ctx, spans)].sort((a, b) => a.start - b.start);
  classify(ctx, all);
  reviveMarked(ctx, all);
  qualify(ctx, all);
  // names in no gazetteer take no part in resolution: they must not make the place written after them a region
  const { resolutions, focus, votes } = resolve(ctx, all.filter((s) => s.source !== 'cue'));
  abstainOnForeignAliases(ctx, all, resolutions, opts.gazetteer);
  abstainOnSplitNames(ctx, all, resolutions);
  // a withdrawn reading no longer says where the article is: names in no gazetteer are drawn at the focus without it
  const withdrawn = new Set([...resolutions.values()].filter((r) => r.abstained && r.span.role === 'place').map((r) => nameKey(r.span.text)));
  const final = withdrawn.size === 0 ? focus : focusOf(votes.filter((v) => !withdrawn.has(v.key)));
  return toMentions(ctx, all, resolutions, final, opts.gazetteer);
}
