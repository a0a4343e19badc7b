import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/geocode/tokenize';
import { recognise } from '@/lib/geocode/recognise';
import { recogniseUnknown } from '@/lib/geocode/unknown';
import { classify } from '@/lib/geocode/classify';
import { qualify } from '@/lib/geocode/qualify';
import { linkParents } from '@/lib/geocode/parents';
import type { Context } from '@/lib/geocode/context';
import { mention, read, realGazetteer } from './real-gazetteer';

/** The written parents a sentence states, as "child → parent" (span texts), after recognition and qualification. */
function parentsOf(text: string): string[] {
  const tokens = tokenize(text);
  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowercaseWords.add(t.lower);
  const c: Context = { text, tokens, lowercaseWords };
  const g = realGazetteer();
  const spans = recognise(text, tokens, (name) => g.lookup(name));
  const all = [...spans, ...recogniseUnknown(c, spans)].sort((a, b) => a.start - b.start);
  classify(c, all);
  qualify(c, all);
  linkParents(c, all);
  return all.filter((s) => s.parent).map((s) => `${s.text} → ${s.parent!.text}`);
}

const idOf = (text: string, name: string) => mention(read(text), name).place?.id ?? null;

describe('written parents: the forms', () => {
  it('"X, Y" with a kind word between: "Cuauhtemoc municipality, Chihuahua" is the Chihuahua town', () => {
    const text = 'Around 9 June, in Cuauhtemoc municipality, Chihuahua, a man was found dead.';
    expect(parentsOf(text)).toEqual(['Cuauhtemoc → Chihuahua']);
    expect(idOf(text, 'Cuauhtemoc')).toBe('gn:4012406');
  });

  it('"X, Y": a written state beats a larger namesake elsewhere and nearby evidence ("Trindade, Pernambuco")', () => {
    expect(idOf('On Monday, gunmen killed two men in Trindade, Pernambuco.', 'Trindade')).toBe('gn:3386042');
  });

  it('"X, Y": a child that is also a small region elsewhere ("Salamanca, Guanajuato") is the Mexican city', () => {
    expect(idOf('Merchants blocked a road in Salamanca, Guanajuato.', 'Salamanca')).toBe('gn:3988214');
  });

  it('the parent reading is the one that holds the child: "El Callao, Bolivar state" is in Venezuela', () => {
    const ms = read('A miner was killed in El Callao, Bolivar state.');
    expect(mention(ms, 'El Callao').place?.country).toBe('VE');
    expect(mention(ms, 'Bolivar').place?.id).toBe('ne1:VE-F');
  });

  it('"X, X state": the town and its state of one name ("Barinas, Barinas state")', () => {
    const ms = read('Residents of Barinas, Barinas state, burned tyres.');
    expect(mention(ms, 'Barinas').place?.id).toBe('gn:3648546');
    expect(mention(ms, 'Barinas', 1).place?.kind).toBe('admin1');
  });

  it('"X (Y)": a region in brackets is the parent ("San Antonio (Valparaiso)")', () => {
    expect(parentsOf('Taxi drivers protested in San Antonio (Valparaiso) on Monday.')).toEqual(['San Antonio → Valparaiso']);
    expect(idOf('Taxi drivers protested in San Antonio (Valparaiso) on Monday.', 'San Antonio')).toBe('gn:3872395');
  });

  it('"X district (Y)": the district is the town that names it, inside the bracketed region', () => {
    expect(idOf('Fighters clashed in Hays district (Al Hudaydah).', 'Hays')).toBe('gn:74906');
  });

  it('"X (country)": a country in brackets ("Pacora (Panama)")', () => {
    expect(read('Farmers protested in Pacora (Panama).').find((m) => m.text === 'Pacora')?.place?.country).toBe('PA');
  });

  it('"X in Y": a region after "in" holds the name ("Salamanca in Guanajuato")', () => {
    expect(parentsOf('Police raided a house in Salamanca in Guanajuato.')).toEqual(['Salamanca → Guanajuato']);
    expect(idOf('Police raided a house in Salamanca in Guanajuato.', 'Salamanca')).toBe('gn:3988214');
  });

  it('"Y\'s X district": the possessive before the name', () => {
    expect(parentsOf("Troops patrolled Chihuahua's Cuauhtemoc municipality.")).toEqual(['Cuauhtemoc → Chihuahua']);
    expect(idOf("Troops patrolled Chihuahua's Cuauhtemoc municipality.", 'Cuauhtemoc')).toBe('gn:4012406');
  });

  it('a chain: "Pervari, Siirt, Turkey" links each name to the next', () => {
    expect(parentsOf('An IED exploded near Pervari, Siirt, Turkey.')).toEqual(['Pervari → Siirt', 'Siirt → Turkey']);
  });

  it('a name missing from the gazetteer gets its parent too: "X village, Y", "X village of Y", "Y\'s X district"', () => {
    expect(parentsOf('Gunmen attacked Zubayrqaya village, Siirt, on Monday.')).toEqual(['Zubayrqaya → Siirt']);
    expect(parentsOf('Police entered the Zubayrqaya village of Siirt.')).toEqual(['Zubayrqaya → Siirt']);
    expect(parentsOf("Troops entered Siirt's Zubayrqaya district.")).toEqual(['Zubayrqaya → Siirt']);
  });

  it('a far-away namesake of a name written inside a region is withdrawn, not mapped on another continent', () => {
    const m = mention(read('Gunmen attacked Corbin village (Pernambuco) on Monday.'), 'Corbin');
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe('unresolved');
    expect(m.why.join(' ')).toMatch(/Pernambuco/);
  });

  it('a parent read as the city that names its region stands for that region: "a farm (Corbin, Hama)" is not Kentucky', () => {
    const m = mention(read('Gunmen fired at a farm (Corbin, Hama) on Monday.'), 'Corbin');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/written inside "Hama"/);
  });

  it('"X checkpoint (W, Y)" with W no known place: Y holds X', () => {
    expect(parentsOf('Gunmen attacked a shop at Corbin checkpoint (Bir Mutlaq, Hama) on Monday.')).toContain('Corbin → Hama');
    const m = mention(read('Gunmen attacked a shop at Corbin checkpoint (Bir Mutlaq, Hama) on Monday.'), 'Corbin');
    expect(m.isLocation).toBe(false);
  });
});

