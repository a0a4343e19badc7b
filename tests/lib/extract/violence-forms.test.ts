/**
 * Forms of one-sided violence and crowd violence the word tables name (data/extract/civilians.json,
 * data/extract/open-actors.json, data/extract/triggers.json riot frames), and two judging rules
 * (lib/extract/triggers.ts): a month inside a date is no march; a crowd frame followed by "by" is a reduced passive.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents } from '../../support/read';

const sub = (text: string) => liveEvents(text, '2022-03-20').map((x) => x.acled?.subEventType);

describe('dates are not triggers', () => {
  it('"On 3 March 2022" names a month, not a march', () => {
    expect(sub('On 3 March 2022, residents of Jos met the governor to discuss the state of the roads.')).toEqual([]);
    expect(sub('On 3 March 2022, a group of villagers killed a man accused of stealing goats in Dutse village (Jigawa).')).toEqual(['Mob violence']);
  });
});

describe('a crowd frame followed by "by" is a reduced passive', () => {
  it('"three villagers attacked by gunmen" does not make the villagers rioters', () => {
    expect(sub('On Tuesday, three villagers attacked by gunmen near Gusau died in hospital.')).not.toContain('Mob violence');
  });
});

describe('one-sided violence by state agents named in the singular or by their post', () => {
  it('a policeman, prison guards and border police hurt unarmed people: an attack', () => {
    expect(sub('On Monday, a policeman shot and injured a motorcycle driver in Kisumu.')).toEqual(['Attack']);
    expect(sub('On Monday, prison guards beat a journalist in Kisumu.')).toEqual(['Attack']);
    expect(sub('On Monday, border police fired rubber bullets at shepherds near Hebron.')).toEqual(['Attack']);
  });

  it('more victims: a businesswoman, a lawyer, a detainee', () => {
    expect(sub('On Monday, soldiers beat up a businesswoman at a checkpoint in Monrovia.')).toEqual(['Attack']);
    expect(sub('On Monday, unknown gunmen shot dead a lawyer in Kano.')).toEqual(['Attack']);
  });
});

describe('crowds that hurt people: mob violence', () => {
  it('persons, shopkeepers, a group of villagers', () => {
    expect(sub('On Monday, five persons beat up a man with sticks in Hisar.')).toEqual(['Mob violence']);
    expect(sub('On Monday, four reporters were injured by shopkeepers in Bogra town.')).toEqual(['Mob violence']);
  });
});

describe('forces killing an armed man, and fortifying', () => {
  it('"killed a rebel commander" is a clash; "dug trenches", "established new fortifications" are a change to group activity', () => {
    expect(sub('On Monday, Chadian forces killed a rebel commander near Abeche.')).toEqual(['Armed clash']);
    expect(sub('On Monday, Houthi forces dug trenches east of Hays city.')).toEqual(['Change to group/activity']);
    expect(sub('On Monday, the rebels established new fortifications around Beni.')).toEqual(['Change to group/activity']);
  });
});

describe('one side\'s violence told in clash words is an attack', () => {
  it('armed men storm an office, militants attack a hamlet by name: an attack (no opponent, no two-sided word)', () => {
    expect(sub('On Monday, gunmen stormed the tax office in Dhala and beat the manager.')).toEqual(['Attack']);
    expect(sub('On Monday, Islamist militants attacked Nanduli (Meluco, Cabo Delgado). Two civilians were killed.')).toEqual(['Attack']);
  });

  it('an armed opponent, two armed parties or a town held stays a clash', () => {
    expect(sub('On Monday, IS militants attacked Iraqi forces in Makhmur district.')).toEqual(['Armed clash']);
    expect(sub('On Monday, a police patrol in Auchi was attacked by armed youth militias.')).toEqual(['Armed clash']);
    expect(sub('On Monday, RSF fighters attacked the town of Nyala, witnesses said.')).toEqual(['Armed clash']);
  });
});

describe('the toll a frame of violence implies', () => {
  const toll = (text: string) => liveEvents(text, '2022-03-20').map((e) => e.fatalities?.count ?? null);

  it('counts the victim\'s number written before a passive frame, and victims joined by "and"', () => {
    expect(toll('On Monday, a former village councilor was shot dead by unidentified assailants in Calamba.')).toEqual([1]);
    expect(toll('On Monday, gunmen shot dead two farmers and a child in Gusau.')).toEqual([3]);
  });

  it('gives way to a toll stated in the next sentence', () => {
    expect(toll('On Monday, armed men shot dead a trader at a market in Celaya. 2 fatalities.')).toEqual([2]);
  });
});

describe('a figure with inner commas is one word of a wildcard', () => {
  it('"seized about 1,5 tons of", "seized 685,000 packs of" are seizures (looting / property destruction)', () => {
    expect(sub('On Monday, in Dourados, federal police forces seized about 1,5 tons of marijuana in a truck.')).toEqual(['Looting/property destruction']);
    expect(sub('On Monday, in Dourados, military police seized 685,000 packs of smuggled cigarettes.')).toEqual(['Looting/property destruction']);
  });
});

describe('leading labels that name a type by themselves', () => {
  it('"Security measures:", "Land seizure:" label the sentence; the words alone in running text make no event', () => {
    expect(sub('Security measures: On Monday, the governorship of Mardin announced a two-day curfew in the province.')).toEqual(['Change to group/activity']);
    expect(sub('Land seizure: On Monday, soldiers seized farmland belonging to residents of Beit Ummar.')).toEqual(['Looting/property destruction']);
    expect(sub('Police tightened security measures in Ankara on Monday ahead of the match.')).toEqual([]);
  });
});

describe('people killed during a police or army raid: the raid names the perpetrator', () => {
  const events = (text: string) => liveEvents(text, '2022-03-20');
  it('"a drug suspect was killed during a police raid" is an attack by the police', () => {
    const [e, ...rest] = events('On Monday, two drug suspects were killed during a police raid in Antipolo, Rizal.');
    expect(rest).toEqual([]);
    expect(e?.acled?.subEventType).toBe('Attack');
    expect(e?.actors.find((a) => a.role === 'actor')?.text).toBe('police');
    expect(sub('On Monday, a farmer was killed during a military operation near Kidal.')).toEqual(['Attack']);
  });

  it('"during" opens no armed victim, but a raid alone names no one, and an exchange of fire is a clash', () => {
    expect(sub('On Monday, a trader was killed during a raid in Antipolo, Rizal.')).toEqual([]);
    expect(sub('On Monday, a man was killed during a police operation in Sao Goncalo after an exchange of fire with gang members.')).toEqual(['Armed clash']);
  });

  it('"unknown gunmen assassinated an economic operator"', () => {
    expect(sub('On Monday, unknown gunmen assassinated an economic operator in Mopti.')).toEqual(['Attack']);
  });
});

describe('a shooting or gun attack on police, soldiers or their posts is an armed clash', () => {
  it('"a drive-by shooting against two police officers", "a gun attack on a military post"', () => {
    expect(sub('On Monday, gunmen carried out a drive-by shooting against two police officers in Celaya, Guanajuato.')).toEqual(['Armed clash']);
    expect(sub('On Monday, armed men carried out a gun attack on a military post near Gao.')).toEqual(['Armed clash']);
  });

  it('the same shooting against a trader stays an attack', () => {
    expect(sub('On Monday, gunmen carried out a drive-by shooting against a trader in Celaya, Guanajuato.')).toEqual(['Attack']);
  });
});

describe('guns fired at an area, not at an enemy, are shelling', () => {
  it('"fired machine guns … at scattered areas", "fired mortar shells and machine guns at residential neighbourhoods"', () => {
    const [e, ...rest] = liveEvents('On Monday, rebel forces reportedly fired 14.5mm and 12.7mm machine guns, in addition to sniper rifles, at scattered areas of Hays district.', '2022-03-20');
    expect(rest).toEqual([]);
    expect(e?.acled?.subEventType).toBe('Shelling/artillery/missile attack');
    expect(e?.why.join(' ')).toMatch(/guns fired at an area/);
    expect(sub('On Monday, rebel forces fired mortar shells and machine guns at residential neighbourhoods in Hays.')).toEqual(['Shelling/artillery/missile attack']);
  });

  it('fire at positions or forces stays a clash, even when an area is named later', () => {
    expect(sub('On Monday, rebel forces fired machine guns at the positions of government forces in the area of Hays.')).toEqual(['Armed clash']);
    expect(sub('On Monday, Ukrainian forces fired grenade launchers, heavy machine guns and small arms at the positions of the militia near Pavlopil.')).toEqual(['Armed clash']);
  });
});

describe('a grenade answered with gunfire is an armed clash', () => {
  it('"threw a hand grenade at a police checkpoint. Police responded with gunfire."', () => {
    expect(sub('On Monday, militants threw a hand grenade at a police checkpoint in Mogadishu. Police responded with gunfire.')).toEqual(['Armed clash']);
  });

  it('a grenade no one answers stays a grenade', () => {
    expect(sub('On Monday, militants threw a hand grenade at a market in Mogadishu, wounding four traders.')).toEqual(['Grenade']);
  });
});

describe('what is no held place or armed opponent in a one-sided act', () => {
  it('"shot and killed a district sports chairman": the district is no held place when a noun follows it', () => {
    expect(sub('On Monday, Al Shabaab militants shot and killed a district sports chairman at his home in Afgooye.')).toEqual(['Attack']);
    expect(sub('On Monday, Islamist militants attacked the town of Geneina.')).toEqual(['Armed clash']);
  });

  it('a refugee camp is no armed camp; snipers are perpetrators', () => {
    expect(sub('On Monday, Israeli forces stormed the Balata refugee camp in Nablus and fired tear gas canisters at residents.')).toEqual(['Attack']);
    expect(sub('On Monday, militants stormed an army camp near Gao.')).toEqual(['Armed clash']);
    expect(sub('On Monday, snipers opened fire on the Hadharan area of Taiz, injuring a child.')).toEqual(['Attack']);
  });
});

describe('a sentence opened by a label dates its event after the label', () => {
  it('"Property destruction: On 5 June 2021, …" is dated 5 June, not the publication day', () => {
    const [e] = liveEvents('Property destruction: On 5 June 2021, soldiers razed farmland near the town of Doura in Hebron.', '2021-06-09');
    expect(e?.date.value).toBe('2021-06-05');
    expect(e?.date.text).toBe('On 5 June 2021');
    const [m] = liveEvents('Security measures: On 5 June 2021, the authorities announced a curfew in Sanaa.', '2021-06-09');
    expect(m?.date.value).toBe('2021-06-05');
  });
});

describe('explosive remnants of war, and fortifications', () => {
  it('"a villager accidentally stepped on a landmine" is Other (explosive remnants of war), not a landmine attack', () => {
    expect(sub('On Monday, a villager accidentally stepped on a landmine in Samlout district, Battambang, Cambodia. The explosion killed one.')).toEqual(['Other']);
    expect(sub('On Monday, a roadside bomb planted by militants killed two soldiers near Gao.')).toEqual(['Remote explosive/landmine/IED']);
  });

  it('"established fortifications" with no word between is a change to the group\'s activity', () => {
    expect(sub('On Monday, anti-Houthi forces established fortifications in the east of Hudaydah city.')).toEqual(['Change to group/activity']);
  });
});

describe('violence against a gang member is an armed clash', () => {
  it('"a man was shot to death by two armed men. The victim was involved in a gang."', () => {
    expect(sub('On Monday, in Manaus, Amazonas, a man was shot to death in Compensa neighborhood by two armed men. The victim was involved in a gang.')).toEqual(['Armed clash']);
  });

  it('the same killing of a teacher stays an attack', () => {
    expect(sub('On Monday, in Manaus, Amazonas, a man was shot to death in Compensa neighborhood by two armed men. The victim was a teacher.')).toEqual(['Attack']);
  });
});

describe('sellers are victims; dahalo are perpetrators', () => {
  it('"assaulted a qat seller", "dahalo attacked and killed 1 person"', () => {
    expect(sub('On Monday, pro-Houthi forces reportedly assaulted a qat seller in the city of Dhamar.')).toEqual(['Attack']);
    expect(sub('On Monday, dahalo attacked and killed 1 person while ambushing vehicles in Antanimary, Androy.')).toEqual(['Attack']);
  });
});
