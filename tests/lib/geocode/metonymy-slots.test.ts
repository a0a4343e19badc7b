/**
 * Capitals standing for their governments in every syntactic slot (attributive, after "loyal to" / "backed by",
 * coordinated, possessive, subject of an action verb, party to a relation), and literal uses that stay places.
 * Read against the committed gazetteer (a capital is one only where the gazetteer holds its city).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import { processText } from '@/lib/pipeline';
import type { Mention } from '@/lib/schemas';

let gz: MemoryGazetteer;
beforeAll(() => {
  gz = loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer'));
});

function mentionOf(text: string, name: string): Mention {
  const ms = geocode(text, { gazetteer: gz });
  const m = ms.find((x) => x.text === name || x.text.includes(name));
  if (!m) throw new Error(`no mention of "${name}" in ${JSON.stringify(ms.map((x) => x.text))}`);
  return m;
}

describe('a capital standing for its government is not mapped', () => {
  it.each([
    // attributive
    ['Moscow troops crossed into the valley before dawn.', 'Moscow'],
    ['Damascus forces retook two hilltops on Thursday.', 'Damascus'],
    ['The Kabul government rejected the offer.', 'Kabul'],
    // a new clause after ", and": its subject does not share the list's preposition
    ['Rebels lost the highway to Palmyra, and Moscow praised the advance.', 'Moscow'],
    ['Convoys reached the road to Idlib, but Ankara protested the shelling.', 'Ankara'],
    ['Washington sanctions have hit the oil trade hard.', 'Washington'],
    ['Beijing warships sailed past the island on Monday.', 'Beijing'],
    // after "loyal to", "allied to", "backed by", "funded by", "aligned with"
    ['Gunmen loyal to Damascus set up new checkpoints.', 'Damascus'],
    ['The militia, allied to Tehran, holds the crossing.', 'Tehran'],
    ['The brigade is backed by Ankara and paid monthly.', 'Ankara'],
    ['Several of the factions are funded by Riyadh.', 'Riyadh'],
    ['A party aligned with Moscow won the vote.', 'Moscow'],
    ['Units loyal to Tripoli pushed south along the coast road.', 'Tripoli'],
    // coordinated with its allies
    ['Washington and its allies froze the central bank’s assets.', 'Washington'],
    ['Tehran and its regional proxies denied any role.', 'Tehran'],
    // possessive
    ['Ankara’s offensive has displaced thousands.', 'Ankara'],
    ['Riyadh’s air campaign entered its sixth year.', 'Riyadh'],
    // subject of an action verb
    ['Moscow deployed additional bombers to the base.', 'Moscow'],
    ['Washington imposed fresh sanctions on the shipping firm.', 'Washington'],
    ['Riyadh launched a new wave of strikes overnight.', 'Riyadh'],
    ['Baghdad sent reinforcements to the northern front.', 'Baghdad'],
    ['Cairo cut ties with the council last spring.', 'Cairo'],
    // a party to a relation between governments
    ['Talks between Kiev and Moscow stalled again.', 'Kiev'],
    ['Talks between Kiev and Moscow stalled again.', 'Moscow'],
    ['Relations with Ankara have cooled since the summit.', 'Ankara'],
    ['The deal with Tehran collapsed within a month.', 'Tehran'],
    ['The rebels advanced at the behest of Ankara.', 'Ankara'],
    ['The militia still gets support from Tehran.', 'Tehran'],
    // object of a verb of telling, assuring, supporting; the source of a claim
    ['The president told Tehran to halt the enrichment.', 'Tehran'],
    ['The envoy assured Kabul that the aid would continue.', 'Kabul'],
    ['The minister warned Moscow Tuesday against escalation.', 'Moscow'],
    ['The rebels sent a message to Damascus on Friday.', 'Damascus'],
    ['According to Moscow, the strikes hit only depots.', 'Moscow'],
    // a list whose last name acts: every capital of it stands for its government
    ['Moscow, Tehran and Ankara agreed on a new buffer zone.', 'Moscow'],
    ['Washington’s and Moscow’s envoys met in a hotel lobby.', 'Washington'],
  ])('%s → %s', (text, name) => {
    const m = mentionOf(text, name);
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('metonymy');
  });

  it('a comma alone does not make a list: "in Kabul, Tehran said" keeps Kabul a place', () => {
    expect(mentionOf('Fighting went on in Kabul, Tehran said.', 'Kabul').isLocation).toBe(true);
    expect(mentionOf('Fighting went on in Kabul, Tehran said.', 'Tehran').nonLocation).toBe('metonymy');
  });

  it('says which slot decided', () => {
    expect(mentionOf('Moscow troops crossed into the valley.', 'Moscow').why.join(' ')).toMatch(/modifies "troops"/);
    expect(mentionOf('Gunmen loyal to Damascus set up checkpoints.', 'Damascus').why.join(' ')).toMatch(/loyal to/);
    expect(mentionOf('Washington and its allies froze the assets.', 'Washington').why.join(' ')).toMatch(/its "allies"/);
    expect(mentionOf('Talks between Kiev and Moscow stalled.', 'Kiev').why.join(' ')).toMatch(/party to "Talks between"/);
  });
});

describe('literal uses of a capital stay places', () => {
  it.each([
    ['Fighting in Damascus killed four people on Tuesday.', 'Damascus'],
    ['The envoy flew from Moscow to Ankara for the signing.', 'Moscow'],
    ['The envoy flew from Moscow to Ankara for the signing.', 'Ankara'],
    ['Shells landed across the Damascus countryside.', 'Damascus'],
    ['Flights resumed between Beirut, Amman, and Damascus on Sunday.', 'Damascus'],
    ['A bomb in Ankara wounded eleven shoppers.', 'Ankara'],
    ['Moscow residents queued outside the pharmacies.', 'Moscow'],
    ['Moscow streets were almost empty on the holiday.', 'Moscow'],
    ['The Damascus suburbs lost power for a week.', 'Damascus'],
    ['Buses run between Baghdad and Basra twice a day.', 'Baghdad'],
    ['Floods swept through Kabul and its outskirts.', 'Kabul'],
    ['He grew up in Tehran and studied in Riyadh.', 'Riyadh'],
    ['Talks were held in Moscow and later in Ankara.', 'Moscow'],
    ['A car bomb exploded near Baghdad on Sunday.', 'Baghdad'],
    ['Kabul police cordoned off the market.', 'Kabul'],
    ['The Moscow military parade was called off.', 'Moscow'],
    ['Missiles hit Baghdad overnight.', 'Baghdad'],
    ['Police informed the Paris Carrefour branch of the threat.', 'Paris'],
    ['The rebels backed away from Damascus.', 'Damascus'],
    // a later name of a list shares the locative preposition of the first
    ['The road between Damascus and Beirut reopened on Monday.', 'Beirut'],
    ['Flights between Moscow, Ankara and Tehran resumed.', 'Tehran'],
  ])('%s → %s', (text, name) => {
    expect(mentionOf(text, name).isLocation).toBe(true);
  });
});

describe('the extractor still reads the government as the actor', () => {
  const events = (text: string) => processText(text, { published: '2023-05-05' }).events.filter((e) => !e.background);

  it('"Moscow troops shelled X": Russia acts, the event is at X, not Moscow', () => {
    const [e] = events('On 3 May, Moscow troops shelled the village of Kafr Nabl in Idlib province.');
    expect(e).toBeDefined();
    expect(e!.actors.some((a) => a.id === 'russia' && a.role === 'actor')).toBe(true);
    expect(e!.place?.country).toBe('SY');
  });

  it('"Damascus forces shelled X": the Syrian government acts, the event is at X', () => {
    const [e] = events('Damascus forces shelled Jisr al-Shughur on Friday, killing two civilians.');
    expect(e).toBeDefined();
    expect(e!.actors.some((a) => a.id === 'syrian-government' && a.role === 'actor')).toBe(true);
    expect(e!.place?.name).not.toMatch(/Damascus/);
  });
});