describe('written parents: lists are not parents', () => {
  it('"Aleppo, Homs and Hama" are three places', () => {
    expect(parentsOf('Shelling hit Aleppo, Homs and Hama.')).toEqual([]);
  });

  it('"China, Japan and Korea" are countries of a list', () => {
    expect(parentsOf('Delegates from China, Japan and Korea met.')).toEqual([]);
  });

  it('"Texas, Oklahoma and Kansas" are states of a list', () => {
    expect(parentsOf('Storms hit Texas, Oklahoma and Kansas.')).toEqual([]);
  });

  it('"Russia in Ukraine": a country lies in no other country', () => {
    expect(parentsOf('Russia in Ukraine has lost ground.')).toEqual([]);
  });

  it('an unknown name before a list of regions gets no parent ("X village, Siirt and Batman")', () => {
    expect(parentsOf('Gunmen attacked Zubayrqaya village, Siirt and Batman.')).toEqual([]);
  });

  it('"Paris, London and Berlin" are three capitals', () => {
    expect(parentsOf('Ministers met in Paris, London and Berlin.')).toEqual([]);
  });
});

describe('a part of a town is read in the town its sentence names', () => {
  it('"in Recife, Pernambuco, … in Corbin neighborhood": not the Corbin of Kentucky', () => {
    const m = mention(read('On 7 June 2021, in Recife, Pernambuco, a man was shot during a patrol in Corbin neighborhood.'), 'Corbin');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/part of a town, in a sentence set in Recife/);
  });

  it('a name opening with "Colonia" is a part of a town too; a real neighbourhood of the town stays', () => {
    // "Colonia" alone (a town in Uruguay among others) is never read out of the name: not put on another continent
    const m = read('On 7 June 2021, in Hermosillo, Sonora, armed men attacked a man in Colonia Corbin.').find((x) => x.text.startsWith('Colonia'));
    expect(m?.isLocation ?? false).toBe(false);
    // with a lowercase particle inside ("Colonia los Corbin") the opener is still no place of its own
    const withParticle = read('On 7 June 2021, in Temixco, Morelos, armed men shot at a house in Colonia los Corbin.').find((x) => x.text.startsWith('Colonia'));
    expect(withParticle?.isLocation ?? false).toBe(false);
    // named after a date or a number ("Colonia 3 de Mayo", "Barrio 18"): one name, and neither word of it a place
    const dated = read('On 7 June 2021, gunmen killed two men in Colonia 3 de Mayo, Celaya, Guanajuato.');
    expect(dated.filter((x) => x.isLocation).map((x) => x.text)).toEqual(['Celaya', 'Guanajuato']);
    expect(read('On 7 June 2021, residents of Barrio 18 protested in Tegucigalpa.').filter((x) => x.isLocation).map((x) => x.text)).toEqual(['Tegucigalpa']);
    // a part of a town written in a sentence naming no town is not judged
    expect(mention(read('Armed men attacked a man in Corbin neighborhood.'), 'Corbin').isLocation).toBe(true);
  });
});

