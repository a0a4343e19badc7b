/**
 * ACLED coding of one event: its display class and trigger → ACLED's exact event type and sub-event type.
 * In: a merged draft (type, trigger span, quote) and the inter codes of its acting parties. Out: the final display
 * class (a sub-type rule, read in the trigger, the sentence or the sentence and the next one, may move it, e.g. a clash that took ground → territory), its AcledClass, and the reason.
 * The rules are data: each type's default sub-type (`acled`) and its ordered `subTypes` rows in
 * data/extract/triggers.json; the sub-type → event type hierarchy is ACLED's codebook (lib/schemas/acled-taxonomy.ts).
 */
import { acledClassOf, type AcledClass, type EventType } from '../schemas';
import { getLexicon } from './lexicon';

export interface AcledCoding { type: EventType; acled: AcledClass; why: string }

export interface CodingInput {
  type: EventType;
  /** the trigger's words */
  trigger: string;
  /** the sentence (quote) the event was read from */
  sentence: string;
  /** the sentence and the one after it ("… held a protest. Police dispersed them."); the sentence when not given */
  context?: string;
  /** ACLED inter codes of the parties acting in the event (unknown parties left out) */
  actingInter: readonly number[];
}

/** The first matching `subTypes` row decides; else the type's default sub-type. */
export function codeAcled(input: CodingInput): AcledCoding {
  const lex = getLexicon();
  const tl = lex.triggers.types[input.type]!;
  for (const { rule, re } of lex.subTypes.get(input.type) ?? []) {
    const m = re.exec(rule.within === 'trigger' ? input.trigger : rule.within === 'context' ? input.context ?? input.sentence : input.sentence);
    if (!m) continue;
    if (rule.actorInter && !input.actingInter.some((i) => rule.actorInter!.includes(i))) continue;
    const type = rule.type ?? input.type;
    const by = rule.actorInter ? ` and an acting party of inter ${rule.actorInter.join('/')}` : '';
    return { type, acled: acledClassOf(rule.subEventType), why: `ACLED: "${m[0]}" in the ${rule.within}${by} → ${rule.subEventType}` };
  }
  return { type: input.type, acled: acledClassOf(tl.acled), why: `ACLED: ${input.type} → ${tl.acled}` };
}

/** The display class a sub-type rule moves the draft to (codeAcled's `type`), skipping types none of whose rows move it. */
export function codedClass(input: CodingInput): EventType {
  const rules = getLexicon().subTypes.get(input.type) ?? [];
  return rules.some(({ rule }) => rule.type !== undefined) ? codeAcled(input).type : input.type;
}

/** The ACLED coding a display class has when no sub-type rule applies (for synthetic data and old stored rows). */
export function defaultAcled(type: EventType): AcledClass {
  return acledClassOf(getLexicon().triggers.types[type]!.acled);
}
