/**
 * `/places/missing`: places we could not find — every name in the stored articles that no gazetteer holds, most
 * mentioned first, with article links; a token holder adds them here. `?name=` opens the form for a name typed in
 * the place search.
 */
import type { Metadata } from 'next';
import { siteUrl } from '../../_lib/site-url';
import { z } from 'zod';
import { getStore } from '@/lib/store';
import { missingPlaces } from '@/lib/api/places';
import { MissingPlaces } from '../../_components/missing-places';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Places we could not find — Conflict Atlas', openGraph: { url: siteUrl('/places/missing') } };

const Query = z.object({ name: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function MissingPlacesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { name } = Query.parse({ name: (await searchParams).name });
  const places = await missingPlaces(await getStore());
  const mentions = places.reduce((n, p) => n + p.count, 0);
  return (
    <div className="page">
      <h1>Places we could not find</h1>
      <p className="muted">
        {places.length} name{places.length === 1 ? '' : 's'} ({mentions} mention{mentions === 1 ? '' : 's'}) in no gazetteer: left
        unplaced, or placed at a known place they lie in or near.
      </p>
      <MissingPlaces places={places} initialName={name} />
    </div>
  );
}
