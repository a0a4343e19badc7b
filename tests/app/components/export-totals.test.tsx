import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EventQuery, paramsToObject } from '@/lib/schemas';
import { ExportMenu } from '@/app/_components/export-menu';
import { SelectionTotals } from '@/app/_components/selection-totals';
import { DensityToggle } from '@/app/_components/density-toggle';
import { EXPORT_LIMIT } from '@/lib/export/selection';
import { fixtureEvents } from './fixtures';

const query = (href: string) => EventQuery.parse(paramsToObject(new URL(href, 'http://x').searchParams));

describe('ExportMenu', () => {
  it('links CSV and GeoJSON downloads of exactly the filters, named after them', () => {
    render(<ExportMenu filters={{ actors: ['russia'], from: '2016-01-01', to: '2016-12-31' }} />);
    const group = screen.getByRole('group', { name: 'Export the selection' });
    const csv = within(group).getByRole('link', { name: 'CSV (ACLED)' });
    const geo = within(group).getByRole('link', { name: 'GeoJSON' });
    expect(query(csv.getAttribute('href')!)).toEqual({ actors: ['russia'], from: '2016-01-01', to: '2016-12-31', format: 'csv', limit: EXPORT_LIMIT });
    expect(query(geo.getAttribute('href')!).format).toBe('geojson');
    expect(csv.getAttribute('download')).toBe('conflict-atlas_2016-01-01_2016-12-31_russia.csv');
    expect(geo.getAttribute('download')).toBe('conflict-atlas_2016-01-01_2016-12-31_russia.geojson');
  });
  it('adds the visible box when the list shows only what is in view', () => {
    render(<ExportMenu filters={{ q: 'x' }} inView={[35, 32, 42, 37.5]} />);
    expect(query(screen.getByRole('link', { name: 'GeoJSON' }).getAttribute('href')!).bbox).toEqual([35, 32, 42, 37.5]);
  });
  it('offers no download when the visible box misses the bbox filter (the list is empty)', () => {
    render(<ExportMenu filters={{ bbox: [0, 0, 1, 1] }} inView={[35, 32, 42, 37.5]} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});

describe('SelectionTotals', () => {
  it('says how many events, the sum of fatalities, and for how many the figure is unknown', () => {
    const events = fixtureEvents();
    const sum = events.reduce((s, e) => s + (e.fatalities?.count ?? 0), 0);
    const unknown = events.filter((e) => !e.fatalities).length;
    render(<SelectionTotals events={events} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(`${events.length} events · ${sum} fatalities`);
    expect(status.textContent).toContain(`fatalities unknown for ${unknown} event`);
  });
});

describe('DensityToggle', () => {
  it('reports the chosen layer and shows the scale only for density', () => {
    const onChange = vi.fn();
    const { rerender } = render(<DensityToggle onChange={onChange} />);
    expect((screen.getByRole('radio', { name: 'Density' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('img', { name: /density legend/i })).not.toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Points' }));
    expect(onChange).toHaveBeenCalledWith('points');
    rerender(<DensityToggle layer="points" onChange={onChange} />);
    expect(screen.queryByRole('img', { name: /density legend/i })).toBeNull();
  });
});
