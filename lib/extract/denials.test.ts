import { describe, expect, it } from 'vitest';
import { findDenials } from './denials';
import { extractClaims } from './extract-claims';
import { DENIAL_CASES, DENIAL_GAPS, DENIER_CASES, STANCE_CASES, type DenialCase } from './fixtures/denials';

/** Sentences written for these tests; `cue` is the denial's cue as written, null for no denial. */
const CASES: Array<{ text: string; cue: string | null; scope?: 'casualties' | 'responsibility' }> = [
  { text: 'The ministry denied reports that three soldiers were killed in the ambush.', cue: 'denied', scope: 'casualties' },
  { text: 'The army denied involvement in the strike on the market.', cue: 'denied', scope: 'responsibility' },
  { text: 'Officials denied responsibility for the explosion at the depot.', cue: 'denied', scope: 'responsibility' },
  { text: 'The governor dismissed the casualty figures as fake.', cue: 'dismissed', scope: 'casualties' },
  { text: 'The spokesman rejected the death toll published by the monitors.', cue: 'rejected', scope: 'casualties' },
  { text: 'The air force did not carry out any strike in the district on Monday, a statement said.', cue: 'did not carry out', scope: 'responsibility' },
  { text: 'The command said its units had not launched any missiles at the town.', cue: 'had not launched', scope: 'responsibility' },
  { text: 'Reports of 40 dead in the village are false, the ministry said.', cue: 'false', scope: 'casualties' },
  { text: 'The minister accused the rebels of inflating the number of casualties.', cue: 'inflating', scope: 'casualties' },
  { text: 'The militia insisted it was not behind the bombing.', cue: 'not behind', scope: 'responsibility' },
  // not denials
  { text: 'The ministry denied reports that seven aircraft had been destroyed at the airfield.', cue: null },
  { text: 'The company denied the allegations of tax fraud.', cue: null },
  { text: 'Analysts said the army probably did not bomb the hospital.', cue: null },
  { text: 'The helicopter was not fired on, the ministry stressed.', cue: null },
  { text: 'Rights groups denounced the attack that killed 12 people.', cue: null },
  { text: 'There is no way to deny that this was an air strike, the charity said.', cue: null },
];

describe('findDenials', () => {
  it.each(CASES)('$text', ({ text, cue, scope }) => {
    const found = findDenials(text, 0, text.length);
    if (cue === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].cueStart, found[0].cueEnd).toLowerCase()).toContain(cue.toLowerCase().split(' ').pop()!);
    expect(found[0].scope).toBe(scope);
    expect(found[0].quoteStart).toBeLessThanOrEqual(found[0].cueStart);
    expect(found[0].quoteEnd).toBeGreaterThanOrEqual(found[0].cueEnd);
  });
});

/** Where the expected cue is: the first of its "|" alternatives found in the text. */
function cueSpans(text: string, cue: string): Array<[number, number]> {
  return cue.split('|').map((alt) => {
    const at = text.indexOf(alt);
    if (at < 0) throw new Error(`cue "${alt}" is not in the text`);
    return [at, at + alt.length];
  });
}

/** Checks one denial case: the cue where expected and its scope, or no denial at all. */
function expectDenial(c: DenialCase): void {
  const { text, cue, scope } = c;
  const claims = extractClaims(text);
  const denials = claims.filter((d) => d.kind === 'denial');
  if (cue === null) {
    expect(denials.map((d) => d.numberText)).toEqual([]);
    return;
  }
  const spans = cueSpans(text, cue);
  const hit = denials.find((d) => spans.some(([s, e]) => d.numberStart < e && d.numberEnd > s));
  expect(hit, `denials found: ${denials.map((d) => d.numberText).join(', ')}`).toBeDefined();
  expect(hit!.scope).toBe(scope);
  if (c.source !== undefined) expect(hit!.source, 'source').toBe(c.source);
  if (c.via !== undefined) expect(hit!.via, 'via').toBe(c.via);
  if (c.figures !== undefined) {
    const figures = claims.filter((f) => f.kind === 'figure').map((f) => [f.numberText, f.stance]);
    expect(figures, 'figures').toEqual(c.figures);
  }
}

describe('extractClaims: denials', () => {
  it.each(DENIAL_CASES)('$text', expectDenial);
  // Known gaps (see DENIAL_GAPS for why): asserted to fail so that a fix is noticed.
  it.fails.each(DENIAL_GAPS)('known gap: $text', expectDenial);
  it('states each known gap well: its cue is in its text, with a scope (so the gap fails for its reason)', () => {
    for (const g of DENIAL_GAPS) {
      if (g.cue === null) continue;
      expect(() => cueSpans(g.text, g.cue!), g.text).not.toThrow();
      expect(g.scope, g.text).toBeDefined();
    }
  });
});

describe('extractClaims: stance of figures', () => {
  it.each(STANCE_CASES)('$text', ({ text, figures }) => {
    const found = extractClaims(text)
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.numberText, c.stance]);
    expect(found).toEqual(figures);
  });
});

describe('extractClaims: who denies', () => {
  it.each(DENIER_CASES)('$text', ({ text, cue, source }) => {
    const [s, e] = cueSpans(text, cue)[0];
    const hit = extractClaims(text).find((c) => c.kind === 'denial' && c.numberStart < e && c.numberEnd > s);
    expect(hit).toBeDefined();
    expect(hit!.source).toBe(source);
  });
});

