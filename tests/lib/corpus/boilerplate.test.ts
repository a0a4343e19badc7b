/** classifyLine: data-driven boilerplate rules (data/corpus/boilerplate.json). */
import { describe, expect, it } from 'vitest';
import { classifyLine } from '@/lib/corpus';

describe('classifyLine', () => {
  it.each([
    ['READ ALSO: Head Of Prisons Confirms Transfer', 'related-link'],
    ['ALSO READ: Ten things to know', 'related-link'],
    ['Read more: Inside the talks', 'related-link'],
    ['Related: Ministers resign', 'related-link'],
    ['inRead invented by Teads', 'ad'],
    ['Advertisement', 'ad'],
    ['Sponsored', 'ad'],
    ['Click here to get the latest news', 'ad'],
    ['Subscribe to our newsletter', 'ad'],
    ['In this file photo taken on May 1, soldiers patrol the border. PHOTO: AFP', 'caption'],
    ['A man walks past a damaged building. Photo: Reuters', 'caption'],
    ['Photo by Jane Doe', 'credit'],
    ['JOHN SMITH / AFP', 'credit'],
    ['Image copyright Getty Images', 'credit'],
    ['Reuters', 'credit'],
    ['Reporting by John Smith; Editing by Jane Doe', 'credit'],
    ['More on this story', 'related-link'],
    ['Facebook', 'ad'],
    ['Email', 'ad'],
    ['© 2016 Example News. All rights reserved.', 'other'],
  ])('%s → %s', (line, kind) => {
    const hit = classifyLine(line);
    expect(hit?.kind).toBe(kind);
    expect(hit?.text).toBe(line);
    expect(hit?.why.length).toBeGreaterThan(5);
  });

  it.each([
    'The advertisement campaign was criticised by the opposition.',
    'Related talks are expected to resume next week in the capital.',
    'Officials said they would subscribe to the agreement only if the siege was lifted.',
    'Pictures of the attack spread quickly on social media, residents said.',
    'Reuters reported that the convoy had reached the town on Monday.',
    'Copyrighted footage was shared widely.',
    'Facebook removed the video on Monday.',
    'He said the plan was invented by the previous government to divide the rebels, and that it had failed completely as a result.',
    '',
  ])('keeps content: %s', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
