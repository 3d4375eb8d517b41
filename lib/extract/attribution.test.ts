import { describe, expect, it } from 'vitest';
import { cachedNps } from './attribution';
import { extractClaims } from './extract-claims';
import type { Claim } from './types';

/**
 * Who says a figure or denial (`source`) and who carried it (`via`). Every text is written for
 * these tests. `number` picks the claim by its numberText (for a denial: its cue). `source` is the
 * span as written, or null for the outlet's own voice; a list where a careful reader could give
 * either span (an appositive kept or dropped, a description resolved or not). `via` is checked
 * only when given.
 */
interface Case {
  text: string;
  number: string;
  kind?: Claim['kind'];
  source: string | null | (string | null)[];
  /** The carrier, or a list where a careful reader could give either span. */
  via?: string | null | string[];
  /** A known gap: why the engine still gets this wrong. Asserted to fail, so a fix shows up. */
  gap?: string;
}

function check({ text, number, kind = 'figure', source, via }: Case): void {
  const claims = extractClaims(text);
  const claim = claims.find((c) => c.kind === kind && c.numberText === number);
  expect(claim, `no ${kind} "${number}" among ${JSON.stringify(claims.map((c) => c.numberText))}`).toBeDefined();
  if (Array.isArray(source)) expect(source).toContain(claim!.source);
  else expect(claim!.source).toBe(source);
  if (Array.isArray(via)) expect(via).toContain(claim!.via);
  else if (via !== undefined) expect(claim!.via).toBe(via);
}

const BASICS: Case[] = [
  { text: 'The health ministry said 14 people were killed in the strike.', number: '14', source: 'The health ministry' },
  { text: '14 people were killed in the strike, the health ministry said.', number: '14', source: 'the health ministry' },
  { text: 'At least 14 people were killed, according to the Syrian Observatory for Human Rights.', number: 'At least 14', source: 'the Syrian Observatory for Human Rights' },
  { text: 'A senior pro-government military source told AFP that 22 fighters had been killed.', number: '22', source: 'A senior pro-government military source', via: 'AFP' },
  { text: 'Eleven soldiers were killed, the defence ministry said, according to Reuters.', number: 'Eleven', source: 'the defence ministry', via: 'Reuters' },
  { text: 'The TASS news agency quoted the defence ministry as saying that two pilots died.', number: 'two', source: 'the defence ministry', via: 'The TASS news agency' },
  { text: 'Local officials, citing hospital records, reported 31 dead.', number: '31', source: 'Local officials' },
  // A description points back only to a name that says as much: not to a headline's bare "Ministry".
  { text: 'Ministry: 6 dead in Orvel depot fire\n\nThe interior ministry said on Monday that six people died in the fire.', number: 'six', source: 'The interior ministry' },
  // A live page's entry: its time, a dash, then a headline naming the speaker.
  { text: 'Live: floods in the north\n\n11:20 — Police: at least six dead in Harlan', number: 'at least six', source: 'Police' },
  // "He" points back to a single person, also one whose modifier ends in a plural noun.
  { text: 'A nurse working at the two field clinics told reporters what happened.\n\nShe said 14 people died overnight.', number: '14', source: 'A nurse working at the two field clinics' },
  // A pronoun no earlier cue resolves stands for the paragraph's earlier speaker, never for itself.
  { text: 'the river authority said 12 people drowned on Monday. It said 31 others were hurt.', number: '31', source: 'the river authority' },
  { text: 'An army spokesman said four soldiers died in the ambush. He said 9 more were wounded.', number: '9', source: 'An army spokesman' },
  { text: 'An air strike killed 12 children in the town on Tuesday.', number: '12', source: null },
  { text: 'Governor Anna Petrenko visited the site on Friday.\n\nShe said 9 people had died and 20 were injured.', number: '9', source: 'Governor Anna Petrenko' },
  { text: 'The regional police chief, who asked not to be named, said 6 officers were wounded.', number: '6', source: 'The regional police chief' },
  { text: 'The army said it had not shelled the village, which medics said had killed 17 people.', number: '17', source: 'medics' },
  { text: '"Seven of our men were killed in the ambush," the commander said.', number: 'Seven', source: 'the commander' },
  { text: 'Mayor Rubens Okafor spoke to reporters.\n\n"Forty-one bodies have been recovered so far," he said.', number: 'Forty-one', source: 'Mayor Rubens Okafor' },
];

/** The speaker as subject before its verb: said, says, told, reported, estimated, announced. */
const SUBJECT_FIRST: Case[] = [
  { text: 'Police said three people were killed in the blast.', number: 'three', source: 'Police' },
  { text: 'The Interior Ministry said on Tuesday that 18 migrants had drowned off the coast.', number: '18', source: 'The Interior Ministry' },
  { text: 'Hospital officials in Varnek said at least 27 people had died.', number: 'at least 27', source: 'Hospital officials in Varnek' },
  { text: 'Rescuers say 40 people are still missing after the landslide.', number: '40', source: 'Rescuers' },
  { text: 'The governor of Tarn province told reporters that nine people were wounded.', number: 'nine', source: 'The governor of Tarn province', via: null },
  { text: 'Kessaran border guards reported two civilians killed by mortar fire.', number: 'two', source: 'Kessaran border guards' },
  { text: 'The coast guard estimated that up to 60 people were missing.', number: 'up to 60', source: 'The coast guard' },
  { text: 'Officials said Monday that 14 people died when the bridge collapsed.', number: '14', source: 'Officials' },
  { text: 'The ministry on Sunday said 25 soldiers had been wounded.', number: '25', source: 'The ministry' },
  { text: 'The army announced that three of its soldiers were killed.', number: 'three', source: 'The army' },
  { text: 'The rebels claimed to have killed 50 government soldiers.', number: '50', source: 'The rebels' },
  { text: 'The hospital confirmed 6 deaths on Thursday evening.', number: '6', source: 'The hospital' },
  { text: 'Sources say at least 12 guards were killed in the assault.', number: 'at least 12', source: 'Sources' },
  { text: 'Medical sources in Port Kessa said 12 fighters were killed.', number: '12', source: 'Medical sources in Port Kessa' },
  { text: 'The agency said in its daily report that 17 civilians were killed.', number: '17', source: 'The agency' },
  { text: 'Separately, the monitor reported 8 deaths in Harlan.', number: '8', source: 'the monitor' },
  { text: 'The mayor, 54, said 3 people died in the fire.', number: '3', source: 'The mayor' },
  { text: 'The governor told a news conference that 22 people were killed.', number: '22', source: 'The governor', via: null },
  { text: 'The World Health Organization says 2,300 people have died in the floods.', number: '2,300', source: 'The World Health Organization' },
  { text: 'The police said the blast happened at 9 a.m. and that 4 people were killed.', number: '4', source: 'The police' },
  { text: 'Officials said the bus overturned on a bend, killing 8 passengers.', number: '8', source: 'Officials' },
  { text: 'Police say the gunman, who killed 5 people, acted alone.', number: '5', source: 'Police' },
  { text: 'A statement from the army said 4 soldiers died.', number: '4', source: ['A statement from the army', 'the army'] },
];

/** The speaker after the figure or after its verb ("said X", "..., X said"). */
const SPEAKER_AFTER: Case[] = [
  { text: 'At least 19 people died in the fire, said a spokesman for the city\'s fire service.', number: 'At least 19', source: 'a spokesman for the city\'s fire service' },
  { text: 'Six soldiers were wounded, the army says.', number: 'Six', source: 'the army' },
  { text: 'Six soldiers were wounded in the attack, army spokesman Col. Ivo Saar said on Monday.', number: 'Six', source: 'army spokesman Col. Ivo Saar' },
  { text: 'Twenty-two people were killed, said the head of the district, Omar Vasquez.', number: 'Twenty-two', source: ['the head of the district, Omar Vasquez', 'the head of the district'] },
  { text: 'Nine fishermen are missing, police reported on Sunday.', number: 'Nine', source: 'police' },
  { text: 'According to a union rep, 14 miners were hurt.', number: '14', source: 'a union rep' },
  { text: 'The death toll has risen to 48, the civil defence agency said.', number: '48', source: 'the civil defence agency' },
  { text: 'The toll from the quake rose to 210, officials said Thursday.', number: '210', source: 'officials' },
  { text: 'The explosion killed 3 workers, the company said, adding that the cause was unknown.', number: '3', source: 'the company' },
  { text: 'The army said it had repelled the attack. Nine soldiers were killed, it added.', number: 'Nine', source: 'The army' },
  { text: 'Two people were killed, the governor wrote on Telegram.', number: 'Two', source: 'the governor' },
  { text: 'Fourteen deaths were reported by the health ministry.', number: 'Fourteen', source: 'the health ministry' },
  { text: 'The deaths of 12 miners were recorded by the mine\'s owner.', number: '12', source: 'the mine\'s owner' },
  { text: 'Thirty people were killed, as reported by local police.', number: 'Thirty', source: 'local police' },
  // A state may stand between the report verb and "by"; "killed by" names no source.
  { text: 'Twelve people were confirmed dead by the coroner on Friday.', number: 'Twelve', source: 'the coroner' },
  { text: 'Five people were reported killed by the army.', number: 'Five', source: null },
  { text: 'Three fishermen were reported missing by relatives.', number: 'Three', source: 'relatives' },
];

/** Words in quotation marks, the speaker before or after them. */
const QUOTES: Case[] = [
  { text: '"They killed 14 of our people," the village elder said.', number: '14', source: 'the village elder' },
  { text: '"At least nine of my men were wounded," said Captain Rolf Adler.', number: 'At least nine', source: 'Captain Rolf Adler' },
  { text: 'The village elder said: "They killed 14 of our people."', number: '14', source: 'The village elder' },
  { text: '\u201cTwenty bodies were brought here overnight,\u201d a morgue worker said.', number: 'Twenty', source: 'a morgue worker' },
  { text: '"We found 11 bodies in the rubble," said Marta Lind, a volunteer rescuer.', number: '11', source: ['Marta Lind, a volunteer rescuer', 'Marta Lind'] },
  { text: '"At least 50 are dead," a doctor at the main hospital told Reuters.', number: 'At least 50', source: 'a doctor at the main hospital', via: 'Reuters' },
  { text: '"We have lost 12 men," the commander told the Velan news agency.', number: '12', source: 'the commander', via: 'the Velan news agency' },
  { text: '"The number of dead has reached 90," a provincial official, Ramon Ortiz, told AFP.', number: '90', source: ['a provincial official, Ramon Ortiz', 'a provincial official'], via: 'AFP' },
  { text: 'Captain Rolf Adler spoke by phone from the front.\n\n\u201cWe lost 7 men last night,\u201d he said.', number: '7', source: 'Captain Rolf Adler' },
];

/** According to, citing, quoted by: who speaks and who carries it. */
const ACCORDING_AND_VIA: Case[] = [
  { text: 'According to the health ministry, 72 people have been killed since Friday.', number: '72', source: 'the health ministry' },
  { text: 'The strike killed 9 people, according to local officials.', number: '9', source: 'local officials' },
  { text: 'According to witnesses, three protesters were shot dead.', number: 'three', source: 'witnesses' },
  { text: 'The blast, according to police, killed 6 people.', number: '6', source: 'police' },
  { text: 'Per the health ministry, 45 people were killed.', number: '45', source: 'the health ministry' },
  { text: 'At least 70 people were killed, per Reuters, citing two hospital officials.', number: 'At least 70', source: 'two hospital officials', via: 'Reuters' },
  { text: 'Troops were paid 40 per cent more after 9 soldiers were killed.', number: '9', source: null },
  { text: 'Residents of the valley were quoted as saying 15 people had drowned.', number: '15', source: 'Residents of the valley' },
  { text: 'According to a tally by the Solvan Human Rights Network, 1,200 civilians have died this year.', number: '1,200', source: ['a tally by the Solvan Human Rights Network', 'the Solvan Human Rights Network'] },
  { text: 'Some 200 people have been killed, according to figures from the interior ministry.', number: 'Some 200', source: ['figures from the interior ministry', 'the interior ministry'] },
  { text: 'At least 33 people were killed, according to the Kordan Times, citing hospital sources.', number: 'At least 33', source: 'hospital sources', via: 'the Kordan Times' },
  { text: 'According to the Velan news agency, citing police, 7 people drowned.', number: '7', source: 'police', via: 'the Velan news agency' },
  { text: 'The Velan news agency, citing police, said 7 people drowned.', number: '7', source: 'police', via: 'The Velan news agency' },
  { text: 'State television reported 12 deaths, citing the emergencies ministry.', number: '12', source: 'the emergencies ministry', via: 'State television' },
  { text: 'Citing a senior security official, the Daily Courier reported that 25 militants were killed.', number: '25', source: 'a senior security official', via: 'the Daily Courier' },
  { text: 'The Associated Press reported that 18 people were killed, citing a police official.', number: '18', source: 'a police official', via: 'The Associated Press' },
  { text: 'The commander, quoted by TASS, said 30 enemy fighters were killed.', number: '30', source: 'The commander', via: 'TASS' },
  { text: 'The RIA news agency quoted a local official as saying 13 people were killed.', number: '13', source: 'a local official', via: 'The RIA news agency' },
  { text: 'A police spokesman was quoted as saying that 6 people were killed.', number: '6', source: 'A police spokesman', via: null },
  { text: 'Interfax quoted the emergencies ministry as saying that eight miners died.', number: 'eight', source: 'the emergencies ministry', via: 'Interfax' },
  { text: 'Quoted by the Marlin news agency, the mayor said 10 people died.', number: '10', source: 'the mayor', via: 'the Marlin news agency' },
  { text: 'Twelve people died, Interfax quoted the regional health department as saying.', number: 'Twelve', source: 'the regional health department', via: 'Interfax' },
  { text: 'A local official told AFP that 15 villagers had been killed.', number: '15', source: 'A local official', via: 'AFP' },
  { text: 'Two security sources told The Associated Press that eight police officers were killed.', number: 'eight', source: 'Two security sources', via: 'The Associated Press' },
  { text: 'The mayor told reporters 4 people were missing.', number: '4', source: 'The mayor', via: null },
  { text: 'Five civilians were killed, a military official told AFP on condition of anonymity.', number: 'Five', source: 'a military official', via: 'AFP' },
  { text: 'The health ministry said 14 people were killed, Reuters reported.', number: '14', source: 'The health ministry', via: 'Reuters' },
  { text: 'Police told state television that 7 people were killed.', number: '7', source: 'Police', via: 'state television' },
  { text: 'The doctor told the BBC that 5 children died.', number: '5', source: 'The doctor', via: 'the BBC' },
  { text: 'Local officials told the Daily Courier that 10 people were killed.', number: '10', source: 'Local officials', via: 'the Daily Courier' },
  { text: 'In an interview with the Marlin Gazette, the governor said 19 people died.', number: '19', source: 'the governor' },
];

/** An outlet speaking for itself is the source, not a carrier. */
const OUTLET_AS_SOURCE: Case[] = [
  { text: 'According to Reuters, 16 people died.', number: '16', source: 'Reuters', via: null },
  { text: 'Reuters counted 35 bodies at the morgue.', number: '35', source: 'Reuters', via: null },
  { text: 'The Arkan Observer reported that 40 people were killed in the raid.', number: '40', source: 'The Arkan Observer', via: null },
  { text: 'Eight people were killed, the state news agency reported.', number: 'Eight', source: 'the state news agency', via: null },
  { text: 'Local media reported at least ten dead.', number: 'at least ten', source: 'Local media', via: null },
  { text: 'The Daily Courier said 10 people were killed.', number: '10', source: 'The Daily Courier', via: null },
  { text: 'An AFP photographer counted 12 bodies in the square.', number: '12', source: 'An AFP photographer', via: null },
];

/** Tolls, counts and estimates: "X put the toll at N", "X's count shows N", "figures from X". */
const TOLLS: Case[] = [
  { text: 'The Red Cross estimated that about 300 people had died.', number: 'about 300', source: 'The Red Cross' },
  { text: 'Aid groups estimate that more than 1,000 people were killed in the fighting.', number: 'more than 1,000', source: 'Aid groups' },
  { text: 'The provincial government put the death toll at 56.', number: '56', source: 'The provincial government' },
  { text: 'Officials put the number of injured at more than 80.', number: 'more than 80', source: 'Officials' },
  { text: 'The ministry\'s latest count shows 143 dead.', number: '143', source: ['The ministry', 'The ministry\'s latest count'] },
  { text: 'The monitor\'s tally puts the number of dead at 212.', number: '212', source: ['The monitor', 'The monitor\'s tally'] },
  { text: 'Figures from the health ministry show 95 people were killed last month.', number: '95', source: ['the health ministry', 'Figures from the health ministry'] },
  { text: 'The agency\'s final count is 61 dead.', number: '61', source: ['The agency', 'The agency\'s final count']  },
  { text: 'The UN has verified 500 civilian deaths since January.', number: '500', source: 'The UN' },
  { text: 'The monitor, which cross-checks names against burial records, has verified 39 deaths.', number: '39', source: 'The monitor' },
  // The army's toll is its losses, not its count.
  { text: 'The army\'s death toll rose to 40, the ministry said.', number: '40', source: 'the ministry' },
  { text: 'UN figures show that 3,400 civilians were killed in 2030.', number: '3,400', source: ['UN', 'UN figures'] },
  { text: 'The death toll, which officials put at 27, is expected to rise.', number: '27', source: 'officials' },
];

/** Statements, posts and headlines. */
const STATEMENTS_AND_HEADLINES: Case[] = [
  { text: 'In a statement, the army said four of its soldiers were killed.', number: 'four', source: 'the army' },
  { text: 'The regional governor said in a statement on Telegram that two people were injured.', number: 'two', source: 'The regional governor', via: null },
  { text: 'In a post on social media, the mayor said 17 people had been hurt.', number: '17', source: 'the mayor' },
  { text: 'Police: 40 killed in market blast', number: '40', source: 'Police' },
  { text: '40 killed in market blast, police say', number: '40', source: 'police' },
  { text: 'Health ministry: Death toll rises to 112', number: '112', source: 'Health ministry' },
  { text: '12 dead after bus plunges into ravine: police', number: '12', source: 'police'  },
  { text: 'BREAKING: Police say 8 dead in shooting', number: '8', source: 'Police' },
  // A "Source:" label on the paragraph before a bare quotation names its speaker.
  { text: 'Source: Governor Lena Hart\n\n"Nine people died overnight in the flooded villages."', number: 'Nine', source: 'Governor Lena Hart' },
  // A body sentence's colon introduces a list, not a speaker.
  { text: 'The blast killed 12 people: police officers and soldiers.', number: '12', source: null },
  { text: 'Live updates\n\n14:05 The governor says 3 people have died in the blast.', number: '3', source: 'The governor' },
];

/** Pronouns and bare descriptions pointing back to a speaker named earlier. */
const POINTING_BACK: Case[] = [
  { text: 'The health ministry updated its figures on Monday. It said 57 people had died.', number: '57', source: 'The health ministry' },
  { text: 'Police chief Dana Moor arrived at the scene at noon. She said four officers were hurt.', number: 'four', source: 'Police chief Dana Moor' },
  { text: 'Rebel commanders met in the hills on Sunday.\n\nThey said 19 government troops were captured.', number: '19', source: 'Rebel commanders' },
  { text: 'The defence ministry did not comment on its own losses. However, it said 80 enemy soldiers were killed.', number: '80', source: 'The defence ministry' },
  { text: 'The interior minister, Yara Solis, flew to Dorrin on Wednesday.\n\nThe city was still without power.\n\nShe said 11 people were missing.', number: '11', source: ['The interior minister, Yara Solis', 'The interior minister'] },
  { text: 'Doctors at the Saint Luke clinic worked through the night. They told reporters that 26 patients had died.', number: '26', source: 'Doctors at the Saint Luke clinic' },
  { text: 'The Ministry of Emergency Situations issued an update at dawn.\n\nThe ministry said 9 people died.', number: '9', source: ['The Ministry of Emergency Situations', 'The ministry'] },
  { text: 'Hanna Kulik, the regional governor, visited the hospital. The governor said 15 people were injured.', number: '15', source: ['Hanna Kulik, the regional governor', 'Hanna Kulik', 'The governor'] },
  { text: 'The Blue Crescent aid group said its teams had found 12 bodies. The group said a further 30 people were missing.', number: '30', source: ['The Blue Crescent aid group', 'The group'] },
  { text: 'The ministry issued a statement on Monday. It denied that any civilians were killed.', number: 'denied', kind: 'denial', source: 'The ministry' },
  { text: 'The governor said rescue teams were still searching. He added that 6 people had died.', number: '6', source: 'The governor' },
  // A surname stands for the full name given before; a place is no surname.
  { text: 'Captain Ivo Saar led the rescue.\n\n"We pulled out 14 bodies," Saar said. "Another 6 people are missing."', number: '6', source: 'Captain Ivo Saar' },
  { text: 'Interior Minister Yara Solis visited Dorrin on Monday. Solis said 11 people were missing.', number: '11', source: 'Interior Minister Yara Solis' },
  { text: 'The mayor of Dorrin spoke on Monday. Dorrin said 30 soldiers were killed.', number: '30', source: 'Dorrin' },
  // A description opening its sentence is resolved like one inside it.
  { text: 'The Velan health ministry updated its count on Monday.\n\nThe ministry said 41 people had died.', number: '41', source: 'The Velan health ministry' },
  // "Its spokesman" names a person as the text does; "according to her" is "she said".
  { text: 'The mayor\'s office said 3 people died. Its spokesman said 10 more were hurt.', number: '10', source: 'Its spokesman' },
  { text: 'Dr. Ana Lopez runs the clinic. According to her, 8 patients died.', number: '8', source: 'Dr. Ana Lopez' },
  { text: 'The rebels held the town for a week. According to them, 30 soldiers were captured.', number: '30', source: 'The rebels' },
  // The antecedent in the same sentence, before the pronoun.
  { text: 'The ministry said it had recorded 40 deaths.', number: '40', source: 'The ministry' },
  { text: 'Police said they had found 12 bodies in the river.', number: '12', source: 'Police' },
  { text: 'Lena Ostrova, a teacher who fled the shelling, told us she saw 6 bodies near the school.', number: '6', source: 'Lena Ostrova' },
  // A sentence adverb before the comma is not the antecedent; a count of victims is not a speaker.
  { text: 'Rebel commanders met in the hills. However, they said 19 soldiers were captured.', number: '19', source: 'Rebel commanders' },
  { text: 'The Harlan Relief Network counts the dead.\n\nThousands of people fled the valley. They say 70 people died.', number: '70', source: 'The Harlan Relief Network' },
];

