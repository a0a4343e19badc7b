/**
 * Generality probes, end to end through lib/pipeline (real geoparser and gazetteer): wire datelines,
 * relative clauses about duration, drone strikes told by a metonym speaker, announced talks versus
 * conditionals, nationwide statements, and actors of other wars.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processText } from '@/lib/pipeline';
import { splitSentences } from '@/lib/extract/sentences';
import type { ConflictEvent } from '@/lib/schemas';

const probe = readFileSync(path.join(__dirname, '../../fixtures/extract/probes/kharkiv-wire.txt'), 'utf8');
const run = (text: string, published: string) => processText(text, { published, articleId: 'g' }).events;
const find = (events: ConflictEvent[], type: string, words: string) => events.find((e) => e.type === type && e.quote.text.includes(words));
const acting = (e: ConflictEvent | undefined) => (e?.actors ?? []).filter((a) => a.role === 'actor').map((a) => a.id).sort();

describe('wire article probe', () => {
  const events = run(probe, '2023-10-12');

  it('keeps the dateline out of the quote and the place', () => {
    const e = find(events, 'shelling', 'Kharkiv');
    expect(e).toBeDefined();
    expect(e!.quote.text.startsWith('Russian missiles struck')).toBe(true);
    expect(e!.place?.name).toBe('Kharkiv');
    expect(events.every((x) => !/Reuters/.test(x.quote.text))).toBe(true);
  });

  it('a relative clause about duration does not make the main news background', () => {
    const e = find(events, 'clash', 'repelled');
    expect(e?.background).toBe(false);
    expect(acting(e)).toContain('ukraine');
  });

  it('drones → airstrike; "Moscow said its forces" → russia acts on a Ukrainian target', () => {
    const e = find(events, 'airstrike', 'drones');
    expect(e).toBeDefined();
    expect(acting(e)).toEqual(['russia']);
    expect(e!.actors.find((a) => a.id === 'ukraine')?.role).toBe('target');
  });

  it('announced talks with a venue and a time are kept, dated to the coming week, with lower confidence', () => {
    const e = find(events, 'talks', 'Istanbul');
    expect(e).toBeDefined();
    expect(e!.place?.name).toBe('Istanbul');
    expect(e!.date.value! > '2023-10-12').toBe(true);
    expect(e!.confidence).toBeLessThan(0.8);
    expect(e!.why.some((w) => w.startsWith('planned'))).toBe(true);
  });

  it('"fled the country" is placed at the country, not at a town of an earlier sentence', () => {
    const e = find(events, 'displacement', 'fled the country');
    expect(e?.place?.precision).toBe('country');
    expect(e?.place?.country).toBe('UA');
  });
});

describe('general mechanisms', () => {
  it('splits off datelines of several agencies', () => {
    for (const [line, first] of [
      ['GAZA CITY (AP) — Israeli jets struck a school.', 'Israeli jets'],
      ['KHARTOUM, Sudan (Reuters) - Fighting raged.', 'Fighting'],
      ['BEIRUT — Hezbollah fired rockets.', 'Hezbollah'],
      ['Russian forces shelled Kherson.', 'Russian forces'],
    ] as const) expect(splitSentences(line)[0]!.text.startsWith(first)).toBe(true);
  });

  it('a conditional plan is not an event; a plan with a venue is', () => {
    const cond = run('Ukraine and Russia would hold talks in Geneva next month if the fighting stops.', '2024-05-01');
    expect(cond.filter((e) => e.type === 'talks')).toHaveLength(0);
    const hypo = run('A Russian advance on Kharkiv would be likely to trigger new talks in Geneva.', '2024-05-01');
    expect(hypo.filter((e) => e.type === 'talks')).toHaveLength(0);
    const plan = run('Sudan\'s army and the RSF will hold talks in Jeddah on Monday, mediators said.', '2024-05-01');
    expect(plan.filter((e) => e.type === 'talks')).toHaveLength(1);
  });

  it('"US strikes" without a place falls back to the article focus, not to the United States', () => {
    const events = run('US strikes militia targets\n\nUS strikes hit weapons depots used by Iran-backed militias near Al Bukamal in eastern Syria on Friday.\n\nUS strikes also destroyed a command centre, officials said.', '2024-02-03');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.place?.country).toBe('SY');
  });

  it('knows the parties of other wars', () => {
    const cases: [string, string, string][] = [
      ['Houthi rebels launched kamikaze drones at a ship off Hodeidah on Tuesday.', 'airstrike', 'houthis'],
      ['Saudi-led coalition warplanes pounded Sanaa overnight.', 'airstrike', 'saudi-led-coalition'],
      ['JNIM fighters ambushed a convoy near Mopti on Sunday.', 'clash', 'jnim'],
      ['Myanmar junta troops shelled villages near Lashio on Friday.', 'shelling', 'myanmar-military'],
      ['Hamas fighters fired rockets at Ashkelon on Monday.', 'shelling', 'hamas'],
      ['The RSF stormed army positions in El Fasher on Monday.', 'clash', 'sudan-rsf'],
    ];
    for (const [text, type, actor] of cases) {
      const e = run(text, '2024-05-01').find((x) => x.type === type);
      expect(e, text).toBeDefined();
      expect(acting(e), text).toContain(actor);
    }
  });

  it('recognises common trigger phrasings', () => {
    const cases: [string, string][] = [
      ['Government forces retook the town of Kherson on Monday.', 'territory'],
      ['The town of Avdiivka fell to Russian forces on Saturday.', 'territory'],
      ['Israeli forces raided the Jenin camp on Tuesday.', 'clash'],
      ['Russian artillery bombarded Kherson overnight.', 'shelling'],
      ['Ukraine and Russia signed a deal in Istanbul on Friday.', 'talks'],
      ['Turkey sent troops to northern Syria on Monday.', 'deployment'],
      ['Thousands of families fled Rafah on Sunday.', 'displacement'],
    ];
    for (const [text, type] of cases) expect(run(text, '2024-05-01').some((e) => e.type === type), text).toBe(true);
  });
});

describe('probes of other wires (written for these tests)', () => {
  const probeOf = (name: string) => readFileSync(path.join(__dirname, `../../fixtures/extract/probes/${name}.txt`), 'utf8');

  it('Sudan: a year is not a toll, a foreign homonym of an unknown village is withdrawn, talks "during" a rejected call stand', () => {
    const result = processText(probeOf('sudan-wire'), { published: '2024-03-03', articleId: 's' });
    const events = result.events;
    // "erupted in April 2023 and has killed …": 2023 is a date
    expect(events.every((e) => e.fatalities?.count !== 2023)).toBe(true);
    expect(find(events, 'shelling', 'Zamzam') ?? find(events, 'shelling', 'shelled')).toMatchObject({ fatalities: { count: 22 } });
    // Tawila (North Darfur) is not in the gazetteer; its only reading is an alias of a Yemeni town 550 km away
    const tawila = result.mentions.find((m) => m.text === 'Tawila');
    expect(tawila?.isLocation).toBe(false);
    expect(tawila?.nonLocation).toBe('unresolved');
    const talks = find(events, 'talks', 'Jeddah');
    expect(talks?.place?.name).toBe('Jeddah');
    expect(acting(talks)).toEqual(['sudan-saf']);
    expect(events.some((e) => e.type === 'truce' && e.quote.text.includes('rejected calls'))).toBe(false);
  });

  it('Gaza: "the southern Gaza city of Rafah" places the strike in Rafah; an unknown "Tal al-Sultan neighborhood" is one name', () => {
    const result = processText(probeOf('gaza-lebanon'), { published: '2024-03-04', articleId: 'g' });
    const strike = find(result.events, 'airstrike', 'southern Gaza city of Rafah');
    expect(strike?.place?.name).toMatch(/^Rafa/);
    expect(strike?.place?.precision).toBe('exact');
    expect(strike?.fatalities?.count).toBe(13);
    const tal = result.mentions.find((m) => m.text.startsWith('Tal al-Sultan'));
    expect(tal, JSON.stringify(result.mentions.map((m) => m.text))).toBeDefined();
    expect(result.mentions.some((m) => m.text === 'Tal' || m.text.startsWith('al-Sultan'))).toBe(false);
    // the houses hit in Tal al-Sultan are the same strike, told again
    expect(result.events.filter((e) => e.type === 'airstrike').map((e) => e.place?.name)).toEqual([strike!.place!.name]);
    expect(strike!.why.some((w) => w.startsWith('merged with the same airstrike'))).toBe(true);
  });

  it('Syria: "the Hmeimim air base" is a place, "Russia maintains" makes Russia the holder, the Badia stays the Badia', () => {
    const result = processText(probeOf('syria-northeast'), { published: '2024-03-03', articleId: 'y' });
    const bases = result.events.filter((e) => e.type === 'base');
    expect(bases.map((e) => e.place?.kind).sort()).toEqual(['base', 'city']);
    for (const b of bases) expect(acting(b)).toEqual(['russia']);
    const raid = find(result.events, 'airstrike', 'Badia');
    expect(raid?.place?.name).toBe('Syrian Desert');
    expect(acting(raid)).toEqual(['russia']);
    const drones = find(result.events, 'airstrike', 'Turkish drones');
    expect(drones?.place?.name).toMatch(/Q[aā]mishl/);
    expect(acting(drones)).toEqual(['turkey']);
    expect(drones?.fatalities?.count).toBe(3);
  });

  it('Idlib: the captured town, not the province or a town of a relative clause; "White Helmets" is no place; "called on Moscow" is Russia', () => {
    const result = processText(probeOf('idlib-offensive'), { published: '2020-01-28', articleId: 'i' });
    const push = find(result.events, 'clash', 'pushed deeper');
    expect(push?.place?.name).toMatch(/Ma.arrat/);
    expect(acting(push)).toEqual(['syrian-government']);
    expect(push?.actors.find((x) => x.id === 'russia')?.role).toBe('ally');
    // "…the town, which lies on the M5 highway linking Damascus and Aleppo, after rebels withdrew overnight"
    const withdrew = find(result.events, 'deployment', 'withdrew');
    expect(withdrew?.place?.name).toMatch(/Ma.arrat/);
    expect(result.mentions.some((m) => m.text === 'White' && m.isLocation)).toBe(false);
    expect(result.mentions.find((m) => m.text === 'Moscow')?.nonLocation).toBe('metonymy');
    expect(result.events.some((e) => e.place?.name === 'Moscow')).toBe(false);
    // "had fled the area since December 1": ongoing news, not history
    expect(find(result.events, 'displacement', 'since December 1')?.background).toBe(false);
  });

  it('Peace Spring: "Turkey and its Syrian rebel allies" act in every event of the sentence; "it had pulled … troops" is a US withdrawal', () => {
    const result = processText(probeOf('peace-spring-wire'), { published: '2019-10-10', articleId: 'p' });
    for (const type of ['clash', 'airstrike', 'shelling']) {
      const e = result.events.find((x) => x.type === type && x.quote.text.startsWith('Turkey and its Syrian rebel allies'));
      expect(acting(e), type).toEqual(['syrian-rebels', 'turkey']);
      expect(e?.actors.find((x) => x.id === 'kurdish-forces')?.role, type).toBe('target');
      expect(e?.actors.some((x) => x.id === 'syrian-government'), type).toBe(false);
    }
    const pullout = find(result.events, 'deployment', 'special forces');
    expect(acting(pullout)).toEqual(['united-states']);
  });

  it('Israeli strikes: a closing ", the Observatory said" speaks, it is not hit', () => {
    const result = processText(probeOf('israeli-strikes'), { published: '2020-01-13', articleId: 'x' });
    const e = find(result.events, 'airstrike', 'Albu Kamal');
    expect(e?.fatalities?.count).toBe(14);
    expect(e?.actors.find((x) => x.id === 'sohr')?.role).toBe('speaker');
    expect(e?.actors.find((x) => x.id === 'iran-backed-militias')?.role).toBe('target');
  });

  it('Aleppo 2016: "responded by shelling" acts, "Kerry and his Russian counterpart Lavrov met" both act, "Khan" of "Khan Touman" is no place', () => {
    const result = processText(probeOf('aleppo-2016'), { published: '2016-04-30', articleId: 'a' });
    const shelling = find(result.events, 'shelling', 'responded by shelling');
    expect(acting(shelling)).toEqual(['syrian-rebels']);
    expect(shelling?.actors.find((x) => x.id === 'syrian-government')?.role).toBe('target');
    const talks = find(result.events, 'talks', 'Kerry');
    expect(acting(talks)).toEqual(['russia', 'united-states']);
    expect(talks?.place?.country).toBe('CH');
    expect(result.mentions.some((m) => m.text === 'Khan' && m.isLocation)).toBe(false);
    expect(result.mentions.filter((m) => m.isLocation && /Shaar|Bustan/.test(m.text)).map((m) => m.place?.country)).toEqual(['SY', 'SY']);
  });

  it('Yemen: "Al-Qaeda in the Arabian Peninsula" is a name, so the attack stays in Abyan; "the capital Sanaa" is the venue', () => {
    const result = processText(probeOf('yemen-wire'), { published: '2019-01-10', articleId: 'y' });
    expect(result.mentions.find((m) => m.text === 'Arabian Peninsula')?.nonLocation).toBe('organisation');
    expect(find(result.events, 'clash', 'Abyan')?.place?.name).toBe('Abyan');
    expect(find(result.events, 'talks', 'Griffiths')?.place?.name).toBe('Sanaa');
    expect(find(result.events, 'airstrike', 'Hodeidah')).toMatchObject({ fatalities: { count: 12 } });
  });

  it('Baghdad: "earlier this month" in a report of the 10th is not dated after the report', () => {
    const result = processText(probeOf('baghdad-rockets'), { published: '2019-01-10', articleId: 'b' });
    for (const e of result.events) expect(e.date.value! <= '2019-01-10', e.quote.text).toBe(true);
    expect(find(result.events, 'airstrike', 'drone attack')?.date).toMatchObject({ value: '2019-01-10', precision: 3 });
  });

  it('Libya: "Turkey, which backs the GNA, has sent drones" is a Turkish deployment, not merged with Russia\'s; "the Wagner group" is no place; a running total is no orphan toll', () => {
    const result = processText(probeOf('libya-wire'), { published: '2019-10-15', articleId: 'l' });
    const deployments = result.events.filter((e) => e.type === 'deployment');
    expect(deployments.map(acting)).toEqual([['turkey'], ['russia']]);
    expect(deployments.every((e) => e.place?.country === 'LY')).toBe(true);
    expect(result.mentions.find((m) => m.text === 'Wagner')?.isLocation).toBe(false);
    expect(result.events.some((e) => e.fatalities?.count === 1000)).toBe(false);
  });

  it('Aleppo falls: "regained control of" is the army\'s regained territory; "a deal brokered by Russia, Turkey and Iran" is talks; talks "in the Kazakh capital Astana" are in Astana', () => {
    const result = processText(probeOf('aleppo-falls'), { published: '2016-12-23', articleId: 'f' });
    const clash = find(result.events, 'territory', 'regained control');
    expect(clash?.acled).toEqual({ eventType: 'Battles', subEventType: 'Government regains territory' });
    expect(acting(clash)).toEqual(['syrian-government']);
    expect(clash?.place?.name).toBe('Aleppo');
    const deal = find(result.events, 'talks', 'brokered by Russia');
    expect(deal?.actors.filter((x) => x.role === 'mediator').map((x) => x.id).sort()).toEqual(['iran', 'russia', 'turkey']);
    const astana = find(result.events, 'talks', 'Astana');
    expect(astana?.place?.name).toBe('Astana');
    expect(result.mentions.find((m) => m.text === 'Red Cross')?.isLocation).toBe(false);
    expect(result.mentions.find((m) => m.text === 'Ankara')?.nonLocation).toBe('metonymy');
  });

  it('Douma: a chemical attack is an attack from the air; the body\'s "at least 42" beats the headline\'s "dozens"', () => {
    const result = processText(probeOf('douma-chemical'), { published: '2018-04-08', articleId: 'd' });
    const attack = result.events.find((e) => e.type === 'airstrike');
    expect(attack?.place?.name).toMatch(/D[uū]m[aā]/);
    expect(attack?.fatalities?.count).toBe(42);
    expect(attack?.trigger.text.toLowerCase()).toContain('chemical attack');
  });

  it('title-case headlines: "Sent To Penal Colony" is no place, "Fighters In Syria" is', () => {
    const { mentions } = processText('READ ALSO: Head Of Russian Prisons Confirms Navalny Was Sent To Penal Colony\nTurkey Pounds Kurdish Fighters In Syria\n', { published: '2021-02-20', articleId: 'h' });
    const located = mentions.filter((m) => m.isLocation).map((m) => m.text);
    expect(located).not.toContain('Penal');
    expect(located).toEqual(expect.arrayContaining(['Turkey', 'Syria']));
  });

  it('Tel Rifaat: "a ceasefire brokered by Moscow … has been violated" is a truce with Russia as mediator; patrols deploy', () => {
    const result = processText(probeOf('tel-rifaat-wire'), { published: '2019-11-05', articleId: 't' });
    const truce = find(result.events, 'truce', 'violated');
    expect(truce?.actors.find((x) => x.id === 'russia')?.role).toBe('mediator');
    expect(result.events.some((e) => e.type === 'talks' && e.quote.text.includes('violated'))).toBe(false);
    expect(acting(find(result.events, 'deployment', 'patrols'))).toEqual(['russia']);
    expect(acting(find(result.events, 'shelling', 'Turkish artillery'))).toEqual(['turkey']);
  });
});
