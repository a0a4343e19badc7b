/** GET /api/places/[id]: the entry with parent and children summaries; 400/404 on bad ids. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET } from '@/app/api/places/[id]/route';
import { withMemoryStoreEnv } from '../../lib/api/support';
import { ApiError, GazetteerEntry, PlaceKind } from '@/lib/schemas';

withMemoryStoreEnv();

const Summary = z.object({ id: z.string(), name: z.string(), kind: PlaceKind, country: z.string().nullable() });
const Body = z.object({ entry: GazetteerEntry, parent: Summary.nullable(), children: z.array(Summary), childCount: z.number() });
const call = (id: string, query = '') => GET(new Request(`http://x/api/places/${encodeURIComponent(id)}${query}`), { params: Promise.resolve({ id }) });

describe('GET /api/places/[id]', () => {
  it('returns a city with its governorate and neighbourhoods', async () => {
    const res = await call('gn:170063');
    expect(res.status).toBe(200);
    const body = Body.parse(await res.json());
    expect(body.entry).toMatchObject({ id: 'gn:170063', name: 'Aleppo', kind: 'city', country: 'SY' });
    expect(body.parent).toMatchObject({ id: 'ne1:SY-HL', kind: 'admin1' });
    expect(body.children.map((c) => c.id)).toContain('cu:aleppo-sheikh-maqsoud');
    expect(body.childCount).toBe(body.children.length);
  });

  it('caps children but reports the full count', async () => {
    const body = Body.parse(await (await call('iso:US')).json());
    expect(body.children.length).toBeLessThanOrEqual(100);
    expect(body.childCount).toBeGreaterThan(50);
    expect(body.parent).toBeNull();
  });

  it('accepts a percent-encoded id', async () => {
    const res = await GET(new Request('http://x/api/places/cu%3Akhmeimim-air-base'), { params: Promise.resolve({ id: 'cu%3Akhmeimim-air-base' }) });
    expect(res.status).toBe(200);
    expect(Body.parse(await res.json()).entry.kind).toBe('base');
  });

  it('404 with {error} for an unknown id', async () => {
    const res = await call('gn:999999999');
    expect(res.status).toBe(404);
    expect(ApiError.parse(await res.json()).error).toMatch(/gn:999999999/);
  });

  it('400 naming id for a malformed id, and 400 for query parameters', async () => {
    const res = await call('not an id');
    expect(res.status).toBe(400);
    expect(ApiError.parse(await res.json()).issues.map((i) => i.path)).toContain('id');
    expect((await call('gn:170063', '?x=1')).status).toBe(400);
  });
});