/** Subjects with appositives, relative clauses and other modifiers. */
const MODIFIED_SUBJECTS: Case[] = [
  { text: 'The governor, who visited the site, said 9 people were killed.', number: '9', source: 'The governor' },
  { text: 'A fisherman who pulled bodies from the river said 13 people drowned.', number: '13', source: ['A fisherman who pulled bodies from the river', 'A fisherman'] },
  { text: 'Rebels who control the town said 25 soldiers were killed.', number: '25', source: ['Rebels who control the town', 'Rebels'] },
  { text: 'Residents who fled the shelling told reporters that at least 8 people were killed.', number: 'at least 8', source: ['Residents who fled the shelling', 'Residents'] },
  { text: 'The doctor, whose clinic was hit twice, said 6 patients died.', number: '6', source: 'The doctor' },
  { text: 'Colonel Mira Dobra, the brigade\'s spokeswoman, said 5 soldiers were wounded.', number: '5', source: ['Colonel Mira Dobra, the brigade\'s spokeswoman', 'Colonel Mira Dobra'] },
  { text: 'A witness, who gave only his first name, said 7 people were killed.', number: '7', source: 'A witness' },
  { text: 'The agency, which monitors the conflict through a network of sources, said 17 fighters were killed.', number: '17', source: 'The agency' },
  { text: 'Soldiers guarding the checkpoint said 3 attackers were killed.', number: '3', source: ['Soldiers guarding the checkpoint', 'Soldiers'] },
  { text: 'A spokesman for the Norland police, speaking on condition of anonymity, said 2 officers were killed.', number: '2', source: 'A spokesman for the Norland police' },
  { text: 'The Norland Observatory, a monitoring group based in Britain, said 37 fighters were killed.', number: '37', source: ['The Norland Observatory, a monitoring group based in Britain', 'The Norland Observatory'] },
  { text: 'Villagers who buried the dead said 21 people were killed.', number: '21', source: ['Villagers who buried the dead', 'Villagers'] },
  { text: 'Officials in the district where the attack happened said 7 people died.', number: '7', source: 'Officials in the district where the attack happened' },
  // The relative clause's own "said" reports what follows it.
  { text: 'The army hit the depot, which rebels said killed 11 fighters.', number: '11', source: 'rebels' },
  { text: 'Groups that monitor the conflict said 30 civilians died.', number: '30', source: 'Groups that monitor the conflict' },
  { text: 'A nurse at the hospital where the victims were taken said 4 children died.', number: '4', source: ['A nurse at the hospital where the victims were taken', 'A nurse at the hospital'] },
];

/** Titles, possessives and coordinated speakers. */
const NAMES_AND_GROUPS: Case[] = [
  { text: 'Dr. Elena Voss said 21 patients had died.', number: '21', source: 'Dr. Elena Voss' },
  { text: 'Lt. Gen. Arno Pekkala said 150 enemy troops were killed.', number: '150', source: 'Lt. Gen. Arno Pekkala' },
  { text: 'Prime Minister Jonas Dahl told parliament that 64 people had died.', number: '64', source: 'Prime Minister Jonas Dahl', via: null },
  { text: 'Sheikh Omar al-Tahir, a tribal leader, said 18 people were killed.', number: '18', source: ['Sheikh Omar al-Tahir, a tribal leader', 'Sheikh Omar al-Tahir'] },
  { text: 'Mr. Kovac said seven miners were trapped and 3 had died.', number: '3', source: 'Mr. Kovac' },
  { text: 'Russia\'s defence ministry said 45 Ukrainian soldiers were killed.', number: '45', source: 'Russia\'s defence ministry' },
  { text: 'Ukraine\u2019s military said 12 Russian soldiers were killed overnight.', number: '12', source: 'Ukraine\u2019s military' },
  { text: 'The city\'s mayor said 2 people died.', number: '2', source: 'The city\'s mayor' },
  { text: 'Norland\'s state broadcaster reported 14 deaths.', number: '14', source: 'Norland\'s state broadcaster' },
  { text: 'Police and medics said 5 people were hurt.', number: '5', source: 'Police and medics' },
  { text: 'Police and hospital officials said 11 people died.', number: '11', source: 'Police and hospital officials' },
  { text: 'The UN refugee agency and the Red Crescent said 30 people were killed.', number: '30', source: 'The UN refugee agency and the Red Crescent' },
  // Not a coordination of speakers: a clause, then "and".
  { text: 'The army shelled the town and police said 5 people died.', number: '5', source: 'police' },
  { text: 'Nine people died and officials said 20 were hurt.', number: '20', source: 'officials' },
  { text: 'Witnesses and local journalists told AFP that 20 people were killed.', number: '20', source: 'Witnesses and local journalists', via: 'AFP' },
];

/** A speaker in an earlier sentence, and the outlet's own voice. */
const ACROSS_SENTENCES: Case[] = [
  { text: 'The ministry gave no figure. Officials later said 23 people were killed.', number: '23', source: 'Officials' },
  { text: 'The army declined to comment. Residents said 5 people were killed.', number: '5', source: 'Residents' },
  { text: 'The mayor spoke at noon. Later, the police said 8 people had died.', number: '8', source: 'the police' },
  { text: 'An air strike killed 12 people in Varnek on Monday.', number: '12', source: null },
  { text: 'Three people died when a gas cylinder exploded in a restaurant.', number: 'Three', source: null },
  { text: 'The fire, which broke out at midnight, killed 11 people.', number: '11', source: null },
  { text: 'At least 30 people were killed in the clashes, which began on Friday.', number: 'At least 30', source: null },
  { text: 'The attack left 15 dead and 40 wounded.', number: '15', source: null },
  { text: 'Two years ago, a similar flood killed 80 people.', number: '80', source: null },
];

/** A "said" nearby that belongs to another clause, not to the figure. */
const OTHER_SAID: Case[] = [
  // A sentence with no cue continues the paragraph's last speaker, as reported speech often runs
  // on; not one that opens on the event that killed.
  { text: 'The mayor said the road was closed. A landslide killed 4 people.', number: '4', source: null },
  { text: 'The army said 4 soldiers died in the ambush. Another 9 were wounded.', number: '9', source: 'The army' },
  { text: 'Police said the bus left the road at night. The crash on the mountain pass killed 8 people.', number: '8', source: null },
  { text: 'A landslide killed 4 people in Dorrin, where the mayor said the roads were closed.', number: '4', source: null },
  { text: 'A bomb killed 9 people at a market that officials said had been targeted before.', number: '9', source: null },
  { text: 'Nine people were killed in the attack, which the government said was the work of rebels.', number: 'Nine', source: null },
  { text: 'A car bomb killed 20 people on Sunday. The president said he would not negotiate.', number: '20', source: null },
  { text: 'The report, which the ministry called false, said 200 soldiers were killed.', number: '200', source: 'The report' },
  { text: 'The police chief, who said last week that the area was safe, confirmed 6 deaths.', number: '6', source: 'The police chief' },
];

/** Who denies. */
const DENIALS: Case[] = [
  { text: 'The army denied that any soldiers had been killed in the raid.', number: 'denied', kind: 'denial', source: 'The army' },
  { text: 'The militia, which controls the area, denied carrying out the attack.', number: 'denied', kind: 'denial', source: 'The militia' },
  { text: 'The defence ministry, quoted by TASS, denied reports of losses among its troops.', number: 'denied', kind: 'denial', source: 'The defence ministry', via: 'TASS' },
  { text: 'Police denied that officers had killed any protesters, according to the Velan news agency.', number: 'denied', kind: 'denial', source: 'Police', via: 'the Velan news agency' },
  { text: 'Officials in Varnek dismissed the casualty reports as propaganda.', number: 'dismissed', kind: 'denial', source: 'Officials in Varnek' },
  { text: 'Rebel leaders rejected the army\'s death toll.', number: 'rejected', kind: 'denial', source: 'Rebel leaders' },
];

/** Fronted participles, interrupting adverbs and parentheticals between speaker and verb. */
const INTERRUPTED: Case[] = [
  { text: 'Police said late Tuesday that 5 people were killed.', number: '5', source: 'Police' },
  { text: 'The army, in a statement, said 3 soldiers died.', number: '3', source: 'The army' },
  { text: 'The army, for its part, said 3 soldiers died.', number: '3', source: 'The army' },
  { text: 'The ministry, however, said 12 people were killed.', number: '12', source: 'The ministry' },
  { text: 'Local residents, some of whom saw the attack, said 7 people died.', number: '7', source: 'Local residents' },
  { text: 'Speaking to reporters, the mayor said 6 people died.', number: '6', source: 'the mayor' },
  { text: 'Asked about the toll, the spokesman said 14 people had died.', number: '14', source: 'the spokesman' },
  { text: 'Writing on Telegram, the governor said 3 people were killed.', number: '3', source: 'the governor' },
  { text: 'The governor wrote on Telegram that 3 people were killed.', number: '3', source: 'The governor' },
  { text: 'The ministry has said 30 soldiers were killed.', number: '30', source: 'The ministry' },
  { text: 'Officials had earlier said 11 people were missing.', number: '11', source: 'Officials' },
  { text: 'The health ministry later raised the toll to 31.', number: '31', source: 'The health ministry' },
  { text: 'The toll, according to the governor, stood at 40.', number: '40', source: 'the governor' },
  { text: 'The UN said that of the 40 people killed, 12 were children.', number: '40', source: 'The UN' },
  { text: 'The monitor said the strikes killed 21 civilians, bringing the toll since Monday to 80.', number: '80', source: 'The monitor' },
  { text: 'The rebels said they had killed 25 soldiers, a claim the army denied.', number: '25', source: 'The rebels' },
  { text: '"We lost 4 men," the commander said, adding that 9 were wounded.', number: '9', source: 'the commander' },
  { text: 'Witnesses told Reuters they saw at least 10 bodies.', number: 'at least 10', source: 'Witnesses', via: 'Reuters' },
];

/** Places, acronyms, possessive and non-ASCII names as speakers. */
const NAMED_SPEAKERS: Case[] = [
  { text: 'Kyiv said 300 Russian troops were killed in the battle.', number: '300', source: 'Kyiv' },
  { text: 'The U.N. said 30 aid workers died this year.', number: '30', source: 'The U.N.' },
  { text: 'M\u00e9decins Sans Fronti\u00e8res said 11 patients died.', number: '11', source: 'M\u00e9decins Sans Fronti\u00e8res' },
  { text: 'Dr. Ana Lopez, head of the trauma unit, said 8 patients died.', number: '8', source: ['Dr. Ana Lopez, head of the trauma unit', 'Dr. Ana Lopez'] },
  { text: 'The ministry\'s spokesman said 7 people were killed.', number: '7', source: 'The ministry\'s spokesman' },
  { text: 'The Hamas-run health ministry said 70 people were killed.', number: '70', source: 'The Hamas-run health ministry' },
  { text: 'The UN\'s humanitarian office, OCHA, said 30 people died.', number: '30', source: ['The UN\'s humanitarian office, OCHA', 'The UN\'s humanitarian office', 'OCHA'] },
  { text: 'According to a statement from the army, 5 soldiers were killed.', number: '5', source: ['a statement from the army', 'the army'] },
  { text: 'The figure of 40 dead was given by the regional governor.', number: '40', source: 'the regional governor' },
  { text: 'Health officials have put the number of dead at 19.', number: '19', source: 'Health officials' },
  { text: 'An estimated 200 people died, the UN said.', number: 'An estimated 200', source: 'the UN' },
  { text: 'A spokesman for the army said 5 soldiers died.', number: '5', source: 'A spokesman for the army' },
  { text: 'Officials from the Red Cross said 5 volunteers died.', number: '5', source: 'Officials from the Red Cross' },
  { text: 'A source close to the army said 5 soldiers died.', number: '5', source: 'A source close to the army' },
  { text: 'A report by the UN said 60 civilians were killed.', number: '60', source: 'A report by the UN' },
  { text: 'Floods kill 30 in the south, officials say', number: '30', source: 'officials' },
  { text: 'Live\n\n10:45 GMT - The health ministry says the toll has risen to 64.', number: '64', source: 'The health ministry' },
  { text: '"There were no casualties," a police spokesman told AFP.', number: 'no casualties', source: 'a police spokesman', via: 'AFP' },
];

/** The outlet's own voice, with no speaker near. */
const OWN_VOICE: Case[] = [
  // A time phrase where a subject would stand is never the source.
  { text: 'Earlier Sunday, 14 people were reported killed.', number: '14', source: null },
  { text: 'Late on Friday the ministry said 12 people died.', number: '12', source: 'the ministry' },
  { text: 'On Tuesday police said 3 people died in the crash.', number: '3', source: 'police' },
  { text: 'Sunday Times reporters counted 4 bodies at the scene.', number: '4', source: 'Sunday Times reporters' },
  { text: 'The bombing, the deadliest this year, killed 40 people.', number: '40', source: null },
  { text: 'Nearly 90 people have died in the heatwave so far this year.', number: 'Nearly 90', source: null },
  { text: 'The storm killed 14 people as it swept across the islands on Sunday.', number: '14', source: null },
  { text: 'Gunmen killed 8 villagers before dawn, then set fire to the market.', number: '8', source: null },
  // What pictures show is the outlet's description, not a speaker's claim.
  { text: 'Videos show 12 bodies lying in the street.', number: '12', source: null },
];

/** More denials: places, passives and appositives. */
const MORE_DENIALS: Case[] = [
  { text: 'Moscow denied any involvement in the attack.', number: 'denied', kind: 'denial', source: 'Moscow' },
  { text: 'The government continues to deny that its aircraft struck the market.', number: 'deny', kind: 'denial', source: 'The government' },
  { text: 'A spokesman for the army, Col. Jan Hess, denied that troops had fired on civilians.', number: 'denied', kind: 'denial', source: ['A spokesman for the army, Col. Jan Hess', 'A spokesman for the army', 'Col. Jan Hess'] },
  { text: 'The government, which has ruled the region since 2030, denied responsibility for the blast.', number: 'denied', kind: 'denial', source: 'The government' },
  // The rejected claim's own speaker: "claims by X that ...", "X who said ...".
  { text: 'The militia rejected claims by activists that its fighters killed 20 civilians.', number: '20', source: 'activists' },
  { text: 'The militia rejected claims by activists that its fighters killed 20 civilians.', number: 'rejected', kind: 'denial', source: 'The militia' },
  { text: 'Officials in Tarn denied that anyone had died, contradicting residents who said 9 people were killed.', number: '9', source: 'residents' },
  { text: 'Residents of the village, who said 9 people were killed, fled to the hills.', number: '9', source: 'Residents of the village' },
];

/** Wire copy: long appositives, names after descriptions, two speakers in one sentence. */
const WIRE_COPY: Case[] = [
  { text: 'Ukrainian officials say at least 12 civilians have been killed, while Russia claims its forces hit only military targets.', number: 'at least 12', source: 'Ukrainian officials' },
  { text: 'While the army put its losses at 12, rebels said they had killed more than 50 soldiers.', number: 'more than 50', source: 'rebels' },
  { text: 'The army put its losses at 12.', number: '12', source: 'The army' },
  { text: 'Two soldiers were killed and five wounded, according to a military statement.', number: 'Two', source: 'a military statement' },
  { text: 'The ministry said 14 people were killed. Another 30 were wounded, it said.', number: '30', source: 'The ministry' },
  { text: 'Thirteen people, including five children, were killed, said Omar Haddad, a local official.', number: 'Thirteen', source: ['Omar Haddad, a local official', 'Omar Haddad'] },
  { text: 'A local official, who spoke on condition of anonymity because he was not authorized to speak to the media, said 19 people were killed.', number: '19', source: 'A local official' },
  { text: 'At least 22 people were killed, the official said, speaking on condition of anonymity.', number: 'At least 22', source: 'the official' },
  { text: 'At least 22 people died, Dr. Karim Nasser, director of the hospital, told The Associated Press.', number: 'At least 22', source: ['Dr. Karim Nasser, director of the hospital', 'Dr. Karim Nasser'], via: 'The Associated Press' },
  { text: 'Russia\'s Defense Ministry claimed its forces had killed up to 600 Ukrainian troops, a claim that could not be independently verified.', number: 'up to 600', source: 'Russia\'s Defense Ministry' },
  { text: 'A hospital spokesman, Ali Kareem, said 35 bodies had been brought in.', number: '35', source: ['A hospital spokesman, Ali Kareem', 'A hospital spokesman'] },
  { text: 'The Interior Ministry\'s spokesman, Col. Saad Maan, said 17 policemen were killed.', number: '17', source: ['The Interior Ministry\'s spokesman, Col. Saad Maan', 'The Interior Ministry\'s spokesman'] },
  { text: 'Velan, the state news agency, said 8 people drowned.', number: '8', source: 'Velan' },
  { text: 'The death toll stands at 17, according to the latest figures from the regional health department.', number: '17', source: ['the latest figures from the regional health department', 'the regional health department'] },
  { text: 'Rescuers pulled 9 bodies from the rubble overnight, the emergency service said.', number: '9', source: 'the emergency service' },
  { text: 'Nine bodies were pulled from the rubble overnight, emergency services said.', number: 'Nine', source: 'emergency services' },
  { text: 'The toll rose to 56 on Tuesday, the health ministry in Harlan said in a statement.', number: '56', source: 'the health ministry in Harlan' },
  { text: 'Officials in Harlan province, where the storm made landfall, said 12 people were killed.', number: '12', source: 'Officials in Harlan province' },
  { text: 'Eight people died, two of them children, police said.', number: 'Eight', source: 'police' },
  { text: 'In Harlan, police said 4 people died.', number: '4', source: 'police' },
  { text: 'Police in Harlan said 4 people died.', number: '4', source: 'Police in Harlan' },
  { text: 'According to the mayor, Ana Berg, 6 people died.', number: '6', source: ['the mayor, Ana Berg', 'the mayor'] },
  { text: 'According to Ana Berg, the mayor, 6 people died.', number: '6', source: ['Ana Berg, the mayor', 'Ana Berg'] },
  { text: 'The Associated Press counted at least 44 bodies.', number: 'at least 44', source: 'The Associated Press' },
  { text: 'AFP journalists saw at least 15 bodies.', number: 'at least 15', source: 'AFP journalists' },
  { text: 'Local media, citing police, said 9 people died.', number: '9', source: 'police', via: 'Local media' },
  // An outlet inside the speaker's own NP carries nothing.
  { text: 'The toll rose to 30, according to a nurse at the clinic and local media reports.', number: '30', source: 'a nurse at the clinic and local media reports', via: null },
  { text: 'Rescuers searched the ruins all night and said 14 bodies were found.', number: '14', source: 'Rescuers' },
  { text: 'Ahmed Salem, a farmer, lost his home.\n\n"They killed 6 of my neighbours," he said.', number: '6', source: ['Ahmed Salem, a farmer', 'Ahmed Salem'] },
  { text: 'The health ministry gave a toll of 62 dead.', number: '62', source: 'The health ministry' },
  { text: 'Officials gave no figure for the wounded but said 11 people died.', number: '11', source: 'Officials' },
  { text: 'Officials, however, put the toll at 19.', number: '19', source: 'Officials' },
  { text: 'The ministry told AFP on Tuesday that 8 people were killed.', number: '8', source: 'The ministry', via: 'AFP' },
  { text: 'A ministry official told Reuters on condition of anonymity that 8 people were killed.', number: '8', source: 'A ministry official', via: 'Reuters' },
  // An acronym in brackets stays whole; reporting verbs beyond "said".
  { text: 'Relief Without Frontiers (RWF) said its teams treated 50 wounded.', number: '50', source: 'Relief Without Frontiers (RWF)' },
  { text: 'The Committee has registered 40 deaths in custody.', number: '40', source: 'The Committee' },
  { text: 'The Ministry of Justice lists 14 detainees who died in custody.', number: '14', source: 'The Ministry of Justice' },
  { text: 'The Harlan Miners\' Union said 6 miners died.', number: '6', source: 'The Harlan Miners\' Union' },
  { text: 'The rights group Amnesty Watch said 60 protesters were killed.', number: '60', source: 'The rights group Amnesty Watch' },
  { text: 'Amnesty Watch, a rights group, put the number of protesters killed at 60.', number: '60', source: ['Amnesty Watch, a rights group', 'Amnesty Watch'] },
];

/** Two speakers, two figures: each figure takes its own clause's speaker. */
const TWO_SPEAKERS: Case[] = [
  { text: 'The rebels say they lost 3 fighters; the army says it killed 40.', number: '3', source: 'The rebels' },
  { text: 'The army says it killed 40 rebels; the rebels say they lost 3 fighters.', number: '3', source: 'the rebels' },
  { text: 'The army said 4 soldiers died and rebels said 30 fighters were killed.', number: '30', source: 'rebels' },
  { text: 'The army said 4 soldiers died and rebels said 30 fighters were killed.', number: '4', source: 'The army' },
  { text: 'While the army put its losses at 12, rebels said they had killed more than 50 soldiers.', number: '12', source: 'the army' },
];

/** Speakers after long material: a clause, an appositive or a time phrase between figure and speaker. */
const LATE_SPEAKERS: Case[] = [
  { text: 'At least 11 people were killed and dozens more wounded when two missiles struck an apartment block in the city centre, the spokesman for the regional administration, Ivan Pohorily, told reporters on Tuesday.', number: 'At least 11', source: ['the spokesman for the regional administration, Ivan Pohorily', 'the spokesman for the regional administration'], via: null },
  { text: 'Thirty-four people have been killed in the latest wave of strikes on the enclave, according to figures released late on Sunday by the health ministry in Gaza.', number: 'Thirty-four', source: ['figures released late on Sunday by the health ministry in Gaza', 'the health ministry in Gaza'] },
  { text: 'Four servicemen were killed and seven wounded when their convoy hit a roadside mine near the border crossing, a statement from the military\'s press office said.', number: 'Four', source: ['a statement from the military\'s press office', 'the military\'s press office'] },
  { text: 'Six civilians, among them a 12-year-old boy, died after shells hit a queue outside a bakery in the old town on Saturday morning, local officials said in a post on Telegram.', number: 'Six', source: 'local officials' },
  { text: 'A drone attack on a fuel depot on the outskirts of the city overnight killed two workers and set fire to several tanks, the regional governor said on Wednesday.', number: 'two', source: 'the regional governor' },
  { text: 'The bodies of 17 migrants, most of them from West Africa, washed ashore on a beach near the fishing village of Tarsa over the weekend, a coast guard officer who asked not to be named told AFP.', number: '17', source: ['a coast guard officer who asked not to be named', 'a coast guard officer'], via: 'AFP' },
  { text: 'Nine people, including a pregnant woman and her two children, were killed when the building collapsed, Dr. Samir Khalil, the director of the city\'s main hospital, said by telephone.', number: 'Nine', source: ['Dr. Samir Khalil, the director of the city\'s main hospital', 'Dr. Samir Khalil'] },
  { text: 'More than 40 fighters have been killed since the clashes over the airport erupted last week, the Syrian Observatory for Human Rights, a Britain-based war monitor, said.', number: 'More than 40', source: ['the Syrian Observatory for Human Rights, a Britain-based war monitor', 'the Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights'] },
  { text: 'The death toll from Thursday\'s twin bombings in the capital has climbed to 63, with another 150 people receiving treatment in hospitals across the city, the interior ministry\'s spokesman said at a news conference.', number: '63', source: 'the interior ministry\'s spokesman' },
  { text: 'Two police officers were shot dead at a checkpoint on the main road to the airport late on Monday, a police source said, adding that the attackers had fled on motorbikes.', number: 'Two', source: 'a police source' },
  { text: 'Eight children were among the 23 people killed when the ferry capsized in heavy seas, the head of the provincial disaster agency, Rina Mulyani, said on Friday.', number: '23', source: ['the head of the provincial disaster agency, Rina Mulyani', 'the head of the provincial disaster agency'] },
  { text: 'Rescue workers have pulled 14 bodies from the rubble of the collapsed market since Monday and expect to find more, according to a spokeswoman for the national fire service.', number: '14', source: 'a spokeswoman for the national fire service' },
  { text: 'Five soldiers were killed in clashes with militants in the mountainous north-west of the country, the military\'s media wing said in a statement on Sunday.', number: 'Five', source: 'the military\'s media wing' },
  { text: 'At least 120 people have died in the floods since the monsoon rains began in late June, according to the latest figures from the National Disaster Management Authority.', number: 'At least 120', source: ['the latest figures from the National Disaster Management Authority', 'the National Disaster Management Authority'] },
  { text: 'A shell struck a minibus carrying farm workers home from the fields, killing six of them, the head of the village council told the local news website on Thursday.', number: 'six', source: 'the head of the village council', via: 'the local news website' },
  { text: 'Three men were killed and a fourth was badly burned when a drone hit their car on the road to Kherson, the city\'s military administration said in its morning update.', number: 'Three', source: 'the city\'s military administration' },
  { text: 'The confirmed death toll from the earthquake rose to 312 on Wednesday, with hundreds still unaccounted for, the country\'s emergency management agency said.', number: '312', source: 'the country\'s emergency management agency' },
  { text: 'Eleven people were wounded, two of them critically, in the shelling of the central market, said Oksana Levchenko, a spokeswoman for the regional prosecutor\'s office.', number: 'Eleven', source: ['Oksana Levchenko, a spokeswoman for the regional prosecutor\'s office', 'Oksana Levchenko'] },
  { text: 'Twenty-six bodies have been recovered from the river so far, and the search for at least 40 missing passengers will continue through the night, the transport minister told parliament.', number: 'at least 40', source: 'the transport minister' },
  { text: 'Twenty-six bodies have been recovered from the river so far, and the search for at least 40 missing passengers will continue through the night, the transport minister told parliament.', number: 'Twenty-six', source: 'the transport minister' },
  { text: 'Seven Palestinians were killed in an Israeli strike on a house in the Nuseirat camp overnight, medics at Al-Awda hospital said.', number: 'Seven', source: 'medics at Al-Awda hospital' },
  { text: 'About 200 people are feared dead after a landslide buried much of a mountain village, a local official said, speaking on condition of anonymity as he was not authorised to brief the media.', number: 'About 200', source: 'a local official' },
  { text: 'Four people died and 19 were injured when a bus carrying pilgrims overturned on a mountain road early on Saturday, police in the northern province of Baltistan said.', number: 'Four', source: 'police in the northern province of Baltistan' },
  { text: 'At least 15 people were killed in the raid on the village, which lies some 40 km from the regional capital, residents said.', number: 'At least 15', source: 'residents' },
  { text: 'Two people were killed and 13 injured when a guided bomb hit a residential area in the city\'s north, the head of the regional military administration, Oleh Syniehubov, wrote on Telegram.', number: '13', source: ['the head of the regional military administration, Oleh Syniehubov', 'the head of the regional military administration'] },
  { text: '"We have counted 43 bodies so far, and there are still people under the concrete," said the spokesman for the civil defence, Mahmoud Basal, standing in front of the ruined building.', number: '43', source: ['the spokesman for the civil defence, Mahmoud Basal', 'the spokesman for the civil defence'] },
  { text: 'The strike on the school, which had been sheltering displaced families for months, killed at least 22 people, the Gaza Civil Defence agency said.', number: 'at least 22', source: 'the Gaza Civil Defence agency' },
  { text: 'At least nine people were killed when Russian missiles slammed into a shopping centre in the city during the afternoon rush, Ukraine\'s interior minister said.', number: 'At least nine', source: 'Ukraine\'s interior minister' },
  { text: 'Nineteen militants were killed in an operation that lasted through the night, the army said on Saturday, without saying whether any soldiers had died.', number: 'Nineteen', source: 'the army' },
  { text: 'Israel\'s military said on Thursday that it had killed about 30 militants in a series of strikes across the northern Gaza Strip over the past 24 hours.', number: 'about 30', source: 'Israel\'s military' },
  { text: 'The floods have killed 47 people across three provinces and forced tens of thousands from their homes since the weekend, the national disaster agency said late on Monday.', number: '47', source: 'the national disaster agency' },
  { text: 'Twelve people, most of them women queuing for water, were killed in the strike, the local health directorate told the Velan news agency.', number: 'Twelve', source: 'the local health directorate', via: 'the Velan news agency' },
];

