import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { AtlasMapProps } from '@/app/_components/map/map-loader';
import { fixtureActors, fixtureEvents } from './fixtures';

let search = '';
const push = vi.fn();
vi.mock('next/navigation', () => ({
  useRouter: () => ({ push, replace: vi.fn() }),
  usePathname: () => '/',
  useSearchParams: () => new URLSearchParams(search),
}));
/** the map stand-in: keeps its last props so a test can drive onBounds and read fitKey */
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
const view = () => <AtlasView filters={{}} events={events} actors={actors} counts={{}} typeCounts={{}} bins={[]} articleTitles={{}} />;
const items = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');

afterEach(() => {
  search = '';
  mapProps = null;
});

describe('AtlasView: zoom to selection and only what is in view', () => {
  it('"Zoom to selection" asks the map for a fit each time it is pressed', () => {
    render(view());
    const before = mapProps!.fitKey;
    fireEvent.click(screen.getByRole('button', { name: 'Zoom to selection' }));
    expect(mapProps!.fitKey).not.toBe(before);
    const once = mapProps!.fitKey;
    fireEvent.click(screen.getByRole('button', { name: 'Zoom to selection' }));
    expect(mapProps!.fitKey).not.toBe(once);
  });

  it('the toggle writes inview=1 into the URL', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    render(view());
    fireEvent.click(screen.getByRole('checkbox', { name: /Only what.s in view/ }));
    expect(String(replace.mock.calls.at(-1)![2])).toContain('inview=1');
    replace.mockRestore();
  });

  it('with inview=1 in the URL, lists only the events inside the map bounds', () => {
    search = 'inview=1';
    render(view());
    expect(screen.getByRole('checkbox', { name: /Only what.s in view/ })).toHaveProperty('checked', true);
    expect(items()).toHaveLength(3); // no bounds reported yet: nothing is hidden
    act(() => mapProps!.onBounds!([36.9, 36.55, 37.05, 36.7])); // around the truce at (36.6 N, 37.0 E) only
    expect(items()).toHaveLength(1);
    expect(items()[0]!.getAttribute('data-event-id')).toBe('truce-takes-hold-11111111-e0');
  });

  it('without the toggle the list ignores the map bounds', () => {
    render(view());
    act(() => mapProps!.onBounds!([0, 0, 1, 1]));
    expect(items()).toHaveLength(3);
  });
});

describe('AtlasView: map moves and the address bar', () => {
  it('a map move writes the view to the address bar with Next\'s history state (no router update), other replaces without', () => {
    const nextState = { __NA: true, __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: ['', {}] } };
    window.history.replaceState(nextState, '', '/');
    const replace = vi.spyOn(window.history, 'replaceState');
    render(view());
    act(() => mapProps!.onMove!({ lat: 35.5, lon: 38.25, z: 8 }));
    const [state, , url] = replace.mock.calls.at(-1)!;
    expect(state).toEqual(nextState);
    expect(new URL(String(url), 'http://x').searchParams.get('z')).toBe('8');
    // a view key the router must know (the in-view toggle) still goes through Next's patched path
    fireEvent.click(screen.getByRole('checkbox', { name: /Only what.s in view/ }));
    expect(replace.mock.calls.at(-1)![0]).toBeNull();
    expect(String(replace.mock.calls.at(-1)![2])).toContain('inview=1');
    replace.mockRestore();
    window.history.replaceState(null, '', '/');
  });
});

describe('AtlasView: Copy link in a popup', () => {
  it('copies the canonical /event/<id> page, not the map view /?event=…', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const id = events[0]!.id;
    search = `event=${id}&lat=36&lon=37&z=9`;
    render(view());
    expect(mapProps!.popup?.key).toBe(`e:${id}`);
    render(<>{mapProps!.popup!.content}</>);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/event/${id}`);
  });
  it('copies the canonical /place/<id> page for a place popup', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const place = events[0]!.place!;
    search = `place=${encodeURIComponent(place.id)}`;
    render(view());
    expect(mapProps!.popup?.key).toBe(`p:${place.id}`);
    render(<>{mapProps!.popup!.content}</>);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/place/${encodeURIComponent(place.id)}`);
  });
});

describe('AtlasView: totals, export and the density toggle (issue 13, item 10)', () => {
  it('totals and export follow the listed events: with inview, the export carries the visible box', () => {
    search = 'inview=1';
    render(view());
    expect(screen.getByRole('status').textContent).toMatch(/^3 events · /);
    act(() => mapProps!.onBounds!([36.9, 36.55, 37.05, 36.7]));
    expect(screen.getByRole('status').textContent).toMatch(/^1 event · /);
    const href = screen.getByRole('link', { name: 'CSV (ACLED)' }).getAttribute('href')!;
    expect(new URL(href, 'http://x').searchParams.get('bbox')).toBe('36.9,36.55,37.05,36.7');
  });
  it('"Points" writes layer=points into the URL and the map draws no density; density is the default', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    render(view());
    expect(mapProps!.density).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Points' }));
    expect(String(replace.mock.calls.at(-1)![2])).toContain('layer=points');
    replace.mockRestore();
    search = 'layer=points';
    render(view());
    expect(mapProps!.density).toBe(false);
  });
});
