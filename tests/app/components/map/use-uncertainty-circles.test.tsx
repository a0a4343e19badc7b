import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { EventPoint } from '@/lib/schemas';
import { useUncertaintyCircles, type CirclesInput } from '@/app/_components/map/use-uncertainty-circles';
import { fixturePoints, useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

function Probe(props: CirclesInput) {
  const { ref, map } = useProbeMap({ start: { center: [36.5, 37.1], zoom: 7 } });
  useUncertaintyCircles(map, props);
  return <div ref={ref} />;
}

const circles = (precision: string) => document.querySelectorAll(`path.uncertainty-${precision}`).length;

/** the fixture's region-precision event, and the same event at country precision */
const region = fixturePoints().find((p) => p.properties.precision === 'region')!;
const country: EventPoint = { ...region, properties: { ...region.properties, id: 'country-e0', precision: 'country' } };
const exact = fixturePoints().filter((p) => !p.properties.hollow);

describe('useUncertaintyCircles', () => {
  it('circles region-precision events always, exact ones never', () => {
    render(<Probe points={[region, ...exact]} />);
    expect(circles('region')).toBe(1);
    expect(document.querySelectorAll('path.uncertainty')).toHaveLength(1);
  });
  it('circles a country-precision event only while hovered or selected', () => {
    const { rerender, unmount } = render(<Probe points={[country]} />);
    expect(circles('country')).toBe(0);
    rerender(<Probe points={[country]} hoveredId="country-e0" />);
    expect(circles('country')).toBe(1);
    rerender(<Probe points={[country]} hoveredId={null} />);
    expect(circles('country')).toBe(0);
    rerender(<Probe points={[country]} selectedId="country-e0" />);
    expect(circles('country')).toBe(1);
    unmount();
    expect(circles('country')).toBe(0);
  });
});