/** Datelines, leads and posts: the carrier in the dateline, the speaker after a fronted phrase. */
const LEADS_AND_POSTS: Case[] = [
  { text: 'KYIV (Reuters) - At least five people were killed when a Russian drone hit an apartment building in the city of Odesa overnight.', number: 'At least five', source: null },
  { text: 'KYIV (Reuters) - Russian missiles killed at least eight people in Kryvyi Rih on Tuesday, Ukraine\'s interior ministry said.', number: 'at least eight', source: 'Ukraine\'s interior ministry' },
  { text: 'BEIRUT, March 4 (AP) \u2014 Israeli strikes on southern Lebanon killed 11 people on Monday, Lebanon\'s health ministry said.', number: '11', source: 'Lebanon\'s health ministry' },
  { text: 'MOSCOW, Aug 3 (Reuters) - Russia\'s defence ministry said on Saturday that its forces had killed up to 300 Ukrainian soldiers in the Kupiansk direction.', number: 'up to 300', source: 'Russia\'s defence ministry' },
  { text: 'GAZA CITY \u2014 Palestinian health officials say 19 people were killed overnight in strikes on two houses in Jabalia.', number: '19', source: 'Palestinian health officials' },
  { text: 'ANKARA, Feb 7 \u2014 Turkish officials said the death toll from the quake had risen to 5,894.', number: '5,894', source: 'Turkish officials' },
  { text: 'ODESA, June 3 (Ukrinform) - Two people were injured in a drone attack on the port, the regional governor said.', number: 'Two', source: 'the regional governor' },
  { text: 'In a Telegram post, the governor wrote that three people had been killed and 12 wounded in the shelling.', number: 'three', source: 'the governor' },
  { text: 'In a Telegram post, the governor wrote that three people had been killed and 12 wounded in the shelling.', number: '12', source: 'the governor' },
  { text: 'In a post on X, the country\'s foreign minister said at least 30 civilians had died in the attack.', number: 'at least 30', source: 'the country\'s foreign minister' },
  { text: 'In a video posted on Telegram, the commander of the battalion said 14 of his men were killed.', number: '14', source: 'the commander of the battalion' },
  { text: 'Writing on X on Sunday morning, the mayor said the bodies of four people had been found under the rubble.', number: 'four', source: 'the mayor' },
  { text: 'In its daily update, the UN humanitarian office said 16 aid workers had been killed since the start of the month.', number: '16', source: 'the UN humanitarian office' },
  { text: 'In a televised address, the president said 18 soldiers had died defending the border post.', number: '18', source: 'the president' },
  { text: 'Speaking at a briefing in Geneva, a WHO spokesperson said 27 health workers had been killed this year.', number: '27', source: 'a WHO spokesperson' },
  { text: 'In remarks broadcast on state television, the interior minister put the number of dead at 41.', number: '41', source: 'the interior minister' },
  { text: 'Posting on Facebook, the village head said nine houses burned and two elderly residents died.', number: 'two', source: 'the village head' },
  { text: 'Kharkiv\'s governor posted on Telegram that 7 people were wounded in the morning strike.', number: '7', source: 'Kharkiv\'s governor' },
  { text: 'The mayor posted on X that 3 people had been killed in the blast.', number: '3', source: 'The mayor' },
  { text: 'Live updates\n\n09:40 \u2014 Ukraine\'s air force says 2 people were killed in the overnight attack on Lviv.', number: '2', source: 'Ukraine\'s air force' },
  { text: 'Governor: 5 killed as shells hit bus stop', number: '5', source: 'Governor' },
  { text: 'Gaza health ministry says 38 killed in 24 hours', number: '38', source: 'Gaza health ministry' },
  { text: '"Eighteen of our fighters were martyred," the group said in a statement posted on its Telegram channel.', number: 'Eighteen', source: 'the group' },
  { text: 'On Telegram, the regional administration said 4 people were killed.', number: '4', source: 'the regional administration' },
  { text: 'In an interview with the BBC, the doctor said 60 patients had died for lack of oxygen.', number: '60', source: 'the doctor' },
  { text: 'In a statement on its website, the ministry said 12 servicemen were killed.', number: '12', source: 'the ministry' },
  { text: 'On Sunday, the army said 6 soldiers were killed.', number: '6', source: 'the army' },
  { text: 'Overnight, rescuers said, the toll rose to 29.', number: '29', source: 'rescuers' },
];

/** Report verbs beyond "said": wrote, announced, confirmed, put, gave, estimates, counted, documented. */
const REPORT_VERBS: Case[] = [
  { text: 'The regional governor wrote that two people had died in hospital overnight.', number: 'two', source: 'The regional governor' },
  { text: 'The governor announced on Friday that 9 people had been killed in the strike.', number: '9', source: 'The governor' },
  { text: 'Police confirmed that three people had been killed.', number: 'three', source: 'Police' },
  { text: 'The health ministry put the toll at 87.', number: '87', source: 'The health ministry' },
  { text: 'The emergencies ministry gave a figure of 23 dead.', number: '23', source: 'The emergencies ministry' },
  { text: 'The UN estimates that at least 10,000 civilians have been killed.', number: 'at least 10,000', source: 'The UN' },
  { text: 'Our reporter counted 19 bodies at the morgue.', number: '19', source: [null, 'Our reporter'] },
  { text: 'The monitor documented 143 civilian deaths in March.', number: '143', source: 'The monitor' },
  { text: 'The mission recorded 27 civilian casualties during the week.', number: '27', source: 'The mission' },
  { text: 'The Associated Press tallied at least 60 deaths from official reports.', number: 'at least 60', source: 'The Associated Press', via: null },
  { text: 'Airwars tallied 300 civilian deaths from coalition strikes in the month.', number: '300', source: 'Airwars' },
  { text: 'Human Rights Watch documented the killing of 14 civilians in the village.', number: '14', source: 'Human Rights Watch' },
  { text: 'The coroner confirmed four deaths on Monday.', number: 'four', source: 'The coroner' },
  { text: 'The hospital director reported that 31 patients had died on arrival.', number: '31', source: 'The hospital director' },
  { text: 'Local authorities have put the death toll at 73.', number: '73', source: 'Local authorities' },
  { text: 'The ministry has since revised the toll to 52.', number: '52', source: 'The ministry' },
  { text: 'Medics counted 11 dead and 40 wounded.', number: '11', source: 'Medics' },
  { text: 'The brigade claimed that it had destroyed three tanks and killed 20 soldiers.', number: '20', source: 'The brigade' },
  { text: 'Officials estimated the number of dead at more than 400.', number: 'more than 400', source: 'Officials' },
  { text: 'The army acknowledged that 6 soldiers had been killed.', number: '6', source: 'The army' },
  { text: 'The UN human rights office has recorded 9,000 civilian deaths since the invasion began.', number: '9,000', source: 'The UN human rights office' },
  { text: 'Rebels said in a statement that they had captured 40 soldiers.', number: '40', source: 'Rebels' },
  { text: 'The authorities have so far confirmed the deaths of 12 people.', number: '12', source: 'The authorities' },
  { text: 'The state broadcaster gave a toll of 35 dead.', number: '35', source: 'The state broadcaster' },
  { text: 'The company said in a filing that 3 workers were killed.', number: '3', source: 'The company' },
  { text: 'The border service stated that 2 guards were wounded.', number: '2', source: 'The border service' },
  { text: 'The general staff claims 1,200 Russian soldiers were killed in the past day.', number: '1,200', source: 'The general staff' },
  { text: 'The ministry updated the toll to 64 on Wednesday.', number: '64', source: 'The ministry' },
  { text: 'Kyiv\'s mayor warned that 5 people were still missing under the rubble.', number: '5', source: 'Kyiv\'s mayor' },
  { text: 'The regional health department listed 41 injured.', number: '41', source: 'The regional health department' },
  { text: 'Rescuers have found 30 bodies, the regional emergency service reported late on Thursday.', number: '30', source: 'the regional emergency service' },
  { text: 'Authorities raised the death toll to 91 on Sunday.', number: '91', source: 'Authorities' },
  { text: 'The ministry later lowered its estimate to 28 dead.', number: '28', source: 'The ministry' },
  { text: 'Hospital staff tallied 48 wounded by midnight.', number: '48', source: 'Hospital staff' },
  { text: 'The general staff reported 1,140 Russian casualties over the past day.', number: '1,140', source: 'The general staff' },
  { text: 'Medics declared 2 people dead at the scene, police said.', number: '2', source: ['police', 'Medics'] },
  { text: 'The UN agency has verified the deaths of 212 children since October.', number: '212', source: 'The UN agency' },
  { text: 'The army admitted that 9 of its soldiers had been captured.', number: '9', source: 'The army' },
  { text: 'The provincial police reported 4 dead and 11 injured.', number: '4', source: 'The provincial police' },
  { text: 'The ministry now puts the number of wounded at 130.', number: '130', source: 'The ministry' },
];

/** Speakers in an earlier sentence or paragraph, and the outlet's own voice after them. */
const ACROSS_PARAGRAPHS: Case[] = [
  { text: 'Colonel Taras Hrytsenko commands the brigade holding the ridge.\n\n"Nine of my men were killed in a single night," he said.', number: 'Nine', source: 'Colonel Taras Hrytsenko' },
  { text: '"We have found 14 bodies so far. There are many more under the rubble," said Colonel Ana Vidal.', number: '14', source: 'Colonel Ana Vidal' },
  { text: '"Twenty-one children died in the school. We buried them this morning. Nobody came to help us," the village head, Musa Kamara, told AFP.', number: 'Twenty-one', source: ['the village head, Musa Kamara', 'the village head'], via: 'AFP' },
  { text: '"Fourteen people are dead," said Colonel Ana Vidal. "We cannot reach the others."\n\n"At least 30 are missing," she added.', number: 'At least 30', source: 'Colonel Ana Vidal' },
  { text: 'Interior Minister Ihor Klymenko visited the site on Saturday. Rescue crews were still digging through the debris. He said 23 people had been confirmed dead.', number: '23', source: 'Interior Minister Ihor Klymenko' },
  { text: 'The Syrian Observatory for Human Rights, which relies on a network of sources on the ground, tracks the casualties.\n\nThe group said 31 fighters had died.', number: '31', source: ['The Syrian Observatory for Human Rights', 'The group'] },
  { text: 'The UN refugee agency issued an appeal on Monday. The agency said 18 people drowned when their boat sank.', number: '18', source: ['The UN refugee agency', 'The agency'] },
  { text: 'Officials in the province met on Tuesday. They said 40 people were missing.', number: '40', source: 'Officials in the province' },
  { text: 'The health ministry said 20 people were killed on Monday.\n\nThe town has been under siege since March, and most of its residents have fled. A strike on the market in May killed 30 people.', number: '30', source: null },
  { text: 'Police said 4 people died in the crash.\n\nThe road is one of the most dangerous in the country. In 2029, 112 people died on it.', number: '112', source: null },
  { text: 'The governor said two people died. He added that 15 were wounded.', number: '15', source: 'The governor' },
  { text: 'Dr. Maya Osei runs the trauma ward at the city hospital.\n\n"Yesterday we received 37 wounded," Osei said.', number: '37', source: 'Dr. Maya Osei' },
  { text: 'A spokesman for the regional police, Arben Kola, spoke to reporters on Monday. Kola said 5 officers were injured.', number: '5', source: ['A spokesman for the regional police, Arben Kola', 'A spokesman for the regional police', 'Arben Kola'] },
  { text: 'Medics at the Nasser hospital received the casualties overnight.\n\nThey said 13 people had died.', number: '13', source: 'Medics at the Nasser hospital' },
  { text: 'The Red Crescent sent ambulances to the site. Its spokeswoman said 6 bodies were recovered.', number: '6', source: 'Its spokeswoman' },
  { text: 'The army described the raid as a success. Nine militants were killed, it said.', number: 'Nine', source: 'The army' },
  { text: 'According to the governor, the missile hit a residential block. Seven people were killed, he said, and 20 were wounded.', number: 'Seven', source: 'the governor' },
  { text: 'The ministry publishes its figures every evening.\n\nOn Tuesday, it said 14 soldiers had died.', number: '14', source: 'The ministry' },
  { text: 'Witnesses said the gunmen arrived on motorcycles.\n\n"They shot everyone they saw. I counted 12 bodies," one man said.', number: '12', source: 'one man' },
  { text: 'Residents said the strike hit at dawn. At least 8 people were killed, they said.', number: 'At least 8', source: 'Residents' },
  { text: 'Anna Koval, a nurse, was on duty that night.\n\nShe said she treated 20 wounded people.', number: '20', source: ['Anna Koval, a nurse', 'Anna Koval'] },
  { text: 'The military said on Monday that its forces had struck a rebel base. The group later said 16 of its fighters were killed.', number: '16', source: 'The group' },
  { text: 'The prosecutor\'s office opened an investigation. Prosecutors said 3 people died.', number: '3', source: 'Prosecutors' },
  { text: 'Mayor Vitali Klitschko said rescuers were working at two sites.\n\n"So far we know of 4 dead," the mayor said.', number: '4', source: ['Mayor Vitali Klitschko', 'the mayor'] },
  { text: 'The police chief spoke first. Then the health minister said 12 people had died.', number: '12', source: 'the health minister' },
  { text: 'Activists said the strikes hit the town for a third day. They said 17 civilians were killed, among them four children.', number: '17', source: 'Activists' },
  { text: 'The army announced the end of the operation on Friday.\n\nIn all, 48 militants were killed, the army said.', number: '48', source: ['the army', 'The army'] },
  { text: 'Ukraine\'s general staff issued its daily report. It said Russia had lost 1,140 troops in the past day.', number: '1,140', source: 'Ukraine\'s general staff' },
  { text: 'The interior ministry released a statement. According to the statement, 5 officers were injured.', number: '5', source: ['the statement', 'The interior ministry'] },
  { text: 'The Gaza health ministry said 41 people were killed in the past day.\n\nIsrael\'s military says it targets only militants.\n\nIt said it had killed 12 gunmen.', number: '12', source: 'Israel\'s military' },
  { text: 'The mayor, Lina Berg, toured the flooded streets on Sunday. Water was still waist-deep in places.\n\nBerg said 7 people had drowned.', number: '7', source: ['The mayor, Lina Berg', 'The mayor'] },
  { text: 'The defence ministry said 8 soldiers were wounded.\n\nFighting in the region has intensified since June. More than 500 soldiers have died there this year.', number: 'More than 500', source: null },
  { text: 'The army said 6 soldiers died in the ambush.\n\nThe rebels, for their part, said they had killed 30.', number: '30', source: 'The rebels' },
  { text: 'Lieutenant Marek Dudek led the first team into the building.\n\nHe told reporters his men found 11 bodies.', number: '11', source: 'Lieutenant Marek Dudek' },
  { text: 'The hospital\'s director, Dr. Fatima Idris, described chaotic scenes.\n\n"We have 45 wounded and nowhere to put them," Dr. Idris said.', number: '45', source: ['The hospital\'s director, Dr. Fatima Idris', 'The hospital\'s director', 'Dr. Fatima Idris'] },
  { text: 'Two officials described the raid to reporters. Both said at least 30 people had been killed.', number: 'at least 30', source: ['Two officials', 'Both'] },
];

/** Reported speech inside reported speech: who speaks, who carries it. */
const NESTED_REPORTS: Case[] = [
  { text: 'The monitor said medics in the town had told it that 12 people died.', number: '12', source: ['medics in the town', 'The monitor'] },
  { text: 'Reuters said a hospital official had told it that 9 people were killed.', number: '9', source: 'a hospital official', via: 'Reuters' },
  { text: 'The state news agency, citing local officials, reported that 14 people had died.', number: '14', source: 'local officials', via: 'The state news agency' },
  { text: 'Al-Rafid TV, quoting a hospital director, said 15 people were killed.', number: '15', source: 'a hospital director', via: 'Al-Rafid TV' },
  { text: 'The minister said 10 people died, in comments carried by state news agency Velan.', number: '10', source: 'The minister', via: ['state news agency Velan', 'Velan'] },
  { text: 'The regional governor told the RBC news agency that 7 people were killed.', number: '7', source: 'The regional governor', via: 'the RBC news agency' },
  { text: 'A military source told the Interfax news agency that 11 soldiers were wounded.', number: '11', source: 'A military source', via: 'the Interfax news agency' },
  { text: 'Citing local officials, the BBC said 22 people had drowned.', number: '22', source: 'local officials', via: 'the BBC' },
  { text: 'The governor, citing preliminary data, said 6 people were killed.', number: '6', source: 'The governor' },
  { text: 'Quoting a hospital director, the channel said 20 people had died.', number: '20', source: 'a hospital director', via: 'the channel' },
  { text: '"Thirty-one people are dead," a senior police officer told the Associated Press.', number: 'Thirty-one', source: 'a senior police officer', via: 'the Associated Press' },
  { text: 'Eight people were killed, the regional police chief told Interfax.', number: 'Eight', source: 'the regional police chief', via: 'Interfax' },
  { text: 'The ministry said 35 people had died, according to the official IRNA news agency.', number: '35', source: 'The ministry', via: 'the official IRNA news agency' },
  { text: 'Lebanon\'s state news agency NNA said an Israeli strike killed 3 people in Nabatieh.', number: '3', source: 'Lebanon\'s state news agency NNA', via: null },
  { text: 'According to state broadcaster RTS, citing the police, 4 people died.', number: '4', source: 'the police', via: 'state broadcaster RTS' },
  { text: 'Syrian state media reported that 8 soldiers were killed, citing a military source.', number: '8', source: 'a military source', via: 'Syrian state media' },
  { text: 'Local media quoted the village head as saying 16 people had died.', number: '16', source: 'the village head', via: 'Local media' },
  { text: 'Six people were killed, the mayor was quoted as saying by the Kyiv Independent.', number: 'Six', source: 'the mayor', via: 'the Kyiv Independent' },
  { text: 'The Kyiv Independent reported, citing the regional prosecutor\'s office, that 2 people died.', number: '2', source: 'the regional prosecutor\'s office', via: 'The Kyiv Independent' },
  { text: 'WAFA, the Palestinian news agency, said 7 people were killed in the raid on Jenin.', number: '7', source: ['WAFA, the Palestinian news agency', 'WAFA'], via: null },
  { text: 'Medical sources told Al Jazeera that 25 people had been killed since dawn.', number: '25', source: 'Medical sources', via: 'Al Jazeera' },
  { text: 'Speaking to CNN, the hospital director said 40 bodies had arrived.', number: '40', source: 'the hospital director', via: 'CNN' },
  { text: 'In comments to Reuters, a senior official said 50 people were killed.', number: '50', source: 'a senior official', via: 'Reuters' },
  { text: 'The UN, citing health authorities in Gaza, said 13,000 children had been killed.', number: '13,000', source: ['health authorities in Gaza', 'The UN'] },
  { text: 'TASS quoted a source in the emergency services as saying 9 people died.', number: '9', source: 'a source in the emergency services', via: 'TASS' },
  { text: 'A source in the emergency services told TASS that 9 people died.', number: '9', source: 'A source in the emergency services', via: 'TASS' },
  { text: '"At least 14 people were killed," Dr. Omar Saleh told the Reuters news agency by phone.', number: 'At least 14', source: 'Dr. Omar Saleh', via: 'the Reuters news agency' },
  { text: 'Iraqi police told AFP that 12 pilgrims were killed, while hospital sources told Reuters the toll was 15.', number: '15', source: 'hospital sources', via: 'Reuters' },
  { text: 'Iraqi police told AFP that 12 pilgrims were killed, while hospital sources told Reuters the toll was 15.', number: '12', source: 'Iraqi police', via: 'AFP' },
  { text: 'Officials quoted by the Hindustan Times said 21 people died.', number: '21', source: 'Officials', via: 'the Hindustan Times' },
  { text: 'Eleven people were killed, Ukrinform reported, citing the regional prosecutor.', number: 'Eleven', source: 'the regional prosecutor', via: 'Ukrinform' },
  { text: 'Kenyan police told journalists that 6 people were killed.', number: '6', source: 'Kenyan police', via: null },
  { text: 'A Red Cross official told the Guardian that 300 bodies had been collected.', number: '300', source: 'A Red Cross official', via: 'the Guardian' },
  { text: 'The governor told local television that 5 people died, the Velan news agency reported.', number: '5', source: 'The governor' },
  { text: 'Hospital officials, quoted by the Daily Star, said 17 people were killed.', number: '17', source: 'Hospital officials', via: 'the Daily Star' },
  { text: 'Residents told the BBC that soldiers shot dead 9 men.', number: '9', source: 'Residents', via: 'the BBC' },
];

