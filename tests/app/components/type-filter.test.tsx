import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Filters } from '@/app/_components/filters';
import { TypeFilter } from '@/app/_components/type-filter';
import { binDates } from '@/lib/map/histogram';
import { fixtureActors, fixtureEvents } from './fixtures';

const actors = fixtureActors();
const bins = binDates(fixtureEvents().map((e) => e.date.value), 'month');
const typeCounts = { clash: 3, territory: 1, explosion: 2, protest: 4, arrest: 1 };
const subTypeCounts = { 'Armed clash': 3, 'Government regains territory': 1, 'Remote explosive/landmine/IED': 2, 'Peaceful protest': 3, 'Protest with intervention': 1, Arrests: 1 };

describe('TypeFilter: display classes under ACLED event types', () => {
  it('heads the groups with ACLED event types, in codebook order, offering only what the data holds', () => {
    render(<TypeFilter query={{}} typeCounts={typeCounts} subTypeCounts={subTypeCounts} onChange={() => {}} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent!.replace(/\d+$/, ''))).toEqual([
      'Battles', 'Explosions/Remote violence', 'Protests', 'Strategic developments',
    ]);
    const battles = screen.getByRole('group', { name: /Battles/ });
    expect(within(battles).getAllByRole('checkbox', { name: /Clash|Territory change/ })).toHaveLength(2);
    expect(within(battles).getByRole('checkbox', { name: /Government regains territory/ })).toBeTruthy();
    expect(within(battles).queryByRole('checkbox', { name: /Non-state actor overtakes territory/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Air strike/ })).toBeNull();
    expect(within(screen.getByRole('heading', { name: /Protests/ })).getByText('4')).toBeTruthy();
  });
  it('filters by ACLED event type (the heading), display class and ACLED sub-type', () => {
    const onChange = vi.fn();
    const { rerender } = render(<TypeFilter query={{ types: ['clash'] }} typeCounts={typeCounts} subTypeCounts={subTypeCounts} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Protests/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ['clash'], eventTypes: ['Protests'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /Peaceful protest/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ['clash'], subEventTypes: ['Peaceful protest'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /Explosion \/ IED/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ['clash', 'explosion'] });
    rerender(<TypeFilter query={{ eventTypes: ['Protests'], subEventTypes: ['Peaceful protest'] }} typeCounts={typeCounts} subTypeCounts={subTypeCounts} onChange={onChange} />);
    expect((screen.getByRole('checkbox', { name: /^Protests/ }) as HTMLInputElement).checked).toBe(true);
    const sub = screen.getByRole('checkbox', { name: /Peaceful protest/ }) as HTMLInputElement;
    expect(sub.checked).toBe(true);
    expect(sub.closest('details')!.open).toBe(true);
    fireEvent.click(sub);
    expect(onChange).toHaveBeenLastCalledWith({ eventTypes: ['Protests'], subEventTypes: [] });
  });
  it('keeps a selected sub-type or group offered even without events, and names its URL parameters for the no-JS form', () => {
    const { container } = render(<TypeFilter query={{ eventTypes: ['Riots'], subEventTypes: ['Mob violence'] }} typeCounts={{}} subTypeCounts={{}} onChange={() => {}} />);
    const riots = screen.getByRole('group', { name: /Riots/ });
    expect((within(riots).getByRole('checkbox', { name: /^Riots/ }) as HTMLInputElement).name).toBe('eventTypes');
    expect((within(riots).getByRole('checkbox', { name: /Mob violence/ }) as HTMLInputElement).name).toBe('subEventTypes');
    expect(container.querySelectorAll('.type-group')).toHaveLength(1);
  });
  it('is the type part of Filters, which drops the emptied list', () => {
    const onChange = vi.fn();
    render(<Filters query={{ subEventTypes: ['Arrests'] }} actors={actors} counts={{}} typeCounts={typeCounts} subTypeCounts={subTypeCounts} bins={bins} onChange={onChange} />);
    const sub = screen.getAllByRole('checkbox', { name: /^Arrests/ }).find((el) => (el as HTMLInputElement).name === 'subEventTypes')!;
    fireEvent.click(sub);
    expect(onChange).toHaveBeenLastCalledWith({});
  });
});
