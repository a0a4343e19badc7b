/**
 * Issue 15 in the UI: a resolved event's popup ("3 reports", one quote per source linking to its sentence, the
 * lowest figure with the range), the reader's "also reported by" link, the totals and export counts (events, then
 * reports), and the analyst's split / merge form (token holders). Events are built by hand from the UI fixtures.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ConflictEvent, Report } from '@/lib/schemas';
import { EventPopup } from '@/app/_components/event-popup';
import { AlsoReported } from '@/app/_components/event-reports';
import { SelectionTotals } from '@/app/_components/selection-totals';
import { ExportMenu } from '@/app/_components/export-menu';
import { eventIdsIn } from '@/app/_components/event-admin';
import { otherReports } from '@/lib/api/reports';
import { fixtureActors, fixtureEvents } from './fixtures';

const push = vi.fn();
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh, replace: vi.fn() }) }));
const { setAdminToken } = await import('@/app/_components/use-admin-token');

const [shelling] = fixtureEvents();
const actors = fixtureActors();
const report = (articleId: string, source: string | null, fatalities: number | null, text: string, title = `${articleId} title`): Report => ({
  eventId: `${articleId}-e0`, key: `${articleId}@0`, articleId, title, source, published: '2016-10-21', quote: { text, start: 0, end: text.length }, fatalities, date: '2016-10-21', why: [],
});
const reports = [
  report(shelling!.articleId, 'Wire One', 11, shelling!.quote.text),
  report('daily-b', 'Daily Two', 15, 'Artillery hit Testville, killing 15.'),
  report('monitor-c', null, 12, 'Monitors said 12 died in Testville shelling.', 'Monitor bulletin'),
];
reports[0]!.eventId = shelling!.id;
const resolved: ConflictEvent = { ...shelling!, reports, fatalitiesRange: { min: 11, max: 15 } };

afterEach(() => {
  setAdminToken(null);
  vi.unstubAllGlobals();
  push.mockReset();
  refresh.mockReset();
});

describe('EventPopup of a resolved event', () => {
  it('says "3 reports", lists one quote per source with a link to its sentence, and gives the lowest figure with the range', () => {
    render(<EventPopup event={resolved} actors={actors} permalink="/" />);
    expect(document.querySelector('.popup-meta')!.textContent).toContain('3 reports');
    const list = screen.getByRole('list', { name: 'Reports of this event' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual(reports.map((r) => r.quote.text));
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Wire One', 'Daily Two', 'Monitor bulletin']);
    expect(links[1]!.getAttribute('href')).toBe('/articles/daily-b#daily-b-e0');
    expect(document.querySelector('.popup-reports')!.tagName).toBe('DETAILS'); // collapsed under the primary quote
    expect(document.querySelector('.popup-fatalities')!.textContent).toMatch(/Fatalities: at least 11 \(reports: 11–15\)/);
  });
  it('a lone event shows no report list, no count and no range', () => {
    render(<EventPopup event={shelling!} actors={actors} permalink="/" />);
    expect(document.querySelector('.popup-reports')).toBeNull();
    expect(document.querySelector('.popup-meta')!.textContent).not.toContain('report');
    expect(document.querySelector('.popup-range')).toBeNull();
  });
  it('one quote per source: two reports of one outlet show once', () => {
    const twice: ConflictEvent = { ...resolved, reports: [...reports, { ...report('wire-again', 'Wire One', 11, 'Again.'), eventId: 'wire-again-e0' }] };
    render(<EventPopup event={twice} actors={actors} permalink="/" />);
    expect(document.querySelector('.popup-meta')!.textContent).toContain('4 reports');
    expect(within(screen.getByRole('list', { name: 'Reports of this event' })).getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('the reader links an event to its other reports', () => {
  it('maps the article\'s own event to the resolved event and links the other articles at their sentences', () => {
    const own = [{ id: 'daily-b-e0', articleId: 'daily-b' }, { id: 'daily-b-e1', articleId: 'daily-b' }];
    const also = otherReports(own, [resolved, shelling!]);
    expect([...also.keys()]).toEqual(['daily-b-e0']);
    render(<AlsoReported reports={also.get('daily-b-e0')!} />);
    expect(screen.getByText(/Also reported by/)).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Wire One', `/articles/${shelling!.articleId}#${shelling!.id}`],
      ['Monitor bulletin', '/articles/monitor-c#monitor-c-e0'],
    ]);
  });
});

describe('counts are of events, reports the second number', () => {
  it('totals: "2 events · 4 reports · … fatalities" (the toll counted once per event)', () => {
    const other = fixtureEvents()[1]!;
    render(<SelectionTotals events={[resolved, other]} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(`2 events · 4 reports · ${11 + (other.fatalities?.count ?? 0)} fatalities`);
    expect(status.getAttribute('data-reports')).toBe('4');
  });
  it('export menu: what the files hold', () => {
    render(<ExportMenu filters={{}} counts={{ events: 34, reports: 51 }} />);
    expect(screen.getByRole('group', { name: 'Export the selection' }).textContent).toContain('34 events · 51 reports');
  });
});

describe('analyst split / merge (token holders)', () => {
  it('without a token: the token field only', () => {
    render(<EventPopup event={resolved} actors={actors} permalink="/" admin />);
    expect(screen.getByText('Analyst: split or merge')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Split these off' })).toBeNull();
    expect(screen.getByLabelText('Admin token (ATLAS_ADMIN_TOKEN)')).toBeTruthy();
  });
  it('splits the ticked reports off, then opens the event that stays', async () => {
    setAdminToken('tok');
    const fetchMock = vi.fn().mockResolvedValue({ ok: true, status: 200, json: async () => ({ override: {}, events: [{ id: 'daily-b-e0', properties: { reportCount: 1 } }, { id: shelling!.id, properties: { reportCount: 2 } }] }) });
    vi.stubGlobal('fetch', fetchMock);
    render(<EventPopup event={resolved} actors={actors} permalink="/" admin />);
    const button = screen.getByRole('button', { name: 'Split these off' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Daily Two/ }));
    expect(button.disabled).toBe(false);
    await act(async () => fireEvent.click(button));
    expect(fetchMock).toHaveBeenCalledWith(`/api/events/${encodeURIComponent(shelling!.id)}/split`, expect.objectContaining({ method: 'POST', body: JSON.stringify({ reports: ['daily-b-e0'] }), headers: expect.objectContaining({ authorization: 'Bearer tok' }) }));
    expect(push).toHaveBeenCalledWith(`/event/${encodeURIComponent(shelling!.id)}`, { scroll: false });
    expect(refresh).toHaveBeenCalled();
  });
  it('cannot split every report off; merges with pasted ids or links; shows the API error as a sentence', async () => {
    setAdminToken('tok');
    const fetchMock = vi.fn().mockResolvedValue({ ok: false, status: 404, json: async () => ({ error: 'event not found: nope-e1', issues: [] }) });
    vi.stubGlobal('fetch', fetchMock);
    render(<EventPopup event={resolved} actors={actors} permalink="/" admin />);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    expect((screen.getByRole('button', { name: 'Split these off' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Merge with event (ids or links)'), { target: { value: 'http://localhost/event/nope-e1' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Merge' })));
    expect(fetchMock).toHaveBeenCalledWith('/api/events/merge', expect.objectContaining({ body: JSON.stringify({ events: [shelling!.id, 'nope-e1'] }) }));
    expect(screen.getByRole('alert').textContent).toBe('HTTP 404: event not found: nope-e1');
    expect(push).not.toHaveBeenCalled();
  });
  it('reads event ids out of ids, /event/ links and ?event= links', () => {
    expect(eventIdsIn(' a-e1, /event/b-e2 http://h/?event=c-e3 a-e1 https://h/event/d%20x-e4')).toEqual(['a-e1', 'b-e2', 'c-e3', 'd x-e4']);
  });
});

describe('type filter counts: events, then reports', () => {
  it('shows "12 / 15" titled "12 events · 15 reports" when events were told more than once, the plain count otherwise', async () => {
    const { TypeFilter } = await import('@/app/_components/type-filter');
    render(<TypeFilter query={{}} typeCounts={{ airstrike: 12, clash: 2 }} typeReports={{ airstrike: 15, clash: 2 }} onChange={() => {}} />);
    const air = document.querySelector('[data-type="airstrike"] .count')!;
    expect(air.textContent).toBe('12 / 15');
    expect(air.getAttribute('title')).toBe('12 events · 15 reports');
    expect(document.querySelector('[data-type="clash"] .count')!.textContent).toBe('2');
  });
});
