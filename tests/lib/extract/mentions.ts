/**
 * Test support: hand-written Mentions from tests/fixtures/extract/places.json, standing in for the
 * geoparser. Every whole-word occurrence of a fixture name becomes a located Mention; a listed
 * metonym directly followed by a reporting verb ("Moscow said") becomes a non-location mention.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Mention, PlaceKind } from '@/lib/schemas';

interface FixturePlace {
  id: string; name: string; kind: PlaceKind;
  country: string | null; lat: number; lon: number; precision: 'exact' | 'near' | 'region' | 'country'; radiusKm: number;
  point?: { lat: number; lon: number };
}

const fixture = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/extract/places.json'), 'utf8')) as {
  places: Record<string, FixturePlace>; metonyms: string[];
};

const SPEECH = /^\s+(?:said|says|told|condemned|accused|denied|confirmed|announced|warned)\b/;

export function mentionsFor(text: string): Mention[] {
  const out: Mention[] = [];
  const names = Object.keys(fixture.places).sort((a, b) => b.length - a.length);
  const taken: [number, number][] = [];
  for (const name of names) {
    const re = new RegExp(`(?<![A-Za-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index, end = start + name.length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      const p = fixture.places[name]!;
      const metonymy = fixture.metonyms.includes(name) && SPEECH.test(text.slice(end, end + 20));
      out.push({
        text: name, start, end, isLocation: !metonymy,
        place: metonymy ? null : { id: p.id, name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon },
        precision: metonymy ? null : p.precision, radiusKm: metonymy ? null : p.radiusKm,
        point: metonymy ? null : p.point ?? null, qualifier: null,
        nonLocation: metonymy ? 'metonymy' : null, why: ['test fixture'], candidates: [],
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Extract with fixture mentions. */
export function run(text: string, published: string | null = '2016-05-05', articleId = 'a') {
  return { articleId, text, published, mentions: mentionsFor(text) };
}
