import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import type { AtlasMapProps } from '@/app/_components/map/map-loader';
import { eventFeature } from '@/lib/api/geojson';
import { fixtureActors, fixtureEvents } from './fixtures';

let search = '';
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  usePathname: () => '/',
  useSearchParams: () => new URLSearchParams(search),
}));
let mapProps: AtlasMapProps | null = null;
vi.mock('@/app/_components/map/map-loader', () => ({
  MapLoader: (p: AtlasMapProps) => {
    mapProps = p;
    return <div data-testid="map" />;
  },
}));

const { AtlasView } = await import('@/app/_components/atlas-view');
const events = fixtureEvents();
const actors = fixtureActors();
/** the page sent a page of the events and said more match: server-clusters mode */
const view = (truncated: boolean) => (
  <AtlasView filters={{ types: ['shelling'] }} events={events.slice(1)} eventsTruncated={truncated} actors={actors} counts={{}} typeCounts={{}} bins={[]} articleTitles={{}} />
);
const fetchMock = vi.fn();

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockReset();
});
afterEach(() => {
  vi.unstubAllGlobals();
  search = '';
  mapProps = null;
});

describe('AtlasView in server-clusters mode', () => {
  it('below the threshold nothing changes: the map gets the points, no server filters', () => {
    render(view(false));
    expect(mapProps!.serverFilters).toBeNull();
    expect(mapProps!.points.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: /^Events/ }).textContent).toBe(`Events (${events.length - 1})`);
  });

  it('above it the map asks the server with the URL filters and gets no points; the list says it is a page', () => {
    render(view(true));
    expect(mapProps!.serverFilters).toEqual({ types: ['shelling'] });
    expect(mapProps!.points).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Zoom to selection' })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/More than 3,000 events/);
    act(() => mapProps!.onClusters!({ total: 123456, version: 1 }));
    expect(screen.getByRole('status').getAttribute('data-events')).toBe('123456');
    expect(screen.getByRole('status').textContent).toMatch(/^123,456 events/);
    expect(screen.getByRole('heading', { name: /^Events/ }).textContent).toBe(`Events (${events.length - 1} of 123,456)`);
    expect(within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')).toHaveLength(events.length - 1);
  });

  it('a selected event the page does not hold is read from /api/events/[id] and opens the usual popup', async () => {
    const missing = events[0]!;
    fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => eventFeature(missing, { title: 'The article', url: null }) });
    search = `event=${missing.id}`;
    render(view(true));
    await act(async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe(`/api/events/${encodeURIComponent(missing.id)}`);
    expect(mapProps!.popup?.key).toBe(`e:${missing.id}`);
    expect(mapProps!.selectedId).toBe(missing.id);
    render(<>{mapProps!.popup!.content}</>);
    expect(screen.getByText(/Read in “The article”/)).toBeTruthy();
  });

  it('an event the page holds opens without a request', () => {
    search = `event=${events[1]!.id}`;
    render(view(true));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(mapProps!.popup?.key).toBe(`e:${events[1]!.id}`);
  });
});
