/**
 * app/_components/use-leaving.ts: a click on a link to another path marks the page as being left (the map's URL
 * writer then holds off, so it cannot cancel Next's navigation), for a few seconds only.
 */
import { useEffect } from 'react';
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLeaving } from '@/app/_components/use-leaving';

const probe = { leaving: (): boolean => false };
function Probe() {
  const leaving = useLeaving();
  useEffect(() => {
    probe.leaving = leaving;
  }, [leaving]);
  return (
    <nav>
      <a href="/articles" onClick={(e) => e.preventDefault()}>Articles</a>
      <a href="/?z=5" onClick={(e) => e.preventDefault()}>Same page</a>
      <a href="https://example.org/x" target="_blank" rel="noreferrer" onClick={(e) => e.preventDefault()}>Elsewhere</a>
    </nav>
  );
}

afterEach(() => vi.useRealTimers());

describe('useLeaving', () => {
  it('a link to another path: leaving for a few seconds, then not', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { getByText } = render(<Probe />);
    expect(probe.leaving()).toBe(false);
    act(() => getByText('Articles').click());
    expect(probe.leaving()).toBe(true);
    vi.setSystemTime(1_000_000 + 6_000);
    expect(probe.leaving()).toBe(false);
  });

  it('a link to the same path or to a new tab is not leaving', () => {
    const { getByText } = render(<Probe />);
    act(() => getByText('Same page').click());
    act(() => getByText('Elsewhere').click());
    expect(probe.leaving()).toBe(false);
  });
});
