/**
 * The actor1 comparison (lib/eval/acled-actors.ts) with open-world event actors: the display name counts as a name
 * the actor goes by; an actor whose kind says it is no state force never matches a country's forces.
 * Names invented for this test (Freedonia, Zuran).
 */
import { describe, expect, it } from 'vitest';
import type { EventActor } from '@/lib/schemas';
import { acledActorFound, eventActorNames } from '@/lib/eval/acled-actors';

const open = (text: string, name: string, kind: EventActor['kind'], id = 'x:y'): Pick<EventActor, 'id' | 'text' | 'name' | 'kind'> => ({ id, text, name, kind });

describe('acledActorFound with open-world actors', () => {
  it('uses the display name beside the words', () => {
    expect(eventActorNames(open('soldiers', 'Military forces of Freedonia', 'state'))).toEqual(['soldier', 'military force of freedonia']);
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [open('soldiers', 'Military forces of Freedonia', 'state')])).toBe(true);
    expect(acledActorFound('Protesters (Freedonia)', [open('demonstrators', 'Protesters (Freedonia)', 'protesters')])).toBe(true);
    expect(acledActorFound('Unidentified Armed Group (Freedonia)', [open('armed men', 'Unidentified armed group (Freedonia)', 'militia')])).toBe(true);
    expect(acledActorFound('Zuran Militia', [open('Zuran fighters', 'Zuran fighters', 'rebel')])).toBe(true);
    expect(acledActorFound('Zuran Liberation Front', [open('Zuran fighters', 'Zuran fighters', 'rebel')])).toBe(false);
  });
  it('a crowd or an unidentified group named after a country is not that country\'s forces', () => {
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [open('demonstrators', 'Protesters (Freedonia)', 'protesters')])).toBe(false);
    expect(acledActorFound('Police Forces of Freedonia (2019-)', [open('gunmen', 'Unidentified armed group (Freedonia)', 'militia')])).toBe(false);
  });
  it('another country\'s forces do not match', () => {
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [open('Sylvanian troops', 'Military forces of Sylvania', 'state')])).toBe(false);
  });
});