/** Titled, possessive and collective speakers. */
const TITLED_SPEAKERS: Case[] = [
  { text: 'Kharkiv\'s governor said 4 people were killed.', number: '4', source: 'Kharkiv\'s governor' },
  { text: 'Kharkiv\'s governor, Oleh Syniehubov, said 4 people were killed.', number: '4', source: ['Kharkiv\'s governor, Oleh Syniehubov', 'Kharkiv\'s governor'] },
  { text: 'The city\'s mayor told residents that 6 people had died.', number: '6', source: 'The city\'s mayor' },
  { text: 'Israel\'s military said 3 soldiers were killed in southern Gaza.', number: '3', source: 'Israel\'s military' },
  { text: 'Ukraine\'s air force said 2 pilots died in the crash.', number: '2', source: 'Ukraine\'s air force' },
  { text: 'A UN spokesperson said 5 peacekeepers were wounded.', number: '5', source: 'A UN spokesperson' },
  { text: 'Medics at Nasser hospital said 21 bodies were brought in.', number: '21', source: 'Medics at Nasser hospital' },
  { text: 'Residents said 9 people were killed.', number: '9', source: 'Residents' },
  { text: 'Two security sources said 14 soldiers died.', number: '14', source: 'Two security sources' },
  { text: 'A source in the emergency services said 8 people were killed.', number: '8', source: 'A source in the emergency services' },
  { text: 'Witnesses said security forces shot dead at least 5 protesters.', number: 'at least 5', source: 'Witnesses' },
  { text: 'The head of Gaza\'s civil defence said 60 people were missing.', number: '60', source: 'The head of Gaza\'s civil defence' },
  { text: 'Lebanon\'s health ministry said 12 people were killed.', number: '12', source: 'Lebanon\'s health ministry' },
  { text: 'The UN\'s human rights office said 30 civilians died.', number: '30', source: 'The UN\'s human rights office' },
  { text: 'Sudan\'s doctors\' union said 40 people were killed.', number: '40', source: 'Sudan\'s doctors\' union' },
  { text: 'The regional governor\'s office said 5 people died.', number: '5', source: 'The regional governor\'s office' },
  { text: 'A senior Hamas official said 20 hostages had been killed.', number: '20', source: 'A senior Hamas official' },
  { text: 'Two doctors at the hospital said 17 patients died.', number: '17', source: 'Two doctors at the hospital' },
  { text: 'Hospital officials in Khan Younis said 18 people were killed.', number: '18', source: 'Hospital officials in Khan Younis' },
  { text: 'The Pentagon\'s press secretary said 3 US service members were wounded.', number: '3', source: 'The Pentagon\'s press secretary' },
  { text: 'Ukraine\'s prosecutor general said 500 children had been killed.', number: '500', source: 'Ukraine\'s prosecutor general' },
  { text: 'The spokesman for Russia\'s defence ministry, Igor Konashenkov, said 70 Ukrainian troops were killed.', number: '70', source: ['The spokesman for Russia\'s defence ministry, Igor Konashenkov', 'The spokesman for Russia\'s defence ministry'] },
  { text: 'Local residents and a medic said 7 people were killed.', number: '7', source: 'Local residents and a medic' },
  { text: 'A paramedic at the scene said 4 people were dead.', number: '4', source: 'A paramedic at the scene' },
  { text: 'An official at the morgue said 26 bodies were brought in.', number: '26', source: 'An official at the morgue' },
  { text: 'Gaza\'s Hamas-run health ministry said 41 people were killed.', number: '41', source: 'Gaza\'s Hamas-run health ministry' },
  { text: 'Two Lebanese security sources said 3 Hezbollah fighters were killed.', number: '3', source: 'Two Lebanese security sources' },
  { text: 'The IDF said 2 soldiers were killed in the north.', number: '2', source: 'The IDF' },
  { text: 'A spokesperson for the International Committee of the Red Cross said 19 staff had been wounded.', number: '19', source: 'A spokesperson for the International Committee of the Red Cross' },
  { text: 'The army\'s southern command said 8 soldiers were wounded.', number: '8', source: 'The army\'s southern command' },
  { text: 'Pakistan\'s military said 12 militants were killed.', number: '12', source: 'Pakistan\'s military' },
  { text: 'Somalia\'s information minister said 50 al-Shabab fighters were killed.', number: '50', source: 'Somalia\'s information minister' },
  { text: 'A relative of one of the victims said 5 members of his family were killed.', number: '5', source: 'A relative of one of the victims' },
  { text: 'Nigeria\'s police spokesman, Muyiwa Adejobi, said 9 officers were killed.', number: '9', source: ['Nigeria\'s police spokesman, Muyiwa Adejobi', 'Nigeria\'s police spokesman'] },
  { text: 'Zelenskiy said 31,000 Ukrainian troops had been killed.', number: '31,000', source: 'Zelenskiy' },
  { text: 'Netanyahu\'s office said 4 hostages were killed.', number: '4', source: 'Netanyahu\'s office' },
  { text: 'The president\'s spokesman said 2 guards were injured.', number: '2', source: 'The president\'s spokesman' },
  { text: 'Ukraine\u2019s Emergency Service said 9 people were rescued and 3 died.', number: '3', source: 'Ukraine\u2019s Emergency Service' },
  { text: 'Sumy\'s acting mayor said 14 people were wounded.', number: '14', source: 'Sumy\'s acting mayor' },
  { text: 'The Kremlin-installed head of the region said 6 people died.', number: '6', source: 'The Kremlin-installed head of the region' },
  { text: 'Eyewitnesses told the agency that 10 people were killed.', number: '10', source: 'Eyewitnesses' },
  { text: 'Security officials in the region said 22 militants were killed.', number: '22', source: 'Security officials in the region' },
];

/** Names that are victims, places or outlets in the story, not speakers. */
const NOT_SPEAKERS: Case[] = [
  { text: 'Said Hassan, a taxi driver, was among 6 people killed in the blast.', number: '6', source: null },
  { text: 'Police officer Ivan Petrov was one of 3 people killed when the car bomb exploded.', number: '3', source: null },
  { text: 'The so-called martyrs\' brigade lost 12 fighters in the battle.', number: '12', source: null },
  { text: 'Twelve people were killed in Kharkiv on Monday.', number: 'Twelve', source: null },
  { text: 'A Reuters cameraman was among 7 journalists wounded in the shelling.', number: '7', source: null, via: null },
  { text: 'The offices of Al Jazeera in Gaza were hit in a strike that killed 4 people.', number: '4', source: null, via: null },
  { text: 'Dr. Ahmed Nour, who had worked at the hospital for 20 years, was one of 9 staff killed in the raid.', number: '9', source: null },
  { text: 'The BBC\'s correspondent was in Kherson when a shell killed 5 people at a bus stop.', number: '5', source: null },
  { text: 'A TASS journalist was among 3 people wounded by a drone in Donetsk.', number: '3', source: null, via: null },
  { text: 'Israel struck a building in Rafah, killing 13 people.', number: '13', source: null },
  { text: 'Russia launched 40 drones overnight; 2 people were killed in Kyiv.', number: '2', source: null },
  { text: 'Hamas fighters ambushed the patrol, killing 4 soldiers.', number: '4', source: null },
  { text: 'Residents of the block, where 16 people died, have been moved to a school.', number: '16', source: null },
  { text: 'The mayor\'s son was among the 5 people killed.', number: '5', source: null },
  { text: 'The ministry building was among the sites hit in strikes that killed 10 people.', number: '10', source: null },
  { text: 'Police were called to the scene, where 3 people had been stabbed to death.', number: '3', source: null },
  { text: 'A UN convoy came under fire near Goma; 2 peacekeepers were killed.', number: '2', source: null },
  { text: 'Doctors Without Borders evacuated its clinic after shelling killed 6 people nearby.', number: '6', source: null },
  { text: 'The aforesaid attack killed 14 people.', number: '14', source: null },
  { text: 'Said Ali, 32, and his brother were among 5 killed.', number: '5', source: null },
  { text: 'Sky News filmed the aftermath of the strike, which killed 11 people.', number: '11', source: null, via: null },
  { text: 'The United Nations Security Council met after an attack that killed 40 people.', number: '40', source: null },
  { text: 'A statement is expected later. The blast killed 4 people.', number: '4', source: null },
  { text: 'The president, who said on Monday that the war would end soon, visited the town where 9 people died.', number: '9', source: null },
  { text: 'Local media showed footage of the wreckage; 3 people were killed.', number: '3', source: null },
  { text: 'State television showed images of the ruined school, where 11 children died.', number: '11', source: null },
  { text: 'The governor of Kherson was not hurt in the attack, which killed 2 of his guards.', number: '2', source: null },
  { text: 'Officials from both sides met in Geneva a week after a strike killed 30 people.', number: '30', source: null },
  { text: 'The minister, who resigned in March, was among 4 people killed in the crash.', number: '4', source: null },
  { text: 'Witnesses to the massacre, in which 45 people died, are being sought by prosecutors.', number: '45', source: null },
  { text: 'The army\'s 93rd brigade lost 15 soldiers in the battle for the town.', number: '15', source: null },
  { text: 'Kyiv was hit by 20 missiles overnight, and 3 people were killed.', number: '3', source: null },
  { text: 'An Al Jazeera correspondent reported that 9 people were killed.', number: '9', source: 'An Al Jazeera correspondent' },
  { text: 'Officials have yet to release a toll; an AFP count puts the death toll at 18.', number: '18', source: ['an AFP count', 'AFP'] },
  { text: 'Gunmen who said they belonged to the group killed 7 villagers.', number: '7', source: null },
  { text: 'A man the police said was the gunman killed 4 people before he was shot.', number: '4', source: null, gap: 'a contact relative clause ("the police said was") inside the subject is read as the subject saying' },
];

/** Who denies, with the speaker fronted, titled or carried. */
const DENIALS_CARRIED: Case[] = [
  { text: 'Israel\'s military denied that its troops had fired on the crowd.', number: 'denied', kind: 'denial', source: 'Israel\'s military' },
  { text: 'A spokesman for the ministry, speaking to TASS, denied that any soldiers had been killed.', number: 'denied', kind: 'denial', source: 'A spokesman for the ministry', via: 'TASS' },
  { text: 'In a Telegram post, the regional governor denied reports of casualties.', number: 'denied', kind: 'denial', source: 'the regional governor' },
  { text: 'The army, in a statement carried by state media, rejected the figures as fabricated.', number: 'rejected', kind: 'denial', source: 'The army' },
  { text: '"There were no casualties among our personnel," the ministry said.', number: 'no casualties', source: 'the ministry' },
  { text: 'Russia\'s defence ministry denied striking the hospital, RIA Novosti reported.', number: 'denied', kind: 'denial', source: 'Russia\'s defence ministry', via: 'RIA Novosti' },
  { text: 'The police chief denied that officers had killed any protesters. He said 3 officers were hurt.', number: '3', source: 'The police chief' },
  { text: 'Hezbollah denied that any of its fighters had been killed.', number: 'denied', kind: 'denial', source: 'Hezbollah' },
  { text: 'The RSF denied attacking the camp, where aid workers said 40 people died.', number: '40', source: 'aid workers' },
  { text: 'The RSF denied attacking the camp, where aid workers said 40 people died.', number: 'denied', kind: 'denial', source: 'The RSF' },
  { text: 'Moscow has repeatedly denied targeting civilians.', number: 'denied', kind: 'denial', source: 'Moscow' },
  { text: 'A Russian-installed official denied that the strike caused casualties.', number: 'denied', kind: 'denial', source: 'A Russian-installed official' },
  { text: 'Ukraine\'s military dismissed the claim that 200 of its soldiers were killed.', number: 'dismissed', kind: 'denial', source: 'Ukraine\'s military' },
  { text: 'The regional governor, Vitaliy Kim, denied reports that soldiers had died in the strike.', number: 'denied', kind: 'denial', source: ['The regional governor, Vitaliy Kim', 'The regional governor'] },
];

/** Second round: records, colons, places in appositives, speakers carried across a paragraph. */
const MORE_WIRE: Case[] = [
  { text: 'The ministry gave its latest figures: 40 dead and 120 wounded.', number: '40', source: 'The ministry' },
  { text: 'Bodies of 12 people were brought to the hospital overnight, hospital records showed.', number: '12', source: 'hospital records' },
  { text: 'Police records show 31 people died on the road last year.', number: '31', source: 'Police records' },
  { text: 'Health authorities in the rebel-held capital, Sanaa, said 14 people were killed.', number: '14', source: 'Health authorities in the rebel-held capital' },
  { text: '"They came at night and shot dead 6 men," said one resident, who asked to be identified only by his first name, Ali.', number: '6', source: 'one resident' },
  { text: 'Of the dead, 12 were children, the ministry said.', number: '12', source: 'the ministry' },
  { text: 'The monitor\'s tally now stands at 4,210 dead.', number: '4,210', source: ['The monitor', 'The monitor\'s tally'] },
  { text: 'At least 19 people were killed, said Mohammed Ali, 45, a shopkeeper who lost his brother.', number: 'At least 19', source: 'Mohammed Ali' },
  { text: 'Nine people were killed, according to Dr. Marwan Halabi, director of the field hospital.', number: 'Nine', source: 'Dr. Marwan Halabi' },
  { text: 'The governor put out a statement saying 5 people had died.', number: '5', source: 'The governor' },
  { text: 'The toll given by the interior ministry was 33.', number: '33', source: 'the interior ministry' },
  { text: 'Oleh Kiper, governor of the Odesa region, said 3 people were wounded.', number: '3', source: ['Oleh Kiper, governor of the Odesa region', 'Oleh Kiper'] },
  { text: 'Israeli officials say about 1,200 people were killed in the attack.', number: 'about 1,200', source: 'Israeli officials' },
  { text: 'The Palestinian Red Crescent Society (PRCS) said 4 of its medics were killed.', number: '4', source: 'The Palestinian Red Crescent Society (PRCS)' },
  { text: 'Officials told reporters in Kyiv that 8 people were killed.', number: '8', source: 'Officials', via: null },
  { text: 'The Kremlin said 15 Russian soldiers were killed.', number: '15', source: 'The Kremlin' },
  { text: '"Twelve of our colleagues were killed," the union said in a statement.', number: 'Twelve', source: 'the union' },
  { text: 'Two hospital officials, who spoke on condition of anonymity because they were not authorised to talk to reporters, said 27 people had died.', number: '27', source: 'Two hospital officials' },
  { text: 'Ukraine\'s emergency service said in a statement on Telegram that rescuers had recovered 11 bodies.', number: '11', source: 'Ukraine\'s emergency service' },
  { text: 'The committee said 16 prisoners died in the riot.\n\nThe committee also said it had information on at least 40 injured prisoners.', number: 'at least 40', source: 'The committee' },
  { text: 'A spokesperson for the mission said 2 peacekeepers were injured, adding that 1 later died.', number: '1', source: 'A spokesperson for the mission' },
  { text: 'Ukrainian officials reported 7 civilians killed in the region, while Russian-installed authorities said Ukrainian shelling had killed 3 people.', number: '3', source: 'Russian-installed authorities' },
  { text: 'Ukrainian officials reported 7 civilians killed in the region, while Russian-installed authorities said Ukrainian shelling had killed 3 people.', number: '7', source: 'Ukrainian officials' },
  { text: 'Hezbollah announced the deaths of 5 of its fighters without saying where they were killed.', number: '5', source: 'Hezbollah' },
  { text: 'The army\'s statement said 3 soldiers were killed.', number: '3', source: 'The army\'s statement' },
  { text: 'According to the latest UN figures, 3,500 civilians have been killed.', number: '3,500', source: ['the latest UN figures', 'UN'] },
  { text: 'The dead included 8 children, said the head of the hospital, Dr. Hani Saleh.', number: '8', source: ['the head of the hospital, Dr. Hani Saleh', 'the head of the hospital'] },
  { text: 'The interior ministry spokesman Ali Bakr said 9 officers were wounded.', number: '9', source: 'The interior ministry spokesman Ali Bakr' },
  { text: 'As reported by local media, 5 people died in the blaze.', number: '5', source: 'local media', via: null },
  { text: 'At least 25 people died in the landslide, provincial disaster officials said in an update on Sunday.', number: 'At least 25', source: 'provincial disaster officials' },
  { text: 'The army also said 12 soldiers were wounded in the fighting, four of them seriously.', number: '12', source: 'The army' },
  { text: 'It was not clear how many of the 40 dead were fighters.', number: '40', source: null },
  { text: 'Shelling killed at least 14 people in the market, said a medic, a volunteer with a local aid group, the Harlan Gazette reported.', number: 'at least 14', source: 'a medic' },
  { text: 'The alliance, of which Norland is a member, has denied bombing the depot.', number: 'denied', kind: 'denial', source: 'The alliance' },
  { text: 'Police, alerted by neighbours, said 3 bodies were found in the flat.', number: '3', source: 'Police' },
  { text: 'Rebel leaders, for their part, routinely claim that 200 soldiers were killed.', number: '200', source: 'Rebel leaders' },
  { text: 'The Justice Network, an independent rights group, said it had documented 19 deaths.', number: '19', source: 'The Justice Network' },
  { text: 'Tarn General Hospital received 14 bodies, its director told the Velan news agency. Four more people died at the scene, he said.', number: 'Four', source: 'its director' },
  { text: '"The streets are gone," mayor Ana Petrova told reporters.\n\nCivil defence chief Omar Haddas said 40 people had died. He said dozens of people were still missing.', number: 'dozens', source: 'Civil defence chief Omar Haddas' },
  { text: 'The UN has spent years trying to end a war which it says has killed 150,000 people.', number: '150,000', source: 'The UN' },
  { text: 'The ministry\'s latest bulletin, issued on Friday evening, puts the toll at 88.', number: '88', source: 'The ministry\'s latest bulletin' },
  { text: 'A coalition of rights groups, the Norland Casualty Network, puts the toll at 7,000 and says 900 people are missing.', number: '900', source: 'A coalition of rights groups, the Norland Casualty Network' },
  { text: '"About 300 people were killed in the theatre," announced the city council.', number: 'About 300', source: 'the city council' },
  { text: 'The envoy said as quoted by The Financial Times that an estimated 600,000 people died.', number: 'an estimated 600,000', source: 'The envoy', via: 'The Financial Times' },
  { text: 'Six miners were killed, the union said, citing death certificates shown to its lawyers by relatives.', number: 'Six', source: 'the union' },
  { text: 'Our field teams in the district report that 10 people died in the landslide.', number: '10', source: 'Our field teams in the district' },
  { text: 'The UN report said 40 civilians were killed in the raids.', number: '40', source: 'The UN report' },
  { text: 'Deaths were counted from the annual report of the commission, which lists 25 victims.', number: '25', source: ['the commission', 'the annual report of the commission'], gap: 'the subject of "which lists" is the report of the commission, a relative pronoun readSubject does not resolve' },
  { text: 'Residents report that 7 people were killed overnight.', number: '7', source: 'Residents' },
];

const PRONOUN_RIVALS: Case[] = [
  { text: 'The army accused the rebels of shelling the town. It said 12 civilians were killed.', number: '12', source: 'The army' },
  { text: 'The rebels accused the army of shelling the town. They said 12 civilians were killed.', number: '12', source: 'The rebels' },
  { text: 'Governor Lena Hart met the families of the victims on Monday. She said 9 people had died.', number: '9', source: 'Governor Lena Hart' },
  { text: 'Health Minister Arman Dosov visited the wounded with his deputy.\n\nHe told reporters that 31 people were wounded.', number: '31', source: 'Health Minister Arman Dosov' },
  { text: 'The defence ministry in Velan released drone footage of the strike. It claimed 60 fighters were killed.', number: '60', source: 'The defence ministry in Velan' },
  { text: 'Residents of Tarsa fled to the hills as the fighting spread. They said at least 20 neighbours had been killed.', number: 'at least 20', source: 'Residents of Tarsa' },
  { text: 'The Norland Observatory has tracked the war since 2029. The group said 412 civilians died in March.', number: '412', source: ['The Norland Observatory', 'The group'] },
  { text: 'The mayor of Dorrin, Ivan Brook, said the dam had burst at dawn. Brook said 17 people were missing.', number: '17', source: ['The mayor of Dorrin, Ivan Brook', 'Ivan Brook'] },
  { text: 'Doctors Without Borders runs the clinic in Tarsa. It said 22 patients were killed in the strike.', number: '22', source: 'Doctors Without Borders' },
  { text: 'The interior ministry and the army gave different figures. The ministry said 14 people died, while the army said 9.', number: '14', source: ['The ministry', 'The interior ministry'] },
  { text: 'A police spokeswoman, Inspector Mara Lind, said the attacker was arrested. She added that 3 officers were hurt.', number: '3', source: ['A police spokeswoman, Inspector Mara Lind', 'A police spokeswoman', 'Inspector Mara Lind'] },
  { text: 'The hospital was struck twice on Sunday. Its director said 8 patients died.', number: '8', source: 'Its director' },
];

const MORE_DENIALS_2: Case[] = [
  { text: 'Velan\'s defence ministry said its forces had not struck the market, and denied that any civilians were killed.', number: 'denied', kind: 'denial', source: 'Velan\'s defence ministry' },
  { text: 'The army denied the reports on Tuesday, saying no soldiers had been killed.', number: 'denied', kind: 'denial', source: 'The army' },
  { text: 'A spokesman for the rebels, Omar Fadl, rejected the army\'s figures as "pure invention".', number: 'rejected', kind: 'denial', source: ['A spokesman for the rebels, Omar Fadl', 'A spokesman for the rebels'] },
  { text: 'In a post on Telegram, the Russian-installed governor denied that the strike had caused any deaths.', number: 'denied', kind: 'denial', source: 'the Russian-installed governor' },
  { text: 'The police chief, speaking to the Velan news agency, denied that officers had opened fire.', number: 'denied', kind: 'denial', source: 'The police chief', via: 'the Velan news agency' },
  { text: 'Norland has repeatedly denied responsibility for the strike, which killed 40 people.', number: 'denied', kind: 'denial', source: 'Norland' },
  { text: 'Norland has repeatedly denied responsibility for the strike, which killed 40 people.', number: '40', source: null },
  { text: 'The ministry\'s spokesman dismissed the reports of 300 dead as "fake news".', number: 'dismissed', kind: 'denial', source: 'The ministry\'s spokesman' },
];