describe('a name that opens a longer one', () => {
  it('"in Corbin Marcos, Piaui": Corbin (Kentucky) is only the head of a name the gazetteer lacks', () => {
    const m = mention(read('On 6 June 2021, in Corbin Marcos, Piaui, a man was killed in a drive-by shooting.'), 'Corbin');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/opens a longer name \("Corbin Marcos"\)/);
    // with a particle, and with the rest marked by a kind word
    expect(mention(read('On 6 June 2021, in Belford Roxo, Rio de Janeiro, shots were fired in Corbin do Juiz.'), 'Corbin').isLocation).toBe(false);
  });

  it('a qualified head, a head with "imeni" or a particle before a place, a head of several words', () => {
    const near = mention(read('On 3 March 2022, near Corbin Tho Kho village, Kyaukkyi Township, Bago Region, the Myanmar army clashed with the KNLA.'), 'near Corbin');
    expect(near.isLocation).toBe(false);
    expect(near.why.join(' ')).toMatch(/opens a longer name \("Corbin Tho"\)/);
    expect(mention(read('On 3 March 2022, the army fired mortars at positions in the area of Corbin imeni Lenina, Donetsk.'), 'Corbin').isLocation).toBe(false);
    // the rest of the name is itself a place after a particle: still one name
    expect(mention(read('On 3 March 2022, residents of the Corbin del Zulia sector protested in Maracaibo, Zulia.'), 'Corbin').isLocation).toBe(false);
    const long = mention(read('On 3 March 2022, in San Sebastian do Alto Norte, Para, residents banged pots in protest.'), 'San Sebastian');
    expect(long.isLocation).toBe(false);
    expect(long.why.join(' ')).toMatch(/opens a longer name \("San Sebastian do Alto"\)/);
  });

  it('a name before a facility noun ("the Corbin company", "Armas square") names the facility, not a far-away namesake', () => {
    const m = mention(read('On Monday, about 20 workers protested outside the Corbin company office in Juliaca, Puno.'), 'Corbin');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/names a facility \("Corbin company"\)/);
    expect(mention(read('On Monday, students staged a demonstration in Armas square in Juliaca, Puno.'), 'Armas').isLocation).toBe(false);
    // a major place by its own name keeps its reading: the Moscow office is in Moscow
    expect(mention(read('On Monday, protesters gathered outside the Moscow office of the bank in Kyiv, Ukraine.'), 'Moscow').place?.name).toBe('Moscow');
    // a facility in the sentence's own country keeps the town's name
    expect(mention(read('On Monday, workers protested outside the Juliaca hospital in Puno.'), 'Juliaca').place?.name).toBe('Juliaca');
  });

  it('a head of several words needs a country or first-level region beside it, and a name ending in its kind word is whole', () => {
    // one stray reading of another country is no evidence against a county
    expect(mention(read('Marion County Public Works Director John Smith said the roads near Lot were closed.'), 'Marion County').isLocation).toBe(true);
    expect(mention(read('The Marion County Sheriff spoke in Lyon, Auvergne-Rhone-Alpes, France.'), 'Marion County').isLocation).toBe(true);
    // a name with its kind word after it ("Corbin Valley") is no head either (its only reading, a small town in
    // Kentucky, is withdrawn as a small place abroad in a Canadian sentence: foreign-minor.test.ts)
    expect(mention(read('The cow was found in Corbin Valley, a farming community near Vancouver, British Columbia.'), 'Corbin Valley').why.join(' ')).not.toMatch(/opens a longer name/);
  });

  it('a head read in the sentence\'s country but far from every town and region it names is withdrawn too', () => {
    // the gazetteer's "Porto" readings lie nowhere near Curitiba: "Porto Velindo" is a part of town it lacks
    const m = mention(read('On 4 June 2021, gunmen shot dead a trader in Porto Velindo neighborhood of Curitiba, Parana.'), 'Porto');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/opens a longer name \("Porto Velindo"\).*km from/);
    // a head inside the region the sentence names keeps its reading
    expect(mention(read('On 4 June 2021, shots were fired near Ponta Grossa Velha, Parana.'), 'Ponta Grossa').place?.name).toBe('Ponta Grossa');
  });

  it('a date after the name is no more of it ("in Moscow October 7")', () => {
    const m = mention(read('She was shot dead in her apartment in Moscow October 7, weeks after reporting from Grozny, Chechnya.'), 'Moscow');
    expect(m.place?.name).toBe('Moscow');
  });

  it('a kind or direction word after the name, or a sentence with no other place, leaves it', () => {
    expect(mention(read('Shots were fired in Corbin East on Monday, near Lexington, Kentucky.'), 'Corbin').isLocation).toBe(true);
    expect(mention(read('Shots were fired near the Corbin Marcos farm on Monday.'), 'Corbin').isLocation).toBe(true);
  });
});

