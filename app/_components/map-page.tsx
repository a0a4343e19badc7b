/**
 * The map page body shared by /, /place/[id] and /event/[id]: parse nothing, just render the loaded
 * data — the interactive shell plus the server-rendered Articles section and URL warnings.
 */
import { storeQuery } from '@/lib/map/view-state';
import type { ParsedViewState, PlaceRef, ViewState } from '@/lib/schemas';
import type { loadMapData } from '../_lib/map-data';
import { AtlasView } from './atlas-view';
import { ArticlesList } from './articles-list';

export interface MapPageProps {
  view: ViewState;
  data: Awaited<ReturnType<typeof loadMapData>>;
  dropped?: ParsedViewState['dropped'];
  preset?: { place?: string; event?: string };
  selectedPlace?: PlaceRef | null;
  initialView?: { lat: number; lon: number; z: number };
}

export function MapPage({ view: parsed, data, dropped = [], preset, selectedPlace, initialView }: MapPageProps) {
  const { articles, ...view } = data;
  return (
    <>
      <h1 className="visually-hidden">Conflict Atlas map</h1>
      {dropped.length > 0 && (
        <p className="notice" role="status">
          Ignored invalid link parameters: {dropped.map((d) => `${d.key} (${d.message})`).join('; ')}
        </p>
      )}
      <AtlasView {...view} filters={storeQuery(parsed)} preset={preset} selectedPlace={selectedPlace} initialView={initialView}>
        <ArticlesList articles={articles} />
      </AtlasView>
    </>
  );
}
