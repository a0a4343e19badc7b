'use client';
/**
 * The timeline: a histogram of events per day/week/month (lib/map/histogram) under one brushable
 * date range (lib/map/timeline). Drag on the bars to brush a range, drag the window to move it, its
 * handles to resize it; the window and the handles are sliders (arrows step one bin, Shift a tenth,
 * Home/End); Play slides the window through time and stops at the end. Every committed range goes
 * to the URL's from/to (through onChange), so it is a permalink. The bars and the brush are placed
 * with the same fractions of one track, so they line up exactly.
 * Without JS the two date inputs in the filter form do the same job.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Bin } from '@/lib/schemas';
import { binAt, describeRange, dragRange, hitPart, isFull, playNext, playStart, rangeExtent, rangeOf, rangeQuery, stepRange, unitOf, type BinRange, type BrushPart } from '@/lib/map/timeline';
import { useTimelinePlay } from './use-timeline-play';

export interface TimelineProps {
  bins: readonly Bin[];
  from?: string;
  to?: string;
  /** `frame`: a play frame — the URL is replaced, not pushed, so play leaves no trail of history entries */
  onChange: (range: { from?: string; to?: string }, how?: { frame?: boolean }) => void;
}

/** keyboard steps are committed to the URL once the keys rest this long */
const KEY_COMMIT_MS = 350;
/** a handle can be grabbed this many pixels either side of the brush edge */
const GRIP_PX = 8;

const pct = (f: number) => `${(f * 100).toFixed(4)}%`;

export function Timeline(props: TimelineProps) {
  if (props.bins.length === 0) return null;
  return <TimelineBrush {...props} />;
}

function TimelineBrush({ bins, from, to, onChange }: TimelineProps) {
  const n = bins.length;
  const committed = rangeOf(bins, from, to);
  // the range shown while dragging / stepping / playing, until the URL catches up
  const [draft, setDraft] = useState<BinRange | null>(null);
  const [playing, setPlaying] = useState(false);
  // a new URL range replaces the draft — except during play, whose frames run ahead of the server
  const [seen, setSeen] = useState(`${from}|${to}`);
  if (seen !== `${from}|${to}`) {
    setSeen(`${from}|${to}`);
    if (!playing) setDraft(null);
  }
  const r = draft ?? committed;
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<{ part: BrushPart; origin: BinRange; anchor: number; pointer: number } | null>(null);
  const keyTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(keyTimer.current), []);

  const commit = useCallback(
    (next: BinRange, how?: { frame?: boolean }) => {
      window.clearTimeout(keyTimer.current);
      setDraft(next);
      const q = rangeQuery(bins, next);
      if (q.from !== from || q.to !== to) {
        if (how) onChange(q, how);
        else onChange(q);
      }
    },
    [bins, from, to, onChange],
  );

  // play reads the range as of the last render (or the frame it just committed)
  const latestRange = useRef(r);
  useEffect(() => {
    if (!playing) latestRange.current = r;
  });
  useTimelinePlay(
    playing,
    () => {
      const next = playNext(latestRange.current, n);
      if (!next) return false;
      latestRange.current = next;
      commit(next, { frame: true });
      return next.hi < n - 1;
    },
    setPlaying,
  );

  const fraction = (clientX: number) => {
    const box = track.current!.getBoundingClientRect();
    return { f: box.width > 0 ? (clientX - box.left) / box.width : 0, grip: box.width > 0 ? GRIP_PX / box.width : 0 };
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    setPlaying(false);
    const { f, grip } = fraction(e.clientX);
    const part = hitPart(f, r, n, grip);
    const anchor = binAt(f, n);
    drag.current = { part, origin: r, anchor, pointer: e.pointerId };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (part === 'new') setDraft({ lo: anchor, hi: anchor });
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    setDraft(dragRange(d.part, d.origin, d.anchor, binAt(fraction(e.clientX).f, n), n));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    commit(dragRange(d.part, d.origin, d.anchor, binAt(fraction(e.clientX).f, n), n));
  };
  const onKey = (part: Exclude<BrushPart, 'new'>) => (e: KeyboardEvent<HTMLDivElement>) => {
    const next = stepRange(part, r, n, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    setPlaying(false);
    setDraft(next);
    window.clearTimeout(keyTimer.current);
    keyTimer.current = window.setTimeout(() => commit(next), KEY_COMMIT_MS);
  };
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    const start = playStart(r, n);
    latestRange.current = start;
    commit(start);
    setPlaying(true);
  };

  const max = Math.max(1, ...bins.map((b) => b.count));
  const { left, right } = rangeExtent(r, n);
  const unit = unitOf(bins);
  const text = isFull(r, n) ? `all dates (${describeRange(bins, r)})` : describeRange(bins, r);
  const before = bins[0]!.outside;
  const after = n > 1 ? bins[n - 1]!.outside : undefined;
  const slider = (part: Exclude<BrushPart, 'new'>, label: string, now: number, valuetext: string) => ({
    role: 'slider',
    tabIndex: 0,
    'aria-label': label,
    'aria-valuemin': 0,
    'aria-valuemax': n - 1,
    'aria-valuenow': now,
    'aria-valuetext': valuetext,
    'data-part': part,
    onKeyDown: onKey(part),
  });
  return (
    <div className={`timeline${playing ? ' playing' : ''}`} data-unit={unit} data-bins={n}>
      <div className="timeline-head">
        <button type="button" className="btn btn-small timeline-play" aria-pressed={playing} onClick={togglePlay}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <span className="timeline-caption" aria-live={playing ? 'off' : 'polite'}>
          {text}
        </span>
      </div>
      <div
        ref={track}
        className="timeline-track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDraft(null);
        }}
      >
        <svg className="histogram" viewBox={`0 0 ${n} 30`} preserveAspectRatio="none" role="img" aria-label={`Events per ${unit}, ${bins[0]!.start} to ${bins[n - 1]!.end}`}>
          {bins.map((b, i) => {
            const h = b.count > 0 ? Math.max(1.5, (b.count / max) * 28) : 0;
            return (
              <rect key={b.start} data-i={i} x={i} width={1} y={30 - h} height={h} className={i >= r.lo && i <= r.hi ? 'bar in' : 'bar out'}>
                <title>{`${b.start} – ${b.end}: ${b.count}${b.reports !== undefined && b.reports > b.count ? ` events · ${b.reports} reports` : ''}${b.outside ? ` (+${b.outside} ${i === 0 ? 'earlier' : 'later'})` : ''}`}</title>
              </rect>
            );
          })}
        </svg>
        <div className="timeline-window" style={{ left: pct(left), width: pct(right - left) }} {...slider('window', 'Date range', r.lo, text)} />
        <div className="timeline-handle timeline-start" style={{ left: pct(left) }} {...slider('start', 'Start of date range', r.lo, bins[r.lo]!.start)} />
        <div className="timeline-handle timeline-end" style={{ left: pct(right) }} {...slider('end', 'End of date range', r.hi, bins[r.hi]!.end)} />
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{before ? `+${before} earlier · ` : ''}{bins[0]!.start}</span>
        <span>{`${n} ${unit}s`}</span>
        <span>{bins[n - 1]!.end}{after ? ` · +${after} later` : ''}</span>
      </div>
    </div>
  );
}