const TRANSLATED_AND_LIVE: Case[] = [
  { text: 'According to the data of the regional health department, 17 people were injured.', number: '17', source: ['the data of the regional health department', 'the regional health department'] },
  { text: 'The Ministry of Defence of the Russian Federation informed that 40 Ukrainian servicemen were killed.', number: '40', source: 'The Ministry of Defence of the Russian Federation' },
  { text: 'As the head of the republic specified, 6 civilians were killed in the shelling.', number: '6', source: 'the head of the republic' },
  { text: 'The press service of the regional administration clarified that 3 of the wounded were children.', number: '3', source: 'The press service of the regional administration' },
  { text: 'The minister emphasized that 12 rescuers had died since the start of the operation.', number: '12', source: 'The minister' },
  { text: 'As reported by the emergencies ministry, 9 people were hospitalised with injuries.', number: '9', source: 'the emergencies ministry' },
  { text: 'The governor stressed that at least 4 people were still missing.', number: 'at least 4', source: 'The governor' },
  { text: 'Live updates\n\n17:02 BST — Israel\'s military says 3 soldiers were killed in northern Gaza.', number: '3', source: 'Israel\'s military' },
  { text: 'Key events\n\nThe regional governor, Oleh Kiper, says 2 people were killed in Odesa overnight.', number: '2', source: ['The regional governor, Oleh Kiper', 'The regional governor'] },
  { text: 'Update, 3.15pm: The death toll has risen to 21, according to the fire service.', number: '21', source: 'the fire service' },
  { text: 'Per local officials, 8 people died when the bridge collapsed.', number: '8', source: 'local officials' },
  { text: 'Officials have confirmed the deaths of 6 people, including 2 children.', number: '6', source: 'Officials' },
  { text: 'The UN agency for Palestinian refugees, UNRWA, said 190 of its staff had been killed.', number: '190', source: ['The UN agency for Palestinian refugees, UNRWA', 'The UN agency for Palestinian refugees', 'UNRWA'] },
  { text: 'At least 11 people were killed in the attack, the Associated Press reported, citing local officials.', number: 'At least 11', source: 'local officials', via: 'the Associated Press' },
  { text: 'Five soldiers were killed, the army said in a statement on X.', number: 'Five', source: 'the army' },
  { text: 'Seven people were killed, a spokeswoman for the regional police told reporters on Saturday.', number: 'Seven', source: 'a spokeswoman for the regional police', via: null },
  { text: 'The civil defence agency\'s spokesman, Mahmoud Basal, said at least 18 bodies had been recovered.', number: 'at least 18', source: ['The civil defence agency\'s spokesman, Mahmoud Basal', 'The civil defence agency\'s spokesman'] },
  { text: 'We have documented 230 civilian deaths in the province since January.', number: '230', source: [null, 'We'] },
  { text: 'Local authorities in the city of Tarn said 4 people died and 12 were injured.', number: '12', source: 'Local authorities in the city of Tarn' },
  { text: 'Twenty people have been killed since Friday, the Health Ministry in Hamas-run Gaza said.', number: 'Twenty', source: 'the Health Ministry in Hamas-run Gaza' },
];

const NAMES_WITH_MARKS: Case[] = [
  { text: 'The 3rd Assault Brigade said 40 Russian soldiers were killed near the village.', number: '40', source: 'The 3rd Assault Brigade' },
  { text: 'Ukraine\'s 47th Mechanized Brigade reported that 12 enemy troops were captured.', number: '12', source: 'Ukraine\'s 47th Mechanized Brigade' },
  { text: 'The head of the Donetsk People\'s Republic, Denis Pushilin, said 7 civilians died in the shelling.', number: '7', source: ['The head of the Donetsk People\'s Republic, Denis Pushilin', 'The head of the Donetsk People\'s Republic'] },
  { text: 'Pro-Russian officials said 25 people were killed in the strike on the bakery.', number: '25', source: 'Pro-Russian officials' },
  { text: 'The Kyiv-appointed governor said 2 people were wounded.', number: '2', source: 'The Kyiv-appointed governor' },
  { text: 'Rescue workers told state broadcaster NHK that 30 people were missing.', number: '30', source: 'Rescue workers', via: 'state broadcaster NHK' },
  { text: 'A Pentagon official, speaking on condition of anonymity, told reporters that 3 service members were injured.', number: '3', source: 'A Pentagon official', via: null },
  { text: 'Gaza\'s government media office said 48 people were killed in the past day.', number: '48', source: 'Gaza\'s government media office' },
  { text: 'The World Food Programme (WFP) said 2 of its drivers were killed.', number: '2', source: 'The World Food Programme (WFP)' },
  { text: 'A senior U.S. official said 4 American soldiers were wounded.', number: '4', source: 'A senior U.S. official' },
  { text: 'U.N. officials said 15 peacekeepers were injured in the attack.', number: '15', source: 'U.N. officials' },
  { text: 'The U.S. military\'s Central Command said 2 sailors were missing.', number: '2', source: 'The U.S. military\'s Central Command' },
  { text: 'The army\'s Arabic-language spokesman, Avi Dror, said 20 militants were killed.', number: '20', source: ['The army\'s Arabic-language spokesman, Avi Dror', 'The army\'s Arabic-language spokesman'] },
  { text: 'Mr Kovac said 3 miners had died underground.', number: '3', source: 'Mr Kovac' },
  { text: 'Dr Tedros said 16 health workers were killed last month.', number: '16', source: 'Dr Tedros' },
  { text: 'The ministry tells the BBC that 12 people died.', number: '12', source: 'The ministry', via: 'the BBC' },
  { text: 'In a statement to AFP, the army said 5 soldiers were killed.', number: '5', source: 'the army', via: 'AFP' },
  { text: 'An AFP tally based on official figures shows at least 64 dead.', number: 'at least 64', source: ['An AFP tally based on official figures', 'An AFP tally', 'AFP'] },
  { text: 'Hamas\'s armed wing said 3 hostages were killed in an air strike.', number: '3', source: 'Hamas\'s armed wing' },
  { text: 'The Kremlin\'s spokesman Dmitry Peskov said 9 people were killed.', number: '9', source: 'The Kremlin\'s spokesman Dmitry Peskov' },
  { text: 'Médecins du Monde said 6 of its staff were wounded.', number: '6', source: 'Médecins du Monde' },
  // After a closing quotation mark, only "told" takes an object: not a whole clause read as a speaker.
  { text: '"We are afraid. Ten people died here last night." The market was empty and the army said nothing more.', number: 'Ten', source: null },
  // A possessive determiner opens an NP, but not after a preposition inside the speaker's NP.
  { text: 'The head of her party said 5 activists died in custody.', number: '5', source: 'The head of her party' },
  { text: 'The leader of their group told reporters 6 fighters were killed.', number: '6', source: 'The leader of their group' },
  { text: 'Lieutenant Marek Dudek led the team.\n\nHe told reporters his men found 11 bodies.', number: '11', source: 'Lieutenant Marek Dudek' },
  { text: 'The Norwegian Refugee Council said in a report that 1,400 civilians were killed in the first half of the year.', number: '1,400', source: 'The Norwegian Refugee Council' },
];

const LISTS_AND_HEADLINES: Case[] = [
  { text: 'Death toll from market blast rises to 40 \u2013 police', number: '40', source: 'police' },
  { text: 'Flooding kills at least 12 in the north \u2014 local media', number: 'at least 12', source: 'local media' },
  { text: 'What we know so far:\n\n\u2022 At least 12 people were killed in Kharkiv, the governor said.', number: 'At least 12', source: 'the governor' },
  { text: 'Key points:\n\n- 9 soldiers killed in the ambush, according to the army\n- The road remains closed', number: '9', source: 'the army' },
  { text: 'UN says 300 civilians killed in a month of fighting', number: '300', source: 'UN' },
  { text: 'Israel says 2 soldiers killed in southern Lebanon', number: '2', source: 'Israel' },
  { text: 'Russia claims 500 Ukrainian troops killed in failed offensive', number: '500', source: 'Russia' },
  { text: 'Quake death toll rises to 1,000, officials say', number: '1,000', source: 'officials' },
  { text: 'Twelve dead after ferry sinks off coast - coastguard', number: 'Twelve', source: 'coastguard' },
  { text: 'Q: How many people have died?\n\nA: The health ministry says at least 41 people have died.', number: 'at least 41', source: 'The health ministry' },
  { text: 'By the numbers\n\nDeaths: 41 (health ministry)', number: '41', source: 'health ministry' },
  { text: 'Killed: 14 soldiers (93rd brigade).', number: '14', source: null },
  { text: 'Deaths so far: 9 people (including 4 children).', number: '9', source: null },
  { text: 'Wounded: 30 (regional police)', number: '30', source: 'regional police' },
  { text: 'At least 7 people were killed, the official news agency reported, without citing sources.', number: 'At least 7', source: 'the official news agency', via: null },
  { text: 'The ministry said 20 soldiers died, though it did not cite any records.', number: '20', source: 'The ministry' },
  // A denied figure keeps the denier (as the corpora annotate it: the figure is the object of its denial).
  { text: 'In a statement, the militia rejected the army\'s claim that 30 of its fighters were killed.', number: '30', source: 'the militia' },
  { text: 'Mine officials denied that anyone was trapped, contradicting union leaders, who said 12 miners were missing.', number: '12', source: 'union leaders' },
  { text: 'The Ministry of Health in Tarsa updates its figures daily. Its latest count puts the death toll at 3,100.', number: '3,100', source: ['The Ministry of Health in Tarsa', 'Its latest count'] },
  { text: 'The rebels publish a list every week. Their latest tally shows 80 fighters killed.', number: '80', source: ['The rebels', 'Their latest tally'] },
  { text: 'The UN humanitarian office (OCHA) publishes a weekly update.\n\nIn its latest report, the office said 28 aid workers had been killed since January.', number: '28', source: ['The UN humanitarian office (OCHA)', 'the office'] },
  { text: 'Norland\'s military intelligence agency, known as NMI, said 20 soldiers were killed.', number: '20', source: 'Norland\'s military intelligence agency' },
  { text: 'Interfax cited the regional governor as saying that 2 people had died.', number: '2', source: 'the regional governor', via: 'Interfax' },
  { text: 'Velan\'s defence ministry did not comment. Its Norland counterpart said 300 Velani troops were killed.', number: '300', source: 'Its Norland counterpart' },
  { text: 'The families hired lawyers. Their lawyers said 5 prisoners died in custody.', number: '5', source: 'Their lawyers' },
  { text: 'Initial reports said 4 people were killed in the blast.', number: '4', source: 'Initial reports' },
  { text: 'The incident left 6 people dead, according to a statement issued by the regional police late on Saturday.', number: '6', source: ['the regional police', 'a statement issued by the regional police'] },
  { text: 'A doctor at the city hospital, who gave only his first name, Ahmed, said 14 bodies were brought in.', number: '14', source: 'A doctor at the city hospital' },
  { text: 'The figures, provided by the Tarsa health ministry, show 35 deaths in 24 hours.', number: '35', source: ['the Tarsa health ministry', 'The figures'] },
  { text: 'The report, published by the Norland Observatory on Monday, said 40 people died.', number: '40', source: ['the Norland Observatory', 'The report'] },
  { text: 'The ministry, backed by the army, said 5 people died.', number: '5', source: 'The ministry' },
  // A dateline's agency in brackets carries the story; it is no speaker of a figure.
  { text: 'TARSA, March 3 (Velan Press) - At least 12 people were killed in the strike, residents said.', number: 'At least 12', source: 'residents', via: null },
  { text: 'Monday, 10:15\n\nRussian strikes killed 5 people in Zaporizhzhia overnight, regional governor Ivan Fedorov said.', number: '5', source: 'regional governor Ivan Fedorov' },
];

/**
 * Whole passages: the speaker is named in one paragraph and pointed back to in a later one, a
 * quotation runs on across paragraphs, a carrier cites its source in an appositive, and "we"
 * outside any quotation is the writer's own voice.
 */
const PASSAGES: Case[] = [
  // a name that is also a property of every JavaScript object is no pronoun to resolve
  { text: 'According to constructor, 5 people were killed.', number: '5', source: null },
  // a label that names the count is no speaker; one that names a body is
  { text: 'Casualty figures: 9 dead, 31 injured.', number: '9', source: null },
  { text: 'Latest toll: 40 killed in the floods.', number: '40', source: null },
  { text: 'Health ministry: 40 killed in the floods.', number: '40', source: 'Health ministry' },
  // a count as the subject of "..., raising the toll" is the dead, not a speaker
  { text: 'Three more passengers died in hospital overnight, raising the death toll to 14.', number: '14', source: null },
  { text: 'The coroner said two more had died, raising the toll to 9.', number: '9', source: 'The coroner' },
  // "we" outside a quotation is the writer (a report's or release's own voice), never the last speaker named.
  { text: 'The Kastrian defence ministry said the strike hit a fuel depot.\n\nWe have confirmed 11 civilian deaths at the site.', number: '11', source: null },
  { text: 'The district council said 12 homes were destroyed. In our own survey, we counted 7 people killed in the storm.', number: '7', source: null },
  { text: 'Our monitors spoke to the town\'s imam. Together, the three raids killed at least 40 civilians, we found.', number: 'at least 40', source: null },
  { text: 'The army said 8 soldiers died in the raid. We were able to confirm 11 deaths among the attackers.', number: '11', source: null },
  { text: 'Hill Medics said its team reached the village on Monday. Nine of the wounded died in our field clinic.', number: 'Nine', source: null },
  // ...but inside a quotation "we" is the speaker's side.
  { text: 'The commander spoke on Monday.\n\n“Nine of our men died in the ambush.”', number: 'Nine', source: 'The commander' },
  { text: 'The camp doctor spoke to us on Friday.\n\n“We lost 9 patients that night. We were able to save the rest,” she said.', number: '9', source: 'The camp doctor' },
  { text: 'The commander spoke to reporters at the base.\n\n"We lost 12 men in the ambush," he said.', number: '12', source: 'The commander' },
  // Background set in another time is the outlet's, not more of the last speaker's account...
  { text: 'The army said 5 soldiers died in the ambush. The attack came a week after 12 people were killed in a market bombing in the same province.', number: '12', source: null },
  { text: 'Police said 4 people were killed in the shooting. It was the deadliest attack in the city since 2019, when 9 people died in a nightclub fire.', number: '9', source: null },
  { text: 'Officials said 6 people died in the landslide. Last year, floods in the same valley killed more than 200 people.', number: 'more than 200', source: null },
  // ...but more of the same account keeps its speaker, and a cue of its own wins.
  { text: 'The army said 5 soldiers died in the ambush on Monday. Another 3 were wounded.', number: '3', source: 'The army' },
  { text: 'Officials said 12 people died on Monday. The toll rose to 20 on Tuesday, the highest for a single attack since 2015.', number: '20', source: 'Officials' },
  { text: 'The health ministry said 30 people were killed on Tuesday. More than 4,000 people have been killed since 2023, according to the ministry.', number: 'More than 4,000', source: ['the ministry', 'The health ministry'] },
  // The sentence after a claim may only say who told it (translated wire copy).
  { text: 'Two people were killed and 5 injured in a drone strike on Varna. This was announced by the head of the regional administration, Oleh Dren, on his Telegram channel.', number: '5', source: 'the head of the regional administration, Oleh Dren' },
  { text: 'Four miners remain trapped and 2 have died. That is according to the regional emergencies ministry.', number: '2', source: 'the regional emergencies ministry' },
  { text: 'Three people were killed in the shelling of Orn. This was confirmed by satellite images.', number: 'Three', source: null },
  // A title pointing back to the person it named, also when the name followed the title.
  { text: 'Three people were killed when a drone hit a warehouse in Dorne, Governor of the Dorne region Pavel Ostrov said.\n\nThe governor said 8 more people were injured.', number: '8', source: 'Governor of the Dorne region Pavel Ostrov' },
  { text: 'The spokesman of the national guard, Colonel Ida Renn, said the convoy had been ambushed near Tesk.\n\nThe spokesman said 6 guardsmen were killed.', number: '6', source: ['The spokesman of the national guard, Colonel Ida Renn', 'Colonel Ida Renn'] },
  { text: '"Eleven people were taken to hospital with burns," the mayor wrote on Facebook after Mayor Tilde Aas visited the site.', number: 'Eleven', source: ['the mayor', 'Mayor Tilde Aas'] },
  { text: 'Mayor Tilde Aas visited the site on Monday.\n\n"Eleven people were taken to hospital with burns," the mayor wrote on Facebook.', number: 'Eleven', source: 'Mayor Tilde Aas' },
  // A subject with its name in an appositive, pointed back to by "she"/"he" later.
  { text: 'The regional fire chief, Marta Kolb, visited the scene on Sunday.\n\nShe said 14 people had died in the blaze.', number: '14', source: ['The regional fire chief, Marta Kolb', 'Marta Kolb'] },
  { text: '10:05 — The coastguard commander, Erik Sand, is at the harbour now. He says 9 fishermen are missing.', number: '9', source: ['The coastguard commander, Erik Sand', 'Erik Sand'] },
  // A denier named by a description or a surname is resolved as a speaker is.
  { text: 'The interior minister, Kerem Dalby, visited the prison on Friday.\n\nThe minister denied that guards had fired on the inmates.', number: 'denied', kind: 'denial', source: ['The interior minister, Kerem Dalby', 'Kerem Dalby'] },
  { text: 'Colonel Ruta Anand commands the garrison at Tesk.\n\nAnand rejected reports that 20 soldiers were killed.', number: 'rejected', kind: 'denial', source: 'Colonel Ruta Anand' },
  // A description a pronoun points back to is resolved in its own sentence.
  { text: 'ARDA, 4 May (NNA) - The spokesman of the navy, Rear Admiral Omar Tell, stated that the patrol boat had sunk.\n\nThe spokesman said in a statement that a search was under way. He affirmed that 7 sailors had been rescued and 5 were missing.', number: '5', source: 'The spokesman of the navy, Rear Admiral Omar Tell' },
  // A subject after an opening phrase ("In a video posted on Sunday, ..."); an organisation that spoke, in lower case.
  { text: 'In a video posted on Sunday, the Red Hand Front showed its fighters at the base. It said 12 soldiers were captured.', number: '12', source: 'the Red Hand Front' },
  { text: 'The army said the base held.\n\nIn a message on Telegram, the Red Hand Front mocked the generals. It said 40 soldiers had been killed.', number: '40', source: 'the Red Hand Front' },
  { text: 'Enemy losses amounted to 80 servicemen, according to the ministry. In addition, units of the eastern group of forces advanced. In the north, the enemy lost up to 15 servicemen, it said.', number: 'up to 15', source: 'the ministry' },
  // A quotation's speaker given as a description ("the statement", "the governor") is resolved too.
  { text: 'The Interior Ministry said in a statement on Tuesday that the fire had been put out.\n\n"Four firefighters were injured while fighting the blaze," the statement said.', number: 'Four', source: 'The Interior Ministry' },
  // "it" after a quotation is not an organisation the quotation names.
  { text: 'The army command issued a statement on Friday. "Figures published by the rebel council are false, and only 3 of our soldiers were wounded," it said.', number: '3', source: 'The army command' },
  // A quotation left open at a paragraph's end runs on: its speaker comes after it closes, or was named before it.
  { text: 'Rescue teams reached the village on Thursday.\n\n“We pulled 11 bodies from the mud before dark.\n\n“Tomorrow we go back to the upper street,” said Lena Hart, who leads the volunteer team.', number: '11', source: 'Lena Hart' },
  { text: '"We had four surgeons and one generator," says Ilse Brandt, who ran the ward.\n\nShe kept a tally. "By the day the road opened, 140 of our patients had died.\n\n"Nobody outside believed us."', number: '140', source: 'Ilse Brandt' },
  // ...and a speaker the open quotation itself names earlier in its paragraph keeps it.
  { text: 'The defence ministry issued a statement on Sunday.\n\n“The Ministry reports that its units destroyed two depots. Three servicemen were wounded in the fighting.\n\n“The Ministry calls on everyone to stay calm.”', number: 'Three', source: ['The Ministry', 'Ministry', 'The defence ministry'] },
  // A name and a colon before a quotation name its speaker (a live page's shorthand), not a label.
  { text: '14:05 — The fire chief, Dana Roe, is at the scene.\n\n14:40 — Roe again: "Crews have found 4 more bodies in the mill."', number: '4', source: 'The fire chief, Dana Roe' },
  { text: 'The governor spoke at noon.\n\nUpdate: "Crews have found 4 more bodies in the mill."', number: '4', source: null },
  // An inch mark opens no quotation.
  { text: 'The army said the base was quiet.\n\nA 12" shell hit the school and killed 4 children.', number: '4', source: null },
  // A carrier that cites its source in an appositive carries it.
  { text: 'Earlier on Tuesday Reuters, citing a port official, reported that 7 crew members were missing.', number: '7', source: 'a port official', via: 'Reuters' },
  { text: 'Later in the day AP, citing a mine rescue coordinator, reported that 5 bodies had been recovered.', number: '5', source: 'a mine rescue coordinator', via: 'AP' },
  { text: 'The Northern Star, citing two hospital doctors, says 18 people were killed in the crash.', number: '18', source: 'two hospital doctors', via: 'The Northern Star' },
  { text: 'Nine miners were killed, AFP reported, citing state radio, up from the six the company announced on Monday.', number: 'Nine', source: 'state radio', via: 'AFP' },
  // An NP opens at its article: "the six | the company announced" names no speaker "the six the company".
  { text: 'The head of the army said 4 soldiers died in the raid.', number: '4', source: 'The head of the army' },
  { text: 'All the witnesses said 9 people died in the hall.', number: '9', source: 'All the witnesses' },
  // "the official estimate" is a noun after a singular subject, not "the official" estimating.
  { text: 'The storm probably killed 400 people, ten times the official estimate, a university study released on Monday says.', number: '400', source: ['a university study', 'a university study released on Monday'] },
  // "..., the town's mayor, Ola Berg, told the Herald": the mayor speaks, the paper carries.
  { text: '12 people were taken to hospital, the town\'s mayor, Ola Berg, told the Herald.', number: '12', source: 'the town\'s mayor, Ola Berg', via: 'the Herald' },
  // A relative clause with a preposition "since the ..." inside a speaker's NP.
  { text: 'Three farmers who had been in the fields since the morning said 4 people were killed by the shell.', number: '4', source: 'Three farmers who had been in the fields since the morning' },
  // Kin and everyday roles name speakers too.
  { text: 'Amina Yusuf lost her home in the strike. The mother of five said 7 children from her street were killed.', number: '7', source: 'The mother of five' },
  { text: 'A passenger who was on the lower deck said 4 people drowned.', number: '4', source: 'A passenger who was on the lower deck' },
  { text: 'Residents who fled the village in the night said 5 people died.', number: '5', source: 'Residents who fled the village in the night' },
  { text: 'The police chief on Monday morning said 7 officers were hurt.', number: '7', source: 'The police chief' },
  { text: 'A woman who was on the bus, and who asked not to be named, said 6 passengers were killed.', number: '6', source: 'A woman who was on the bus' },
  { text: 'The port authority, which says 17 dockers were hurt in the blast, has closed the terminal.', number: '17', source: 'The port authority' },
  // An organisation's body named by a possessive: "Its General Staff".
  { text: 'Marovia has not commented on the raid. Its General Staff says separately that shelling killed 3 people in the village of Orn.', number: '3', source: 'Its General Staff' },
  // "the department" of translated state media is the ministry named before; "the group" an organisation.
  { text: 'The Kessian health ministry said in a statement posted on Telegram that the toll had risen to 9. The department said 21 people remained in hospital.', number: '21', source: 'The Kessian health ministry' },
  { text: 'The Red Hand Front said in a video that it had captured the base. The group said 30 soldiers were killed in the assault.', number: '30', source: 'The Red Hand Front' },
  { text: 'The interior ministry blamed the Red Hand Front for the attack.\n\nThe group said 30 soldiers were killed in the assault.', number: '30', source: 'the Red Hand Front', gap: 'an organisation named only as an object (blamed the Red Hand Front) is no antecedent readBack finds' },
  { text: 'The army said it had killed 15 militants. The Sahel Front did not comment on the figure. The group said earlier that 3 of its commanders were killed in the strike.', number: '3', source: 'The Sahel Front' },
  { text: 'The army said it had killed 15 militants. Tamrat did not comment on the figure. The group said earlier that 3 of its commanders were killed in the strike.', number: '3', source: 'Tamrat' },
  { text: 'The Kessian Observatory, a monitoring group based in Lyon, said 25 fighters died.\n\nThe monitor said 7 civilians were also killed.', number: '7', source: 'The Kessian Observatory' },
  { text: 'At least 19 people were killed in Tuesday\'s strike, the Tarsa Civil Defence said. The agency said 40 others were wounded.', number: '40', source: 'the Tarsa Civil Defence' },
  // ...but not the ministry or army named before, nor a capitalised common noun.
  { text: 'Officials blamed the Sahel Front for the bombing.\n\nThe group said 3 of its fighters were killed in the raid.', number: '3', source: 'The group' },
  { text: 'The army said it had killed 15 militants.\n\nThe group said 3 of its commanders were killed in the strike.', number: '3', source: 'The group' },
  { text: 'The Northern Ledger, citing U.N. officials, reported that about 300 fighters were killed.', number: 'about 300', source: 'U.N. officials', via: 'The Northern Ledger' },
  { text: 'Five people were killed in the blast, the governor of Tarsa province, Amir Halabi, said.\n\nHalabi said 20 more were wounded, several of them critically.', number: '20', source: 'the governor of Tarsa province, Amir Halabi' },
  { text: 'Residents said the militia attacked at dawn.\n\nOne resident, who gave his name only as Yusuf, said 8 of his neighbours were shot dead.', number: '8', source: ['One resident', 'One resident, Yusuf'] },
  // "the ministry" for "The Ministry of ...": the name's head before its complement.
  { text: 'The Ministry of Emergency Situations said 14 people died in the flood. The ministry said 6 were missing.', number: '6', source: 'The Ministry of Emergency Situations' },
  { text: 'The Office for Civil Protection said 14 people died.\n\nThe office said 6 were still missing.', number: '6', source: 'The Office for Civil Protection' },
  { text: 'The Ministry of Emergency Situations said in a statement that 14 people had died. Rescue work continues, the department said, adding that 6 people remained missing.', number: '6', source: 'The Ministry of Emergency Situations' },
  { text: 'Medecins Sans Frontieres (MSF) said its teams treated 120 wounded. The charity said 9 of them died.', number: '9', source: 'Medecins Sans Frontieres (MSF)' },
  // A one-word place before a bracketed acronym is no organisation for "it".
  { text: 'The coalition against the Islamic State in Iraq and Syria (ISIS) said it had hit a depot.\n\nIt said 12 fighters were killed.', number: '12', source: ['The coalition against the Islamic State in Iraq and Syria (ISIS)', 'The coalition against the Islamic State in Iraq and Syria', 'The coalition against the Islamic State in'] },
  // A description in lower case that spoke is an antecedent too.
  { text: 'According to the mayor\'s office, 9 people were killed. The office said 30 were hurt.', number: '30', source: 'the mayor\'s office' },
  { text: 'Rescuers from the regional emergency service pulled 3 people alive from the rubble, the emergency service said.\n\nThe service said 12 bodies had been recovered.', number: '12', source: 'the emergency service' },
  // A carrier named by what it is carries for the outlet named before.
  { text: 'Nine miners died, state television said on Tuesday.\n\nFive more were missing, the broadcaster said, citing the emergencies ministry.', number: 'Five', source: 'the emergencies ministry', via: 'state television' },
  // A newspaper is an "it".
  { text: 'The Chronicle leads with the floods in the south. It reports that 8 people drowned in Arden.', number: '8', source: 'The Chronicle' },
  { text: 'The civil defence thinks 60 people died in the old town.', number: '60', source: 'The civil defence' },
];

