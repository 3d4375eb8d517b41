import { describe, expect, it } from 'vitest';
import { incidentHints, type HintContext, type IncidentHints } from './index';

/**
 * Builds the context the extractor passes: the claim is the first occurrence of `claim`, its
 * sentence runs between the nearest ". " / "\n" boundaries (the fixtures avoid abbreviations).
 */
function context(text: string, claim: string, meta: { published?: string | null; title?: string } = {}): HintContext {
  const claimStart = text.indexOf(claim);
  if (claimStart < 0) throw new Error(`claim not in text: ${claim}`);
  const claimEnd = claimStart + claim.length;
  let sentenceStart = claimStart;
  while (sentenceStart > 0 && !/[.!?\n]\s?$/.test(text.slice(Math.max(0, sentenceStart - 2), sentenceStart))) sentenceStart--;
  let sentenceEnd = claimEnd;
  while (sentenceEnd < text.length && !/[.!?\n]/.test(text[sentenceEnd])) sentenceEnd++;
  return { text, sentenceStart, sentenceEnd: Math.min(text.length, sentenceEnd + 1), claimStart, claimEnd, ...meta };
}

function hints(text: string, claim: string, meta: { published?: string | null; title?: string } = {}): IncidentHints {
  return incidentHints(context(text, claim, meta));
}

// 2022-04-08 was a Friday.
const FRIDAY = '2022-04-08';

