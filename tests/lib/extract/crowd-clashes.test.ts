/**
 * Crowds fighting police or each other are mob violence, not an armed clash (data/extract/triggers.json, riot
 * frames): workers, citizens, traders, a mob "of around 50"; two village groups. Armed groups stay a clash.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents } from '../../support/read';

const sub = (text: string) => liveEvents(text, '2022-03-20').map((x) => x.acled?.subEventType);

describe('crowd clashes', () => {
  it('workers, citizens or a mob fighting the police are mob violence', () => {
    expect(sub('On Sunday, garment workers clashed with police in Surat over unpaid wages.')).toEqual(['Mob violence']);
    expect(sub('On Sunday, a mob of around 40 attacked a police team in Gaya.')).toEqual(['Mob violence']);
    expect(sub('On Sunday, citizens clashed with police officers at the market entrance in Cusco.')).toEqual(['Mob violence']);
  });

  it('two village groups clashing are mob violence; two armed groups stay an armed clash', () => {
    expect(sub('On Sunday, two village groups clashed in Gaya over a land dispute.')).toEqual(['Mob violence']);
    expect(sub('On Sunday, two armed groups clashed near Goma.')).toEqual(['Armed clash']);
    expect(sub('On Sunday, two groups of militiamen clashed near Goma.')).toEqual(['Armed clash']);
  });
});
