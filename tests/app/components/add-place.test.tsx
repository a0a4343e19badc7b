/**
 * Adding a missing place in the UI: the reader marks names no gazetteer holds, a token holder adds one from the
 * reader (map click → kind → Save → POST /api/places → which articles were read again), errors read as
 * sentences, the place search offers "Can't find it?", and the "places we could not find" list.
 * The map is replaced by a stand-in whose button plays a click at a point (the real hook: map/use-point-pick).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Article, ConflictEvent, Mention, MissingPlace } from '@/lib/schemas';
import { ArticleBody, readerSpans } from '@/app/_components/article-reader';
import { UnplacedPanel } from '@/app/_components/unplaced-panel';
import { MissingPlaces } from '@/app/_components/missing-places';
import { PlaceSearch } from '@/app/_components/place-search';
import { precisionNote } from '@/app/_components/event-popup';
import { unplacedMentions } from '@/lib/map/unplaced';
import { fixtureActors, fixtureEvents } from './fixtures';
import { setAdminToken } from '@/app/_components/use-admin-token';

vi.mock('@/app/_components/map/map-loader', () => ({
  MapLoader: (p: { label?: string; view?: { lat: number; lon: number }; onPick?: (at: [number, number]) => void }) => (
    <div role="region" aria-label={p.label} data-centre={p.view ? `${p.view.lat},${p.view.lon}` : ''}>
      <button type="button" onClick={() => p.onPick?.([36.61, 35.74])}>click the map</button>
    </div>
  ),
}));

const body = 'Shelling hit Qarat Zimmo village near Idlib. Later Tell Wirdan was hit. Damascus said nothing.';
const article: Article = { id: 'art-1', title: 'T', published: '2026-05-01', body, paragraphs: [{ start: 0, end: body.length }], source: null, url: null, boilerplate: [] };
const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
const idlib = { id: 'gn:169389', name: 'Idlib', kind: 'city' as const, country: 'SY', lat: 35.93, lon: 36.63 };
const base = { point: null, qualifier: null, why: [], candidates: [] };
const mentions: Mention[] = [
  { ...base, text: 'Qarat Zimmo village', ...at('Qarat Zimmo village'), isLocation: false, place: null, precision: null, radiusKm: null, nonLocation: 'unresolved' },
  { ...base, text: 'Idlib', ...at('Idlib'), isLocation: true, place: idlib, precision: 'exact', radiusKm: 5, nonLocation: null },
  {
    ...base, text: 'Tell Wirdan', ...at('Tell Wirdan'), isLocation: true, inGazetteer: false, parent: idlib,
    place: { ...idlib, id: 'unk:gn:169389:tell-wirdan', name: 'Tell Wirdan', kind: 'village' }, precision: 'near', radiusKm: 15, nonLocation: null,
  },
  { ...base, text: 'Damascus', ...at('Damascus'), isLocation: false, place: null, precision: null, radiusKm: null, nonLocation: 'metonymy' },
];

const json = (status: number, b: unknown) => Promise.resolve(new Response(JSON.stringify(b), { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  setAdminToken(null);
});

describe('the reader marks names no gazetteer holds', () => {
  it('dashed "not in the gazetteer" marks for unresolved and unlisted names; others unchanged', () => {
    render(<ArticleBody article={article} spans={readerSpans(mentions, [], fixtureActors())} />);
    const unknown = [...document.querySelectorAll('.hl-unknown')];
    expect(unknown.map((e) => e.textContent)).toEqual(['Qarat Zimmo village', 'Tell Wirdan']);
    expect(unknown[0]!.getAttribute('title')).toBe('not in the gazetteer');
    expect(unknown[1]!.tagName).toBe('A');
    expect(unknown[1]!.getAttribute('title')).toBe('not in the gazetteer: placed at Idlib — show on the map');
    // must not change: a known place and a metonymy
    expect(document.querySelector('a.hl-place:not(.hl-unknown)')!.textContent).toBe('Idlib');
    expect(document.querySelector('mark.hl-nonplace:not(.hl-unknown)')!.textContent).toBe('Damascus');
    expect(document.querySelector('mark.hl-nonplace:not(.hl-unknown)')!.getAttribute('title')).toBe('not a location here: metonymy');
  });

  it('lists them with the point the map should open on: the parent, else the article focus', () => {
    const items = unplacedMentions(mentions, []);
    expect(items.map((i) => [i.name, i.status, i.centre?.name])).toEqual([
      ['Qarat Zimmo village', 'unresolved', 'Idlib'],
      ['Tell Wirdan', 'unlisted', 'Idlib'],
    ]);
    expect(unplacedMentions(mentions.filter((m) => m.text !== 'Idlib' && m.text !== 'Tell Wirdan'), [])[0]!.centre).toBeNull();
  });
});

describe('UnplacedPanel', () => {
  const items = unplacedMentions(mentions, []);

  it('without a token: the names and how to add them, no button', () => {
    render(<UnplacedPanel articleId="art-1" items={items} />);
    expect(screen.getByRole('list', { name: 'Places not in the gazetteer' }).children).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Add this place' })).toBeNull();
    expect(screen.getByText(/admin token can add these places/)).toBeTruthy();
  });

  it('the token can be entered right here (checked, then kept in memory only) and the button appears', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(null, { status: 204 }))));
    render(<UnplacedPanel articleId="art-1" items={items} />);
    fireEvent.change(screen.getByLabelText('Admin token (ATLAS_ADMIN_TOKEN)'), { target: { value: 's3cret' } });
    await screen.findByText('Token accepted.', {}, { timeout: 2000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Use token' })));
    expect(screen.getAllByRole('button', { name: 'Add this place' }).length).toBeGreaterThan(0);
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });

  it('a token holder adds a place: map click, kind, source, Save → POST /api/places, then the articles read again', async () => {
    setAdminToken('s3cret');
    const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(() =>
      json(201, { place: { id: 'ov:qarat-zimmo-1', name: 'Qarat Zimmo', kind: 'village', lat: 35.74, lon: 36.61 }, reprocessed: ['art-1', 'art-2'] }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<UnplacedPanel articleId="art-1" items={items} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add this place' })[0]!);
    const form = screen.getByRole('form', { name: 'Add the place Qarat Zimmo village' });
    expect(screen.getByRole('region', { name: 'Map: click where the place is' }).getAttribute('data-centre')).toBe('35.93,36.63');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Qarat Zimmo' } });
    fireEvent.click(screen.getByRole('button', { name: 'click the map' }));
    expect((screen.getByLabelText('Latitude') as HTMLInputElement).value).toBe('35.74');
    expect((screen.getByLabelText('Longitude') as HTMLInputElement).value).toBe('36.61');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'town' } });
    fireEvent.change(screen.getByLabelText(/^Source/), { target: { value: 'https://example.org/map' } });
    await act(async () => fireEvent.submit(form));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/places');
    expect((init!.headers as Record<string, string>).authorization).toBe('Bearer s3cret');
    expect(JSON.parse(init!.body as string)).toEqual({
      name: 'Qarat Zimmo', lat: 35.74, lon: 36.61, kind: 'town', source: 'https://example.org/map',
      mention: { articleId: 'art-1', ...at('Qarat Zimmo village') },
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Added Qarat Zimmo (village, ov:qarat-zimmo-1)');
    expect(status.textContent).toContain('Read again with it: 2 articles');
    expect(screen.getByRole('list', { name: 'Articles read again' }).querySelectorAll('a')[1]!.getAttribute('href')).toBe('/articles/art-2');
    expect(screen.getByRole('link', { name: 'Reload the article with it' }).getAttribute('href')).toBe('/articles/art-1');
  });

  it('shows a 4xx as a readable sentence, never JSON, and asks for a point before saving', async () => {
    setAdminToken('s3cret');
    const fetchMock = vi.fn(() => json(409, { error: '"Qarat Zimmo" is already a place at that point: Qarat Zimmo (ov:qarat-zimmo-1, village, 0.0 km away)', issues: [] }));
    vi.stubGlobal('fetch', fetchMock);
    render(<UnplacedPanel articleId="art-1" items={items} />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Add this place' })[0]!);
    const form = screen.getByRole('form');
    await act(async () => fireEvent.submit(form));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Pick the point on the map/);
    fireEvent.click(screen.getByRole('button', { name: 'click the map' }));
    await act(async () => fireEvent.submit(form));
    const text = screen.getByRole('alert').textContent!;
    expect(text).toBe('HTTP 409: "Qarat Zimmo" is already a place at that point: Qarat Zimmo (ov:qarat-zimmo-1, village, 0.0 km away)');
    expect(text).not.toContain('{');
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('PlaceSearch: "Can\'t find it?"', () => {
  it('is offered to a token holder after a search, with the name typed; not to others', async () => {
    vi.stubGlobal('fetch', vi.fn(() => json(200, { results: [] })));
    const { unmount } = render(<PlaceSearch onPick={() => {}} />);
    fireEvent.change(screen.getByLabelText('Find a place'), { target: { value: 'Qarat Zimmo' } });
    await act(async () => fireEvent.submit(screen.getByRole('search')));
    expect(screen.queryByText(/Can’t find it/)).toBeNull();
    unmount();
    setAdminToken('s3cret');
    render(<PlaceSearch onPick={() => {}} />);
    fireEvent.change(screen.getByLabelText('Find a place'), { target: { value: 'Qarat Zimmo' } });
    await act(async () => fireEvent.submit(screen.getByRole('search')));
    expect(screen.getByRole('link', { name: 'Can’t find it? Add a missing place' }).getAttribute('href')).toBe('/places/missing?name=Qarat%20Zimmo');
  });
});

describe('MissingPlaces', () => {
  const rows: MissingPlace[] = [
    { name: 'Tell Wirdan', count: 3, status: 'unlisted', parent: { id: idlib.id, name: 'Idlib', lat: idlib.lat, lon: idlib.lon }, articles: [{ id: 'art-1', title: 'A <b>title</b>', start: 50, end: 61 }] },
    { name: 'Qarat Zimmo village', count: 1, status: 'unresolved', parent: null, articles: [{ id: 'art-2', title: 'Second', start: 13, end: 32 }] },
  ];
  it('lists names with counts, what was done with them and article links (text only)', () => {
    render(<MissingPlaces places={rows} />);
    const list = screen.getByRole('list', { name: 'Places we could not find' });
    expect(list.children).toHaveLength(2);
    expect(list.children[0]!.textContent).toContain('3 mentions · placed at Idlib');
    expect(list.children[1]!.textContent).toContain('1 mention · could not be placed');
    expect(screen.getByRole('link', { name: 'A <b>title</b>' }).getAttribute('href')).toBe('/articles/art-1');
    expect(screen.queryByRole('button', { name: 'Add this place' })).toBeNull();
  });
  it('opens the form for a name from the URL, for a token holder, and from each row', () => {
    setAdminToken('s3cret');
    render(<MissingPlaces places={rows} initialName="Kafr Umm" />);
    expect(screen.getByRole('form', { name: 'Add the place Kafr Umm' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Add this place' })[0]!);
    expect(screen.getByRole('region', { name: 'Map: click where the place is' }).getAttribute('data-centre')).toBe('35.93,36.63');
  });
});

describe('the popup of an event at an unlisted place', () => {
  it('says it is approximate and where it was placed', () => {
    const e = fixtureEvents().find((x) => x.place)!;
    const unlisted: ConflictEvent = { ...e, place: { ...e.place!, name: 'Tell Wirdan', inGazetteer: false, parent: idlib, radiusKm: 15 } };
    expect(precisionNote(unlisted)).toBe('approximate: Tell Wirdan is not in the gazetteer, placed at Idlib (±15 km)');
    expect(precisionNote(e) ?? '').not.toContain('not in the gazetteer');
  });
});
