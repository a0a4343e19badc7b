import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no 2D canvas (it would print "Not implemented" for every call): a canvas without a context, which the
// map's canvas layers already handle (they draw nothing); tests that look at drawing spy on getContext themselves
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, writable: true, value: () => null });
}

afterEach(() => cleanup());