describe('incidentHints: scopes', () => {
  it('prefers the claim’s own clause to the rest of its sentence', () => {
    const text = 'A drone hit a bus in Lyman on Monday, and shelling killed nine in Siversk on Tuesday.';
    expect(hints(text, 'shelling killed nine in Siversk on Tuesday', { published: FRIDAY })).toEqual({
      place: 'Siversk',
      date: '2022-04-05',
      eventType: 'shelling',
    });
    expect(hints(text, 'A drone hit a bus in Lyman on Monday', { published: FRIDAY })).toEqual({
      place: 'Lyman',
      date: '2022-04-04',
      eventType: 'drone strike',
    });
  });

  it('takes the mention nearest the clause within the sentence', () => {
    const text =
      'After an airstrike in Bakhmut on Monday, nine civilians were dead, the regional governor told reporters while a shelling in Lyman went on.';
    expect(hints(text, 'nine civilians were dead', { published: FRIDAY })).toEqual({
      place: 'Bakhmut',
      date: '2022-04-04',
      eventType: 'air strike',
    });
  });

  it('falls back to earlier sentences of the paragraph, the latest first', () => {
    const text = 'Shelling hit Lyman on Monday. A missile struck Vinnytsia on Thursday. Rescuers say 23 people died.';
    expect(hints(text, '23 people died', { published: FRIDAY })).toEqual({
      place: 'Vinnytsia',
      date: '2022-04-07',
      eventType: 'missile strike',
    });
  });

  it('takes no event type from an earlier sentence that tells an event in another place', () => {
    // A round-up: each sentence names its own town; the bombing belongs to Tarvo, not to Melk.
    const text =
      'In Norland, a suicide bomber killed six guards at a checkpoint in Tarvo on Monday. In Estmark, villagers buried 14 people after last week\'s massacre in Melk.';
    expect(hints(text, 'villagers buried 14 people', { published: FRIDAY }).eventType).toBeNull();
    // The same town named again still carries the type over.
    const same = 'A suicide bomber struck a checkpoint in Tarvo on Monday. Officials in Tarvo said six guards were killed.';
    expect(hints(same, 'six guards were killed', { published: FRIDAY }).eventType).toBe('explosion');
    // A sentence naming no place of its own goes on with the earlier one.
    const none = 'A suicide bomber struck a checkpoint in Tarvo on Monday. Officials said six guards were killed.';
    expect(hints(none, 'six guards were killed', { published: FRIDAY }).eventType).toBe('explosion');
  });

  it('places a live-blog entry that names no place by its heading before the page title', () => {
    const text = [
      'Tarnova toll climbs to twelve',
      '18:05 Three more people died overnight, bringing the toll of the missile strike on Tarnova to 12, the governor said.',
      'Port of Velsk hit again',
      '07:40 Velsk came under attack by drones for a second night. The port authority said one dock worker was killed.',
    ].join('\n\n');
    const title = 'War live: missile strike on Tarnova, drones over Velsk';
    expect(hints(text, 'one dock worker was killed', { published: FRIDAY, title }).place).toBe('Velsk');
    // An entry naming its place keeps it; a heading that names no place leaves the title's.
    expect(hints(text, 'bringing the toll of the missile strike on Tarnova to 12', { published: FRIDAY, title }).place).toBe('Tarnova');
    const plain = ['What we know so far', '09:10 Rescuers said two people were killed.'].join('\n\n');
    expect(hints(plain, 'two people were killed', { published: FRIDAY, title }).place).toBe('Tarnova');
  });

  it("gives a total over a period no place from the title's event", () => {
    const text = 'Drones struck a market in Tarnova on Sunday, killing 23 people.\n\nSince the war began in April 2029, at least 9,000 people have been killed.';
    const title = 'Drone attack on Tarnova market kills 23';
    expect(hints(text, 'at least 9,000 people have been killed', { published: FRIDAY, title }).place).toBeNull();
    // A count of the event itself still takes it.
    const toll = 'Drones struck a market on Sunday.\n\nThe hospital said 23 people were killed.';
    expect(hints(toll, '23 people were killed', { published: FRIDAY, title }).place).toBe('Tarnova market');
  });

  it('reads a war dated by the month or year it began as a period, like "since"', () => {
    const title = 'Drone attack on Tarnova market kills 23';
    const text = 'Drones struck a market in Tarnova on Sunday, killing 23 people.\n\nThe war, which began in April 2029, has killed tens of thousands of people.';
    expect(hints(text, 'has killed tens of thousands of people', { published: FRIDAY, title })).toMatchObject({ place: null, date: null });
    // Begun on a day, it is an incident's fighting.
    const fight = 'The fighting, which began on Monday in Velsk, has killed 12 people.';
    expect(hints(fight, 'has killed 12 people', { published: FRIDAY })).toMatchObject({ place: 'Velsk', date: '2022-04-04' });
  });

  it('does not cross a paragraph break for the event type, and never reads ahead', () => {
    const text = 'A missile struck Vinnytsia on Thursday.\n\nRescuers say 23 people died. Shelling in Lyman continued on Friday.';
    // The place and date fall back to the lead's (below), not to Lyman or Friday after the claim.
    expect(hints(text, '23 people died', { published: FRIDAY })).toEqual({ place: 'Vinnytsia', date: '2022-04-07', eventType: null });
    const later = 'Rescuers say 23 people died.\n\nShelling in Lyman continued on Friday.';
    expect(hints(later, '23 people died', { published: FRIDAY }).place).toBeNull();
  });

  it('dates a paragraph that names no day or place by the lead’s first date', () => {
    const text = 'A missile struck Vinnytsia on Thursday, officials said.\n\nRescuers say 23 people died.';
    expect(hints(text, '23 people died', { published: FRIDAY }).date).toBe('2022-04-07');
    // The lead's first date is a statement's: no event day to carry.
    const said = 'Officials said on Friday that a missile struck Vinnytsia.\n\nRescuers say 23 people died.';
    expect(hints(said, '23 people died', { published: FRIDAY }).date).toBeNull();
    // A statement's date in the paragraph leaves the lead's event day standing.
    const stated = 'A missile struck Vinnytsia on Thursday.\n\nOf the 23 dead, according to a count issued on Friday, nine were children.';
    expect(hints(stated, 'nine were children', { published: '2022-04-11' }).date).toBe('2022-04-07');
    // A paragraph naming a place of its own may tell another event.
    const other = 'A missile struck Vinnytsia on Thursday.\n\nIn Lyman, 23 people died.';
    expect(hints(other, '23 people died', { published: FRIDAY }).date).toBeNull();
  });

  it('prefers a town of its paragraph to a country in its sentence', () => {
    const text = 'A missile struck a depot in Vinnytsia on Thursday. Rescuers say 23 people died in Ukraine’s worst strike this month.';
    expect(hints(text, '23 people died', { published: FRIDAY }).place).toBe('Vinnytsia');
    const total = 'A missile struck a depot in Vinnytsia. Since 2022, the war has killed thousands in Ukraine.';
    expect(hints(total, 'the war has killed thousands in Ukraine').place).toBe('Ukraine');
  });

  it('falls back to the dateline’s town when the lead names no place', () => {
    const text = 'VELGRAD, May 3 (Wirepost) - Riot police charged the crowd overnight.\n\nAt least four protesters were killed, medics said.';
    expect(hints(text, 'At least four protesters were killed').place).toBe('Velgrad');
    const named = 'VELGRAD, May 3 (Wirepost) - Riot police charged a crowd in Ostrova overnight.\n\nAt least four protesters were killed.';
    expect(hints(named, 'At least four protesters were killed').place).toBe('Ostrova');
    const region = 'PORT ARDEN, Norland, 14 June (Wirepost) - Crews worked overnight.\n\nTwo divers are missing.';
    expect(hints(region, 'Two divers are missing').place).toBe('Port Arden');
    // A label or an organisation in capitals before a comma is no dateline.
    const label = 'UPDATE, 3 p.m.: Rescuers are still searching the hillside.\n\nTwo more people died overnight.';
    expect(hints(label, 'Two more people died').place).toBeNull();
    const org = 'NATO, Brussels - Allies met on the crisis.\n\nTwo soldiers were killed overnight.';
    expect(hints(org, 'Two soldiers were killed').place).toBeNull();
  });

  it('ends the lead between words, not inside a name', () => {
    const opening = 'x'.repeat(1180) + ' Fighting in Kramatorsk went on.';
    const text = `${opening}\n\nRescuers have now recovered six bodies.`;
    expect([null, 'Kramatorsk']).toContain(hints(text, 'six bodies').place);
  });

  it('dates a revised toll by the event of an earlier sentence, not by the revision', () => {
    const text = 'A dam burst above Tarnow on Tuesday. The death toll rose to 31 on Thursday.';
    expect(hints(text, 'The death toll rose to 31', { published: FRIDAY }).date).toBe('2022-04-05');
  });

  it('takes a distance\'s point of reference for the place only when the sentence names no other', () => {
    const text = 'A drone hit a fuel depot in Velsk, about 60 km east of Harlan, killing two guards.';
    expect(hints(text, 'killing two guards').place).toBe('Velsk');
    const only = 'A patrol was ambushed 20 km north of Harlan, and four soldiers were killed.';
    expect(hints(only, 'four soldiers were killed').place).toBe('Harlan');
    // Where the wounded were treated is no more the event's place.
    const care = 'The ambush near Velsk on Tuesday, first said to have left six officers dead, has killed seven after one died in hospital in Harlan.';
    expect(hints(care, 'has killed seven').place).toBe('Velsk');
  });

  it('takes any direction\'s point of reference, and a hospital\'s town, for the place only when no other is told', () => {
    const village = 'A drone hit a tractor in Tyahynka, a village just west of Beryslav, on Monday, killing two farmers.';
    expect(hints(village, 'killing two farmers').place).toBe('Tyahynka');
    const south = 'Artillery struck the ferry landing south of Beryslav, killing three people.';
    expect(hints(south, 'killing three people').place).toBe('Beryslav');
    // Where a victim died of her wounds is not where the attack was, in her sentence or the next.
    const care = 'A girl hurt in the shelling of Tyahynka died overnight in a Beryslav hospital, bringing the toll to four. Nine people remain in hospital.';
    expect(hints(care, 'bringing the toll to four').place).toBe('Tyahynka');
    expect(hints(care, 'Nine people remain in hospital').place).toBe('Tyahynka');
    // A strike on a hospital is where it happened.
    const struck = 'A guided bomb struck a Beryslav hospital, killing two nurses.';
    expect(hints(struck, 'killing two nurses').place).toBe('Beryslav');
  });

  it('reads "in Niger state" as the state, and a country before other words as the country', () => {
    const state = 'Bandits killed 14 villagers in Niger state on Sunday, police said.';
    expect(hints(state, 'killed 14 villagers').place).toBe('Niger state');
    const media = 'Eleven soldiers were killed in Niger, state television said.';
    expect(hints(media, 'Eleven soldiers were killed').place).toBe('Niger');
  });

  it("narrows a title's division to the lead's place that the lead says lies in it", () => {
    const text = 'Drones struck a convoy near the village of Pyatykhatky in the Zaporizhzhia region on Friday.\n\nThe ministry said 14 soldiers were killed.';
    const title = 'Drones hit convoy in Zaporizhzhia region';
    expect(hints(text, '14 soldiers were killed', { title }).place).toBe('Pyatykhatky in the Zaporizhzhia region');
    // A lead that does not say the place lies in the title's division leaves the title's.
    const other = 'Drones struck a convoy near Pyatykhatky on Friday.\n\nThe ministry said 14 soldiers were killed.';
    expect(hints(other, '14 soldiers were killed', { title }).place).toBe('Zaporizhzhia region');
  });

  it('reads lowercase particles inside a name, and a town a country qualifies', () => {
    const valle = 'A drone dropped on a police post in Valle del Cauca wounded three officers.';
    expect(hints(valle, 'wounded three officers').place).toBe('Valle del Cauca');
    const sierra = 'Gunmen killed five people in Santa Cruz de la Sierra on Friday.';
    expect(hints(sierra, 'killed five people').place).toBe('Santa Cruz de la Sierra');
    const elided = 'Gangs attacked the commune of Saut-d\'Eau on Friday, killing five people.';
    expect(hints(elided, 'killing five people').place).toBe("Saut-d'Eau");
    // The Arabic article in any of its romanisations: "Deir ez-Zor", not "Deir".
    const deir = 'Shelling killed four people in Deir ez-Zor on Monday.';
    expect(hints(deir, 'killed four people').place).toBe('Deir ez-Zor');
    const town = 'Fighters overran the army post in the northern Burkina Faso town of Djibo, killing 30 soldiers.';
    expect(hints(town, 'killing 30 soldiers').place).toBe('Djibo');
  });

  it('reads a faith before a site as describing it, not as a place', () => {
    const text = 'Twenty-one people were killed when a jet bombed a Buddhist monastery in a village in Kanbalu township.';
    expect(hints(text, 'Twenty-one people were killed').place).toBe('Kanbalu township');
  });

  it('falls back to the place the lead names, after the paragraph and the title', () => {
    const blog =
      'Live: flood cuts roads\n09:40 — A bridge collapsed near Ostrava junction, just outside Karvina.\n\n11:15 — Rescuers have now recovered six bodies.';
    expect(hints(blog, 'six bodies').place).toBe('Ostrava');
    const titled = 'A bridge collapsed near Karvina.\n\nRescuers have now recovered six bodies.';
    expect(hints(titled, 'six bodies', { title: 'Six dead in Ostrava flood' }).place).toBe('Ostrava');
    // A total over a period is not the lead's event.
    const total = 'A bridge collapsed near Karvina.\n\nSince 2019, floods have killed 40 people.';
    expect(hints(total, 'floods have killed 40 people').place).toBeNull();
  });

  it('falls back to the title last', () => {
    const text = 'A missile struck Vinnytsia on Thursday.\n\nRescuers say 23 people died.';
    const title = 'Missile strike on Vinnytsia kills 23 on Thursday';
    expect(hints(text, '23 people died', { published: FRIDAY, title })).toEqual({
      place: 'Vinnytsia',
      date: '2022-04-07',
      eventType: 'missile strike',
    });
  });

  it('reads Title Case titles without taking capitalized common words for places', () => {
    const text = 'Rescuers say 23 people died.';
    expect(hints(text, '23 people died', { title: '23 Killed in Russian Missile Strikes' }).place).toBeNull();
    expect(hints(text, '23 people died', { title: '23 Killed in Missile Strike on Vinnytsia' }).place).toBe('Vinnytsia');
  });
});

