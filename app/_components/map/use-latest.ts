/**
 * The latest value of something React renders, for callbacks registered once on Leaflet objects.
 * In: a value (usually the component's props). Out: a ref whose current is that value as of the last render.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
