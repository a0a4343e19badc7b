import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PlaceSearch } from '@/app/_components/place-search';
import { AddArticle } from '@/app/_components/add-article';
import { fixtureActors } from './fixtures';
import { setAdminToken } from '@/app/_components/use-admin-token';

const json = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('PlaceSearch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('queries /api/geocode, flies to the best result and lists the others as text', async () => {
    const fetchMock = vi.fn(() => json(200, { results: [
      { id: 'gn:1', name: 'Portville', kind: 'city', country: 'SY', admin1: null, lat: 34.9, lon: 35.9, score: 0.9 },
      { id: 'x:2', name: '<b>Port</b> region', kind: 'admin1', country: 'SY', admin1: null, lat: 35, lon: 36, score: 0.5 },
    ] }));
    vi.stubGlobal('fetch', fetchMock);
    const onPick = vi.fn();
    render(<PlaceSearch onPick={onPick} />);
    fireEvent.change(screen.getByLabelText('Find a place'), { target: { value: 'Portvile' } });
    await act(async () => fireEvent.submit(screen.getByRole('search')));
    expect(fetchMock).toHaveBeenCalledWith('/api/geocode?q=Portvile');
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'gn:1', lat: 34.9, lon: 35.9 }));
    expect(screen.getByRole('list', { name: 'Places found' }).children).toHaveLength(2);
    expect(screen.getByText('<b>Port</b> region')).toBeTruthy();
    fireEvent.click(screen.getByText('<b>Port</b> region'));
    expect(onPick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'x:2' }));
  });

  it('shows the API error message', async () => {
    vi.stubGlobal('fetch', vi.fn(() => json(400, { error: 'invalid query: q: too short', issues: [] })));
    render(<PlaceSearch onPick={() => {}} />);
    fireEvent.change(screen.getByLabelText('Find a place'), { target: { value: 'x' } });
    await act(async () => fireEvent.submit(screen.getByRole('search')));
    expect(screen.getByRole('alert').textContent).toBe('invalid query: q: too short');
  });
});

describe('AddArticle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
    setAdminToken(null);
  });

  it('asks for the token once, keeps it in memory only (no web storage, no cookie), and shows a 4xx error as a sentence beside its field', async () => {
    const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(() => json(400, { error: 'invalid body: url: url must be an http(s) URL', issues: [{ path: 'url', message: 'url must be an http(s) URL' }] }));
    vi.stubGlobal('fetch', fetchMock);
    render(<AddArticle actors={fixtureActors()} />);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Admin token (ATLAS_ADMIN_TOKEN)'), { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).not.toContain('s3cret');
    expect(screen.getByText(/Token kept in this page’s memory only/)).toBeTruthy();
    expect(screen.queryByLabelText('Admin token (ATLAS_ADMIN_TOKEN)')).toBeNull();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'T' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Body text.' } });
    fireEvent.change(screen.getByLabelText('URL'), { target: { value: 'ftp://x' } });
    await act(async () => fireEvent.submit(screen.getByRole('form', { name: 'Article' })));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/articles');
    expect((init!.headers as Record<string, string>).authorization).toBe('Bearer s3cret');
    expect(JSON.parse(String(init!.body))).toEqual({ title: 'T', text: 'Body text.', published: null, source: null, url: 'ftp://x' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Check URL.');
    expect(alert.querySelector('pre')).toBeNull();
    expect(screen.getByLabelText('URL').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('add-url-error')!.textContent).toBe('URL: must be an http(s) URL.');
  });

  it('reports a saved article with a link to it', async () => {
    setAdminToken('tok');
    vi.stubGlobal('fetch', vi.fn(() => json(201, { id: 'new-article-12345678', created: true, events: 3, mentions: 5 })));
    render(<AddArticle actors={fixtureActors()} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'T' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Body.' } });
    await act(async () => fireEvent.submit(screen.getByRole('form', { name: 'Article' })));
    expect(screen.getByRole('status').textContent).toMatch(/Saved: 3 events/);
    expect(screen.getByRole('link', { name: 'Open the article' }).getAttribute('href')).toBe('/articles/new-article-12345678');
  });
});

describe('the in-memory admin token', () => {
  afterEach(() => setAdminToken(null));

  it('removes a copy an older version left in sessionStorage, and is shared by every reader on the page', async () => {
    sessionStorage.setItem('atlas-admin-token', 'old-copy');
    render(<AddArticle actors={fixtureActors()} />);
    expect(sessionStorage.getItem('atlas-admin-token')).toBeNull();
    await act(async () => setAdminToken('t0k'));
    expect(screen.queryByLabelText('Admin token (ATLAS_ADMIN_TOKEN)')).toBeNull();
    await act(async () => setAdminToken(null));
    expect(screen.getByLabelText('Admin token (ATLAS_ADMIN_TOKEN)')).toBeTruthy();
    expect(sessionStorage.length + localStorage.length).toBe(0);
  });
});