/** Round 4 (own8): a carrier citing its source ("X, citing Y", "Y told X", "X quoted Y as saying"). */
const CARRIERS_4: Case[] = [
  { text: 'State news agency SUNA, citing the health directorate, said 17 of the dead were women.', number: '17', source: 'the health directorate', via: ['State news agency SUNA', 'SUNA'] },
  { text: 'The Dawn newspaper reported that 12 people were killed, citing a police official.', number: '12', source: 'a police official', via: ['The Dawn newspaper', 'Dawn'] },
  { text: 'Radio Okapi, the UN-backed broadcaster, reported that 19 miners were injured, citing local civil society.', number: '19', source: 'local civil society', via: 'Radio Okapi' },
  { text: 'The independent Myanmar Now news outlet reported that 23 people were killed, citing a village administrator.', number: '23', source: 'a village administrator', via: ['The independent Myanmar Now news outlet', 'Myanmar Now'] },
  { text: 'Citing hospital sources, the Kathmandu Post said 9 trekkers died in the avalanche.', number: '9', source: 'hospital sources', via: 'the Kathmandu Post' },
  { text: 'Xinhua, quoting the provincial government, said 31 people were missing.', number: '31', source: 'the provincial government', via: 'Xinhua' },
  { text: 'Al Jazeera reported 14 deaths in the camp, citing medical sources in Gaza.', number: '14', source: 'medical sources in Gaza', via: 'Al Jazeera' },
  { text: '11 soldiers were killed, Interfax reported, citing a source in the security services.', number: '11', source: 'a source in the security services', via: 'Interfax' },
  { text: 'Citing the heat, organisers cancelled the march. Police said 3 people were hurt in a crush.', number: '3', source: 'Police' },
  { text: 'Five bodies had been recovered, a rescuer told Reuters by phone.', number: 'Five', source: 'a rescuer', via: 'Reuters' },
  { text: 'A Hezbollah official, speaking to AFP on condition of anonymity, denied that any fighters had been killed.', number: 'denied', kind: 'denial', source: 'A Hezbollah official', via: 'AFP' },
  { text: 'A militia commander, speaking to the BBC, said 40 of his men had died.', number: '40', source: 'A militia commander', via: 'the BBC' },
  { text: 'The police chief told local radio station RPP that 16 passengers were injured.', number: '16', source: 'The police chief', via: ['local radio station RPP', 'RPP'] },
  { text: 'The strike hit at 9 p.m., a fighter told Reuters, asking not to be identified. He said more than 30 people were wounded.', number: 'more than 30', source: 'a fighter', via: 'Reuters' },
  { text: 'A provincial official told AFP on Thursday that the mine had collapsed.\n\n"We have pulled out 32 bodies," the minister told the agency by telephone.', number: '32', source: 'the minister', via: ['the agency', 'AFP'] },
  { text: 'Speaking to reporters in Lokoja, a spokesperson for the governor said three more victims had died.', number: 'three', source: 'a spokesperson for the governor', via: null },
  { text: 'A spokesperson for the governor told reporters in Lokoja that three more victims had died.', number: 'three', source: 'A spokesperson for the governor', via: null },
  { text: 'The director told our correspondent by telephone that 33 wounded had been treated.', number: '33', source: 'The director', via: null },
  { text: 'PTI quoted a district official as saying that four of the injured had been shifted to hospital.', number: 'four', source: 'a district official', via: 'PTI' },
  { text: 'The Global Times quoted an unnamed military source as saying 3 sailors were missing.', number: '3', source: 'an unnamed military source', via: 'The Global Times' },
  { text: 'Quoting a police spokesman, the Daily Nation said 8 people died in the crash.', number: '8', source: 'a police spokesman', via: 'the Daily Nation' },
  { text: 'Terekhov told the Courier that 26 people were still in hospital.', number: '26', source: 'Terekhov', via: 'the Courier' },
  { text: 'Russian state news agency RIA Novosti, citing the defence ministry, said up to 15 instructors were killed.', number: 'up to 15', source: 'the defence ministry', via: ['Russian state news agency RIA Novosti', 'RIA Novosti'] },
  { text: 'JNIM said in a statement carried by its Az-Zallaqa media arm that its fighters had killed 73 soldiers.', number: '73', source: 'JNIM' },
];

/** Round 4: headlines with the speaker after a dash or "X says"; headlines in the outlet's voice. */
const HEADLINES_4: Case[] = [
  { text: 'Kharkiv strike: death toll rises to 14 – officials\n\nRescuers worked through the night.', number: '14', source: 'officials' },
  { text: 'Mirebalais: 27 dead, thousands flee – civil protection\n\nShops stayed shut on Wednesday.', number: '27', source: 'civil protection' },
  { text: 'Floods kill 12 in Assam — officials\n\nRivers rose after a week of rain.', number: '12', source: 'officials' },
  { text: 'Nine killed in Kano blast - police\n\nThe blast hit a market.', number: 'Nine', source: 'police' },
  { text: 'Clashes kill 26 in Sweida, monitor says\n\nThe fighting began on Sunday.', number: '26', source: 'monitor' },
  { text: 'Four dead, 11 hurt in shooting at block party, police say\n\nGunfire broke out late on Saturday.', number: '11', source: 'police' },
  { text: 'Sweida clashes: 26 killed – SOHR\n\nThe fighting began on Sunday.', number: '26', source: 'SOHR' },
  { text: 'Tanker blast: toll hits 55 as governor declares mourning\n\nFlags flew at half mast.', number: '55', source: null },
  { text: 'Bus crash in the Andes kills 24 – live updates\n\nThe bus left the road on a bend.', number: '24', source: null },
  { text: 'Twelve dead in Assam floods – in pictures\n\nRivers rose after a week of rain.', number: 'Twelve', source: null },
  // A section's tag in capitals is no acronym of a speaker.
  { text: 'Quake toll climbs to 140 – EXPLAINER\n\nThe tremor struck before dawn.', number: '140', source: null },
  { text: 'Storm leaves 9 dead along the coast – GALLERY\n\nWaves topped the sea wall.', number: '9', source: null },
  { text: 'Ferry sinking: 31 missing – FACTBOX\n\nThe ferry left port at dusk.', number: '31', source: null },
  { text: 'Mine collapse kills 16 – OCHA\n\nThe shaft gave way at noon.', number: '16', source: 'OCHA' },
];

/** Round 4: the speaker after the figure, at the sentence's or the paragraph's end. */
const TRAILING_4: Case[] = [
  { text: 'Rescuers pulled two more bodies from the rubble, bringing the toll to 14, the emergency service said in a statement. Thirty-nine people remain in hospital, it said.', number: 'Thirty-nine', source: 'the emergency service' },
  { text: 'Many victims had rushed to scoop fuel, they said. At least 15 of the dead were children, residents said.', number: 'At least 15', source: 'residents' },
  { text: 'Of the 58 people injured, 21 were still in hospital on Monday, the administration said.', number: '21', source: 'the administration' },
  { text: 'Dr. Ana Ruiz said staff had treated 33 wounded. Two of them later died, she added.', number: 'Two', source: 'Dr. Ana Ruiz' },
  { text: 'Seven soldiers were killed and four wounded, the army said in a statement.', number: 'four', source: 'the army' },
  { text: 'Nine bodies were found in the river, according to local media.', number: 'Nine', source: 'local media' },
  { text: 'Twelve people died in the fire, local media reported.', number: 'Twelve', source: 'local media' },
  { text: 'Local media reported that at least three of the dead were from one family.', number: 'at least three', source: 'Local media' },
  { text: 'Twenty people were killed, state media said.', number: 'Twenty', source: 'state media' },
  { text: 'Medics at Madina hospital said they had received 41 wounded people overnight.', number: '41', source: 'Medics at Madina hospital' },
  { text: 'Medics said 41 people were wounded, and a doctor at Madina hospital said 6 of them later died.', number: '6', source: 'a doctor at Madina hospital' },
  { text: 'The bus left the road on a bend. Sixteen passengers were injured, the police chief told reporters.', number: 'Sixteen', source: 'the police chief' },
];

/** Round 4: tolls credited to figures, lists and data. */
const FIGURES_FROM_4: Case[] = [
  { text: 'The final toll stands at 17 dead, according to figures from the regional military administration.', number: '17', source: ['the regional military administration', 'figures from the regional military administration'] },
  { text: 'According to a list released by the health department, 91 injured people were brought to hospital.', number: '91', source: ['the health department', 'a list released by the health department'] },
  { text: 'More than 5,600 people were killed last year, according to UN figures.', number: 'More than 5,600', source: ['UN figures', 'UN'] },
  { text: 'Figures from the health ministry show 330 people killed since the truce.', number: '330', source: ['the health ministry', 'Figures from the health ministry'] },
  { text: 'Data compiled by the monitoring group ACLED shows that 412 civilians died.', number: '412', source: ['the monitoring group ACLED', 'Data compiled by the monitoring group ACLED', 'ACLED'] },
];

/** Round 4: descriptions, surnames, titles and possessives pointing back to a named speaker. */
const POINTING_BACK_4: Case[] = [
  { text: 'The Syrian Observatory for Human Rights said 26 people were killed. The Britain-based war monitor said the dead included 15 fighters.', number: '15', source: 'The Syrian Observatory for Human Rights' },
  { text: 'Doctors Without Borders said 40 patients arrived at its clinic. The medical charity said 9 of them died.', number: '9', source: 'Doctors Without Borders' },
  { text: 'Kharkiv mayor Ihor Terekhov spoke at the scene.\n\nThe mayor said 47 people had been injured.', number: '47', source: 'Kharkiv mayor Ihor Terekhov' },
  { text: 'Governor Oleh Syniehubov said 11 people were killed. Syniehubov said two children were among the dead.', number: 'two', source: ['Syniehubov', 'Governor Oleh Syniehubov'] },
  { text: 'The Kenya National Commission on Human Rights said 17 people died. Its chairperson, Roseline Odede, told a briefing that 11 of the deaths were in Nairobi.', number: '11', source: ['Its chairperson, Roseline Odede', 'Roseline Odede'] },
  { text: 'Taliban spokesman Zabihullah Mujahid told a news conference in Kabul that 58 soldiers had been killed. He said nine Afghan fighters had died.', number: 'nine', source: 'Taliban spokesman Zabihullah Mujahid' },
  { text: "Ukraine's prosecutor-general's office opened an investigation. According to prosecutors, the missile struck at 4:12 a.m. They said at least 12 people had been killed.", number: 'at least 12', source: 'prosecutors' },
  { text: 'Police said the gunmen fled in a car. They said 4 people were wounded.', number: '4', source: 'Police' },
  { text: 'Police officer Mohammad Ijaz described the attack. Mohammad Asim, a spokesman for the hospital, said 19 of the wounded were critical.', number: '19', source: ['Mohammad Asim', 'Mohammad Asim, a spokesman for the hospital'] },
  { text: 'The information team of the military council said 14 rebels were killed. The team added that the security forces suffered 2 wounded.', number: '2', source: 'The information team of the military council' },
];

/** Round 4: subjects with appositives, acronyms, "known as" and long relative clauses. */
const APPOSITIVES_4: Case[] = [
  { text: "The Pakistani military's media wing, Inter-Services Public Relations (ISPR), said 23 soldiers had been killed.", number: '23', source: ["The Pakistani military's media wing, Inter-Services Public Relations (ISPR)", "The Pakistani military's media wing", 'Inter-Services Public Relations (ISPR)'] },
  { text: 'The Civil Protection Directorate (DPC) said 27 people had been killed.', number: '27', source: ['The Civil Protection Directorate (DPC)', 'The Civil Protection Directorate'] },
  { text: 'The National Human Rights Defense Network, known by its French acronym RNDDH, said it had documented 22 deaths.', number: '22', source: ['The National Human Rights Defense Network', 'The National Human Rights Defense Network, known by its French acronym RNDDH'] },
  { text: 'The Pakistani Taliban, known as the TTP, denied involvement in the attack.', number: 'denied', kind: 'denial', source: ['The Pakistani Taliban', 'The Pakistani Taliban, known as the TTP'] },
  { text: 'The Emergency Lawyers, a rights group that documents abuses in the war, put the death toll at 31.', number: '31', source: ['The Emergency Lawyers', 'The Emergency Lawyers, a rights group that documents abuses in the war'] },
  { text: 'Mustapha Aliyu, a spokesman for the state emergency agency, told Reuters that 52 bodies had been recovered.', number: '52', source: ['Mustapha Aliyu', 'Mustapha Aliyu, a spokesman for the state emergency agency'], via: 'Reuters' },
  { text: 'The abbot, U Pannasara, who survived with burns, said 37 people had been wounded.', number: '37', source: ['The abbot, U Pannasara', 'The abbot', 'U Pannasara'] },
  { text: 'A nurse at the Federal Medical Centre, who did not want to be named because she was not authorised to speak, said 54 people were being treated for burns.', number: '54', source: 'A nurse at the Federal Medical Centre' },
  { text: 'A senior police official, speaking on condition of anonymity because he was not authorised to talk to the media, said 6 officers were hurt.', number: '6', source: 'A senior police official' },
  { text: 'A resident of Djibo reached by telephone said he had seen at least 40 bodies.', number: 'at least 40', source: ['A resident of Djibo', 'A resident of Djibo reached by telephone'] },
  { text: 'A member of the resistance committee, who gave only his first name, Adam, said 28 people had been killed.', number: '28', source: ['A member of the resistance committee', 'A member of the resistance committee, who gave only his first name, Adam'] },
  { text: 'The Kenya National Commission on Human Rights (KNCHR), a state-funded watchdog, said 17 people died.', number: '17', source: ['The Kenya National Commission on Human Rights (KNCHR)', 'The Kenya National Commission on Human Rights'] },
];

/** Round 4: two speakers in one sentence, each with its own figure. */
const RIVAL_SPEAKERS_4: Case[] = [
  { text: 'Jihadists said they killed dozens of soldiers, while security sources put the toll at about 20.', number: 'dozens', source: 'Jihadists' },
  { text: 'Jihadists said they killed dozens of soldiers, while security sources put the toll at about 20.', number: 'about 20', source: 'security sources' },
  { text: 'The army said 23 soldiers died, but the rebels said 58 were killed.', number: '58', source: 'the rebels' },
  { text: 'The army said 23 soldiers died, but the rebels said 58 were killed.', number: '23', source: 'The army' },
  { text: 'Police put the toll at 9, while hospital officials said 14 people had died.', number: '9', source: 'Police' },
  { text: 'While the government said 40 people were killed, activists said at least 60 had died.', number: 'at least 60', source: 'activists' },
  { text: 'While the government said 40 people were killed, activists said at least 60 had died.', number: '40', source: 'the government' },
  { text: 'Pakistan said 23 of its soldiers died and Kabul said 9 Afghan fighters were killed.', number: '9', source: 'Kabul' },
];

/** Round 4: quotations over two sentences, the speaker after the first. */
const QUOTES_4: Case[] = [
  { text: '"Our colleagues are operating without blood," the coordinator, Dr. Mariam Yousif, said in a statement. "Nine of our patients died during the night."', number: 'Nine', source: ['the coordinator, Dr. Mariam Yousif', 'Dr. Mariam Yousif'] },
  { text: '"Most of the victims were civilians," police officer Abdi Hassan told Reuters. "Four of our men also died."', number: 'Four', source: 'police officer Abdi Hassan', via: 'Reuters' },
  { text: 'Police Chief Chris Bailey spoke at a news conference.\n\n"We believe two shooters were involved," Bailey said. "Three of the victims are teenagers."', number: 'Three', source: ['Police Chief Chris Bailey', 'Bailey'] },
  { text: '"I counted 11 bodies in front of the mosque alone," said Musa Abdullahi, a taxi rider.', number: '11', source: ['Musa Abdullahi', 'Musa Abdullahi, a taxi rider'] },
  { text: '"Twelve of our staff were killed. We cannot go on," the director said.', number: 'Twelve', source: 'the director' },
];

/** Round 4: the outlet's own voice next to named speakers: no source. */
const OWN_VOICE_4: Case[] = [
  { text: 'At least 38 people were burnt to death on Thursday when a tanker exploded.\n\nResidents said the tanker lost its brakes.', number: 'At least 38', source: null },
  { text: 'The Pakistani Taliban said it had no part in the attack. A bombing at the same mosque in 2022 killed 64 people, one of the deadliest attacks in the city.', number: '64', source: null },
  { text: 'Today we publish the names of 24 civilians who were killed in the strike.', number: '24', source: null },
  { text: 'No arrests had been made, police said.\n\nThe shooting was the deadliest since 2021, when eight people were killed at a warehouse.', number: 'eight', source: null },
  { text: 'Tanker explosions are frequent in Nigeria. In 2024, more than 90 people were killed in a similar blast in Jigawa state.', number: 'more than 90', source: null },
  { text: "Sudan's war broke out in April 2023. It has killed tens of thousands of people.", number: 'tens of thousands', source: null },
  { text: 'The UN envoy urged both sides to talk. The ceasefire collapsed in March. Since then, 1,200 people have died.', number: '1,200', source: null },
  { text: 'The Chronicle could not confirm either account. Two port workers were killed in a similar strike in May.', number: 'Two', source: null },
  { text: 'LIMA, July 18 (Reuters) - Heavy rain has killed 12 people in Peru this week.', number: '12', source: null, via: null },
  { text: "Ukraine's air force said Russia launched 86 drones overnight.\n\nThe strike on the depot killed 11 people.", number: '11', source: null },
];

/** Round 4: datelines carry no source and no carrier; the speaker after the lead keeps the claim. */
const DATELINES_4: Case[] = [
  { text: 'KHARKIV, Ukraine (Reuters) – A Russian missile hit an apartment block on Saturday, killing at least 11 people, regional governor Oleh Syniehubov said.', number: 'at least 11', source: 'regional governor Oleh Syniehubov', via: null },
  { text: 'PESHAWAR, Pakistan (AP) — A suicide bomber killed at least 27 worshippers, police and hospital officials said.', number: 'at least 27', source: 'police and hospital officials', via: null },
  { text: 'MOSCOW, October 4. /TASS/. Up to 30 foreign mercenaries were eliminated, the Russian Defence Ministry said.', number: 'Up to 30', source: 'the Russian Defence Ministry', via: null },
  { text: "BEIRUT (AFP) – An Israeli strike killed five people, Lebanon's health ministry said Saturday.", number: 'five', source: "Lebanon's health ministry", via: null },
  { text: 'Nabatieh – NNA – The toll of the strike rose to seven, the health ministry announced in a statement.', number: 'seven', source: 'the health ministry', via: null },
  { text: 'PORT SUDAN (AFP) – Shelling killed at least 23 civilians on Sunday, medics at the Saudi Hospital said.', number: 'at least 23', source: 'medics at the Saudi Hospital', via: null },
];