describe('incidentHints: event dates', () => {
  it('prefers the event’s date to the statement’s, and the statement’s to none', () => {
    const both = 'The ministry said on Friday that nine soldiers were killed in Kupiansk on Wednesday.';
    expect(hints(both, 'nine soldiers were killed in Kupiansk on Wednesday', { published: FRIDAY }).date).toBe('2022-04-06');
    // Only the statement is dated: the event came that day or before, closer than publication.
    const said = 'The ministry said on Friday that nine soldiers were killed in Kupiansk.';
    expect(hints(said, 'nine soldiers were killed in Kupiansk', { published: '2022-04-11' }).date).toBe('2022-04-08');
    // An event date in an earlier sentence beats the statement date of the claim's own.
    const earlier = 'A missile struck Vinnytsia on Thursday. On Friday, officials said 23 people died.';
    expect(hints(earlier, '23 people died', { published: '2022-04-11' }).date).toBe('2022-04-07');
  });

  it('reads a date opening the sentence before a reporting verb as the statement’s', () => {
    const text = 'A strike hit the barracks in Makiivka. On 2 January, the ministry revealed that 63 soldiers were killed.';
    expect(hints(text, '63 soldiers were killed', { published: '2023-01-04', title: 'Strike on New Year’s Eve' }).date).toBe('2022-12-31');
    const event = 'On 1 January, a missile killed 63 soldiers, the ministry said.';
    expect(hints(event, 'a missile killed 63 soldiers', { published: '2023-01-04' }).date).toBe('2023-01-01');
  });

  it('marks a figure counted over a period told in its clause, opening its sentence or right after it', () => {
    const published = '2031-11-08';
    const opening = 'Since 1 October, at least 61 civilians have been killed in Velsk province.';
    expect(hints(opening, 'at least 61 civilians have been killed', { published }).period).toBe(true);
    const week = 'Over the past week, drones and artillery killed 19 people across the region.';
    expect(hints(week, 'killed 19 people', { published }).period).toBe(true);
    const after = 'Gunmen have killed 212 people in Harlan province since January, officials say.';
    expect(hints(after, 'killed 212 people', { published }).period).toBe(true);
    // A period told of something else is not the figure's: its day is unknown, but it is no total.
    const ofSource = 'The front, which has held Velsk since 2029, said 42 civilians were killed.';
    expect(hints(ofSource, '42 civilians were killed', { published })).toMatchObject({ date: null });
    expect(hints(ofSource, '42 civilians were killed', { published }).period).toBeUndefined();
    const ofComparison = 'A jet bombed the market on Friday, killing 31 people, the deadliest raid on the town since 2027.';
    expect(hints(ofComparison, 'killing 31 people', { published }).period).toBeUndefined();
    // A superlative's period ranks one event among others: "the worst ... in the past 50 years".
    const worst = 'The worst storm in the past 50 years killed 14 people in Velsk on Tuesday.';
    expect(hints(worst, 'killed 14 people', { published }).period).toBeUndefined();
    const first = 'The deadliest raid on the town since 2027 killed 31 people on Friday.';
    expect(hints(first, 'killed 31 people', { published }).period).toBeUndefined();
    const bare = 'Four of the wounded have since died.';
    expect(hints(bare, 'Four of the wounded have since died', { published }).period).toBeUndefined();
  });

  it('reads "this year\'s" before an event as naming the event, not a span', () => {
    const published = '2031-11-08';
    const cases: Array<[string, string]> = [
      ['A stampede at this year’s pilgrimage killed 14 people.', 'killed 14 people'],
      ["Fourteen people were killed when this year's first cyclone hit the coast.", 'Fourteen people were killed'],
    ];
    for (const [text, claim] of cases) expect(hints(text, claim, { published }).period, text).toBeUndefined();
    expect(hints('Floods have killed 14 people in the valley this year.', 'killed 14 people', { published }).period).toBe(true);
  });

  it('marks a count over the part of a year told as a span: the first months, the same period, this year', () => {
    const published = '2031-11-08';
    const cases: Array<[string, string]> = [
      ['At least 940 people were killed on the roads of Velsk province in the first nine months of the year.', 'At least 940 people were killed'],
      ['In the first half of 2031, fighting in the hills killed 318 civilians, the monitor said.', 'killed 318 civilians'],
      ['Rebels abducted 1,200 villagers in the first quarter of this year, the report found.', 'abducted 1,200 villagers'],
      ['Police counted 412 homicides in Harlan county in the first ten months of 2031, up from 377 in the same period of 2030.', 'up from 377'],
      ['The toll compares with 95 deaths in the same period last year.', '95 deaths'],
      ['More than 600 civilians have been killed in air strikes in the state this year, the group said.', 'More than 600 civilians have been killed'],
      ['Some 212 soldiers have died in attacks in the region this year.', 'Some 212 soldiers have died'],
      ['Drownings have claimed 57 lives along the coast year to date.', 'Drownings have claimed 57 lives'],
    ];
    for (const [text, claim] of cases) expect(hints(text, claim, { published }).period, text).toBe(true);
    // One event dated within the year is no total, nor is a span told of something else.
    const earlier: Array<[string, string]> = [
      ['Earlier this year, a bomb at the depot killed 31 soldiers.', 'killed 31 soldiers'],
      ['In March this year, gunmen killed 40 villagers in Orvel.', 'gunmen killed 40 villagers'],
      ['In May of this year a landslide buried 26 people in Orvel.', 'buried 26 people'],
      ['A ferry sank off Tarvelsk on Monday, killing 17, the worst disaster this year.', 'killing 17'],
      ['The clinic, which opened in the first half of 2030, treated 23 wounded on Friday.', 'treated 23 wounded'],
    ];
    for (const [text, claim] of earlier) expect(hints(text, claim, { published }).period, text).toBeUndefined();
  });

  it('never takes a page label or a dateline for the event', () => {
    const text = 'KYIV, Ukraine, 8 Apr Rescuers say 23 people died in the blast.';
    expect(hints(text, '23 people died in the blast', { published: '2022-04-09' }).date).toBeNull();
  });

  it('resolves "the previous day" against the other date of the sentence', () => {
    // 2022-01-22 was a Saturday; the clause's own "on Saturday" dates the denial.
    const text = 'The coalition on Saturday denied responsibility for an airstrike that the previous day killed 70 people.';
    const published = '2022-01-22';
    expect(hints(text, 'an airstrike that the previous day killed 70 people', { published }).date).toBe('2022-01-21');
    expect(hints(text, 'The coalition on Saturday denied responsibility', { published }).date).toBe('2022-01-21');
  });

  it('counts "a day earlier" from a date in an earlier sentence', () => {
    const text = 'Rebels entered the town on March 3. A day earlier, an ambush had killed 12 soldiers.';
    expect(hints(text, 'an ambush had killed 12 soldiers', { published: '2022-03-10' }).date).toBe('2022-03-02');
  });

  it('gives no day after the publication to "a day later" with no date before it', () => {
    const text = 'The army shelled the ridge. A day later, 12 soldiers were killed in an ambush.';
    expect(hints(text, '12 soldiers were killed', { published: '2022-03-10' }).date).toBeNull();
  });

  it('gives no date to totals over a period', () => {
    const published = '2023-04-01';
    const since = 'More than 10,000 civilians have been killed since 2014, monitors said.';
    expect(hints(since, 'More than 10,000 civilians have been killed since 2014', { published, title: 'Attack on Monday' }).date).toBeNull();
    const war = 'Monitors say 9,000 people have died since the war began, and that 12 died on Monday.';
    expect(hints(war, '9,000 people have died', { published }).date).toBeNull();
    const dayFirst = 'Since 3 April, at least 212 people have been killed in the valley, monitors said.';
    expect(hints(dayFirst, 'at least 212 people have been killed', { published }).date).toBeNull();
    const range = 'Monitors counted 900 deaths between 4 November 2020 and 31 December 2022.';
    expect(hints(range, 'Monitors counted 900 deaths', { published }).date).toBeNull();
  });

  it('dates a claim whose sentence names only a month by the middle of that month, and one naming months not at all', () => {
    const published = '2031-10-14';
    const text =
      'Gunmen killed 11 people at a bar in Velsk on Saturday, police said.\n\n' +
      'In March, gunmen killed eight people at a christening in the same district. ' +
      'A bomb there last May killed four traders, and one in November 2029 killed nine. ' +
      'Police say 700 people were murdered in the province in the first nine months of 2031. ' +
      'In 2027 a mine there killed six. The war, which began in June 2028, has killed 4,000.';
    expect(hints(text, 'killed 11 people', { published }).date).toBe('2031-10-11');
    // As "last month" is read: a day the text does not name, but not the lead's day either.
    expect(hints(text, 'killed eight people', { published }).date).toBe('2031-03-15');
    expect(hints(text, 'killed four traders', { published }).date).toBe('2031-05-15');
    expect(hints(text, 'killed nine', { published }).date).toBe('2029-11-15');
    expect(hints(text, '700 people were murdered', { published }).date).toBeNull();
    // A past year alone: its middle (see the next case).
    expect(hints(text, 'killed six', { published }).date).toBe('2027-07-01');
    expect(hints(text, 'has killed 4,000', { published }).date).toBeNull();
    // A day in the sentence still dates it; a month that names a thing ("the March accord") is no time.
    const day = 'On 4 May, three weeks after the March accord, shelling killed 14 people in Velsk.';
    expect(hints(day, 'shelling killed 14 people', { published }).date).toBe('2031-05-04');
    const accord = 'Gunmen killed 11 people in Velsk on Saturday.\n\nThe March accord had promised calm; shelling killed 14 people.';
    expect(hints(accord, 'shelling killed 14 people', { published }).date).toBe('2031-10-11');
  });

  it('reads a month named as the time against its year: last year, this month, or a span of months', () => {
    const published = '2031-06-10';
    const text =
      'In March last year, a bomb killed five guards at the depot. ' +
      'In June, gunmen killed seven drivers on the road. ' +
      'In April and May, 60 people died of measles in the camps. ' +
      'In February, floods killed 12 farmers.';
    expect(hints(text, 'killed five guards', { published }).date).toBe('2030-03-15');
    // The month of publication has begun: its middle, or the publication day before it.
    expect(hints(text, 'killed seven drivers', { published }).date).toBe('2031-06-10');
    expect(hints(text, '60 people died', { published }).date).toBeNull();
    expect(hints(text, 'killed 12 farmers', { published }).date).toBe('2031-02-15');
  });

  it('dates an earlier event the article recalls by a past year alone by the middle of that year', () => {
    const published = '2031-10-14';
    const lead = 'A fire at a warehouse in Velsk killed nine workers on Saturday, officials said.\n\n';
    const at = (sentence: string, quote: string) => hints(lead + sentence, quote, { published }).date;
    expect(at('Last year a gas blast in the same street killed four people.', 'killed four people')).toBe('2030-07-01');
    expect(at('In 2019, a flood there left 23 dead.', '23 dead')).toBe('2019-07-01');
    // "the deadliest since ..., when": the time of the event the when-clause tells, no period.
    expect(at('It was the worst fire in the city since 2024, when 17 people died in a hostel.', '17 people died')).toBe('2024-07-01');
    expect(at('It was the deadliest blaze since March 2026, when a market fire killed 12.', 'killed 12')).toBe('2026-03-15');
    // ... and by its month alone: the latest such month by the publication date.
    expect(at('It was the deadliest raid on the town since September, when a drone hit the depot and killed nine guards.', 'killed nine guards')).toBe('2031-09-15');
    expect(at('No attack had been as deadly since June, when 14 people died at a checkpoint.', '14 people died')).toBe('2031-06-15');
    expect(at('It was the worst crash on the road since December, when a lorry killed eight.', 'killed eight')).toBe('2030-12-15');
    expect(hints(lead + 'It was the deadliest raid on the town since September, when a drone hit the depot and killed nine guards.', 'killed nine guards', { published }).period).toBeUndefined();
    expect(hints(lead + 'It was the worst fire in the city since 2024, when 17 people died in a hostel.', '17 people died', { published }).period).toBeUndefined();
    // An event named by its year.
    expect(at('The 2028 floods killed 340 people in the province.', 'killed 340 people')).toBe('2028-07-01');
    expect(at('The Great Fire of 1911 killed 146 workers.', 'killed 146 workers')).toBe('1911-07-01');
    // ... or by its month and year, its middle: "the February 2029 earthquakes".
    expect(at('Many homes were empty after the February 2029 earthquakes, which killed more than 5,000 people.', 'killed more than 5,000 people')).toBe('2029-02-15');
    expect(at('The October 2030 floods left 61 dead in the valley.', '61 dead')).toBe('2030-10-15');
    expect(at('The May 2031 crackdown protests ended after police killed 12.', 'police killed 12')).toBeNull();
    // review7: only an event is named by its year, not an accord, a treaty or a class.
    expect(at('The 2029 monsoon floods left 58 dead.', '58 dead')).toBe('2029-07-01');
    expect(at('Under the 2029 truce, the army said four soldiers were killed in Velsk this week.', 'four soldiers were killed')).toBeNull();
    expect(at('The Accord of 2027 broke down as six villagers were killed near Velsk.', 'six villagers were killed')).toBeNull();
    expect(at('Members of the Class of 2028 said three students were hurt in the blaze.', 'three students were hurt')).toBeNull();
    // Not the publication's own year (a count so far), a year's total, nor a period that began in a year.
    expect(at('In 2031, 212 people have died in fires across the province.', '212 people have died')).toBeNull();
    expect(at('In 2029 alone, fires killed 80 people.', 'fires killed 80 people')).toBeNull();
    expect(at('Since 2024, fires have killed 310 people in the city.', 'fires have killed 310 people')).toBeNull();
    expect(hints(lead + 'Since 2024, fires have killed 310 people in the city.', 'fires have killed 310 people', { published }).period).toBe(true);
    // Not a year told of something else: in a relative clause, or after the claim past a clause break.
    expect(at('The Orvan Front, which shelled the port in 2027, denied that its men killed the nine.', 'killed the nine')).toBeNull();
    expect(at('Firefighters said nine had died, adding that the alarms were last tested in 2028.', 'nine had died')).toBeNull();
    // The count "since ..." opens is still a period; only the when-clause's figure is that time's.
    const since = 'No worker had died in a Velsk fire since 2024, when 17 people died in a hostel.';
    expect(hints(lead + since, 'No worker had died', { published }).period).toBe(true);
    expect(at(since, '17 people died')).toBe('2024-07-01');
    // A day in the sentence still dates it.
    expect(at('On Sunday two of the injured died, as in 2024, when the toll also rose.', 'two of the injured died')).toBe('2031-10-12');
  });

  it('keeps the start of a range of a few days', () => {
    const text = 'Airstrikes from March 17 to March 19 killed 200 civilians.';
    expect(hints(text, 'killed 200 civilians', { published: '2017-03-26' }).date).toBe('2017-03-17');
  });

  it('takes a yearless date’s year from the document when the publication date is missing', () => {
    const text = 'Two servicemen were killed on December 31 in the shelling.\n\nThe ministry statement of January 4, 2018 named them.';
    expect(hints(text, 'Two servicemen were killed', { published: null }).date).toBe('2017-12-31');
    expect(hints('Two servicemen were killed on December 31.', 'Two servicemen were killed', { published: null }).date).toBeNull();
  });

  it('accepts an ISO timestamp as the publication date', () => {
    const text = 'A car bomb killed six people yesterday.';
    expect(hints(text, 'A car bomb killed six people yesterday', { published: '2022-04-08T22:15:00+03:00' }).date).toBe('2022-04-07');
  });

  it('resolves New Year’s Eve across the year boundary', () => {
    const text = 'Russia said 63 of its troops were killed on New Year’s Eve in Makiivka.';
    expect(hints(text, '63 of its troops were killed on New Year’s Eve in Makiivka', { published: '2023-01-03' })).toEqual({
      place: 'Makiivka',
      date: '2022-12-31',
      eventType: null,
    });
  });
});