describe('a minor place written inside a first-level region it lies outside of', () => {
  it('"near Vovchansk, Donetsk": the Vovchansk the gazetteer knows lies in another oblast, so this one is a namesake it lacks', () => {
    const m = mention(read('Shells hit houses near Vovchansk, Donetsk, on Monday.'), 'Vovchansk');
    expect(m.isLocation).toBe(false);
    expect(m.why.join(' ')).toMatch(/written inside "Donetsk".*lies \d+ km outside Donetsk/);
    expect(mention(read('Residents protested in Balakliia, Zaporizhzhia.'), 'Balakliia').isLocation).toBe(false);
  });

  it('a place inside its region, a big town and a list stay', () => {
    expect(mention(read('Shells hit houses near Kramatorsk, Donetsk, on Monday.'), 'Kramatorsk').place?.name).toBe('Kramatorsk');
    expect(mention(read('Shells hit houses near Chuhuiv, Kharkiv, on Monday.'), 'Chuhuiv').place?.name).toBe('Chuhuiv');
    expect(mention(read('Shelling was reported in Kharkiv, Donetsk and Luhansk.'), 'Kharkiv').place?.name).toBe('Kharkiv');
    expect(mention(read('Protests were held in Balakliia, Zaporizhzhia and Dnipro.'), 'Balakliia').place?.name).toBe('Balakliia');
  });
});