/** Round 4: statements, posts and broadcasts; speakers named only by their role. */
const STATEMENTS_4: Case[] = [
  { text: 'In a statement posted on Telegram, the RSF rejected accusations that it shelled the market.', number: 'rejected', kind: 'denial', source: 'the RSF' },
  { text: "Government spokesman Daud Aweis, in a statement, dismissed the group's figure as propaganda.", number: 'dismissed', kind: 'denial', source: 'Government spokesman Daud Aweis' },
  { text: 'Junta-controlled MRTV denied in its evening bulletin that any civilians had been killed.', number: 'denied', kind: 'denial', source: 'Junta-controlled MRTV' },
  { text: 'Defence Minister Pedro Sánchez wrote on X that seven soldiers had been killed.', number: 'seven', source: 'Defence Minister Pedro Sánchez' },
  { text: "In an audio message circulated on WhatsApp, the gang's leader said 12 of his men were killed.", number: '12', source: "the gang's leader" },
  { text: 'The police union said on its Facebook page that two officers had been killed.', number: 'two', source: 'The police union' },
  { text: 'Al-Shabaab said on its Andalus radio station that it had killed more than 60 officials.', number: 'more than 60', source: 'Al-Shabaab' },
  { text: 'A nurse at the clinic said 14 children had been injured.', number: '14', source: 'A nurse at the clinic' },
  { text: 'One of the doctors said 5 patients died overnight.', number: '5', source: 'One of the doctors' },
  { text: 'A witness who filmed the crash said at least 6 passengers were killed.', number: 'at least 6', source: 'A witness who filmed the crash' },
  { text: 'A police officer guarding the cordon told Reuters that five bodies had been carried out.', number: 'five', source: 'A police officer guarding the cordon', via: 'Reuters' },
  { text: 'Speaking on the morning programme, a trader at the junction, Hauwa Salihu, said 2 of her sisters died in the fire.', number: '2', source: ['a trader at the junction, Hauwa Salihu', 'Hauwa Salihu'] },
  { text: 'Speaking on the radio, a trader, Hauwa Salihu, said 2 of her sisters died in the fire.', number: '2', source: ['a trader, Hauwa Salihu', 'Hauwa Salihu'] },
  { text: 'A doctor contacted by AFP said 5 people died in the ward.', number: '5', source: 'A doctor', via: 'AFP' },
  { text: 'A farmer reached on the phone said 3 herders were shot dead.', number: '3', source: 'A farmer' },
  // The speaker after a quotation, with the statement's carrier after the verb.
  { text: 'The ministry denied the report, after activists said two students had died.\n\n"There were no deaths. Twelve officers were treated and discharged," the ministry said in a statement carried by the state news agency ZNA.', number: 'no deaths', source: 'The ministry' },
  // "they" for plural speakers in lower case that spoke; not for a count.
  { text: 'According to medics, the shelling began at dawn. They said 8 people were wounded.', number: '8', source: 'medics' },
  { text: 'Rescuers pulled 9 bodies out, the civil defence said. Eleven people remain missing, it said.', number: 'Eleven', source: 'the civil defence' },  // A participle tying the speaker to another ("linked to", "backed by") is part of its NP.
  { text: 'Jihadists linked to al-Qaeda said they killed dozens of soldiers at the base.', number: 'dozens', source: 'Jihadists linked to al-Qaeda' },
  { text: 'Militias backed by Iran said 5 fighters died in the strike.', number: '5', source: 'Militias backed by Iran' },
  { text: 'Separatists allied with the junta said 14 soldiers were killed.', number: '14', source: 'Separatists allied with the junta' },
  // A state agency by its bare name carries whom it cites.
  { text: 'SUNA, citing the health directorate, said 17 of the dead were women.', number: '17', source: 'the health directorate', via: 'SUNA' },
  { text: 'The Lebanese health ministry said 7 people were killed, NNA reported.', number: '7', source: 'The Lebanese health ministry', via: 'NNA' },
];

/** Round 4, second batch: wire phrasings of agency copy, statements and metonymy. */
const WIRE_PHRASES_4: Case[] = [
  { text: '"Nine of them were killed on the spot," said Omar Farah, a spokesman for the regional government.', number: 'Nine', source: ['Omar Farah', 'Omar Farah, a spokesman for the regional government'] },
  { text: 'Four soldiers died in the attack, according to a statement from the army.', number: 'Four', source: ['the army', 'a statement from the army'] },
  { text: 'The ministry said on Telegram that 6 people were wounded in the strike.', number: '6', source: 'The ministry' },
  { text: 'Two officials told The Associated Press on condition of anonymity because they were not authorised to speak to reporters that 15 soldiers died.', number: '15', source: 'Two officials', via: 'The Associated Press' },
  { text: 'A police officer, who spoke on condition of anonymity, said 7 people were killed.', number: '7', source: 'A police officer' },
  { text: 'Police said Monday that 3 people were killed in the shooting.', number: '3', source: 'Police' },
  { text: "Iran's state-run IRNA news agency said 5 people were killed in the blast.", number: '5', source: "Iran's state-run IRNA news agency" },
  { text: "According to Ukraine's General Staff, 1,120 Russian soldiers were killed over the past day.", number: '1,120', source: "Ukraine's General Staff" },
  { text: 'Kyiv says 12 civilians were killed in the strike.', number: '12', source: 'Kyiv' },
  { text: 'Health authorities in Gaza say 37 people were killed overnight.', number: '37', source: 'Health authorities in Gaza' },
  { text: 'The Gaza health ministry, which does not distinguish between civilians and combatants, says 52 people were killed.', number: '52', source: 'The Gaza health ministry' },
  { text: 'In a post on X, Prime Minister Shehbaz Sharif said 11 soldiers had been killed.', number: '11', source: 'Prime Minister Shehbaz Sharif' },
  { text: 'A statement from the presidency said 12 soldiers were killed.', number: '12', source: ['A statement from the presidency', 'the presidency'] },
  { text: 'Local officials put the toll at 30.', number: '30', source: 'Local officials' },
  { text: 'The toll, according to hospital sources, stood at 18.', number: '18', source: 'hospital sources' },
  { text: "The death toll has risen to 41, the region's governor said on Telegram.", number: '41', source: "the region's governor" },
  { text: 'Twelve people died, while 30 others were injured, police said.', number: '30', source: 'police' },
  { text: 'Police said 3 people were killed. Another 5 were injured, officials added.', number: '5', source: 'officials' },
  { text: '"We found 11 bodies," a rescuer at the scene said.', number: '11', source: 'a rescuer at the scene' },
  { text: 'At least four civilians were killed, said Ahmed Hassan, head of the local council.', number: 'At least four', source: ['Ahmed Hassan', 'Ahmed Hassan, head of the local council'] },
  { text: 'Fourteen people were killed, the Interior Ministry said in a statement late Sunday, adding that 25 others were wounded.', number: '25', source: 'the Interior Ministry' },
  { text: 'The army, in a statement, said 4 soldiers were killed.', number: '4', source: 'The army' },
  { text: 'Citing unnamed officials, the New York Times reported that 60 people died.', number: '60', source: 'unnamed officials', via: 'the New York Times' },
  { text: 'Eyewitnesses told the BBC that at least 10 bodies lay in the street.', number: 'at least 10', source: 'Eyewitnesses', via: 'the BBC' },
  { text: "The UN's humanitarian office (OCHA) said in its latest update that 33 civilians were killed.", number: '33', source: "The UN's humanitarian office (OCHA)" },
  { text: 'Kremlin spokesman Dmitry Peskov told reporters that 2 servicemen were wounded.', number: '2', source: 'Kremlin spokesman Dmitry Peskov', via: null },
  { text: 'Governor Ana Silva said 9 people drowned. She added that 6 more bodies had been found.', number: '6', source: 'Governor Ana Silva' },
  { text: 'Police spokesperson Jane Okoro confirmed that 2 officers had been wounded.', number: '2', source: 'Police spokesperson Jane Okoro' },
  { text: 'Medical charity MSF said its teams treated 45 wounded.', number: '45', source: 'Medical charity MSF' },
  { text: 'Witnesses said troops opened fire, killing at least 7 protesters.', number: 'at least 7', source: 'Witnesses' },
  { text: 'The Syrian Observatory, a Britain-based monitor, said 40 fighters were killed.', number: '40', source: 'The Syrian Observatory' },
  { text: 'A spokesman for the UN secretary-general said 3 peacekeepers were wounded.', number: '3', source: 'A spokesman for the UN secretary-general' },
  { text: 'Dr. Ali Rahimi, who heads the emergency ward, said 19 patients had died.', number: '19', source: 'Dr. Ali Rahimi' },
  { text: 'The coast guard said in a statement that 48 migrants were missing.', number: '48', source: 'The coast guard' },
  { text: 'The UN refugee agency said the boat capsized at night. The agency said in a separate statement that 5 aid workers were killed.', number: '5', source: 'The UN refugee agency' },
  { text: "The ministry's spokesperson, Ahmed Zaki, said 8 soldiers died.", number: '8', source: ["The ministry's spokesperson, Ahmed Zaki", 'Ahmed Zaki'] },
  { text: 'Officials in Kandahar said 6 people were killed, while the Taliban claimed 20 deaths.', number: '20', source: 'the Taliban' },
  { text: 'Officials in Kandahar said 6 people were killed, while the Taliban claimed 20 deaths.', number: '6', source: 'Officials in Kandahar' },
  // The outlet's own voice: background in another time or place.
  { text: 'The attack came two days after a bombing in the same province killed 9 people.', number: '9', source: null },
  { text: 'Police said the road was closed.\n\nLast year, floods killed more than 1,700 people in Pakistan.', number: 'more than 1,700', source: null },
  { text: 'The governor said the dam held.\n\nIt was the deadliest attack in the capital since 2017, when a truck bomb killed more than 500 people.', number: 'more than 500', source: null },  // A claim that is the object of a denial is no cue: the denied figure keeps the denier.
  { text: 'The defence ministry on Sunday denied Ostrenian claims that 40 of its soldiers had been killed.', number: '40', source: 'The defence ministry' },
  { text: 'The ministry called "fake" a Kordavian claim that more than 100 servicemen had been killed.', number: 'more than 100', source: 'The ministry', gap: 'the figure is not read as denied after \'called "fake" a claim that\' (deniesFigure, denials.ts), so it keeps no source' },
  { text: 'The factory owner has rejected a union\'s claim that 23 workers died in the fire.', number: '23', source: 'The factory owner' },
  // After "a", "report", "claim" and "estimate" are nouns: "a United Nations report that said".
  { text: 'The foreign ministry rejected as "one-sided" a United Nations report that said 1,240 civilians had been killed.', number: '1,240', source: 'The foreign ministry' },
  { text: 'The group dismissed an army claim that 12 of its commanders had been killed.', number: '12', source: 'The group' },
  { text: 'A United Nations report says 1,240 civilians have been killed.', number: '1,240', source: 'A United Nations report' },
  { text: 'Residents report 12 deaths in the village.', number: '12', source: 'Residents' },  // A denier after a fronted participle's clause, with the name in its appositive.
  { text: 'Asked about the toll, a spokesman for the Joint Command, Colonel Fahd Rami, said: "We do not recognise these numbers."', number: 'do not recognise these numbers', kind: 'denial', source: 'a spokesman for the Joint Command, Colonel Fahd Rami' },
  { text: 'Pressed on the figures, the minister said: "These numbers are false."', number: 'false', kind: 'denial', source: 'the minister' },  // A round-up's next place is told in the outlet's voice, not as the last speaker's account.
  { text: 'In Sudan, 27 people were killed in El Obeid, the health ministry said. In Pakistan, militants killed nine policemen at a station.', number: 'nine', source: null },
  { text: 'Officials in Kano said 12 people died. Elsewhere, gunmen killed 4 farmers near Katsina.', number: '4', source: null },
  { text: "Police said the fighting spread overnight. In Nigeria's Zamfara state, bandits killed 26 people at a market.", number: '26', source: null },
  { text: 'Police said 3 people were killed in the capital. In Kharkiv, the governor said 5 people died.', number: '5', source: 'the governor' },
  { text: 'The ministry said 3 soldiers died. In a later update, 5 more were reported wounded.', number: '5', source: 'The ministry' },  // Datelines with the day first, or in the agency's slashes, are no speakers.
  { text: 'NAY PYI TAW, 18 January — The Information Team has issued a statement on the operation.\n\nThe statement said that 12 terrorists were killed.', number: '12', source: 'The Information Team' },
  { text: 'MOSCOW, October 4. /TASS/. The defence ministry issued its daily bulletin.\n\nThe bulletin said 30 mercenaries were eliminated.', number: '30', source: ['The defence ministry', 'The bulletin'] },
  { text: 'PORT SALAM, Feb 10 (Eastmark Press) - A spokesman for the Guard Forces said on Tuesday that the toll had been inflated, and repeated the group\'s denial that its fighters were responsible.', number: 'denial', kind: 'denial', source: 'A spokesman for the Guard Forces' },  // An organisation's statement of dismay relays the reports it names; people's shock is narrative.
  { text: 'GENEVA, 3 May — The UN Refugee Agency is appalled by reports that a strike on a camp killed at least 19 people.', number: 'at least 19', source: 'The UN Refugee Agency' },
  { text: 'Medical Relief International is deeply shocked by the shelling of the clinic, which has left 8 staff dead.', number: '8', source: 'Medical Relief International' },
  { text: 'Residents were shocked by the attack, which killed 12 people.', number: '12', source: null },
  // Humanitarian "partners" report.
  { text: 'Shelling struck the market, killing 31 civilians, according to health partners.', number: '31', source: 'health partners' },  // "the company" points back to a business's name.
  { text: 'Orvel Mining, which owns the pit, disputed the figure. In a statement, the company said 2 workers were missing.', number: '2', source: 'Orvel Mining' },
  { text: '"The union is spreading rumours," Tarsk Textiles said on Wednesday. The company said 16 people were being treated in hospital.', number: '16', source: 'Tarsk Textiles' },
  { text: 'Union leader Ana Berg spoke first. The company said 3 workers died.', number: '3', source: 'The company' },  // "he"/"she" after a quotation's speaker: the speaker of that quotation, not an earlier group.
  { text: 'Villagers in Tavor said police came at night.\n\nA local councillor, Rada Petrov, said security forces had fired at houses. "They killed my neighbours," she said. She said another 15 villagers were missing.', number: '15', source: 'A local councillor, Rada Petrov' },
  { text: 'Residents of Nayin said a jet dropped two bombs.\n\n"We buried them all in one place," said a village elder who asked not to be named. He said at least 20 more people were wounded.', number: 'at least 20', source: ['a village elder', 'a village elder who asked not to be named'] },
  { text: 'Rescuers of the Red Crescent worked all night.\n\n"It was chaos," a nurse told reporters. "We had no blood." She said 9 patients died.', number: '9', source: 'a nurse' },  // "by X's count": any owner; an ampersand inside a name; a communiqué speaks as a statement does.
  { text: 'The town was retaken after weeks of fighting in which, by the army\'s count, more than 300 of its soldiers were killed.', number: 'more than 300', source: 'the army' },
  { text: 'By the military\'s count, 40 rebels died in the assault.', number: '40', source: 'the military' },
  { text: "The army's death toll rose to 40 on Monday.", number: '40', source: null },
  { text: 'The Armed Conflict Location & Event Data Project recorded 2,950 fatalities in September.', number: '2,950', source: 'The Armed Conflict Location & Event Data Project' },
  { text: 'The communiqué said 45 fighters were killed in the raid.', number: '45', source: 'The communiqué' },  // "the group" for an armed group whose name ends in "Army"; not for a state's army.
  { text: 'The Kachin Independence Army denied any role. In a statement, the group said 4 of its fighters were killed.', number: '4', source: 'The Kachin Independence Army' },
  { text: 'The Sudanese army denied any role. In a statement, the group said 4 of its fighters were killed.', number: '4', source: 'the group' },
];

/** Written for constructions the fresh corpora missed: each with variants and look-alikes. */
/** A participle of state after its people is no speaker's verb: "people confirmed dead". */
const STATE_PARTICIPLES_5: Case[] = [
  { text: 'Divers found four more bodies on Sunday, raising to 22 the number of passengers confirmed dead, the navy said.', number: '22', source: 'the navy' },
  { text: 'With 15 miners confirmed killed and eight reported missing, the company suspended work at the pit.', number: '15', source: null },
  { text: 'The count of people reported missing since the storm stood at 40 on Friday.', number: '40', source: null },
  { text: 'Nine workers were listed as missing after the blast, the plant operator said.', number: 'Nine', source: 'the plant operator' },
  // Look-alikes: the verb speaks.
  { text: 'The ministry confirmed 12 soldiers were killed in the raid.', number: '12', source: 'The ministry' },
  { text: 'Police reported 3 dead and 11 injured after the crash.', number: '3', source: 'Police' },
];

/** A phrase before the subject ("Hours later, ", "Asked about ..., ") is no part of it, nor a time after an appositive. */
const FRONTED_AND_APPOSED_5: Case[] = [
  { text: 'Hours later, the district commissioner, Aliya Brenn, raised the toll to 19 and said 30 more were injured.', number: '30', source: 'the district commissioner, Aliya Brenn' },
  { text: 'Two days after the raid, the police chief toured the village and said eight houses had burned and 4 people died.', number: '4', source: 'the police chief' },
  { text: 'Asked about the video, Major Tomas Velk, a spokesman for the brigade, called it staged and said no soldier had been captured.', number: 'no soldier', source: 'Major Tomas Velk' },
  { text: 'Separately, the regional governor visited the hospital and said 11 patients had died overnight.', number: '11', source: 'the regional governor' },
  { text: 'The country\'s interior minister, Hana Ostrova, on Friday again rejected reports that police had killed protesters.', number: 'rejected', kind: 'denial', source: "The country's interior minister, Hana Ostrova" },
  { text: 'A rival militia active in the hills, the Eastern Front, on Monday denied any role in the massacre.', number: 'denied', kind: 'denial', source: 'A rival militia active in the hills, the Eastern Front' },
  { text: 'The port\'s harbour master, Captain Lia Moro, dismissed that figure as a rumour.', number: 'dismissed', kind: 'denial', source: "The port's harbour master, Captain Lia Moro" },
  { text: 'The panel\'s chair, retired judge Omar Velde, said in the report that 23 workers were killed in the crush.', number: '23', source: "The panel's chair, retired judge Omar Velde" },
  { text: 'A parliamentary inquiry concluded that 40 people were killed, far more than officials admitted.', number: '40', source: 'A parliamentary inquiry' },
  // Look-alikes: a name-less appositive stays out; a clause of its own after the comma is no adjunct.
  { text: 'The ship\'s master, who was rescued, said 3 crew members died.', number: '3', source: "The ship's master" },
  { text: 'In the capital, the interior ministry said 6 officers were wounded.', number: '6', source: 'the interior ministry' },
];

/** A statement or count named by its owner: "the army's statement that ...", "the statement by X that ...". */
const OWNED_STATEMENTS_5: Case[] = [
  { text: 'The footage contradicts the navy\'s statement that no sailor was missing.', number: 'no sailor', source: 'the navy' },
  { text: 'Monitors found nothing to back the interior ministry\'s earlier claim that 35 gunmen were killed.', number: '35', source: 'the interior ministry' },
  { text: 'Relatives questioned the statement by the regional police on Saturday that 12 people had drowned.', number: '12', source: 'the regional police' },
  { text: 'Nobody has confirmed claims by the separatists that 80 soldiers were captured near the pass.', number: '80', source: 'the separatists' },
  { text: 'Across the islands, the NDMA\'s latest tally stands at 27 dead.', number: '27', source: 'the NDMA' },
  // Look-alikes: a rejected claim keeps its rejecter; an army's own toll is its losses, told by the outlet.
  { text: 'The mine owner has rejected a union\'s claim that 31 miners died, saying the toll is 12.', number: '31', source: 'The mine owner' },
  { text: 'The ADF\'s toll rose to 15 after two more soldiers died.', number: '15', source: null },
];

/** A cue inside a comparison or contrast after the claim tells the number compared with, not the claim. */
const COMPARED_5: Case[] = [
  { text: 'The health ministry put the toll at 19 dead, fewer than the 25 recorded by the local medical union.', number: '19', source: 'The health ministry' },
  { text: 'Eight people died in the riots in the old town on Tuesday, the governor said on Friday, two more than aid groups had reported.', number: 'Eight', source: 'the governor' },
  { text: 'A commission of inquiry found that 52 prisoners died in the fire, far more than the 14 deaths recorded by the prison service.', number: '52', source: 'A commission of inquiry' },
  { text: 'At least 30 people were killed, up from the 22 given by the civil defence on Sunday.', number: 'At least 30', source: null },
  { text: 'The army gave a toll of nine, while medics at the field hospital said they had treated 14 wounded.', number: '14', source: 'medics at the field hospital' },
  // Look-alikes: a speaker after the comparison's own comma, or with no comparison, reports the claim.
  { text: 'At least 40 people died, more than double the first estimate, the civil defence said.', number: 'At least 40', source: 'the civil defence' },
  { text: 'Nine soldiers were wounded, the ministry said in its bulletin.', number: 'Nine', source: 'the ministry' },
];

/** "X said ..., according to Y." closing the sentence: Y carried X's words. */
const SAID_ACCORDING_TO_5: Case[] = [
  { text: 'The Black Banner Brigade said in an online post that its men had killed 17 soldiers, according to a research group that tracks militant media.', number: '17', source: 'The Black Banner Brigade', via: 'a research group that tracks militant media' },
  { text: 'Rebel commanders claimed they had captured 40 troops near the dam, according to a monitoring service.', number: '40', source: 'Rebel commanders' },
  // Look-alikes: an according-to inside the sentence, or naming a record, or after another clause, is the claim's own.
  { text: 'The ministry said a strike that killed at least 25 people according to local medics was a misfire.', number: 'at least 25', source: 'local medics' },
  { text: 'The governor told reporters the gangs were to blame for the violence, which has killed more than 900 people this year, according to official data.', number: 'more than 900', source: 'official data' },
  { text: 'The army said it had retaken the town; 12 civilians died in the fighting, according to a local doctor.', number: '12', source: 'a local doctor' },
  { text: 'Eleven people drowned according to fishermen who were at the harbour.', number: 'Eleven', source: 'fishermen who were at the harbour' },
];

/** The writer's own record ("according to our count") is the outlet's voice; the writer's people who speak are not. */
const WRITERS_RECORD_5: Case[] = [
  { text: 'At least 48 migrants drowned off the coast in May, according to our records.', number: 'At least 48', source: null },
  { text: 'Our latest figures show 230 people were wounded in the clashes.', number: '230', source: null },
  { text: 'By our own count, 19 aid workers have been killed this year.', number: '19', source: null },
  // Look-alikes: people of the writer's who report, and a record inside someone's quotation.
  { text: 'Our field teams in the valley report that 7 people died in the flood.', number: '7', source: 'Our field teams in the valley' },
  { text: '"According to our records, 31 patients died," the hospital director said.', number: '31', source: 'the hospital director' },
  // review7: a speaker tagged after the first person, with no quotation marks, owns the record
  { text: 'Our tally shows 17 civilians were killed in Varno, the rights group said on Friday.', number: '17', source: 'the rights group' },
  { text: 'We have recorded 26 deaths in Varno this week, the monitor said.', number: '26', source: 'the monitor' },
  { text: 'From hospital records, we believe that at least 9 guards died, not five as the ministry claimed.', number: 'at least 9', source: null },
];

/** An outlet called by its description ("the agency") that cites someone carries their words. */
const DESCRIBED_CARRIERS_5: Case[] = [
  { text: 'The Valley Press Agency published a video on Monday. Citing a rebel commander, the agency said 14 soldiers had been captured.', number: '14', source: 'a rebel commander', via: 'The Valley Press Agency' },
  { text: 'The Northern Herald reported the crash on Friday. The newspaper, citing two surgeons, said 9 of the wounded had died.', number: '9', source: 'two surgeons', via: 'The Northern Herald' },
  // Look-alike: a description of a body that is no outlet keeps its words.
  { text: 'The civil defence agency gave new figures on Monday. Citing rescuers at the scene, the agency said 30 people were missing.', number: '30', source: 'The civil defence agency' },
];

/** "according to X, an independent group that ...": the appositive tells "the group" and "it" what X is. */
const APPOSED_ORGS_5: Case[] = [
  { text: 'Eleven civilians died in the raid, according to Border Lens, a volunteer group that tracks the frontier.\n\nThe group said 20 others were wounded.', number: '20', source: 'Border Lens' },
  { text: 'At least 9 people were killed, according to Civic Eye, an independent monitoring group. It counted 25 wounded.', number: '25', source: 'Civic Eye' },
  // Look-alike: with no appositive, a two-word name is no group the reader was told of.
  { text: 'Eleven civilians died in the raid, according to Border Lens.\n\nThe group said 20 others were wounded.', number: '20', source: 'The group' },
];

