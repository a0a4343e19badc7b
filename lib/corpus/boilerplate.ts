/**
 * Line-level boilerplate: ads, widgets, related links, photo captions and credits.
 * In: one cleaned line. Out: the matching rule's kind and why, or null when the line is content.
 * The rules are data (data/corpus/boilerplate.json), validated with zod and compiled once.
 */
import { z } from 'zod';
import { BoilerplateKind, type Boilerplate } from '../schemas';
import rulesFile from '../../data/corpus/boilerplate.json';
import { wordsOf } from './normalize';

const RuleFile = z.object({
  rules: z
    .array(
      z.object({
        kind: BoilerplateKind,
        pattern: z.string().min(1),
        flags: z.string().regex(/^[imsu]*$/, 'only i, m, s, u flags make sense for a line test').default(''),
        why: z.string().min(1),
        maxWords: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});

interface CompiledRule {
  kind: Boilerplate['kind'];
  re: RegExp;
  why: string;
  maxWords: number;
}

const RULES: CompiledRule[] = RuleFile.parse(rulesFile).rules.map((r) => ({
  kind: r.kind,
  re: new RegExp(r.pattern, r.flags),
  why: r.why,
  maxWords: r.maxWords ?? Number.POSITIVE_INFINITY,
}));

/** The first boilerplate rule a cleaned line matches, as a Boilerplate record; null for content. */
export function classifyLine(line: string): Boilerplate | null {
  if (line.length === 0) return null;
  const words = wordsOf(line).length;
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.re.test(line)) {
      return { kind: rule.kind, text: line, why: rule.why };
    }
  }
  return null;
}
