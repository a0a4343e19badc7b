'use client';
/**
 * Play for the timeline: while `playing`, call `tick` every `interval` ms (twice as slowly when the
 * user prefers reduced motion); `tick` returns false at the end, which stops play.
 * In: playing flag, the latest tick, setPlaying. Out: nothing (a timer while playing).
 */
import { useEffect, useRef } from 'react';

export const PLAY_INTERVAL_MS = 900;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function useTimelinePlay(playing: boolean, tick: () => boolean, setPlaying: (p: boolean) => void, interval = PLAY_INTERVAL_MS): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!playing) return;
    const every = prefersReducedMotion() ? interval * 2 : interval;
    const id = window.setInterval(() => {
      if (!latest.current()) setPlaying(false);
    }, every);
    return () => window.clearInterval(id);
  }, [playing, interval, setPlaying]);
}
