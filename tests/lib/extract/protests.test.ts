/**
 * Protests, riots and property destruction (issue 11): the protest / riot / looting classes and their ACLED sub-types.
 * - a protest is peaceful by default; physical intervention in its sentence or the next one makes it a protest with
 *   intervention, protesters killed by the force used an excessive-force protest; demonstrators fighting the police
 *   make it a violent demonstration (riot);
 * - a crowd as the subject of a violent verb (or the agent of a passive one) is a riot: a violent demonstration inside
 *   a demonstration frame, else mob violence;
 * - violence named as a protest's grievance ("against attacks by gunmen") is no event of its own;
 * - a leading label ("Looting: …") names the type; looting beside an attack is part of the attack;
 * - civil uses (markets rally, a formal protest note, "demonstrated that", riot police, the month of March, looted
 *   public funds) give nothing.
 * Sentences written for these tests; the places are real towns of the gazetteer, the people invented.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents, liveCoded } from '../../support/read';

const read = liveEvents;
const coded = liveCoded;

describe('protests', () => {
  it('a group named after a city ("organised by Keep Nairobi Afloat") is who called the protest, not where it was', () => {
    for (const group of ['Keep Nairobi Afloat', 'Voices of Nairobi']) {
      const events = read(`On 4 June 2023, residents protested from their windows in Kisumu against the curfew. The protest was organised by ${group}, a civic group.`);
      expect(events, group).toHaveLength(1);
      expect(events[0]!.place?.name).toBe('Kisumu');
    }
    // a place after the agent's name is still a place ("by the union in Mombasa")
    expect(read('On 4 June 2023, hundreds of dockers protested, in a rally called by the Dockers Union in Mombasa, against the curfew.')[0]?.place?.name).toBe('Mombasa');
  });
  it('a protest is peaceful by default, with its day from an opening date', () => {
    const [e, ...rest] = read('On 4 June 2023, hundreds of nurses protested outside the health ministry in Nairobi, demanding better pay.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ type: 'protest', acled: { subEventType: 'Peaceful protest' }, date: { value: '2023-06-04' } });
    expect(e!.place?.name).toBe('Nairobi');
  });
  it('gatherings with a grievance, rallies, sit-ins, workers on strike are protests', () => {
    expect(coded('On Monday, traders gathered in front of the town hall in Kisumu to demand the reopening of the market.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Teachers held a rally in Mombasa on Tuesday over unpaid salaries.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Dock workers went on strike in Mombasa on Tuesday over unpaid wages.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Families of the missing staged a sit-in outside the governor\'s office in Kano on Friday.')).toEqual(['protest/Peaceful protest']);
  });
  it('intervention in the sentence or the next one: a protest with intervention', () => {
    expect(coded('Students demonstrated in Kano on Monday. Police fired tear gas to disperse them.')).toEqual(['protest/Protest with intervention']);
    expect(coded('On Friday, farmers staged a protest in Lahore against water cuts; police detained 12 protesters.')).toEqual(['protest/Protest with intervention']);
  });
  it('an arrest named as the grievance is no intervention and no arrest event', () => {
    expect(coded('Journalists protested in Lahore on Friday against the arrest of an editor, demanding his release. The editor was arrested last week.'))
      .toEqual(['protest/Peaceful protest']);
  });
  it('protesters killed by the force used against them: excessive force', () => {
    expect(coded('Security forces opened fire on the protesters in Khartoum on Thursday, killing three protesters.').filter((c) => c.startsWith('protest')))
      .toEqual(['protest/Excessive force against protesters']);
  });
  it('violence named as the grievance of a protest is not a new event', () => {
    expect(coded('On Sunday, residents of Maiduguri protested against attacks by gunmen on nearby villages.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Hundreds marched in Kaduna on Monday, demanding justice for a farmer killed in an ambush last week.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Women demonstrated in Jos on Monday to condemn the recent bombing of a market.')).toEqual(['protest/Peaceful protest']);
  });
});

describe('riots', () => {
  it('demonstrators who throw stones or fight the police: one violent demonstration', () => {
    expect(coded('On Monday, demonstrators in Kisumu pelted stones at the police over fuel prices.')).toEqual(['riot/Violent demonstration']);
    expect(coded('Protesters blocked a highway near Nakuru with burning tyres on Tuesday to demand compensation.')).toEqual(['riot/Violent demonstration']);
    expect(coded('Residents held a demonstration in Kisumu on Friday and clashed with police.')).toContain('riot/Violent demonstration');
  });
  it('troops marching are no protest', () => {
    expect(read('Troops marched into Kunduz on Monday.').filter((e) => e.type === 'protest')).toEqual([]);
  });
  it('a protest told first and its violence in the next sentence: one riot', () => {
    expect(coded('Hundreds demonstrated against the curfew in Kano on Monday. Demonstrators clashed with police and burned a police post.'))
      .toEqual(['riot/Violent demonstration']);
  });
  it('a crowd attacking people without a demonstration frame: mob violence', () => {
    expect(coded('On Sunday, villagers attacked two suspected thieves near Kisumu.')).toEqual(['riot/Mob violence']);
    expect(coded('A man accused of theft was beaten to death by a mob in Kano on Friday.')).toEqual(['riot/Mob violence']);
    expect(coded('A suspected kidnapper was lynched in Jos on Saturday.')).toEqual(['riot/Mob violence']);
  });
  it('riot police, the riot act: no riot', () => {
    expect(read('Riot police stood guard at the stadium in Nairobi on Saturday.').filter((e) => e.type === 'riot')).toEqual([]);
    expect(read('The coach read the riot act to his players in Nairobi on Saturday.')).toEqual([]);
  });
});

describe('looting and property destruction', () => {
  it('looting, ransacking, burning houses with no one attacked', () => {
    expect(coded('Unknown men looted shops in Maiduguri on Tuesday night.')).toEqual(['looting/Looting/property destruction']);
    expect(coded('On Friday, herders burned down several houses in a village near Jos.')).toEqual(['looting/Looting/property destruction']);
  });
  it('a leading label names the type', () => {
    expect(coded('Property destruction: On 3 June 2023, unidentified men damaged a telecom mast in Kano.')).toEqual(['looting/Looting/property destruction']);
  });
  it('destruction beside an attack is part of the attack', () => {
    expect(read('Militants attacked a village near Maiduguri on Monday and burned down 20 houses.').map((e) => e.type)).not.toContain('looting');
    expect(read('Fighter jets struck a village near Kunduz on Monday and destroyed five houses.').map((e) => e.type)).not.toContain('looting');
  });
  it('figurative looting gives nothing', () => {
    expect(read('The former governor of Kano looted public funds for years, prosecutors said on Monday.').filter((e) => e.type === 'looting')).toEqual([]);
  });
});

describe('civil uses of protest words', () => {
  it('markets rally, a formal protest, a study demonstrates, the month of March', () => {
    expect(read('Stock markets rallied in London on Monday after the rate cut.')).toEqual([]);
    expect(read('The shares rallied in Nairobi on Tuesday.')).toEqual([]);
    expect(read('Moscow lodged a formal protest with the Polish ambassador on Monday.')).toEqual([]);
    expect(read('The trial in Nairobi demonstrated that the vaccine works.')).toEqual([]);
    expect(read('The new bridge in Mombasa will open in March, the council said.')).toEqual([]);
    expect(read('The team rallied from two goals down to win in Nairobi on Sunday.')).toEqual([]);
    expect(read('Strikers Omondi and Wafula were brought on in Nairobi on Sunday.')).toEqual([]);
    expect(read('The two firms are demonstrating a belief in the future of their site in Nairobi.')).toEqual([]);
    expect(read('A new mall will rise on the site of an old warehouse razed last summer in Nairobi.').filter((e) => e.type === 'looting')).toEqual([]);
  });
  it('an air strike stays an air strike', () => {
    expect(read('Warplanes struck rebel positions near Kunduz on Monday.').map((e) => e.type)).toEqual(['airstrike']);
    expect(read('An air strike hit a rebel base near Kunduz on Monday.').map((e) => e.type)).toEqual(['airstrike']);
  });
});

describe('group fights and intervention told later', () => {
  it('two groups of people fighting each other: mob violence, not an armed clash', () => {
    expect(coded('On Monday, two groups clashed over a land dispute in a village near Larkana, injuring five people.')).toEqual(['riot/Mob violence']);
    // armed parties fighting each other stay a clash
    expect(read('Rival militias fought each other near Tripoli on Monday.').map((e) => e.type)).toEqual(['clash']);
  });
  it('the police dispersing a protest a sentence later, and a protest that turns violent a sentence later', () => {
    expect(coded('Fishermen protested in Mombasa on Monday against a fishing ban. Police detained several of them.')).toEqual(['protest/Protest with intervention']);
    expect(coded('Traders demonstrated in Kisumu on Monday against market closures. They clashed with police forces.')).toContain('riot/Violent demonstration');
  });
});

describe('supporters of rival parties fighting each other', () => {
  it('is mob violence', () => {
    expect(coded('Opposition and ruling party supporters fought one another in a village near Ngozi on Sunday.').filter((c) => c.startsWith('riot'))).toEqual(['riot/Mob violence']);
  });
});

describe('violence describing the protesters or the occasion', () => {
  it('is no event of its own', () => {
    expect(coded('Families who say their sons were abducted by gunmen held a sit-in in Maiduguri on Monday.')).toEqual(['protest/Peaceful protest']);
    expect(coded('Hundreds rallied in Kano on Monday to commemorate the massacre of villagers in 1987.')).toEqual(['protest/Peaceful protest']);
  });
});
