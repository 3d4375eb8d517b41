import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions, isTitleCase } from './place';

const places = (text: string, titleCase = false) => findPlaceMentions(text, 0, text.length, titleCase).map((m) => m.place);
const first = (text: string) => places(text)[0] ?? null;

describe('findPlaceMentions: a name after a locative word', () => {
  const cases: [string, string][] = [
    ['Nine soldiers were killed in Avdiivka overnight.', 'Avdiivka'],
    ['The shells landed near Izium before dawn.', 'Izium'],
    ['A blast ripped through a market in Gaza City on Monday.', 'Gaza City'],
    ['Two civilians died outside Kherson, the governor said.', 'Kherson'],
    ['Clashes erupted at Rafah crossing late on Sunday.', 'Rafah'],
    ['Troops were ambushed 20 km north of Kirkuk.', 'Kirkuk'],
    ['Drones were shot down over Odesa.', 'Odesa'],
    ['Rockets fell across northern Israel.', 'Israel'],
    ['The quake struck off the coast of Sumatra.', 'Sumatra'],
    ['Fighting raged around al-Mayadin for days.', 'al-Mayadin'],
    ['Three people died in Puerto Rico after the storm.', 'Puerto Rico'],
    ['The bodies were found in São Tomé.', 'São Tomé'],
    ['The storm killed 40 in the U.S. last year.', 'U.S.'],
    // "on" before the edge of a place.
    ['Four died when the shell hit on the outskirts of Tarnova.', 'Tarnova'],
    ['A convoy was struck on the edge of Velsk.', 'Velsk'],
    // "on" set off from its attack noun by a comma.
    ['The latest raid, on the farming village of Kasindi Lubiriha, left 12 dead.', 'Kasindi Lubiriha'],
    // A route by the towns it joins.
    ['A drone hit a van on the road between Marjayoun and Khiam, killing two.', 'Marjayoun'],
    // ... and a journey by the towns it runs between.
    ['Gunmen ambushed a convoy travelling between Tessit and Ansongo.', 'Tessit'],
    ['Six died when a mine hit a bus driving between Velsk and Tarnova.', 'Velsk'],
    ['The convoy between Gao and Menaka lost four trucks.', 'Gao'],
  ];
  for (const [text, expected] of cases) {
    it(`finds "${expected}" in "${text}"`, () => expect(first(text)).toBe(expected));
  }

  it('reads "on the edge of" only before a place', () => {
    expect(first('The ceasefire talks are on the edge of collapse.')).toBeNull();
    expect(first('The raid, on Tuesday night, was the third this month.')).toBeNull();
    expect(first('The report, on page 4, lists 12 dead.')).toBeNull();
    expect(first('Talks between Marjayoun and Khiam elders broke down.')).toBeNull();
    expect(first('Relief teams worked on the banks of the Dnipro.')).toBeNull();
  });

  it('gives the exact offsets of the place', () => {
    const text = 'Nine soldiers were killed in Avdiivka overnight.';
    const [m] = findPlaceMentions(text, 0, text.length);
    expect(text.slice(m.start, m.end)).toBe('Avdiivka');
  });

  it('reads only the range asked for, with offsets into the whole text', () => {
    const text = 'Shells hit Lyman. Then a drone struck in Bakhmut.';
    const from = text.indexOf('Then');
    const found = findPlaceMentions(text, from, text.length);
    expect(found.map((m) => m.place)).toEqual(['Bakhmut']);
    expect(text.slice(found[0].start, found[0].end)).toBe('Bakhmut');
  });
});

describe('findPlaceMentions: walking to the name', () => {
  const cases: [string, string][] = [
    ['Shells hit a school in the town of Vuhledar.', 'Vuhledar'],
    ['A rocket hit a school building in the eastern city of Sloviansk.', 'Sloviansk'],
    ['The attack took place in Syria’s northern province of Idlib.', 'Idlib'],
    ["The attack took place in Syria's Idlib province.", 'Idlib province'],
    ['The strike hit a barracks in the Luhansk region on Friday.', 'Luhansk region'],
    ['Nine died in the Russian-held part of the Zaporizhzhia region.', 'Zaporizhzhia region'],
    ['Gunmen opened fire in Houthi-run Hodeidah.', 'Hodeidah'],
    ['Officials counted the dead in the Ukrainian capital, Kyiv.', 'Kyiv'],
    ['Eleven were killed in fighting in Ukraine’s east.', 'Ukraine'],
    ['Russian troops shelled Kharkiv through the night.', 'Kharkiv'],
    ['A missile strike on Dnipro killed 40.', 'Dnipro'],
    ['An attack by militants on the Qayyarah base killed two.', 'Qayyarah base'],
    ['The shelling of Kramatorsk continued.', 'Kramatorsk'],
    ['Gunmen attacked Mariupol’s theatre district.', 'Mariupol'],
    ['The coalition denied targeting Saada’s detention center.', 'Saada'],
    ['A blast rocked the Gulf of Aden port.', 'Gulf of Aden port'],
    ['A bomb went off in the northern Veskari town of Orlen on Friday.', 'Orlen'],
    ['Nine died in the Donetsk region of Ukraine.', 'Donetsk region'],
    ['Floods struck the Kolvar province of Lenmark.', 'Kolvar province'],
    // A part of a town is told by its town, as "Mariupol’s theatre district" is.
    ['Gunmen opened fire in a bar in the Vardo neighbourhood of Tarnova late on Friday.', 'Tarnova'],
    ['A shell landed in the Kessin quarter of Orlen.', 'Orlen'],
    ['Police found the bodies in the Lomas neighborhood of Velsk.', 'Velsk'],
  ];
  for (const [text, expected] of cases) {
    it(`finds "${expected}" in "${text}"`, () => expect(first(text)).toBe(expected));
  }
});

