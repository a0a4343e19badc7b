/**
 * Publisher: who published an article, as shown beside it (popup, reader, article list), and the
 * table it is derived from (data/sources/publishers.json).
 * In: derived by lib/api/publisher.ts from the article's url, text and import source. Out: rendered as text (and a link).
 */
import { z } from 'zod';

export const PublisherHow = z.enum(['host', 'dateline', 'source', 'file', 'none']);

export const Publisher = z.object({
  /** display name: "Reuters", "example.org", "Imported from the file x.txt (article 3 of 12)" */
  name: z.string().min(1),
  /** the original article (http/https only), when known */
  href: z.string().nullable(),
  /** which rule named it: URL host, wire dateline, the import source as written, an import file, nothing */
  how: PublisherHow,
});
export type Publisher = z.infer<typeof Publisher>;

export const PublisherTable = z.object({
  about: z.string(),
  hosts: z.record(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a lower-case host without www.'), z.string().min(1)),
  agencies: z.array(z.object({ name: z.string().min(1), marks: z.array(z.string().min(1)).min(1) })),
});
export type PublisherTable = z.infer<typeof PublisherTable>;
