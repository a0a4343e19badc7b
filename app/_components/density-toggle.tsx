'use client';
/**
 * "Points / Density": whether the density layer is drawn under the markers at low zoom (where they
 * pile up; lib/map/density.ts), with its legend — the sequential scale from few to many events per cell.
 * The choice is in the URL (`layer=points`; density is the default). In: the layer the URL says, onChange.
 */
import { useState } from 'react';
import { DENSITY_COLORS } from '@/lib/map/density';

export type MapLayer = 'points' | 'density';

export function DensityToggle({ layer: fromUrl = 'density', onChange }: { layer?: MapLayer; onChange: (layer: MapLayer) => void }) {
  // the choice shows at once; the URL (replaceState, synced by Next a moment later) catches up, and wins when it changes
  const [layer, setLayer] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  if (seen !== fromUrl) {
    setSeen(fromUrl);
    setLayer(fromUrl);
  }
  const choose = (l: MapLayer) => {
    setLayer(l);
    onChange(l);
  };
  return (
    <div className="density-toggle" role="group" aria-label="Map layer">
      <div className="density-choice">
        {(['points', 'density'] as const).map((l) => (
          <label key={l} className={layer === l ? 'on' : undefined}>
            <input type="radio" name="map-layer" value={l} checked={layer === l} onChange={() => choose(l)} /> {l === 'points' ? 'Points' : 'Density'}
          </label>
        ))}
      </div>
      {layer === 'density' && (
        <div className="density-legend" aria-label="Density legend" role="img" title="Shaded cells at low zoom: events per cell, few to many (log scale)">
          <span>few</span>
          {DENSITY_COLORS.map((c) => (
            <i key={c} style={{ background: c }} />
          ))}
          <span>many</span>
        </div>
      )}
    </div>
  );
}
