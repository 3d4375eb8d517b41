import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

/** Who says a figure: each text is written for this test; `number` picks the figure to check. */
const CASES: Array<{ text: string; number: string; source: string | null; via?: string | null }> = [
  { text: 'The health ministry said 14 people were killed in the strike.', number: '14', source: 'The health ministry' },
  { text: '14 people were killed in the strike, the health ministry said.', number: '14', source: 'the health ministry' },
  { text: 'At least 14 people were killed, according to the Syrian Observatory for Human Rights.', number: 'At least 14', source: 'the Syrian Observatory for Human Rights' },
  { text: 'A senior pro-government military source told AFP that 22 fighters had been killed.', number: '22', source: 'A senior pro-government military source', via: 'AFP' },
  { text: 'Eleven soldiers were killed, the defence ministry said, according to Reuters.', number: 'Eleven', source: 'the defence ministry', via: 'Reuters' },
  { text: 'The TASS news agency quoted the defence ministry as saying that two pilots died.', number: 'two', source: 'the defence ministry', via: 'The TASS news agency' },
  { text: 'Local officials, citing hospital records, reported 31 dead.', number: '31', source: 'Local officials' },
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

describe('attribution', () => {
  it.each(CASES)('$text', ({ text, number, source, via }) => {
    const claim = extractClaims(text).find((c) => c.kind === 'figure' && c.numberText === number);
    expect(claim, `no figure "${number}"`).toBeDefined();
    expect(claim!.source).toBe(source);
    if (via !== undefined) expect(claim!.via).toBe(via);
  });

  it('never gives a time phrase standing where a subject would as the source', () => {
    for (const text of ['Late on Friday the ministry said 12 people died.', 'Earlier Sunday, 14 people were reported killed.']) {
      for (const c of extractClaims(text)) expect(c.source ?? '').not.toMatch(/^(?:late|earlier)\b/i);
    }
  });
});