describe('one denial per statement', () => {
  // A zero figure said against a report and a participle after it that rejects the report are one
  // statement ("No soldiers were hurt, the army said, contradicting ..."): one denial line (GUIDE).
  it.each([
    'No soldiers were hurt in the raid, the army said, contradicting an earlier statement by the governor that two had been wounded.',
    'Nobody was killed at the depot, the ministry said, rejecting rebel claims of 40 dead.',
    // A bare zero after a live blog's earlier entry is a plain report, not a rebuttal of that entry's
    // report: only a zero in a statement's own sentence ("...," it said) reaches the paragraph before.
    '09:10 – The Orvan army says reports of a dozen dead recruits at Stell camp are pure fiction.\n\n08:40 – A lorry overturned on the Mallow bypass, police say. No one was hurt.',
  ])('%s', (text) => {
    expect(extractClaims(text).filter((c) => c.kind === 'denial')).toHaveLength(1);
  });
});

describe('two statements in one sentence', () => {
  // A second verb of calling or speech after "and" starts a statement of its own: each is a denial,
  // quoted by its own clause (the quote of one does not reach the other's cue).
  it.each([
    ['The navy denied that any sailors had been captured and described the rebel toll as grossly inflated.', 'denied', 'inflated'],
    ['Police rejected claims that nine marchers were shot and called the video of the bodies a fake.', 'rejected', 'fake'],
    ['The ministry dismissed the union figures as invented and said no miner had died underground.', 'dismissed', 'no miner'],
    ['Officials denied reports of deaths at the camp, and the governor termed the activists’ count “pure fiction”.', 'denied', 'fiction'],
    ['The front categorically denies any role in the attack on the market, and affirms that its fighters have no drones operating in the area.', 'denies', 'no drones'],
    ['The army denied shelling the camp and asserted that its guns had been silent all week.', 'denied', 'silent'],
    ['Rebels filmed what they said were captured soldiers. The army dismissed the video as a montage and reiterated that no soldier had been captured.', 'dismissed', 'no soldier'],
  ])('%s', (text, first, second) => {
    const denials = extractClaims(text).filter((c) => c.kind === 'denial');
    expect(denials.map((d) => d.numberText)).toHaveLength(2);
    const [a, b] = [text.indexOf(first), text.indexOf(second)];
    expect(denials.filter((d) => d.quoteStart <= a && a < d.quoteEnd)).toHaveLength(1);
    expect(denials.filter((d) => d.quoteStart <= b && b < d.quoteEnd)).toHaveLength(1);
  });
  // A clause that names nothing of its own goes on with the denial before it: one statement.
  it.each([
    'The front denied any part in the bombing and called the claim posted in its name a forgery.',
    'The militia rejected responsibility for the ambush and described the message as fake.',
    'The rebels rejected claims that their gunners had shelled the clinic and called the accusations a shameless lie.',
  ])('one statement: %s', (text) => {
    expect(extractClaims(text).filter((c) => c.kind === 'denial')).toHaveLength(1);
  });
  // A plain "and said" with no second cue stays one denial.
  it('one cue, one denial: The army denied reports of losses and said the unit had pulled back.', () => {
    const text = 'The army denied reports of losses and said the unit had pulled back.';
    const denials = extractClaims(text).filter((c) => c.kind === 'denial');
    expect(denials).toHaveLength(1);
    expect(denials[0].quote).toBe('The army denied reports of losses');
  });
});

describe('denials in a run-on sentence', () => {
  it('finish in bounded time when cues and figures repeat without a full stop', () => {
    // One "sentence" of thousands of passive denials with agents and figures: the clause check and
    // the figure-by-cue stance test once met pairwise here (minutes for this text).
    const text = 'were denied by the army, which said 3 died, and dismissed by the police, who said '.repeat(800);
    const t0 = performance.now();
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe('look-alikes of the review8a denial rules', () => {
  // "did not shoot at" sports and hunting, "not 60 as reported" and "lower than the 40 reported" of
  // sales and goals: no casualties in sight, so no denial.
  it.each([
    'The striker did not shoot at goal once in the first half, and the coach said afterwards he was frustrated.',
    'The company said it sold 38 cars, not 60 as analysts had reported, ahead of the deadline on Friday.',
    'The midfielder scored 12 goals this season, not 15 as some reports claimed, before his knee injury in March.',
    'Quarterly sales were far lower than the 40 million reported by analysts, and the chief executive said the figures were missing targets.',
    // a court that overturned a ruling, a market that collapsed: no disaster for negligence to be denied in
    'The appeals court overturned the ruling, and the minister said the government was not at fault.',
    'The housing market collapsed last year, but the bank said it was not to blame.',
    // dismissing a coach is no act of violence
    'Fans accused the club of firing the coach without notice, a charge the club denied.',
  ])('no denial: %s', (text) => {
    expect(extractClaims(text).filter((c) => c.kind === 'denial')).toEqual([]);
  });
  it.each([
    'The guards never shot at the migrants, the agency said.',
    'The ministry said the death toll was 38, not 60 as some had claimed.',
    'The bridge collapsed on Monday, and the contractor said it was not to blame.',
    'Witnesses accused the troops of firing on the crowd, a charge the army denied.',
  ])('still a denial: %s', (text) => {
    expect(extractClaims(text).filter((c) => c.kind === 'denial')).toHaveLength(1);
  });
});
