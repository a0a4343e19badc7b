/**
 * Generic words for a war's parties resolve through the article's country (data/extract/generic-actors.json):
 * "resistance forces" are Myanmar's People's Defence Forces only in a story set in Myanmar; in Yemen the National
 * Resistance forces are another party, never the PDF.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents } from '../../support/read';

const actorIds = (text: string) => liveEvents(text, '2022-03-20').flatMap((e) => e.actors.map((a) => a.id));

describe('generic actor words are scoped to the article\'s country', () => {
  it('"resistance forces" in Myanmar are the PDF', () => {
    expect(actorIds('On Friday, resistance forces ambushed a junta convoy near Mindat, Chin State, Myanmar.')).toContain('myanmar-pdf');
  });

  it('"National Resistance forces" in Yemen are not the PDF', () => {
    const ids = actorIds('On Friday, anti-Houthi National Resistance forces shelled Houthi positions in Hays, Al Hudaydah, Yemen.');
    expect(ids).not.toContain('myanmar-pdf');
    expect(ids).toContain('houthis');
  });
});
