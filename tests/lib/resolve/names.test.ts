/**
 * Session 9: when does a sentence name a locality — the words, their capitals, and where they stand.
 * Sentences written for these tests (no dev-set text). Each `it` failed on the rules before this change (a2dea77).
 */
import { describe, expect, it } from 'vitest';
import { compare, profile } from '@/lib/resolve';
import { report, TOWN, type Spec } from './build';

const protest = (article: string, quote: string, place: Spec['place'] = TOWN) => ({ article, sub: 'Peaceful protest' as const, place, quote });
const cmp = (a: Spec, b: Spec) => compare(profile(report(a)), profile(report(b)));

/** A report placed at the name at `placeText`'s first occurrence in its sentence (as the reader sets the span). */
function placedAt(s: Spec, placeText: string) {
  const ref = report(s);
  const at = ref.event.quote.text.indexOf(placeText);
  ref.event.place = { ...ref.event.place!, text: placeText, start: ref.event.quote.start + at, end: ref.event.quote.start + at + placeText.length };
  return ref;
}

describe('a locality is named by a name, not by a common word that folds alike', () => {
  it('"workers" is no spelling of Varkaris: two protests in two named quarters stay apart', () => {
    // Varkaris and "workers" share a skeleton (r k r s); only a capitalised word can be a place's name
    const a = protest('one', 'On 7 May, dock workers protested in Varkaris over unpaid wages.');
    const b = protest('two', 'On 7 May, hospital workers protested in Tolmeni demanding masks.');
    const c = cmp(a, b);
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Varkaris / Tolmeni)');
    // the same quarter written as a name still joins
    expect(cmp(a, protest('two', 'On 7 May, dockers marched through Varkaris over wages they are owed.')).compatible).toBe(true);
  });
});

describe('a name written as where another place lies is its container, not where the event was', () => {
  it('"in Quelmo (Alpha)" does not name Alpha: a protest there and one in Alpha itself are two', () => {
    // Quelmo is in no gazetteer: the reader placed the report at the container it could read, Alpha
    const suburb = placedAt(protest('one', 'On 7 May, residents banged pots in Quelmo (Alpha) against the release of prisoners.'), 'Alpha');
    const city = report(protest('two', 'On 7 May, residents banged pots in Alpha against the release of prisoners.'));
    const c = compare(profile(suburb), profile(city));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Quelmo / Alpha)');
    // two reports both placed at Alpha by naming it as a place are one place spelt twice, as before
    expect(cmp(protest('three', 'On 7 May, residents banged pots in Alpha against prisoner releases.'), protest('four', 'On 7 May, pots were banged across Alpha against the releases.')).compatible).toBe(true);
  });

  it('after a comma too ("in Quelmo, Alpha, residents …"), but not inside a list of places ("in Quelmo, Alpha and Beta")', () => {
    const city = protest('two', 'On 7 May, residents banged pots in Alpha against the release of prisoners.');
    const comma = placedAt(protest('one', 'On 7 May, in Quelmo, Alpha, residents banged pots against the release of prisoners.'), 'Alpha');
    expect(compare(profile(comma), profile(report(city))).compatible).toBe(false);
    // a list names every place in it as a place it happened: the report naming Alpha alone may be its part there
    const list = protest('one', 'On 7 May, residents banged pots in Quelmo, Alpha and Beta against the release of prisoners.');
    expect(cmp(list, city).compatible).toBe(true);
  });

  it('a container of several words is one: "(At Omegat, Sigma)" does not name Omegat district either', () => {
    // both read at Sigma, the governorate's city, the one name the reader could place
    const areas = placedAt({ article: 'one', sub: 'Shelling/artillery/missile attack', quote: 'On 5 May, rebels reportedly shelled army positions in Kadra and Belun areas (At Omegat, Sigma), injuring several fighters.' }, 'Sigma');
    const district = placedAt({ article: 'two', sub: 'Shelling/artillery/missile attack', quote: 'On 5 May, rebels reportedly fired mortar shells at residential areas of Omegat district (Sigma), with no casualties reported.' }, 'Sigma');
    const c = compare(profile(areas), profile(district));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Belun, Kadra / Omegat)');
  });

  it('a name a sentence writes only as a container is not one of its own localities: the same sentence twice is one event', () => {
    const quote = 'On 7 May, troops exchanged fire at Kelda sector area (Alpha district, Omega) and Belun sector area (Sigma district, Omega).';
    const c = cmp({ article: 'one', sub: 'Armed clash', quote }, { article: 'two', sub: 'Armed clash', quote });
    expect(c.compatible).toBe(true);
    expect(profile(report({ article: 'one', sub: 'Armed clash', quote })).text.localities.map((l) => l.name)).toEqual(['Belun', 'Kelda']);
  });

  it('an air strike on a mountain written "(Alpha, Omega province)" and strikes on Alpha district are two events', () => {
    const mountain = { article: 'one', actors: [['saudi-led-coalition', 'actor']] as Spec['actors'], quote: 'On 8 May, a coalition airstrike hit Kelda mountain (Alpha, Omega province), with no casualties reported.' };
    const district = { article: 'two', actors: [['saudi-led-coalition', 'actor']] as Spec['actors'], quote: 'On 8 May, two coalition airstrikes targeted Alpha district (Omega province).' };
    // the reader places the mountain, a name in no gazetteer, at the container it can read
    const c = compare(profile(placedAt(mountain, 'Alpha')), profile(report(district)));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Kelda / Alpha)');
    // told in running text ("Kelda mountain in Alpha district") the finer report still names the district: it may be one strike told at two precisions
    const running = placedAt({ ...mountain, quote: 'On 8 May, a coalition airstrike hit Kelda mountain in Alpha district, with no casualties reported.' }, 'Alpha');
    expect(compare(profile(running), profile(report(district))).compatible).toBe(true);
  });
});

describe('a report whose sentence names no place is where its article is about', () => {
  const focus = { id: 'gn:9', name: 'Gamma', lat: 35.0, lon: 38.0, radiusKm: 30, kind: 'city' as const };
  /** "A shoot-out broke out …" placed at Gamma from an earlier sentence, in an article titled `title` */
  const outside = (title: string) => {
    const ref = report({ article: 'one', sub: 'Armed clash', place: focus, quote: 'A shoot-out broke out and two officers were wounded.' });
    ref.event.place = { ...ref.event.place!, start: 0, end: 5 };
    ref.event.quote = { ...ref.event.quote, start: 300, end: 300 + ref.event.quote.text.length };
    ref.article = { ...ref.article, title };
    return ref;
  };
  const other = report({ article: 'two', sub: 'Armed clash', place: focus, quote: 'On 7 May, in the West Zone of Gamma, a shoot-out took place in the Delta neighbourhood.' });

  it('the localities of its article’s title are its own: a shoot-out in the North Zone is not one in the West Zone', () => {
    const c = compare(profile(outside('Police operation in the North Zone of Gamma')), profile(other));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (North Zone / Delta, West Zone)');
    // a title naming the other's zone, or no part of the city, leaves them free to join
    expect(compare(profile(outside('Police operation in the West Zone of Gamma')), profile(other)).compatible).toBe(true);
    expect(compare(profile(outside('Gunfire in Gamma')), profile(other)).compatible).toBe(true);
  });

  it('a title cut short loses its cut word ("… in the North Zone of Gam…")', () => {
    const c = compare(profile(outside('Police operation in the North Zone of Gam…')), profile(other));
    expect(c.reasons[0]).toBe('different localities named (North Zone / Delta, West Zone)');
  });
});
