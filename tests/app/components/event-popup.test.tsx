import { describe, expect, it, vi, afterEach } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { EventPopup, precisionNote } from '@/app/_components/event-popup';
import { fixtureActors, fixtureEvents } from './fixtures';

const [shelling, air, truce] = fixtureEvents();
const actors = fixtureActors();

describe('EventPopup', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('renders a quote containing HTML as literal text, no element injected', () => {
    render(<EventPopup event={air!} actors={actors} permalink="/?event=x" />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.popup-quote')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
  it('highlights the place inside the quote and shows actors, fatalities and the article link', () => {
    render(<EventPopup event={shelling!} actors={actors} articleTitle="Turkey Pounds" permalink="/?event=x" />);
    const mark = document.querySelector('.popup-quote mark.hl-place');
    expect(mark?.textContent).toBe('Testville');
    expect(screen.getByRole('heading', { name: 'Shelling in Testville, 21 Oct 2016' })).toBeTruthy();
    expect(screen.getByText('Turkey')).toBeTruthy();
    expect(screen.getByText(/Fatalities: at least 11/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Turkey Pounds/ }).getAttribute('href')).toBe(`/articles/${shelling!.articleId}#${shelling!.id}`);
  });
  it('shows the ACLED coding, and marks a peaceful protest calm', () => {
    const { unmount } = render(<EventPopup event={shelling!} actors={actors} permalink="/" />);
    expect(document.querySelector('.popup-acled')!.textContent).toBe('ACLED: Explosions/Remote violence · Shelling/artillery/missile attack');
    unmount();
    const protest = { ...shelling!, type: 'protest' as const, acled: { eventType: 'Protests' as const, subEventType: 'Peaceful protest' as const } };
    render(<EventPopup event={protest} actors={actors} permalink="/" />);
    expect(screen.getByText('Protests · Peaceful protest')).toBeTruthy();
    expect(document.querySelector('.type-badge')!.className).toContain('peaceful');
  });
  it('notes approximate locations', () => {
    expect(precisionNote(truce!)).toBe('approximate: northern Region countryside (±25 km)');
    expect(precisionNote(shelling!)).toBeNull();
    render(<EventPopup event={truce!} actors={actors} permalink="/" />);
    expect(screen.getByText(/approximate: northern Region countryside/)).toBeTruthy();
  });
  it('copies the permalink with the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<EventPopup event={shelling!} actors={actors} permalink="/?event=abc&z=9" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/?event=abc&z=9');
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });
  it('falls back to a selectable field when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<EventPopup event={shelling!} actors={actors} permalink="/?event=abc" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect((screen.getByLabelText('Permalink (copy it)') as HTMLInputElement).value).toBe('http://localhost:3000/?event=abc');
  });
});

describe('EventPopup: the source', () => {
  it('shows the publisher as a link to the original when the article has a URL', () => {
    render(<EventPopup event={shelling!} actors={actors} permalink="/" publisher={{ name: 'Reuters', href: 'https://www.reuters.com/a', how: 'host' }} />);
    const link = screen.getByRole('link', { name: 'Reuters' });
    expect(link.getAttribute('href')).toBe('https://www.reuters.com/a');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(document.querySelector('.popup-source')!.textContent).toBe('Source: Reuters');
  });
  it('as text when there is no URL', () => {
    render(<EventPopup event={shelling!} actors={actors} permalink="/" publisher={{ name: 'Imported from the file a.txt (article 3 of 12)', href: null, how: 'file' }} />);
    expect(document.querySelector('.popup-source a')).toBeNull();
    expect(document.querySelector('.popup-source')!.textContent).toBe('Source: Imported from the file a.txt (article 3 of 12)');
  });
});
