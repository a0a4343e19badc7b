/**
 * Forms of protest the trigger table names (data/extract/triggers.json, protest): a motorcade with a demand, a
 * procession taken out, pots banged against a government. A human chain alone is weak: formed by police it is crowd
 * control, not a protest.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents, liveTypes } from '../../support/read';

const types = (text: string) => liveTypes(text, '2022-03-20');
const sub = (text: string) => liveEvents(text, '2022-03-20').map((x) => x.acled?.subEventType);

describe('protest forms', () => {
  it('a motorcade held to demand something is a peaceful protest; a presidential motorcade is not', () => {
    const e = liveEvents('On Saturday, in Curitiba, Parana, bakery owners did a motorcade to demand lower taxes.', '2022-03-20');
    expect(e.map((x) => x.acled?.subEventType)).toEqual(['Peaceful protest']);
    expect(types('The presidential motorcade drove through Curitiba on Saturday.')).toEqual([]);
  });

  it('"took out a procession" and pots banged against a leader are protests', () => {
    expect(types('On Friday, opposition activists took out a procession in Sylhet city.')).toEqual(['protest']);
    expect(types('On Friday night, residents of Recife banged pots against the governor.')).toEqual(['protest']);
  });

  it('a human chain formed by police is no protest', () => {
    expect(types('Police formed a human chain around the parliament in Accra on Friday.')).toEqual([]);
  });
});

describe('demonstrators who burn, storm or fight guards make a violent demonstration', () => {
  it('"chairs were burnt", "tried to storm the house", "clashed with the prison guards"', () => {
    expect(sub('On Friday, inmates demonstrated at the central prison in Kaduna. Chairs were burnt during the protest.')).toEqual(['Violent demonstration']);
    expect(sub('On Friday, protesters gathered outside the minister\'s house in Sidon and tried to storm the house.')).toEqual(['Violent demonstration']);
    expect(sub('On Friday, prisoners demonstrated in the main prison of Kaduna. They clashed with the prison guards.')).toEqual(['Violent demonstration']);
  });

  it('a fire named in the grievance is not the demonstrators\' ("demanding the arrest of men who burned a school")', () => {
    expect(sub('On Friday, teachers protested in Sukkur demanding the arrest of men who burned a school.')).toEqual(['Peaceful protest']);
  });
});

describe('seizing property is looting, not taking territory', () => {
  it('a vehicle seized, cattle stolen, drugs seized by police are looting / property destruction', () => {
    expect(sub('On Friday, suspected militants seized a pickup truck belonging to a trader near Ayorou.')).toEqual(['Looting/property destruction']);
    expect(sub('On Friday, gunmen stole about 60 cows from herders near Katsina.')).toEqual(['Looting/property destruction']);
    expect(sub('On Friday, federal police seized 2 tons of cocaine in Santos.')).toEqual(['Looting/property destruction']);
  });

  it('seizing a town or village is taking territory; seizing a car in it is not', () => {
    expect(sub('On Friday, rebels seized the town of Bunia, residents said.')).toEqual(['Non-state actor overtakes territory']);
    expect(sub('On Friday, police seized the village chief\'s car in Bunia.')).toEqual(['Looting/property destruction']);
  });

  it('"stole the show" is no theft', () => {
    expect(sub('On Friday, the young striker stole the show in Lagos.')).toEqual([]);
  });
});

describe('protests named by their grievance, their place of work or their membership', () => {
  it('a grievance about corruption or a pandemic, or a factory before the verb, is no figurative use', () => {
    expect(sub('On Monday, traders protested against corruption in the market authority in Kumasi.')).toEqual(['Peaceful protest']);
    expect(sub('On Monday, workers of a shoe factory protested in front of their factory in Sfax.')).toEqual(['Peaceful protest']);
  });

  it('"members of the union marched on the streets", "residents of Bir Ali village blocked the road"', () => {
    expect(sub('On Monday, in Temuco, members of the teachers union marched on the streets of the city.')).toEqual(['Peaceful protest']);
    expect(sub('On Monday, residents of Bir Ali village blocked the road to Sousse.')).toEqual(['Peaceful protest']);
  });

  it('"staged a demonstration by stopping the car" is no reduced passive; a cabinet gathering is no protest', () => {
    expect(sub('On Monday, in Iquitos, nurses staged a demonstration by stopping the car of the health minister.')).toEqual(['Peaceful protest']);
    expect(sub('On Monday, members of the cabinet gathered in Kabul for the budget.')).toEqual([]);
  });
});

describe('a crowd and the police fighting is mob violence, not an armed clash', () => {
  it('"villagers and police clashed", "a clash broke out between traders and the police"', () => {
    expect(sub('On Monday, villagers and police clashed near Gorakhpur over a land survey.')).toEqual(['Mob violence']);
    expect(sub('On Monday, a clash broke out between traders and the police in the main market of Kano.')).toEqual(['Mob violence']);
    expect(sub('On Monday, scuffles erupted between students and policemen outside the university in Dhaka.')).toEqual(['Mob violence']);
  });

  it('in a demonstration frame it is a violent demonstration; armed parties on both sides stay an armed clash', () => {
    expect(sub('On Monday, clashes erupted between protesters and the police in Lahore during a rally against fuel prices.')).toEqual(['Violent demonstration']);
    expect(sub('On Monday, clashes erupted between soldiers and rebels near Kano.')).toEqual(['Armed clash']);
  });
});

describe('a gathering far from its demand is still a protest', () => {
  it('"gathered in front of the ministry … to demand", "commemorated labour day and demanded"', () => {
    expect(sub('On Monday, members of the Labour Network gathered in front of the Ministry of Labour in Bangkok to demand wage subsidies.')).toEqual(['Peaceful protest']);
    expect(sub('On Monday, in Puebla, a group of workers commemorated labor day and demanded better wages.')).toEqual(['Peaceful protest']);
  });

  it('a gathering with no demand is none', () => {
    expect(sub('On Monday, the cabinet gathered in the presidential palace in Kabul to discuss the budget.')).toEqual([]);
  });
});

describe('demonstrators who burn or destroy things make a violent demonstration', () => {
  it('"prisoners demonstrated … The inmates burnt official documents", "demonstrators destroyed the post"', () => {
    expect(sub('On Monday, prisoners demonstrated at the central prison in Warri over a ban on visits. The inmates burnt official documents.')).toEqual(['Violent demonstration']);
    expect(sub('On Monday, taxi drivers demonstrated in Mamou after a colleague was hit by a police car. The demonstrators destroyed the control post.')).toEqual(['Violent demonstration']);
  });

  it('a demonstration that stays calm stays peaceful', () => {
    expect(sub('On Monday, taxi drivers demonstrated in Mamou after a colleague was hit by a police car.')).toEqual(['Peaceful protest']);
  });
});

describe('a crowd fighting the police, told from either side', () => {
  it('"youths demonstrated and clashed with police": the demonstration stays beside the fight and makes it its own', () => {
    expect(sub('On Monday, youths demonstrated and clashed with police in Lekki over economic hardship.')).toEqual(['Violent demonstration']);
  });

  it('"police officers fought with market vendors" is mob violence; with gunmen it stays a clash', () => {
    expect(sub('On Monday, police officers fought with market vendors at the Merkato market in Addis Ababa.')).toEqual(['Mob violence']);
    expect(sub('On Monday, police clashed with gunmen in Addis Ababa.')).toEqual(['Armed clash']);
  });
});

describe('a purpose told before a comma belongs to its own phrase', () => {
  it('"people stranded by measures implemented to stop the virus from spreading, staged a demonstration" is a protest', () => {
    expect(sub('On Monday, in Cusco, around 80 people stranded in the city due to the lockdown measures implemented to stop the virus from spreading, staged a demonstration demanding buses home.')).toEqual(['Peaceful protest']);
  });

  it('"called for a ceasefire to stop the fighting" is still no fight', () => {
    expect(sub('On Monday, the UN called for a ceasefire to stop the fighting in Marib.')).toEqual([]);
  });
});
