import { describe, expect, it } from 'vitest';
import { codeAcled, defaultAcled } from '@/lib/extract';
import { AcledClass, ACLED_SUB_EVENT_TYPES, EventType } from '@/lib/schemas';

const code = (type: EventType, sentence: string, trigger: string, actingInter: number[] = []) => codeAcled({ type, sentence, trigger, actingInter });

describe('ACLED coding of an event (data/extract/triggers.json acled + subTypes)', () => {
  it('every display class codes to a sub-type of the codebook, its event type from the hierarchy', () => {
    for (const t of EventType.options) {
      const c = defaultAcled(t);
      expect(AcledClass.safeParse(c).success, t).toBe(true);
      expect(ACLED_SUB_EVENT_TYPES[c.subEventType].eventType).toBe(c.eventType);
    }
  });

  it('a clash where ground changed hands is territory: regained by state forces, overtaken by anyone else', () => {
    const s = 'Army units recaptured the hill town of Vell after a night of fighting.';
    expect(code('clash', s, 'fighting', [1])).toMatchObject({ type: 'territory', acled: { eventType: 'Battles', subEventType: 'Government regains territory' } });
    expect(code('clash', s, 'fighting', [2])).toMatchObject({ type: 'territory', acled: { subEventType: 'Non-state actor overtakes territory' } });
    expect(code('clash', 'Rebels and soldiers fought near Vell.', 'fought', [2])).toMatchObject({ type: 'clash', acled: { subEventType: 'Armed clash' } });
  });

  it('trigger-scoped cues look only at the trigger words', () => {
    expect(code('airstrike', 'Jets dropped chlorine on Vell.', 'air raid').acled.subEventType).toBe('Air/drone strike');
    expect(code('airstrike', 'A chlorine attack hit Vell.', 'chlorine attack').acled).toEqual({ eventType: 'Explosions/Remote violence', subEventType: 'Chemical weapon' });
  });

  it('says why, naming the cue', () => {
    expect(code('clash', 'Rebels seized the depot at Vell.', 'seized', [2]).why).toMatch(/"seized" in the sentence .*Non-state actor overtakes territory/);
    expect(code('truce', 'A truce took hold in Vell.', 'truce').why).toBe('ACLED: truce → Agreement');
  });
});

describe('AcledClass: the codebook hierarchy is enforced', () => {
  it('rejects a sub-type under the wrong event type', () => {
    expect(AcledClass.safeParse({ eventType: 'Battles', subEventType: 'Peaceful protest' }).success).toBe(false);
    expect(AcledClass.safeParse({ eventType: 'Protests', subEventType: 'Peaceful protest' }).success).toBe(true);
    expect(AcledClass.safeParse({ eventType: 'Protests', subEventType: 'Sit-in' }).success).toBe(false);
  });
  it('has the codebook\'s 6 types and 25 sub-types', () => {
    expect(new Set(Object.values(ACLED_SUB_EVENT_TYPES).map((x) => x.eventType)).size).toBe(6);
    expect(Object.keys(ACLED_SUB_EVENT_TYPES)).toHaveLength(25);
  });
});