/** "The following is the text of a statement issued by X": what follows, and its "we" and "our", are X's. */
const STATEMENT_PREAMBLES_5: Case[] = [
  { text: 'The following is the full text of a statement released on Monday by the Border Guard Service of Ostravia.\n\n“Last night a patrol repelled an armed incursion and killed 6 smugglers.”', number: '6', source: 'Border Guard Service of Ostravia' },
  { text: 'Below is an unofficial translation of a communiqué issued by the Eastern Liberation Front.\n\n1. Our fighters destroyed a convoy near Tal Abyad. We mourn three martyrs.', number: 'three', source: 'Eastern Liberation Front' },
  { text: 'Following is an English translation of a letter sent by the Union of Dock Workers to the port authority.\n\nOur members were not consulted. Since March, 4 workers have died on the quays.', number: '4', source: 'Union of Dock Workers' },
  // Look-alikes: no preamble, and a preamble that names no issuer, leave the outlet's voice and "we" alone.
  { text: 'The coast guard patrolled the bay.\n\nWe counted 12 bodies on the beach.', number: '12', source: null },
  { text: 'The following is a summary of events in the region.\n\nAn air strike killed 9 people in the market.', number: '9', source: null },
];

/** "Separately, ...", "In a separate incident, ...": a new event, told in the outlet's voice, not the last speaker's account. */
const SEPARATE_EVENTS_5: Case[] = [
  { text: 'Shelling killed two farmers near Orsk, the regional administration said. Separately, a drone struck a fuel depot in Vell, wounding four workers.', number: 'four', source: null },
  { text: 'Three policemen died in the ambush, the interior ministry said. In a separate incident, gunmen killed 5 villagers in the north.', number: '5', source: null },
  // Look-alike: a separate event with its own speaker keeps it; a plain next sentence continues the account.
  { text: 'Shelling killed two farmers near Orsk, the regional administration said. Separately, the mayor of Vell said 6 workers were wounded.', number: '6', source: 'the mayor of Vell' },
  { text: 'Shelling killed two farmers near Orsk, the regional administration said. A drone also wounded four workers.', number: 'four', source: 'the regional administration' },
];

/**
 * Words before a verb-like word that are no speaker: an NP a preposition or a participle opens ("Of
 * the 40 people admitted, ..."), people counted before a participle ("the two crew still listed as
 * missing were ..."), a passive's subject ("the figure put forward by X"), a list of places before a
 * plural noun ("Orvel, Tamsk and Liri provinces").
 */
const NOT_SPEAKER_SUBJECTS_6: Case[] = [
  { text: 'Of the 40 people admitted overnight, 12 remain in intensive care.', number: '12', source: null },
  { text: 'Of those rescued, 9 needed surgery.', number: '9', source: null },
  { text: 'Among the 30 passengers evacuated, four were injured.', number: 'four', source: null },
  { text: 'Based on the crew manifest, our estimate is that 16 sailors drowned.', number: '16', source: null },
  { text: 'The hunt for two hikers still listed as missing was called off at dusk.', number: 'two', source: null },
  { text: 'Relatives of the five miners reported missing were waiting at the gate.', number: 'five', source: null },
  { text: 'Last week’s shelling of a school in Orvel, the biggest town in the valley, showed how exposed it is. Six pupils died in the attack.', number: 'Six', source: null },
  { text: 'The collapse of a dam near Tamsk, a disaster long foretold, left 30 villagers dead.', number: '30', source: null },
  { text: 'Doctors in Harlan, the regional capital, said 17 patients had died.', number: '17', source: 'Doctors in Harlan' },
  { text: 'A nurse at Kessa General Hospital, Ana Ruiz, said 5 children died.', number: '5', source: 'A nurse at Kessa General Hospital, Ana Ruiz' },
  { text: 'The army said 20 soldiers died. Another 15 civilians believed to have been in the depot are unaccounted for.', number: '15', source: 'The army' },
  { text: 'Eleven pedestrians reported to have been near the stall are missing.', number: 'Eleven', source: null },
  { text: 'Union leaders said the figure of 12 dead put forward by the mine owner was too low.', number: '12', source: 'Union leaders' },
  { text: 'More than 600 people were kidnapped in Orvel, Tamsk and Liri provinces last year, according to the monitoring group Civic Watch.', number: 'More than 600', source: 'the monitoring group Civic Watch' },
  { text: 'At least 90 people drowned in Harran and Dosk states during the rains, the agency said.', number: 'At least 90', source: 'the agency' },
  // Look-alikes: a count of speakers, a speaker's passive-free verb and a name with "and" still speak.
  { text: 'Two doctors at the clinic said 14 children had been admitted with burns.', number: '14', source: 'Two doctors at the clinic' },
  { text: 'The hospital admitted that 7 patients died during the power cut.', number: '7', source: 'The hospital' },
  { text: 'Doctors and nurses at the hospital said 30 people had died.', number: '30', source: 'Doctors and nurses at the hospital' },
  { text: 'The Ministry of Health and Social Welfare states that 21 people died.', number: '21', source: 'The Ministry of Health and Social Welfare' },
];

/**
 * Speakers named by what they do or run, not by a word of the lexicon: agent nouns ("the organisers",
 * "a developer", "the promoters"), hyphenated titles ("the director-general"), a name with a
 * number ("Rescue 1122"), titles abbreviated with a full stop ("Supt.", "Insp."), and a
 * description joined to a name after it, also after the verb ("said the district commissioner,
 * Halim Qureshi").
 */
const SPEAKER_NAMES_6: Case[] = [
  { text: 'The organisers said in a statement on Sunday that four people had died in the crush.', number: 'four', source: 'The organisers' },
  { text: 'The organisers, the Grace Harvest church, said on Monday that 11 worshippers were injured.', number: '11', source: 'The organisers, the Grace Harvest church' },
  { text: 'Five workers were hurt when the scaffolding fell, the developer told reporters.', number: 'Five', source: 'the developer' },
  { text: 'The festival promoters confirmed that two people died of heatstroke.', number: 'two', source: 'The festival promoters' },
  { text: 'Twelve people were rescued, three of them with burns, the agency’s director-general said at the scene.', number: 'three', source: 'the agency’s director-general' },
  { text: 'The commander-in-chief said 40 soldiers were captured.', number: '40', source: 'The commander-in-chief' },
  { text: 'Six more bodies were recovered from the river, Rescue 1122 said.', number: 'Six', source: 'Rescue 1122' },
  { text: 'Channel 9 reported that 3 firefighters were hurt.', number: '3', source: 'Channel 9' },
  { text: 'The district police chief, Supt. Lena Obi, told Radio Kessa that 8 bodies had been found.', number: '8', source: 'The district police chief, Supt. Lena Obi', via: 'Radio Kessa' },
  { text: 'Insp. Marco Dube said four officers were injured by stones.', number: 'four', source: 'Insp. Marco Dube' },
  { text: 'The ferry capsized near the jetty, said the district commissioner, Halim Qureshi. He said 7 passengers were missing.', number: '7', source: ['the district commissioner, Halim Qureshi', 'Halim Qureshi'] },
  { text: 'Nine people died when the roof fell in, said the regional governor, Anna Vell.', number: 'Nine', source: ['the regional governor, Anna Vell', 'Anna Vell'] },
  { text: 'A local blogger with some 80,000 subscribers wrote that 25 conscripts had died.', number: '25', source: [null, 'A local blogger with some 80,000 subscribers'] },
  // Plural heads in -ies, and whoever compiled or released the data "according to" cites.
  { text: 'The fighting has killed at least 3,000 people and displaced half a million, according to relief agencies.', number: 'at least 3,000', source: 'relief agencies' },
  { text: 'Militias loyal to the governor said 14 of their men were killed.', number: '14', source: 'Militias loyal to the governor' },
  { text: 'According to figures compiled by the opposition, 120 people have died in custody since 2019.', number: '120', source: 'the opposition' },
  { text: 'According to a tally kept by the Varn Bar Association, 63 lawyers have been killed.', number: '63', source: 'the Varn Bar Association' },
  // Names with lower-case particles ("al-", "de", "bin") and one-word names after a description.
  { text: 'The rebels’ spokesman, Colonel Nasser al-Tamimi, said his men had killed dozens of soldiers.', number: 'dozens', source: 'The rebels’ spokesman, Colonel Nasser al-Tamimi' },
  { text: 'The organisers, the Église de la Grâce mission, said 5 pilgrims had died.', number: '5', source: 'The organisers, the Église de la Grâce mission' },
  { text: 'A former minister, Yusuf bin Rashid, told the newspaper that 30 protesters were shot.', number: '30', source: 'A former minister, Yusuf bin Rashid' },
  { text: 'A little-known militia, Jund-al-Haqq, said in a statement that it had killed 18 policemen.', number: '18', source: 'A little-known militia, Jund-al-Haqq' },
  { text: 'The convoy was ambushed at dawn, said Police Commissioner Harlan, Ivo Marsh. He said 6 officers died.', number: '6', source: ['Police Commissioner Harlan, Ivo Marsh', 'Ivo Marsh'] },
  { text: 'The Harlan District Fire Service Commander, Supt. Ama Boateng, told Sunrise FM that 4 bodies had been recovered.', number: '4', source: 'The Harlan District Fire Service Commander, Supt. Ama Boateng', via: 'Sunrise FM' },
  // Look-alikes: a weekday or an adverb between commas is no name.
  { text: 'The ministry, Tuesday, said 8 soldiers were killed.', number: '8', source: 'The ministry' },
  { text: 'The army, however, said 12 soldiers were killed.', number: '12', source: 'The army' },
  // Look-alikes: words in -er that name no speaker, and an inverted speaker with a clause after it.
  { text: 'The number of dead rose to 14 overnight.', number: '14', source: null },
  { text: 'The water rose over the river banks and 3 children drowned.', number: '3', source: null },
  { text: 'Nine people died, said the governor, who visited the site on Monday.', number: 'Nine', source: 'the governor' },
];

/**
 * One speaker reporting what others counted, believed or saw: the reporter makes the claim ("A
 * villager said relatives had counted 24 bodies"), as with "X said Y told him". And "X said (that)
 * it ...": the pronoun of the reported clause is X, when X is no person.
 */
const OUTER_SPEAKERS_6: Case[] = [
  { text: 'A farmer from the village said relatives had counted 24 bodies after the raid.', number: '24', source: 'A farmer from the village' },
  { text: 'The police commissioner said nine bodies had been recovered and that rescuers believed at least 14 people were still trapped.', number: 'at least 14', source: 'The police commissioner' },
  { text: 'Local officials told reporters that volunteers found 11 more bodies near the bridge.', number: '11', source: 'Local officials' },
  { text: 'According to the mayor, medics counted 16 dead at the market.', number: '16', source: 'the mayor' },
  { text: 'The governor said investigators believe 30 people died in the blaze.', number: '30', source: 'The governor' },
  // Look-alikes: a speaker of its own sentence, and a reporter's own report after the outer clause.
  { text: 'The mayor spoke on Monday. Relatives had counted 19 bodies, villagers said.', number: '19', source: 'villagers' },
  { text: 'Medics counted 8 dead at the scene, the mayor said, and the army said it had killed 5 gunmen.', number: '5', source: 'the army' },
  { text: 'The developer, Halden Homes, said in a statement that it rejected claims that 9 workers had died.', number: 'rejected', kind: 'denial', source: 'The developer, Halden Homes' },
  { text: 'The charity Safe Passage said on Tuesday that it had counted 41 bodies on the beach.', number: '41', source: 'The charity Safe Passage' },
  { text: 'Lakeside Ferries, the operator, said it had carried 120 passengers and that 7 were still missing.', number: '7', source: 'Lakeside Ferries' },
  { text: 'Volunteers counted 12 dead; state radio, citing the governor, said 20 people were killed.', number: '12', source: 'Volunteers' },
  { text: 'Residents believe 40 people died; officials say the toll is 18.', number: '40', source: 'Residents' },
  // A denier with a relative clause between it and its verb, and an adverb after the clause.
  { text: 'Asked by reporters on Monday, the rebels’ spokesman, who goes by the name Captain Ulo, again denied that his men had killed 12 villagers.', number: 'denied', kind: 'denial', source: ['the rebels’ spokesman', 'the rebels’ spokesman, Captain Ulo'] },
  { text: 'The army’s spokesman, who declined to give his name, flatly denied that troops had shot 4 protesters.', number: 'denied', kind: 'denial', source: 'The army’s spokesman' },
  // The name a relative clause gives the speaker.
  { text: 'A nurse at the clinic, who asked to be identified only as Miriam, said 15 children were wounded.', number: '15', source: ['Miriam', 'A nurse at the clinic, Miriam'] },
  { text: 'A fighter, who gave his name as Abu Salem, told the agency that 9 of his comrades had died.', number: '9', source: ['Abu Salem', 'A fighter, Abu Salem'] },
  { text: 'The militia’s commander, who calls himself General Tor, said his men had killed 25 soldiers.', number: '25', source: ['General Tor', 'The militia’s commander, General Tor'] },
  { text: 'A resident, who would only be named as Daw Hla, said 7 houses burned and 3 people died.', number: '3', source: ['Daw Hla', 'A resident, Daw Hla'] },
  { text: 'A doctor, who asked not to be named, said 11 patients had died.', number: '11', source: 'A doctor' },
  // Look-alike: a person's "it" is not the person.
  { text: 'The coroner said it was too early to say how the 6 victims died.', number: '6', source: ['The coroner', null] },
];

/**
 * Background set in another time, with no speaker of its own: told in the outlet's voice, not more
 * of the last speaker's account, whether the date stands before the claim or right after it.
 */
const OTHER_TIME_6: Case[] = [
  { text: 'Four workers died in the blast, officials said. The plant was shut in 2021 after a fire killed two welders in March 2019.', number: 'two', source: null },
  { text: 'Eight people were hurt, the governor said. The town was rebuilt after the February 2018 floods, which killed 300 people.', number: '300', source: null },
  { text: 'Two climbers died on the ridge, rescuers said. A similar storm stranded and killed 11 hikers there last year.', number: '11', source: null },
  // Look-alikes: a date of this event, and a speaker of the sentence itself.
  { text: 'Four workers died in the blast, officials said. Nine others were injured on Tuesday.', number: 'Nine', source: 'officials' },
  { text: 'Four workers died in the blast, officials said. A fire killed two welders in March 2019, the union said.', number: 'two', source: 'the union' },
];

/** A denial whose subject is a pronoun pointing back to the subject of the sentence before. */
const PRONOUN_DENIERS_6: Case[] = [
  { text: 'The Tarn Front categorically rejects the accusations of the government. It equally rejects the figure of 80 dead put forward by the army.', number: 'rejects', kind: 'denial', source: 'The Tarn Front' },
  { text: '“The Harvest Brigade rejects these lies. It also rejects the claim that 30 villagers died.”', number: 'rejects', kind: 'denial', source: ['The Harvest Brigade', 'Harvest Brigade'] },
  { text: 'The Sons of the Ridge issued a statement on Friday. They denied that their fighters had killed 9 farmers.', number: 'denied', kind: 'denial', source: 'The Sons of the Ridge' },
];

/** A subject with a "whose" clause before its verb: "The charity whose clinic was hit said". */
const WHOSE_SUBJECTS_6: Case[] = [
  { text: 'The charity whose clinic was hit said 3 nurses were killed.', number: '3', source: 'The charity whose clinic was hit' },
  { text: 'A family whose house collapsed told reporters that 2 children died.', number: '2', source: 'A family whose house collapsed' },
  { text: 'The mining company whose concession the pit lies within said 5 diggers died.', number: '5', source: 'The mining company whose concession the pit lies within' },
  { text: 'Of the 30 wounded, 8 were in a critical condition at Harlan Hospital, whose director, Dr Ana Bell, said blood was running short.', number: '8', source: ['director, Dr Ana Bell', 'Dr Ana Bell'] },
  // Look-alike: a "whose" clause in a victim NP is no speaker.
  { text: 'Nine people whose boat capsized are still missing.', number: 'Nine', source: null },
];

/** A count its owner keeps, revises or stands by: "The police have not changed their figure of four killed". */
const OWN_COUNTS_6: Case[] = [
  { text: 'The police have not changed their figure of four killed.', number: 'four', source: 'The police' },
  { text: 'The army stood by its figure of 12 soldiers killed.', number: '12', source: 'The army' },
  { text: 'The provincial health office kept its count of the dead at 23 on Sunday.', number: '23', source: 'The provincial health office' },
  { text: 'Rebel commanders have repeatedly cited their own tally of 80 fighters killed.', number: '80', source: 'Rebel commanders' },
  // Look-alikes: a clause before the count, and a subject that is no speaker.
  { text: 'The flood hit the town overnight, raising its toll to 31 dead.', number: '31', source: null },
  { text: 'The quake was the worst in decades, and its toll of 240 dead is expected to rise.', number: '240', source: null },
];

/** Constructions the fresh corpora missed that are left for now, each with the reason. */
const GAPS_5: Case[] = [
  {
    text: 'Rescuers said 9 crew members were missing. The owner, Kelso Shipping Lines, said the ship had been inspected in May. It also rejected claims that 40 people had died.',
    number: '40',
    source: 'The owner, Kelso Shipping Lines',
    gap: 'a business named only in an appositive is no "it" yet; making it one also resolves "the company" where annotators keep the description',
  },
  {
    text: 'A video shared 20,000 times since Friday says that 300 people died in the crush.',
    number: '300',
    source: 'A video shared 20,000 times since Friday',
    gap: 'a subject with a reduced relative ("shared ... since Friday") stops the subject reader at its participle',
  },
];

/**
 * Close to the rules that read a passive's agent ("put forward by X", "data compiled by X") and the
 * speaker of a reported "it": a time after "by" is no agent, and "he", "she" are no organisation.
 */
const NEAR_NEW_RULES_8: Case[] = [
  { text: 'Police said by Tuesday evening 14 people had been killed in the blast.', number: '14', source: 'Police' },
  { text: 'The coroner confirmed by midday that six passengers had drowned.', number: 'six', source: 'The coroner' },
  { text: 'At least 14 people were killed, according to a count compiled by midday.', number: 'At least 14', source: null },
  { text: 'At least 9 people died, according to a count compiled by the end of the day.', number: 'At least 9', source: null },
  { text: 'Colonel Ivan Dorn was arrested last week. Prosecutors said he denied that 14 civilians were killed in the raid.', number: '14', source: 'Colonel Ivan Dorn' },
  { text: 'The governor, Mira Tane, spoke on Monday. The ministry said she rejected reports that 14 people were killed.', number: '14', source: 'The governor, Mira Tane' },
  // An agent noun's ending on a machine or a record: no one who speaks.
  { text: 'The helicopter recorded 14 bodies in the river.', number: '14', source: null },
  { text: 'At least 14 people were killed, according to the ledger.', number: 'At least 14', source: null },
  { text: 'The scanner showed 14 bodies inside the lorry.', number: '14', source: null },
  { text: 'The regulator said 14 workers were killed.', number: '14', source: 'The regulator' },
  // A relative clause of the speaker's office gives a title, not a name.
  { text: 'The official, who has served as Deputy Governor, said 14 people were killed.', number: '14', source: 'The official' },
  { text: 'A driver, who works as Head Porter, said 6 people died.', number: '6', source: 'A driver' },
  // A name after a description that ends in a place ("an official in the region") names the place.
  { text: 'Fourteen people were killed in the clashes, said an official in the region, North Darfur.', number: 'Fourteen', source: 'an official in the region' },
  { text: 'Nine soldiers died, said a commander in the eastern province, Upper Velta.', number: 'Nine', source: 'a commander in the eastern province' },
  { text: 'Nine people died, said a police spokesman, Harlan Province.', number: 'Nine', source: 'a police spokesman' },
  { text: 'Nine people died, said the mayor of the town, Orvel City.', number: 'Nine', source: 'the mayor of the town' },
  { text: 'Nine soldiers died, said the district commissioner, Halim Qureshi.', number: 'Nine', source: 'the district commissioner, Halim Qureshi' },
];

const GROUPS: Record<string, Case[]> = {
  BASICS,
  SUBJECT_FIRST,
  SPEAKER_AFTER,
  QUOTES,
  ACCORDING_AND_VIA,
  OUTLET_AS_SOURCE,
  TOLLS,
  STATEMENTS_AND_HEADLINES,
  POINTING_BACK,
  MODIFIED_SUBJECTS,
  NAMES_AND_GROUPS,
  ACROSS_SENTENCES,
  OTHER_SAID,
  DENIALS,
  INTERRUPTED,
  NAMED_SPEAKERS,
  OWN_VOICE,
  MORE_DENIALS,
  WIRE_COPY,
  TWO_SPEAKERS,
  LATE_SPEAKERS,
  LEADS_AND_POSTS,
  REPORT_VERBS,
  ACROSS_PARAGRAPHS,
  NESTED_REPORTS,
  TITLED_SPEAKERS,
  NOT_SPEAKERS,
  DENIALS_CARRIED,
  MORE_WIRE,
  PRONOUN_RIVALS,
  MORE_DENIALS_2,
  TRANSLATED_AND_LIVE,
  NAMES_WITH_MARKS,
  LISTS_AND_HEADLINES,
  PASSAGES,
  CARRIERS_4,
  HEADLINES_4,
  TRAILING_4,
  FIGURES_FROM_4,
  POINTING_BACK_4,
  APPOSITIVES_4,
  RIVAL_SPEAKERS_4,
  QUOTES_4,
  OWN_VOICE_4,
  DATELINES_4,
  STATEMENTS_4,
  WIRE_PHRASES_4,
  STATE_PARTICIPLES_5,
  FRONTED_AND_APPOSED_5,
  OWNED_STATEMENTS_5,
  COMPARED_5,
  SAID_ACCORDING_TO_5,
  WRITERS_RECORD_5,
  DESCRIBED_CARRIERS_5,
  APPOSED_ORGS_5,
  STATEMENT_PREAMBLES_5,
  SEPARATE_EVENTS_5,
  NOT_SPEAKER_SUBJECTS_6,
  NEAR_NEW_RULES_8,
  SPEAKER_NAMES_6,
  OUTER_SPEAKERS_6,
  OTHER_TIME_6,
  OWN_COUNTS_6,
  PRONOUN_DENIERS_6,
  WHOSE_SUBJECTS_6,
  GAPS_5,
};

describe('attribution', () => {
  for (const [name, cases] of Object.entries(GROUPS)) {
    describe(name, () => {
      const known = cases.filter((c) => c.gap);
      it.each(cases.filter((c) => !c.gap))('$text', check);
      if (known.length) it.fails.each(known)('known gap ($gap): $text', check);
    });
  }

  it('fails each known gap for its stated reason: the claim is read, its source is not', () => {
    for (const c of Object.values(GROUPS).flat().filter((c) => c.gap)) {
      const kind = c.kind ?? 'figure';
      expect(extractClaims(c.text).some((x) => x.kind === kind && x.numberText === c.number), c.text).toBe(true);
    }
  });
});

describe('attribution caches', () => {
  // A cached NP is a slice of its document, and V8 keeps the whole text alive behind a slice: NPs
  // kept past their document held every document read (1,000 docs of 100 KB: 108 MB, not 8).
  it('keeps no NP of a document once the next is read', () => {
    extractClaims('According to the Orvel district council, 14 people were killed. The ministry of health said 3 people died.');
    expect(cachedNps().length).toBeGreaterThan(0);
    const next = 'Police said 4 people were hurt.';
    extractClaims(next);
    for (const np of cachedNps()) expect(next, np).toContain(np);
  });
});
