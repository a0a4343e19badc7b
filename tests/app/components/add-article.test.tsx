/** Add page: errors as sentences beside their field; the token checked as it is typed (issue 13). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';

vi.mock('@/app/_components/map/map-loader', () => ({ MapLoader: () => <div data-testid="map" /> }));
const { AddArticle } = await import('@/app/_components/add-article');
const { setAdminToken } = await import('@/app/_components/use-admin-token');

type Reply = { status: number; body?: unknown };
let replies: Record<string, (init: RequestInit) => Reply>;
const calls: { url: string; init: RequestInit }[] = [];

beforeEach(() => {
  sessionStorage.clear();
  setAdminToken(null);
  calls.length = 0;
  replies = {};
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const r = replies[url]?.(init) ?? { status: 404, body: { error: 'not found' } };
    return new Response(r.status === 204 ? null : JSON.stringify(r.body ?? {}), { status: r.status });
  }));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const auth = (init: RequestInit) => (init.headers as Record<string, string>).authorization;

describe('AddArticle', () => {
  it('checks the token as it is typed and shows a wrong one beside the field, before Save', async () => {
    replies['/api/auth/check'] = (init) => (auth(init) === 'Bearer right' ? { status: 204 } : { status: 403, body: { error: 'forbidden', issues: [] } });
    render(<AddArticle actors={[]} />);
    const input = screen.getByLabelText('Admin token (ATLAS_ADMIN_TOKEN)');
    fireEvent.change(input, { target: { value: 'wrong' } });
    await waitFor(() => expect(screen.getByText(/not valid on this server/)).toBeTruthy(), { timeout: 2000 });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Admin token: not valid/);
    expect(screen.getByRole('button', { name: 'Use token' }).hasAttribute('disabled')).toBe(true);
    // one request per pause in typing, with the token as the Bearer credential
    expect(calls.filter((c) => c.url === '/api/auth/check').map((c) => auth(c.init))).toEqual(['Bearer wrong']);
    fireEvent.change(input, { target: { value: 'right' } });
    await waitFor(() => expect(screen.getByText('Token accepted.')).toBeTruthy(), { timeout: 2000 });
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a bad date as a sentence beside the field, not raw JSON', async () => {
    replies['/api/extract'] = () => ({
      status: 400,
      body: { error: 'invalid request: published: expected an ISO date YYYY-MM-DD', issues: [{ path: 'published', message: 'expected an ISO date YYYY-MM-DD' }] },
    });
    render(<AddArticle actors={[]} />);
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Shelling hit Idlib.' } });
    const date = screen.getByLabelText('Published date (YYYY-MM-DD)');
    fireEvent.change(date, { target: { value: '05/03/2024' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    });
    const msg = await screen.findByText('Published date: must be an ISO date YYYY-MM-DD.');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe(msg.id);
    expect(document.body.textContent).not.toContain('"issues"');
    expect(screen.getByRole('alert').textContent).toMatch(/Check Published date/);
    // correcting the field clears its error
    fireEvent.change(date, { target: { value: '2024-03-05' } });
    expect(screen.queryByText('Published date: must be an ISO date YYYY-MM-DD.')).toBeNull();
  });

  it('a 403 at Save says what to do in a sentence', async () => {
    setAdminToken('stale');
    replies['/api/auth/check'] = () => ({ status: 204 });
    replies['/api/articles'] = () => ({ status: 403, body: { error: 'forbidden: the bearer token is not valid', issues: [] } });
    render(<AddArticle actors={[]} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'T' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'Shelling hit Idlib.' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'Article' }));
    });
    expect((await screen.findByRole('alert')).textContent).toBe('The admin token is not valid: check it and enter it again.');
  });
});