describe('incidentHints: robustness', () => {
  it('accepts offsets out of order or outside the text', () => {
    const text = 'Nine died in Lyman.';
    expect(() => incidentHints({ text, sentenceStart: 15, sentenceEnd: 3, claimStart: 40, claimEnd: -2 })).not.toThrow();
    expect(incidentHints({ text: '', sentenceStart: 0, sentenceEnd: 0, claimStart: 0, claimEnd: 0 })).toEqual({
      place: null,
      date: null,
      eventType: null,
    });
  });

  it('does not reuse one document’s scan for another with the same offsets', () => {
    const a = 'Nine died in Lyman on Monday.';
    const b = 'Nine died in Izium on Sunday.';
    const ctx = { sentenceStart: 0, sentenceEnd: a.length, claimStart: 0, claimEnd: a.length - 1, published: FRIDAY };
    expect(incidentHints({ ...ctx, text: a }).place).toBe('Lyman');
    expect(incidentHints({ ...ctx, text: b }).place).toBe('Izium');
    expect(incidentHints({ ...ctx, text: a }).date).toBe('2022-04-04');
  });

  it('stays fast on a long live blog: each call costs one paragraph', () => {
    const paragraph =
      'Officials said the council would meet again next week to discuss the budget and the schools. ' +
      'Air raid sirens sounded in Kyiv on Tuesday, and a missile killed three people in Odesa, the governor said.';
    const text = Array.from({ length: 4000 }, () => paragraph).join('\n\n'); // ~0.8 MB
    const claims: HintContext[] = [];
    for (let at = text.indexOf('a missile killed'); at >= 0 && claims.length < 400; at = text.indexOf('a missile killed', at + 1)) {
      const sentenceStart = text.lastIndexOf('Air raid', at);
      claims.push({ text, sentenceStart, sentenceEnd: text.indexOf('said.', at) + 5, claimStart: at, claimEnd: at + 40, published: FRIDAY });
    }
    const t0 = performance.now();
    for (const ctx of claims) expect(incidentHints(ctx).place).toBe('Odesa');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('bounds the look-back when a huge text has no paragraph breaks', () => {
    const text = 'The council discussed the budget and the schools at length, officials said. '.repeat(30_000); // ~2.3 MB
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) {
      const at = text.length - 1000 - i * 5000;
      incidentHints({ text, sentenceStart: at, sentenceEnd: at + 75, claimStart: at, claimEnd: at + 30 });
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
