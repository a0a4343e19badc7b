import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { Timeline } from '@/app/_components/timeline';
import { binDates } from '@/lib/map/histogram';
import { PLAY_INTERVAL_MS } from '@/app/_components/use-timeline-play';

// ten weekly bins, 2016-02-01 … 2016-04-10, on a 500 px track (50 px a bin)
const bins = binDates(['2016-02-01', '2016-02-15', '2016-03-20', '2016-04-10'], 'week');
const WIDTH = 500;

/** The timeline wired like the filters: onChange sets from/to, as the URL would. */
function Harness({ onChange, from, to }: { onChange: (r: { from?: string; to?: string }, how?: { frame?: boolean }) => void; from?: string; to?: string }) {
  const [q, setQ] = useState<{ from?: string; to?: string }>({ from, to });
  return (
    <Timeline
      bins={bins}
      from={q.from}
      to={q.to}
      onChange={(r, how) => {
        if (how) onChange(r, how);
        else onChange(r);
        setQ(r);
      }}
    />
  );
}

const track = () => document.querySelector<HTMLElement>('.timeline-track')!;
const win = () => screen.getByRole('slider', { name: 'Date range' });
const inBars = () => [...document.querySelectorAll('.histogram rect.in')].map((r) => Number(r.getAttribute('data-i')));
const pointer = (type: string, x: number) => fireEvent[type as 'pointerDown'](track(), { clientX: x, pointerId: 1, button: 0 });

// jsdom has no PointerEvent: a MouseEvent with a pointerId stands in
if (typeof window.PointerEvent === 'undefined') {
  class PointerEventShim extends MouseEvent {
    pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
    }
  }
  (window as unknown as { PointerEvent: unknown }).PointerEvent = PointerEventShim;
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ left: 0, top: 0, right: WIDTH, bottom: 40, width: WIDTH, height: 40, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('Timeline', () => {
  it('draws one bar per bin and a window over the selected bins, at the same fractions', () => {
    render(<Harness onChange={() => {}} from="2016-02-15" to="2016-03-06" />);
    expect(document.querySelectorAll('.histogram rect')).toHaveLength(bins.length);
    expect(inBars()).toEqual([2, 3, 4]);
    expect(parseFloat(win().style.left)).toBe(20);
    expect(parseFloat(win().style.width)).toBe(30);
    const rects = [...document.querySelectorAll('.histogram rect')];
    expect(rects[2]!.getAttribute('x')).toBe('2');
    expect(rects[2]!.getAttribute('width')).toBe('1');
    expect(win().getAttribute('aria-valuetext')).toBe('2016-02-15 to 2016-03-06');
    expect(screen.getByRole('slider', { name: 'Start of date range' }).getAttribute('aria-valuetext')).toBe('2016-02-15');
    expect(screen.getByRole('slider', { name: 'End of date range' }).getAttribute('aria-valuetext')).toBe('2016-03-06');
  });
  it('brushes a new range by dragging on the bars, snapped to bins', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    pointer('pointerDown', 160);
    pointer('pointerMove', 330);
    expect(inBars()).toEqual([3, 4, 5, 6]);
    expect(onChange).not.toHaveBeenCalled();
    pointer('pointerUp', 330);
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[3]!.start, to: bins[6]!.end });
  });
  it('moves the window by dragging inside it and resizes it by its handles', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} from={bins[2]!.start} to={bins[4]!.end} />);
    pointer('pointerDown', 175);
    pointer('pointerUp', 275);
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[4]!.start, to: bins[6]!.end });
    pointer('pointerDown', 352); // the right edge (350 px): the end handle
    pointer('pointerUp', 460);
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[4]!.start, to: undefined });
    pointer('pointerDown', 198); // the left edge (200 px): the start handle, dragged to the start
    pointer('pointerUp', 5);
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: undefined });
  });
  it('steps the window with arrow keys (Shift: larger), Home/End, committing once keys rest', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} from={bins[2]!.start} to={bins[3]!.end} />);
    fireEvent.keyDown(win(), { key: 'ArrowRight' });
    fireEvent.keyDown(win(), { key: 'ArrowRight' });
    expect(inBars()).toEqual([4, 5]);
    expect(win().getAttribute('aria-valuetext')).toBe(`${bins[4]!.start} to ${bins[5]!.end}`);
    expect(onChange).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[4]!.start, to: bins[5]!.end });
    fireEvent.keyDown(win(), { key: 'ArrowLeft', shiftKey: true });
    expect(inBars()).toEqual([2, 3]);
    fireEvent.keyDown(win(), { key: 'End' });
    act(() => void vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[8]!.start, to: undefined });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Start of date range' }), { key: 'Home' });
    act(() => void vi.advanceTimersByTime(400));
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: undefined });
  });
  it('plays the window through time, one bin a frame, and stops at the end', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} from={bins[5]!.start} to={bins[6]!.end} />);
    const play = screen.getByRole('button', { name: 'Play' });
    fireEvent.click(play);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    // play frames are marked, so the page replaces the URL instead of adding a history entry per frame
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[6]!.start, to: bins[7]!.end }, { frame: true });
    act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS * 5));
    expect(inBars()).toEqual([8, 9]);
    expect(onChange).toHaveBeenLastCalledWith({ from: bins[8]!.start, to: undefined }, { frame: true });
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    const calls = onChange.mock.calls.length;
    act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3));
    expect(onChange.mock.calls.length).toBe(calls);
  });
  it('pause stops play; play over the whole timeline starts a short window at the start', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: undefined, to: bins[0]!.end });
    act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(inBars()).toEqual([1]);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3));
    expect(inBars()).toEqual([1]);
  });
  it('plays at half speed when the user prefers reduced motion', () => {
    vi.useFakeTimers();
    const mm = vi.fn().mockReturnValue({ matches: true });
    vi.stubGlobal('matchMedia', mm);
    try {
      const onChange = vi.fn();
      render(<Harness onChange={onChange} from={bins[2]!.start} to={bins[2]!.end} />);
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS));
      expect(inBars()).toEqual([2]);
      act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS));
      expect(inBars()).toEqual([3]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('shows events outside the span on the open edges', () => {
    const spread = binDates(['2015-01-01', ...Array.from({ length: 20 }, (_, i) => `2016-03-${String(1 + i).padStart(2, '0')}`)]);
    render(<Timeline bins={spread} onChange={() => {}} />);
    expect(document.querySelector('.timeline')!.getAttribute('data-unit')).toBe('day');
    expect(document.querySelector('.timeline-axis')!.textContent).toContain('+1 earlier');
  });
});

describe('Timeline play against a slow URL', () => {
  it('keeps stepping forward when each frame reaches the URL only after the next one started', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    // the parent applies each committed range 1.5 frames late (a slow server round trip)
    function Lagging() {
      const [q, setQ] = useState<{ from?: string; to?: string }>({ from: bins[1]!.start, to: bins[1]!.end });
      return (
        <Timeline
          bins={bins}
          from={q.from}
          to={q.to}
          onChange={(r) => {
            onChange(r);
            setTimeout(() => setQ(r), PLAY_INTERVAL_MS * 1.5);
          }}
        />
      );
    }
    render(<Lagging />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    for (let i = 0; i < 8; i++) act(() => void vi.advanceTimersByTime(PLAY_INTERVAL_MS / 2));
    expect(onChange.mock.calls.map((c) => c[0].from)).toEqual([bins[2]!.start, bins[3]!.start, bins[4]!.start, bins[5]!.start]);
    expect(inBars()).toEqual([5]);
  });
});