describe('findPlaceMentions: facilities', () => {
  it('keeps a named facility with its noun', () => {
    expect(first('Two servicemen died at the Tiyas air base.')).toBe('Tiyas air base');
    expect(first('Rockets hit the Shifa Hospital overnight.')).toBe('Shifa Hospital');
  });

  it('gives the town after a facility in it', () => {
    expect(first('Dozens died at the Nasser hospital in Khan Younis.')).toBe('Khan Younis');
    expect(first('The blast hit a railway station in Kramatorsk town.')).toBe('Kramatorsk town');
  });

  it('keeps the facility when what follows is its country', () => {
    expect(first('Shells hit the Tiyas air base in Syria.')).toBe('Tiyas air base');
  });

  it('does not attach a facility or area noun to a country or to a name ending in an area word', () => {
    expect(first('Nine died in a Ukraine train station attack.')).toBe('Ukraine');
    expect(first('Nine died in a strike on a Sagaing Region village.')).toBe('Sagaing Region');
  });

  it('keeps "Air" inside a facility name', () => {
    expect(places('Rockets fell on the Hmeymim Air Base overnight.')).toEqual(['Hmeymim Air Base']);
  });

  it('reads "a Town hospital" as the town', () => {
    expect(first('An explosion at a Gaza City hospital killed hundreds.')).toBe('Gaza City');
    expect(first('Missiles struck the Kramatorsk train station.')).toBe('Kramatorsk train station');
  });
});

describe('findPlaceMentions: look-alikes that are not places', () => {
  const none = [
    'The offensive began in March.',
    'The strike came on Monday at dawn.',
    'The ministry said in a statement that nine died.',
    'The figure appeared in Reuters’ report on the raid.',
    "The figure appeared in Reuters' report on the raid.",
    'The claim was posted on Telegram late at night.',
    'The video spread on X within minutes.',
    'He said so in an interview with AFP.',
    'Ninety were killed in Ukrainian missile strikes.',
    'Two pilots died in a Russian helicopter crash.',
    'The toll was confirmed in President Zelensky’s address.',
    'The figure was given in Putin’s speech.',
    'It was reported in the Ministry of Defence briefing.',
    'The remark came in Parliament on Tuesday.',
    'At least 39 people were killed.',
    'In 2017 the toll was revised.',
    'The strike happened on New Year’s Eve.',
    'Nine died in a HIMARS strike.',
    // Acronyms written with a lowercase letter name armies and ministries, not places.
    'Seven soldiers died in a FAMa convoy attack.',
    'Twelve were killed in a FARDc operation.',
    'The figure came in a MoD statement.',
    'Talks between Velsk and Tarnova officials stalled.',
    'Researchers at Harvard estimated 4,600 deaths.',
    'The video was filmed in English and Arabic.',
    'The bodies were taken to hospital in ambulances.',
    'Ten fighters were killed in the Islamic State attack.',
    'Divers searched the wreckage of Talvik Air flight 212.',
    'Forty passengers died in the Ordan Airways crash.',
    'The government in Tarvel denies that its jets were involved.',
    'The regime in Ossov has rejected the figure.',
  ];
  for (const text of none) {
    it(`finds nothing in "${text}"`, () => expect(places(text)).toEqual([]));
  }
});

describe('findPlaceMentions: several places', () => {
  it('lists every place in text order', () => {
    expect(places('Shells fell in Lyman and near Siversk, then in Bakhmut.')).toEqual(['Lyman', 'Siversk', 'Bakhmut']);
  });

  it('does not report one name twice when two triggers reach it', () => {
    expect(places('Russian missiles hit in Kyiv.')).toEqual(['Kyiv']);
  });
});

describe('titles in Title Case', () => {
  it('tells Title Case from sentence case', () => {
    expect(isTitleCase('Two Russian Servicemen Killed on Dec. 31 in Shelling of Hmeymim Base')).toBe(true);
    expect(isTitleCase('Death toll in airstrike on village rises to 171')).toBe(false);
  });

  it('counts words as its regex does, with or without characters outside ASCII', () => {
    const byRegex = (title: string) => {
      const words = title.match(/[\p{L}]{4,}/gu) ?? [];
      return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
    };
    const piece = fc.constantFrom('Kyiv', 'kyiv', 'Strike', 'on', 'The', 'a', 'Ab', 'ABCD', ' ', ' ', '-', "'", '2024', 'Über', 'élan', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const title = pieces.join('');
        expect(isTitleCase(title)).toBe(byRegex(title));
      }),
      { numRuns: 3000 },
    );
  });

  it('does not read capitalized common words as names', () => {
    expect(places('63 Troops Killed in Ukrainian Missile Strikes', true)).toEqual([]);
    expect(places('Russia Says 63 Troops Killed in Strike on Makiivka', true)).toEqual(['Makiivka']);
    expect(places('Nine Killed in Mariupol Theater Attack', true)).toEqual(['Mariupol']);
  });
});

describe('findPlaceMentions: scale', () => {
  it('handles a long run of capitals and prepositions in linear time', () => {
    const text = 'in The Big Old Town of Somewhere '.repeat(30_000);
    const t0 = performance.now();
    findPlaceMentions(text, 0, text.length);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
