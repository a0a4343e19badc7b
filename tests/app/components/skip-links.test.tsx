import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { SkipLinks } from '@/app/_components/skip-links';

/** A page like the map page at phone width: the list in a drawer opened by a disclosure button. */
function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <SkipLinks />
      <button type="button" aria-controls="sidebar" aria-expanded={open} onClick={() => setOpen((o) => !o)}>Filters</button>
      <aside id="sidebar" hidden={!open}>
        <section id="event-list" tabIndex={-1}>Events</section>
      </aside>
      <div id="map" tabIndex={0}>map</div>
    </>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SkipLinks', () => {
  it('come first: content, map, event list', () => {
    render(<SkipLinks />);
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Skip to content', '#main'],
      ['Skip to map', '#map'],
      ['Skip to event list', '#event-list'],
    ]);
  });
  it('focuses the map without touching the URL', () => {
    render(<Page />);
    const ev = fireEvent.click(screen.getByText('Skip to map'));
    expect(ev).toBe(false); // default prevented: no #map in the address bar
    expect(document.activeElement?.id).toBe('map');
  });
  it('leaves a disclosure alone when the target is shown anyway (desktop: the drawer button is not rendered)', () => {
    render(
      <>
        <SkipLinks />
        <button type="button" hidden aria-controls="side" aria-expanded="false" onClick={() => { throw new Error('opened'); }}>Filters</button>
        <aside id="side"><section id="event-list" tabIndex={-1}>Events</section></aside>
      </>,
    );
    fireEvent.click(screen.getByText('Skip to event list'));
    expect(document.activeElement?.id).toBe('event-list');
  });
  it('opens the closed drawer holding the list, then focuses the list', async () => {
    render(<Page />);
    fireEvent.click(screen.getByText('Skip to event list'));
    expect(screen.getByRole('button', { name: 'Filters' }).getAttribute('aria-expanded')).toBe('true');
    await new Promise((r) => setTimeout(r, 100));
    expect(document.activeElement?.id).toBe('event-list');
  });
});