describe('an administrative unit written as its abbreviation in capitals', () => {
  it('"Gusau LGA" in brackets is the place Gusau', () => {
    const ms = read('Bandits raided a farm (Gusau LGA, Zamfara) on Sunday.');
    expect(mention(ms, 'Gusau').place?.name).toBe('Gusau');
  });
  it('an unknown village with "(Biu LGA, Borno)" is drawn at Biu', () => {
    const ms = read('Gunmen attacked Debiro (Biu LGA, Borno) on Monday.');
    expect(mention(ms, 'Debiro').parent?.name).toBe('Biu');
  });
  it('a capitalised word that is no kind word still joins the name ("Biu Road" is no place Biu)', () => {
    expect(read('The shop (Biu Road) was closed on Monday.').map((m) => m.text)).not.toContain('Biu');
  });
});

describe('a bracket of nested units: "X (W, Y)"', () => {
  it('a known name that fits no reading of the town W is held by Y: its far namesake is withdrawn', () => {
    const ms = read('Militants attacked the village of Oberried (Koro, Mopti) on Monday.');
    expect(mention(ms, 'Oberried').place).toBeNull();
    expect(mention(ms, 'Koro').place?.country).toBe('ML');
  });
  it('"W, Y" inside brackets chains units: a big city read by an alternate name outside Y is withdrawn', () => {
    const ms = read('Militiamen burned houses in Kalunguta village (Mambasa, Nord-Kivu) on Sunday.');
    expect(mention(ms, 'Mambasa').place).toBeNull();
    // the unknown village is drawn in the region that holds its withdrawn parent, not in Kenya
    expect(mention(ms, 'Kalunguta').place?.country).toBe('CD');
  });
  it('a list in brackets after a common noun is still a list', () => {
    expect(parentsOf('Protests spread to three cities (Aleppo, Homs and Hama) on Friday.')).not.toContain('Aleppo → Homs');
  });
});

describe('the name of a part of town opened by "Colonia", "Bairro"…', () => {
  it('its opener alone is no place, nor is any word of it (La Colonia, Playa de las Américas)', () => {
    const ms = read('On Friday, in Tlaquepaque, Jalisco, two men were shot dead in Colonia Paraiso Norte.');
    expect(ms.filter((m) => m.place).map((m) => m.place!.name)).toEqual(['Tlaquepaque', 'Jalisco']);
    const ms2 = read('On Friday, in Choloma, Cortes, residents of Colonia Las Americas blocked a road.');
    expect(ms2.filter((m) => m.place).map((m) => m.place!.name)).toEqual(['Choloma', 'Cortés']);
  });
  it('"Colonia" alone is still the place of that name', () => {
    expect(mention(read('Protesters marched in Colonia, Uruguay, on Friday.'), 'Colonia').place?.country).toBe('UY');
  });
});

describe('a hyphenated name the gazetteer lacks, whose halves it knows elsewhere', () => {
  it('each half read outside the sentence\'s country is withdrawn; an unknown village is not drawn in the far half', () => {
    const ms = read('On Monday, gunmen abducted six herders in the village of Ndock (Mayo-Rey, Cameroon).');
    expect(mention(ms, 'Mayo').place).toBeNull();
    expect(mention(ms, 'Ndock').place?.country).toBe('CM');
  });
  it('a half read in the sentence\'s country makes a pair of places: both stay', () => {
    const ms = read('The airline will fly the Washington-Moscow route to Russia again next Sunday.');
    expect(mention(ms, 'Washington').place).not.toBeNull();
    expect(mention(ms, 'Moscow').place?.country).toBe('RU');
  });
  it('a major city by its own name stays: "the Moscow-Kyiv talks"', () => {
    const ms = read('Delegates met for the Moscow-Kyiv talks in Geneva on Monday.');
    expect(mention(ms, 'Moscow').place?.country).toBe('RU');
    expect(mention(ms, 'Kyiv').place?.country).toBe('UA');
  });
});
