import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Legend } from '@/app/_components/legend';
import { EVENT_TYPES, TYPE_PATHS } from '@/lib/map/icons';
import { TYPE_LABELS } from '@/lib/map/names';

describe('Legend', () => {
  it('has one entry per event type with its icon, plus the approximate-location key', () => {
    render(<Legend />);
    const items = within(screen.getByRole('region', { name: 'Legend' })).getAllByRole('listitem');
    expect(items).toHaveLength(EVENT_TYPES.length + 1);
    for (const t of EVENT_TYPES) {
      const li = items.find((i) => i.getAttribute('data-type') === t)!;
      expect(li.textContent).toContain(TYPE_LABELS[t]);
      expect(li.querySelector('path')!.getAttribute('d')).toBe(TYPE_PATHS[t]);
    }
    expect(items[items.length - 1]!.querySelector('circle')!.getAttribute('stroke-dasharray')).toBe('3 2');
  });
});
