import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Legend, MapLegend } from '@/app/_components/legend';
import { EVENT_TYPES, TYPE_PATHS, UNLISTED_RING } from '@/lib/map/icons';
import { TYPE_LABELS } from '@/lib/map/names';
import { PEACEFUL_COLOR, PEACEFUL_FILL, TYPE_GROUP } from '@/lib/map/acled';
import { ACLED_EVENT_TYPES } from '@/lib/schemas';

describe('Legend', () => {
  it('groups one entry per event type (with its icon) under ACLED event type headings, plus the approximate-location key', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([...ACLED_EVENT_TYPES]);
    for (const t of EVENT_TYPES) {
      const list = within(legend).getByRole('list', { name: TYPE_GROUP[t] });
      const li = within(list).getAllByRole('listitem').find((i) => i.getAttribute('data-type') === t && !i.hasAttribute('data-peaceful'))!;
      expect(li.textContent).toContain(TYPE_LABELS[t]);
      expect(li.querySelector('path')!.getAttribute('d')).toBe(TYPE_PATHS[t]);
    }
    const items = within(legend).getAllByRole('listitem');
    expect(items).toHaveLength(EVENT_TYPES.length + 3);
    expect(items[items.length - 2]!.querySelector('circle')!.getAttribute('stroke-dasharray')).toBe('3 2');
    // a place in no gazetteer (issue 12): hollow, plus a dashed outer ring
    const unlisted = items[items.length - 1]!;
    expect(unlisted.textContent).toMatch(/not in the gazetteer/);
    expect(unlisted.querySelectorAll('circle')[1]!.getAttribute('stroke')).toBe(UNLISTED_RING);
  });
  it('shows how a peaceful protest looks: a pale badge in the calm colour, under Protests', () => {
    render(<Legend />);
    const protests = screen.getByRole('list', { name: 'Protests' });
    const peaceful = within(protests).getByText(/Peaceful protest/).closest('li')!;
    const circle = peaceful.querySelector('circle')!;
    expect(circle.getAttribute('fill')).toBe(PEACEFUL_FILL);
    expect(circle.getAttribute('stroke')).toBe(PEACEFUL_COLOR);
    expect(peaceful.querySelector('path')!.getAttribute('fill')).toBe(PEACEFUL_COLOR);
  });
  it('lists only the groups of the types it is given', () => {
    render(<Legend types={['riot', 'clash']} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Battles', 'Riots']);
  });
});

describe('MapLegend (on the map, collapsible)', () => {
  const setPhone = (phone: boolean) =>
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: phone && q.includes('max-width'), media: q, addEventListener() {}, removeEventListener() {} }));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('is expanded on a desktop and collapsed on a phone by default', () => {
    setPhone(false);
    const { unmount } = render(<MapLegend />);
    const toggle = screen.getByRole('button', { name: 'Hide legend' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).toBe(false);
    unmount();
    setPhone(true);
    render(<MapLegend />);
    const closed = screen.getByRole('button', { name: 'Legend' });
    expect(closed.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('map-legend-body')!.hidden).toBe(true);
  });

  it('toggles, and the choice is remembered for the session', () => {
    setPhone(true);
    const { unmount } = render(<MapLegend />);
    fireEvent.click(screen.getByRole('button', { name: 'Legend' }));
    expect(screen.getByRole('button', { name: 'Hide legend' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'Legend' })).toBeTruthy();
    unmount();
    render(<MapLegend />);
    expect(screen.getByRole('button', { name: 'Hide legend' })).toBeTruthy();
    expect(sessionStorage.getItem('atlas-legend-open')).toBe('1');
  });
});
