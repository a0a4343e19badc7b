/**
 * Actor: a party to the conflict, with every way a text names it.
 * In: data/actors.json (knowledge lives in data/, never in code).
 * Out: read by lib/extract (actor recognition) and the map (chips, colours).
 */
import { z } from 'zod';

export const Actor = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** ACLED inter code: 1 state forces, 2 rebels, 3 political militia, 4 identity militia, 8 external/other */
  inter: z.number().int().min(1).max(8),
  /** colour for markers and chips */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  aliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  /** capitals and seats used as metonymy for it ("Moscow", "the Kremlin") */
  metonyms: z.array(z.string()).default([]),
  officials: z.array(z.string()).default([]),
  /** ISO country this actor is the government of, if any */
  country: z.string().length(2).nullable().default(null),
});
export type Actor = z.infer<typeof Actor>;
