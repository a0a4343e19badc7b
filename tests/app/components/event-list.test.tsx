import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EventList } from '@/app/_components/event-list';
import { fixtureActors, fixtureEvents } from './fixtures';

const events = fixtureEvents();
const actors = fixtureActors();
const hrefFor = (id: string) => `/?event=${id}`;

describe('EventList', () => {
  it('renders one li per event in a list named Events, newest first', () => {
    render(<EventList events={events} actors={actors} hrefFor={hrefFor} />);
    const list = screen.getByRole('list', { name: 'Events' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(events.length);
    expect(items[0]!.textContent).toContain('Shelling in Testville, 21 Oct 2016');
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe(`/?event=${events[0]!.id}`);
  });
  it('selects with a click or Enter and reports hover', () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    render(<EventList events={events} actors={actors} hrefFor={hrefFor} onSelect={onSelect} onHover={onHover} />);
    const link = screen.getByRole('link', { name: /Air strike in Testville/ });
    fireEvent.mouseEnter(link);
    expect(onHover).toHaveBeenLastCalledWith(events[1]!.id);
    fireEvent.mouseLeave(link);
    expect(onHover).toHaveBeenLastCalledWith(null);
    link.focus();
    fireEvent.keyDown(link, { key: 'Enter' });
    fireEvent.click(link); // browsers turn Enter on a link into a click
    expect(onSelect).toHaveBeenCalledWith(events[1]!.id);
    expect(onHover).toHaveBeenLastCalledWith(events[1]!.id);
  });
  it('marks the selected event and renders quotes as text', () => {
    render(<EventList events={events} actors={actors} hrefFor={hrefFor} selectedId={events[1]!.id} />);
    expect(screen.getByRole('link', { name: /Air strike/ }).getAttribute('aria-current')).toBe('true');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
  });
  it('says so when nothing matches', () => {
    render(<EventList events={[]} actors={actors} hrefFor={hrefFor} />);
    expect(screen.getByText(/No events match/)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Events' }).children).toHaveLength(0);
  });
  it('shows each event ACLED coding, and draws a peaceful protest calm, not in its acting party colour', () => {
    const [shelling] = events;
    const protest = { ...shelling!, id: 'march-e0', type: 'protest' as const, acled: { eventType: 'Protests' as const, subEventType: 'Peaceful protest' as const } };
    render(<EventList events={[shelling!, protest]} actors={actors} hrefFor={hrefFor} />);
    const items = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem');
    const byId = (id: string) => items.find((i) => i.getAttribute('data-event-id') === id)!;
    expect(byId(shelling!.id).querySelector('.event-acled')!.textContent).toBe('Explosions/Remote violence · Shelling/artillery/missile attack');
    expect(byId('march-e0').querySelector('.event-acled')!.textContent).toBe('Protests · Peaceful protest');
    const calm = byId('march-e0').querySelector('svg.type-icon')!;
    expect(calm.getAttribute('data-peaceful')).toBe('true');
    const turkey = actors.find((a) => a.id === 'turkey')!.color;
    expect(byId(shelling!.id).querySelector('circle')!.getAttribute('fill')).toBe(turkey);
    expect(calm.innerHTML).not.toContain(turkey);
  });
  it('a map move (a new view in hrefFor) writes nothing to the rows; a link gets the current view before it is used', () => {
    const at = (z: number) => (id: string) => `/?z=${z}&event=${id}`;
    const { container, rerender } = render(<EventList events={events} actors={actors} hrefFor={at(5)} />);
    const written: MutationRecord[] = [];
    const observer = new MutationObserver((records) => written.push(...records));
    observer.observe(container, { subtree: true, attributes: true, childList: true, characterData: true });
    rerender(<EventList events={events} actors={actors} hrefFor={at(9)} />);
    written.push(...observer.takeRecords());
    observer.disconnect();
    expect(written).toHaveLength(0);
    const [first, second, third] = screen.getAllByRole('link');
    fireEvent.pointerDown(first!);
    expect(first!.getAttribute('href')).toBe(`/?z=9&event=${first!.closest('li')!.getAttribute('data-event-id')}`);
    fireEvent.focus(second!);
    expect(second!.getAttribute('href')).toBe(`/?z=9&event=${second!.closest('li')!.getAttribute('data-event-id')}`);
    fireEvent.contextMenu(third!);
    expect(third!.getAttribute('href')).toBe(`/?z=9&event=${third!.closest('li')!.getAttribute('data-event-id')}`);
  });
  it('a click selects with the latest onSelect (the rows are not re-rendered for a new one)', () => {
    const first = vi.fn();
    const later = vi.fn();
    const { rerender } = render(<EventList events={events} actors={actors} hrefFor={hrefFor} onSelect={first} />);
    rerender(<EventList events={events} actors={actors} hrefFor={hrefFor} onSelect={later} />);
    fireEvent.click(screen.getByRole('link', { name: /Air strike in Testville/ }));
    expect(first).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledWith(events[1]!.id);
  });
});
