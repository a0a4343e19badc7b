/**
 * Who published an article, for display: a publisher name and a link, by one general rule over the
 * table in data/sources/publishers.json (documented in data/sources/README.md):
 *   1. the URL's host (no "www."; a subdomain matches its parent) → the listed publisher, else the host;
 *   2. a wire dateline opening the text naming a listed agency ("BEIRUT (Reuters) -", "(AFP) —");
 *   3. the import source as written, or an import file name described in words
 *      ("Imported from the file 000_….txt (article 3 of 12)"); 4. "Source not recorded".
 * The link is the article's URL when it is http(s), whatever rule named the publisher.
 * In: an article's url, source and opening text (one, or a list of summaries). Out: Publisher (lib/schemas/publisher.ts).
 */
import publishersJson from '../../data/sources/publishers.json';
import { PublisherTable, type Publisher } from '../schemas/publisher';

let table: { hosts: Map<string, string>; dateline: RegExp; agencyByMark: Map<string, string> } | null = null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function load() {
  if (table) return table;
  const r = PublisherTable.safeParse(publishersJson);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`data/sources/publishers.json is invalid (${i?.path.join('.')}: ${i?.message})`);
  }
  const agencyByMark = new Map<string, string>();
  for (const a of r.data.agencies) for (const m of a.marks) agencyByMark.set(m, a.name);
  const marks = [...agencyByMark.keys()].sort((x, y) => y.length - x.length).map(escape).join('|');
  // "KYIV, Oct 12 (Reuters) - ", "(AFP) — ", "AP — " at the very start of the text
  const dateline = new RegExp(`^\\s*(?:[^\\n()]{0,60}?\\(\\s*(${marks})\\s*\\)|(${marks}))\\s*[-—–]`, 'u');
  table = { hosts: new Map(Object.entries(r.data.hosts)), dateline, agencyByMark };
  return table;
}

/** The URL when it is an absolute http(s) URL, normalised; else null (never a javascript: link). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The listed publisher of a host or of one of its parent domains. */
function hostPublisher(host: string): string | undefined {
  const { hosts } = load();
  const parts = host.toLowerCase().replace(/^www\./, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = hosts.get(parts.slice(i).join('.'));
    if (name) return name;
  }
  return undefined;
}

/** The agency a dateline at the start of the text names, if any. */
export function datelineAgency(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const { dateline, agencyByMark } = load();
  const m = dateline.exec(text.slice(0, 120));
  const mark = m?.[1] ?? m?.[2];
  return mark ? agencyByMark.get(mark) : undefined;
}

/** An import file name ("000_86881a3a57d73c7f.txt"), not a publisher someone typed. */
const FILE_NAME = /^[^\s/\\]+\.[A-Za-z0-9]{1,5}$/;

export interface PublisherInput {
  source: string | null;
  url: string | null;
  /** the opening of the body (the lede will do): where a wire dateline sits */
  text?: string | null;
}

/** The publisher of one article; `position` says which of the articles from the same import file it is. */
export function publisherOf(a: PublisherInput, position?: { index: number; of: number }): Publisher {
  const href = safeHttpUrl(a.url);
  if (href) return { name: hostPublisher(new URL(href).hostname) ?? new URL(href).hostname.replace(/^www\./, ''), href, how: 'host' };
  const agency = datelineAgency(a.text);
  if (agency) return { name: agency, href, how: 'dateline' };
  const source = a.source?.trim();
  if (source && FILE_NAME.test(source)) {
    const listed = hostPublisher(source);
    if (listed) return { name: listed, href, how: 'source' };
    const where = position && position.of > 1 ? ` (article ${position.index + 1} of ${position.of})` : '';
    return { name: `Imported from the file ${source}${where}`, href, how: 'file' };
  }
  if (source) return { name: source, href, how: 'source' };
  return { name: 'Source not recorded', href, how: 'none' };
}

/**
 * Publishers of a list of articles, by id. Articles imported from the same file are numbered in
 * the order of their publication date, then id ("article 3 of 12").
 */
export function publishersOf(list: readonly (PublisherInput & { id: string; published?: string | null })[]): Record<string, Publisher> {
  const bySource = new Map<string, typeof list[number][]>();
  for (const a of list) if (a.source) bySource.set(a.source, [...(bySource.get(a.source) ?? []), a]);
  const position = new Map<string, { index: number; of: number }>();
  for (const group of bySource.values()) {
    const sorted = [...group].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    sorted.forEach((a, index) => position.set(a.id, { index, of: sorted.length }));
  }
  return Object.fromEntries(list.map((a) => [a.id, publisherOf(a, position.get(a.id))]));
}
