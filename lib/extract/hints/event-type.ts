/**
 * Event-type cues ("airstrike", "shelled", "car bomb", "gunmen", "earthquake") in news text.
 * Choosing the cue nearest the claim happens in `index.ts`.
 */
import type { EventType } from '../types';

/** One cue word or phrase, with offsets into the text. */
export interface EventTypeMention {
  start: number;
  end: number;
  eventType: EventType;
}

/*
 * One alternation, each group one type (group names cannot hold spaces, hence the keys). The
 * whole alternation sits between word boundaries, so "bomb" cannot match the start of "bombers";
 * where two cues start at the same place, the one listed first wins, which is why the phrases
 * naming the means ("car bomb", "drone strike", "rocket attack", "Storm Shadow") come before
 * the single words they contain. Plain "strike", "attack" and "bombed" say nothing about the
 * means and are not cues; neither are "shot down" (interceptions) and "was shot" (also filming).
 */
const CUES: [key: string, type: EventType, source: string][] = [
  [
    'blast',
    'explosion',
    String.raw`car[ -]bomb(?:s|ings?)?|truck[ -]bomb(?:s|ings?)?|suicide[ -]bomb(?:ers?|ings?|s)?|suicide[ -]attacks?|improvised[ -]explosive(?:[ -]devices?)?|IEDs?|explosions?|exploded|explosives?|blasts?|detonat(?:ed|ions?|ing)|landmines?|grenades?|bombings?|bombs?`,
  ],
  [
    'drone',
    'drone strike',
    String.raw`drone[ -]?(?:strikes?|attacks?)|(?:kamikaze|suicide|attack)[ -]drones?|drones?|UAVs?|unmanned[ -]aerial[ -]vehicles?|Shaheds?|quadcopters?`,
  ],
  [
    'missile',
    'missile strike',
    String.raw`Storm[ -]Shadows?|(?:cruise|ballistic|guided|anti-ship)[ -]missiles?|missile[ -](?:strikes?|attacks?)|rocket[ -](?:strikes?|attacks?)|missiles?|HIMARS|Iskanders?|Tochka(?:-U)?|Kalibrs?`,
  ],
  [
    'air',
    'air strike',
    String.raw`air[ -]?strikes?|air[ -]raids?|air[ -]attacks?|aerial[ -](?:bombardments?|bombings?|attacks?|strikes?)|warplanes?|war[ -]planes?|fighter[ -]jets?|jet[ -]fighters?|(?:dropped|dropping|drops)[ -]bombs|bombers?|helicopter[ -]gunships?|strafing|strafed`,
  ],
  [
    'shelling',
    'shelling',
    String.raw`shell(?:ing|ed|fire|s)?|artillery|mortars?|rocket[ -]fire|rockets?|howitzers?|Grads?|MLRS|multiple[ -]rocket[ -]launchers?|bombardments?|barrages?`,
  ],
  ['ambush', 'ambush', String.raw`ambush(?:ed|es|ing)?`],
  [
    'shooting',
    'shooting',
    String.raw`shootings?|shot[ -]dead|shot[ -]and[ -]killed|shot[ -]to[ -]death|fatally[ -]shot|opened[ -]fire|open[ -]fire|gun(?:men|man|fire|shots?|battles?)|gunned[ -]down|gunning[ -]down|snipers?|shootouts?|machine[ -]guns?`,
  ],
  [
    'clashes',
    'clashes',
    String.raw`clash(?:es|ed)?|street[ -]fighting|fighting|battles?|firefights?|skirmish(?:es)?|hostilities`,
  ],
  [
    'crash',
    'crash',
    // "crash\w{0,4}" also reads words glued to the next one in scraped text ("crashedon").
    String.raw`(?:plane|helicopter|air|jet|train|bus|car|road)[ -](?:crash(?:es)?|accidents?)|crash\w{0,4}|derail(?:ed|ment|s)?|collisions?|collided`,
  ],
  [
    'nature',
    'natural disaster',
    String.raw`hurricanes?|typhoons?|cyclones?|earthquakes?|quakes?|tsunamis?|flash[ -]floods?|floods?|flooding|landslides?|mudslides?|tornado(?:es)?|wildfires?|bushfires?|storms?|volcan(?:o|oes|ic)|eruptions?|avalanches?|heat[ -]?waves?|droughts?`,
  ],
];

const CUE_RE = new RegExp(`\\b(?:${CUES.map(([key, , source]) => `(?<${key}>${source})`).join('|')})\\b`, 'gi');
const TYPE_OF_KEY = new Map(CUES.map(([key, type]) => [key, type]));

/** Every event-type cue in `text[from, to)`, in text order, with offsets into `text`. */
export function findEventTypeMentions(text: string, from: number, to: number): EventTypeMention[] {
  const slice = text.slice(from, to);
  const out: EventTypeMention[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(slice); m; m = CUE_RE.exec(slice)) {
    for (const key in m.groups) {
      if (m.groups[key] === undefined) continue;
      out.push({ start: from + m.index, end: from + m.index + m[0].length, eventType: TYPE_OF_KEY.get(key)! });
      break;
    }
  }
  return out;
}
