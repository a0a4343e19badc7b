import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Filters } from '@/app/_components/filters';
import { binDates } from '@/lib/map/histogram';
import { fixtureActors, fixtureEvents } from './fixtures';

const actors = fixtureActors();
const events = fixtureEvents();
const bins = binDates(events.map((e) => e.date.value), 'month');
const counts = { turkey: 4, russia: 2, ypg: 0 };

describe('Filters', () => {
  it('toggling an actor chip calls onChange with the new query', () => {
    const onChange = vi.fn();
    render(<Filters query={{ types: ['shelling'] }} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Turkey/ }));
    expect(onChange).toHaveBeenLastCalledWith({ types: ['shelling'], actors: ['turkey'] });
  });
  it('un-toggles a selected actor and drops the empty list', () => {
    const onChange = vi.fn();
    render(<Filters query={{ actors: ['turkey'] }} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: /Turkey/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith({});
  });
  it('offers the actor role: carried out by (default) or any role, and emits it (default dropped from the URL)', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Filters query={{ actors: ['russia'] }} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
    const group = screen.getByRole('radiogroup', { name: 'Actor role' });
    const carried = within(group).getByRole('radio', { name: 'Carried out by' }) as HTMLInputElement;
    const any = within(group).getByRole('radio', { name: 'Any role' }) as HTMLInputElement;
    expect([carried.checked, any.checked]).toEqual([true, false]);
    fireEvent.click(any);
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['russia'], role: 'any' });
    // the choice shows at once, before the new URL comes back
    expect(any.checked).toBe(true);
    rerender(<Filters query={{ actors: ['russia'], role: 'any' }} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
    const again = screen.getByRole('radiogroup', { name: 'Actor role' });
    expect((within(again).getByRole('radio', { name: 'Any role' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(again).getByRole('radio', { name: 'Carried out by' }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['russia'] });
    expect(carried.name).toBe('role');
  });
  it('shows counts and hides actors without events', () => {
    render(<Filters query={{}} actors={actors} counts={counts} bins={bins} onChange={() => {}} />);
    const chip = screen.getByRole('checkbox', { name: /Turkey/ }).closest('label')!;
    expect(within(chip).getByText('4')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Kurdish YPG/ })).toBeNull();
  });
  it('lists open-world actors the data holds beside curated ones, most events first', () => {
    const open = { id: 'rebel:zuran', name: 'Zuran militants', inter: 2, color: '#59a14f', aliases: [], demonyms: [], metonyms: [], officials: [], country: null };
    render(<Filters query={{}} actors={[...actors, open]} counts={{ ...counts, 'rebel:zuran': 3 }} bins={bins} onChange={() => {}} />);
    const chips = [...document.querySelectorAll('.filters label[data-actor]')].map((el) => el.getAttribute('data-actor'));
    expect(chips).toEqual(['turkey', 'rebel:zuran', 'russia']);
    expect(within(screen.getByRole('checkbox', { name: /Zuran militants/ }).closest('label')!).getByText('3')).toBeTruthy();
  });
  it('toggles types, background, free text and resets', () => {
    const onChange = vi.fn();
    render(<Filters query={{ q: 'old' }} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Air strike/ }));
    expect(onChange).toHaveBeenLastCalledWith({ q: 'old', types: ['airstrike'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /background/i }));
    expect(onChange).toHaveBeenLastCalledWith({ q: 'old', includeBackground: true });
    fireEvent.change(screen.getByLabelText('Search events'), { target: { value: '  border  ' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Filters' }));
    expect(onChange).toHaveBeenLastCalledWith({ q: 'border' });
    fireEvent.click(screen.getByText('Reset filters'));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
  it('moves the date range with the timeline sliders', () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      render(<Filters query={{}} actors={actors} counts={counts} bins={bins} onChange={onChange} />);
      expect(document.querySelectorAll('.histogram rect')).toHaveLength(bins.length);
      fireEvent.keyDown(screen.getByRole('slider', { name: 'Start of date range' }), { key: 'End' });
      act(() => void vi.advanceTimersByTime(1000));
      expect(onChange).toHaveBeenLastCalledWith({ from: bins[bins.length - 1]!.start });
    } finally {
      vi.useRealTimers();
    }
  });
});
