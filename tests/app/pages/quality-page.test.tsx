/**
 * /quality renders the committed measurements (data/quality/latest.json) and, on an invented report, every part:
 * headline scores per dev set, ACLED tables, example errors as quote → what we read → what the coder coded (as
 * text), when and on what it was measured; a missing or malformed file says why instead of failing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { QualityLoad } from '@/lib/quality';
import type { QualityReport } from '@/lib/schemas';
import { QualityReport as QualityReportSchema } from '@/lib/schemas';
import QualityPage from '@/app/quality/page';

let override: QualityLoad | null = null;
vi.mock('@/lib/quality', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/quality')>();
  return { ...actual, loadQuality: (file?: string) => override ?? actual.loadQuality(file) };
});
afterEach(() => {
  override = null;
});

const row = (key: string, rows: number, found: number) => ({ key, rows, typed: rows, found, events: found + 1, matching: found, precision: found / (found + 1), subTypeScored: found, subTypeExact: found - 1 });
const invented: QualityReport = QualityReportSchema.parse({
  measuredAt: '2031-04-05T06:07:08.000Z',
  commit: 'abc1234',
  dirty: true,
  pipelineVersion: '7',
  missing: ['lgl.json'],
  devsets: [
    {
      kind: 'geo', name: 'Varn gazette', file: 'varn.json', source: 'devset', rows: 3, seconds: 0.4, places: 20, predicted: 21,
      meanKm: 12.5, medianKm: 0, errors: { missed: 1, spurious: 2, wrongEntry: 1, wrongKind: 0, metonymyMapped: 0 }, events: null,
      headline: [
        { key: 'f1', label: 'toponym F1', value: 0.9123, better: 'higher' },
        { key: 'auc', label: 'AUC of log error', value: 0.2, better: 'lower' },
      ],
    },
    {
      kind: 'acled', name: 'Freedonian notes', file: 'freedonia-notes.json', source: 'devset', rows: 40, seconds: 1.2, typedRows: 30,
      headline: [
        { key: 'foundAll', label: 'events found, all rows', value: 0.5, n: 20, of: 40, better: 'higher' },
        { key: 'subTypeExact', label: 'ACLED sub-type exact (found rows)', value: null, n: 0, of: 0, better: 'higher' },
      ],
      byEventType: [row('Battles', 30, 15), row('Protests', 10, 5)],
      bySubType: [row('Armed clash', 30, 15), row('Peaceful protest', 10, 5)],
      byCountry: [row('Freedonia', 40, 20)],
      errorClasses: [{ cls: 'no event on the row', count: 12 }],
      examples: [
        {
          id: 'fd-1', country: 'Freedonia', quote: 'On 3 March 2031, <script>alert(1)</script> militia fighters clashed with troops in Varnholm.',
          error: 'event placed > 1,000 km off',
          read: { type: 'clash', eventType: 'Battles', subEventType: 'Armed clash', place: 'Varnholm, Norway', actors: ['militia fighters'] },
          coded: { eventType: 'Battles', subEventType: 'Armed clash', location: 'Varnholm', actor1: 'Varn Militia' },
        },
        {
          id: 'fd-2', country: 'Freedonia', quote: 'Teachers marched in Varnholm.', error: 'no event on the row', read: null,
          coded: { eventType: 'Protests', subEventType: 'Peaceful protest', location: 'Varnholm', actor1: 'Protesters (Freedonia)' },
        },
      ],
    },
  ],
});

describe('/quality', () => {
  it('renders the committed measurements: every dev set, when and on what commit', () => {
    render(QualityPage());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Quality');
    expect(document.querySelector('.quality-measured')!.textContent).toMatch(/^Measured \d{4}-\d\d-\d\d \d\d:\d\d UTC on commit [0-9a-f]{7,}.*, pipeline version \S+\.$/);
    const sections = document.querySelectorAll('section.quality-devset');
    expect(sections.length).toBeGreaterThanOrEqual(2); // our own gold at least; the shared dev sets when measured
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^Seed articles/)]));
    for (const li of document.querySelectorAll('.quality-examples > li')) {
      expect(within(li as HTMLElement).getByText('We read')).toBeTruthy();
      expect((li.querySelector('blockquote')!.textContent ?? '').length).toBeLessThanOrEqual(300);
    }
    const acled = screen.queryByRole('heading', { level: 2, name: /^ACLED event notes/ })?.closest('section');
    if (acled) {
      expect(within(acled).getByRole('table', { name: 'By ACLED event type' })).toBeTruthy();
      expect(within(acled).getByRole('table', { name: 'By ACLED sub-type' })).toBeTruthy();
      expect(within(acled).getByRole('table', { name: 'By country' })).toBeTruthy();
      expect(acled.querySelectorAll('.quality-examples > li').length).toBeLessThanOrEqual(10);
    }
  });

  it('shows headline scores, ACLED tables and example errors of a report, quotes as text', () => {
    override = { ok: true, report: invented };
    render(QualityPage());
    expect(document.querySelector('.quality-measured')!.textContent).toBe('Measured 2031-04-05 06:07 UTC on commit abc1234 (with uncommitted changes), pipeline version 7.');
    expect(screen.getByText(/Not measured \(dev set absent\): lgl\.json/)).toBeTruthy();
    const f1 = screen.getByRole('rowheader', { name: 'toponym F1' }).closest('tr')!;
    expect(f1.textContent).toContain('0.912');
    expect(screen.getByRole('rowheader', { name: 'AUC of log error (lower is better)' })).toBeTruthy();
    const found = screen.getByRole('rowheader', { name: 'events found, all rows' }).closest('tr')!;
    expect(found.textContent).toContain('20 of 40');
    expect(screen.getByRole('rowheader', { name: 'ACLED sub-type exact (found rows)' }).closest('tr')!.textContent).toContain('n/a');
    const byType = screen.getByRole('table', { name: 'By ACLED event type' });
    expect(within(byType).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'ACLED event typerowsfoundfound shareeventsprecisionsub-type exact',
      'Battles30150.500160.93814 of 15',
      'Protests1050.50060.8334 of 5',
    ]);
    expect(screen.getByRole('table', { name: 'By country' })).toBeTruthy();
    const examples = within(screen.getByRole('list', { name: 'Example errors' })).getAllByRole('listitem');
    expect(examples).toHaveLength(2);
    expect(document.querySelector('script')).toBeNull();
    expect(examples[0]!.querySelector('blockquote')!.textContent).toContain('<script>alert(1)</script>');
    expect(examples[0]!.textContent).toContain('clash (Battles: Armed clash) at Varnholm, Norway; actors: militia fighters');
    expect(examples[0]!.textContent).toContain('Battles: Armed clash at Varnholm; actor1: Varn Militia');
    expect(examples[1]!.textContent).toContain('nothing (no event)');
  });

  it('says why when there is nothing to show', () => {
    override = { ok: false, reason: 'latest.json not found: run `npm run quality`' };
    render(QualityPage());
    expect(screen.getByRole('alert').textContent).toBe('No measurements to show: latest.json not found: run `npm run quality`');
  });
});
