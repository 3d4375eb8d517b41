/**
 * Denials in one sentence: an actor rejects a casualty report or figure, says there were none, or
 * denies responsibility for the casualties. Four families of cue, each checked against what it
 * rejects, so that "denied reports that seven planes were destroyed" (no one harmed) is not one:
 *
 *  - deny verbs with an object:  "denied involvement in the strike", "denies reports that 3 died"
 *  - rejecting verbs:            "rejected the official death toll", "disputed a report that raised the toll"
 *  - calling a report false:     "reports of 200 dead are false", "an exaggeration", "accused X of inflating"
 *  - negated attacks:            "did not carry out any strike", "is not behind these raids", "no IDF fire",
 *                                "none of our units fired", "its units were not operating in the area"
 *  - and a few fixed turns:      only lawful targets or means ("struck only military targets", "used only
 *                                tear gas"), nobody where the strike fell ("no civilians were present"),
 *                                the other side's own weapon as the cause ("caused by their own air
 *                                defence"), responsibility refused, a plea of not guilty to killings
 *
 * Zero figures said to rebut a report ("no casualties among our forces") and negated figures
 * ("3,000 people did not die") are turned into denials by the caller, which sees the figures.
 *
 * Look-alikes ruled out here: a negated or withheld cue ("did not deny", "neither confirmed nor
 * denied"), deny as withhold ("denied access"), things refused ("rejected the appeal"), casualties
 * named only as the occasion ("resign over the deaths"), an investigation's finding, evidence that
 * contradicts a statement, a story correcting itself, and a side's negation quoted to be called false.
 *
 * Each denial is quoted by its own clause: "denied that any were captured and described the toll as
 * inflated" holds two.
 * deniesFigure tells which figures of the sentence a casualty denial rejects (stance "denied").
 */
import type { DenialScope } from './types';
import { countBefore } from './sorted';

export interface DenialHit {
  /** The cue ("denied", "false", "did not carry out"). */
  cueStart: number;
  cueEnd: number;
  quoteStart: number;
  quoteEnd: number;
  scope: DenialScope;
  /**
   * How the cue reaches what it rejects: `verb` takes an object after it ("denied reports that...")
   * or, passive, a subject before it; `predicate` is said of a report before it ("... are false").
   * Absent for negations ("did not carry out", a zero figure), which reject no figure.
   */
  form?: 'verb' | 'predicate';
}

/** Terms that put a rejected statement about people harmed. */
const CASUALTY_TERMS =
  /\b(?:casualt|killed|kill|deaths?\b|dead\b|died|die\b|losses(?<!\b(?:job|financial|trading|investment|revenue|market|economic|crop|power|heat|weight|operating|net|annual|quarterly)\s+losses)|death tolls?|tolls?\b|figures?\b(?<!\b(?:growth|unemployment|jobless|inflation|sales|trade|gdp|poll|polling|turnout|export|import|budget|jobs?|traffic|visitor|tourism|production|economic|revenue|profit|debt|deficit|population|census|attendance|viewing|viewer|audience|enrolment|enrollment|crime|housing|migration)\s+figures?)|victims|(?:a|another|one|second|third|the)\s+(?:\w+\s+)?body\s+(?:had\s+|has\s+|was\s+)?(?:been\s+)?(?:found|recovered|discovered|pulled|washed)|fatalit|wounded|injured|bodies|mass graves?|massacre|martyr|missing|executions?\b|execut(?:ed|ing)\s+(?:(?:at least|more than|some|about|up to|nearly|over)\s+)?(?:[\w,-]+\s+)?(?:civilians|people|men|women|prisoners|villagers|detainees|captives|soldiers|children|protesters)\b|(?:anyone|anybody|no one|nobody|people|civilians|soldiers)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?(?:hurt|harmed)\b|drown|(?:people|persons|residents|villagers|children|families|passengers|\d[\d,]*|dozens|hundreds|scores)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?swept away|(?:people|persons|pupils|students|children|villagers|worshippers|passengers|residents|women|girls|boys|workers|\d[\d,]*|dozens|hundreds|scores)\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:been\s+)?(?:taken|snatched)\b(?!\s+(?:to|into|in|ill|seriously|part|place|care|over|up|off|out|on|back|aboard|for|as|by\s+ambulance)\b)|(?:holding|detaining)\s+(?:any\s+|the\s+|\d+\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|servicemen|sailors|pilots|crew members|conscripts)\b|captured|captives?\b|prisoners?\b|hostages?\b|trapped|unaccounted|abduct(?:ed|ions?)\b|kidnapp(?:ed|ings?)\b|(?:lost|losing|lose)\s+(?:[\w,]+\s+){0,3}?(?:men|soldiers|troops|fighters|personnel|servicemen|lives|people|members|crew|civilians)\b)/i;
/** Terms that put it about who carried out an attack. */
const RESPONSIBILITY_TERMS =
  /\b(?:involvement|involved|responsib|role in|targeting|targeted|carrying out|carried out|knowledge of|strikes?\b|attack(?:s|ed|ing)?\b|bombing|shelling|air ?strikes?|raids?\b|missiles?\b|rockets?\b|fire\b(?!\s+(?:the|a|an|his|her|their|its|him|them)\s|\s+(?:service|services|brigade|crews?|department|station|engines?|trucks?|alarms?|exits?|doors?|safety|hazards?|chief)\b)|(?:fired|firing)(?!\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?(?:coach|manager|boss|director|staff|employees?|workers?|editor|minister|executives?|players?|chief)\b)|operations|(?:air|military|ground|naval|combat|armed|cross-border|security)\s+operation\b|behind|hit\b|drones?\b|bomb(?:s|ed)?\b|shell(?:s|ed)?\b|struck|explosions?\b|blasts?\b|ambush\w*|assault\b|killings|massacre|shot\b|shooting|gunfire|ammunition|torpedo\w*|mortars?\b|artillery|sorties|missions|munitions|ramm(?:ed|ing)|war crimes?|atrocit(?:y|ies)|genocide|ethnic cleansing)/i;

const DENY =
  /\b(?:den(?:y|ies|ied|ying)|denials? of|denials?(?=\s+that\b)|disavow(?:s|ed|ing)?|disown(?:s|ed|ing)?|disclaim(?:s|ed|ing)?|distanc(?:es|ed|ing)\s+(?:itself|themselves|himself|herself)\s+from)\b/gi;
// Not "denounced" or "condemned": those blame, they do not deny.
const REJECT = /\b(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)|disput(?:es|ed|ing)|contest(?:s|ed|ing)?|repudiat(?:es|ed|ing|e)|rebuff(?:s|ed|ing)?|rebut(?:s|ted|ting)?|debunk(?:s|ed|ing)?|rubbish(?:es|ed|ing)|contradict(?:s|ed|ing)?|brush(?:es|ed|ing)?\s+(?:aside|off)|push(?:es|ed|ing)?\s+back\s+(?:on|against))\b/gi;
/**
 * The start of FALSITY's pictures said to come from somewhere or some time else: "filmed in another
 * region", "taken in another country several years ago", "filmed during floods in another country".
 */
const RECYCLED = /^(?:filmed|taken|shot|recorded)\b/i;
// "wrong" only after a copula ("were wrong"), tested once "wrong" has matched: not "hit the wrong building".
const FALSITY =
  /\b(?:fake|false|fanciful|untrue|not true|lies?\b|fabricat\w*|baseless|groundless|propaganda|disinformation|misinformation|exaggerat\w*|inflat(?:ing|ed|e)|can ?not be true|cannot be true|nonsense|provocation|fantasy|fiction|invented|inventions?\b|made[ -]up|do(?:es)? not correspond to (?:reality|the facts)|no (?:evidence|basis) (?:to support|for)|no (?:factual )?basis in (?:fact|reality|the facts|the truth)|(?<=\b(?:has|have|had)\s)no\s+(?:factual\s+)?basis\b(?!\s+in\s+law)|(?:not |in)consistent with (?:the )?(?:facts|reality|truth)|(?:is|was|'s|’s) not what happened|(?:an? |part of an? )?(?:attempts?|efforts?|bids?|ploy|campaign) to (?:discredit|smear|tarnish|defame|denigrate)\b|part of an? (?:information|propaganda|smear|disinformation) (?:campaign|war|operation)|unfounded|no truth[”"’]? (?:in|to)|not (?:a|one) (?:single )?word of truth(?:[”"’]?\s+(?:in|to)\b)?|far from (?:the )?truth|without (?:any )?foundation|absurd|ridiculous|preposterous|laughable|inaccurate|incorrect|erroneous|hoax(?:es)?\b|figment|forger(?:y|ies)|distortions? of (?:the )?(?:facts|truth|reality)|nothing in common with (?:reality|the truth|the facts)|unreliable|untrustworthy|not reliable|(?:can ?not|could not|can['’]t) be trusted|lying about|speculation\b(?<=\b(?:pure|mere|wild|idle|irresponsible|baseless|just|only)\s+speculation)|not based (?:on|in) (?:facts?|reality|evidence)|slander\w*|smears?\b|fairy[ -]tales?|not (?:accurate|correct)|do(?:es)? not reflect (?:reality|the facts)|(?:has|have|had) nothing to do with (?:reality|the truth|the facts)|overblown|overstated|not credible|(?:pulled|plucked|conjured)\s+(?:\w+\s+)?(?:out of thin air|from thin air)|never (?:happened|took place|occurred)|(?:did|has|have) not (?:happen(?:ed)?|take place|taken place|occur(?:red)?)|no such (?:deaths?|killings?|casualties|losses|massacre)|wrong\b(?<=\b(?:is|are|was|were|been)\s[“"‘]?(?:\w+\s(?:and\s)?)?wrong)|staged\b(?<=\b(?:is|are|was|were|been|as)\s(?:\w+\s)?staged)|stag(?:ed|ing)(?=\s+(?:the|these|those|this|that|an?)\s+(?:[\w-]+\s+)?(?:killings?|massacres?|deaths|footage|videos?|photos|images|scenes?)\b)|(?:(?:do|does|did)(?: not|n['’]t)|(?:has|have|had)(?: not|n['’]t| never)|never|refus(?:es|ed|e)? to|won['’]t|will not) (?:recogni[sz]e|accept)(?:d|ed)? (?:these|those|the|such|this|that|any such)\s+(?:[\w-]+\s+)?(?:numbers|figures|tolls?|counts?|tallies|estimates)\b|(?:rel(?:y|ies|ied|ying)|based|drawn)\s+(?:\w+\s+){0,2}?on\s+unverified\b|(?:filmed|taken|shot|recorded)\s+(?:(?:in|during|at)\s+(?:\w+\s+){0,3}?)?(?:in\s+)?(?:another|a different|an unrelated)\s+(?:country|region|place|city|town|province|war|conflict|year|event|incident)\b|(?:filmed|taken|recorded)\s+(?:\w+\s+){0,3}?years?\s+(?:ago|earlier|before)\b)/gi;
const NEGATED_ATTACK =
  /\b(?:did not|didn['’]t|had not|hadn['’]t|has not|have not|never|do not|don['’]t|does not|doesn['’]t|is not|isn['’]t|was not|wasn['’]t|were not|are not|(?:ordered|instructed|told|under orders) not to)\s+(?:[“"]?in any way[”"]?\s+)?(?:\w+\s+){0,2}?(?:carry out|wage war|waged war|waging war|(?:gave|give|given|issued|issue)\s+(?:(?:an?|any|the|such|that|those|these)\s+){1,2}orders?|carried out|carrying out|launch|launched|execute|executed|conduct|conducted|conducting|target|targets|targeted|targeting|strike|strikes|struck|open fire|opened fire|fire at|fired at|fire on|fired on|fire upon|fired? (?:a single|a|any|one) (?:live\s+|lethal\s+|real\s+)?(?:shot|round|bullet|missile|rocket|shell|canister|grenade|projectile|mortar|torpedo)s?|fired? (?:any\s+)?tear[ -]gas|fired? (?:(?:any|live|real|lethal|rubber|plastic|warning)\s+){0,2}(?:ammunition|rounds|bullets|shots|artillery|mortars|rockets|missiles|shells|grenades|projectiles)|fired? (?:the|those|these) (?:[\w-]+\s+)?(?:shots?|rounds?|missiles?|rockets?|shells?|mortars?|torpedo(?:es)?|drones?)|drop(?:ped)?(?=\s+(?:(?:a\s+single|any|a|the|one)\s+)?(?:[\w-]+\s+)?(?:bombs?|munitions|shells?|payloads?|ordnance)\b)|shoot|shot|fly|flew|flown|operating|present|deployed|stationed|active|take part|took part|taken part|taking part|participated?|bomb|bombed|shell|shelled|attack|attacked|hit|use|used|have any firing|behind|involved|responsible|order|ordered)\b/gi;
const NOT_OURS =
  /\b(?:it was not (?:\w+\s+){0,2}?(?:rocket|missile|strike|fire|order|attack|bomb|shell|drone)s?|no (?:[\p{Lu}][\p{L}-]*\s+){1,2}(?:\([^)]{1,60}\)\s+)?fire\b|and not (?:by )?(?:the )?[\p{Lu}]{2,}\b|no (?:sign|evidence|indication|trace)s?(?: (?:of|that)\b|(?= (?:the|its|their|his|her|any) ))|no (?:such )?(?:air ?strikes?|strikes?|attacks?|raids?|bombings?|shelling)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?(?:taken place|took place|occurred|happened|carried out)\b|there (?:was|were|has been|had been) no (?:such |[\p{Lu}][\p{L}-]*\s+)?(?:air ?strikes?|strikes?|attacks?|raids?|bombings?|shelling|(?:missile\s+)?launch(?:es)?|sorties)\b|no\s+(?:[\p{L}-]+\s+){0,2}?(?:sites?|targets?|buildings?|facilit(?:y|ies)|infrastructure|homes|houses|schools?|hospitals?|markets?|residential areas?)\s+(?:was|were|has been|have been|had been)\s+(?:targeted|struck|hit|attacked|shelled|bombed)\b|(?:carried out|conducted|launched|fired|flew|made) no\b|not (?:a single|one) (?:shot|bullet|round|missile|rocket|shell|bomb|strike)\b|(?:bears?|bore|has|had|have|accepts?|accepted|plays?|played)\s+[“"]?no (?:responsibility|role|part|involvement|blame|liability|culpability)\b|(?:had|has|have)\s+[“"]?nothing to do with\b|(?:no\s+(?:[\p{L}.-]+\s+){0,3}?|(?:none|not one) of (?:our|its|their|the|his|her)\s+(?:[\p{L}-]+\s+)?)(?:aircraft|jets?|planes?|warplanes|helicopters|drones?|vessels?|ships?|missiles?|rockets?|shells?|bombs?|firearms|weapons|shots?|bullets?|troops|soldiers|forces|units|personnel|servicemen|fighters|officers|artillery|members|militants|operatives)\s+(?:was\s+|were\s+|had\s+|has\s+|have\s+)?(?:been\s+)?(?:flew|flown|fired|used|launched|involved|deployed|attempted|entered|operating|operated|took part|opened fire|shot|(?:in|over|near)\s+the\s+(?:area|vicinity|region|city|town|village|district)|within\s+[\w-]+\s+(?:kilomet(?:re|er)s|km|miles|metres|meters)\s+of)\b|(?:none|not one) of (?:our|its|their)\s+(?:[\p{L}-]+\s+)?(?:aircraft|jets?|planes?|drones?|missiles?|rockets?|shells?|bombs?)\s+(?:had\s+|has\s+|have\s+)?(?:landed|struck|hit|fallen|fell)\b|(?:(?:had|has|have) no|there (?:were|was) no [\p{Lu}][\p{L}-]*) (?:troops|forces|units|soldiers|men|aircraft|jets|drones|artillery|mortars|guns|ships|vessels|personnel|fighters)\s+(?:\w+\s+)?(?:in|near|over|around|at|within|operating)\b|(?:not aware[”"]?|(?:had|has|have) no (?:knowledge|records?))\s+of (?:any|an?|the)\s+(?:[\p{L}-]+\s+)?(?:air ?strikes?|strikes?|attacks?|raids?|operations?|shelling|bombing)\b|(?:nobody|no one|none)\s+(?:from|of|on)\s+(?:our|its|their)\s+(?:side|men|troops|soldiers|forces|units|ranks)\s+(?:had\s+|has\s+)?(?:fired|shot|opened fire|attacked)\b|(?:it|this|that) was not (?:our|their|its|my|his|her) (?:doing|fault|work)\b|it was not (?:the\s+)?(?:army|troops|forces|soldiers|police|military|militia|us)\b|(?:,|\band)\s+not\s+(?:by\s+)?(?:an?\s+|the\s+)?(?:our|its|their|government|state|[\p{Lu}][\p{L}-]*)\s+(?:[\p{L}-]+\s+)?(?:air ?strike|strike|missile|rocket|drone|shell|bomb|attack|artillery|gun|fire|force|troop|soldier|officer|police|guard|unit|jet|aircraft|army|military)s?\b|,\s+not\s+(?:ours|theirs)\b|not\s+(?:been\s+)?(?:fired (?:up)?on|hit|struck|attacked|targeted|shelled|bombed|shot|killed|caused)\s+by\s+(?:any\s+(?:of\s+)?)?(?:our\b|its\b|their\b|(?:the\s+)?(?:police|army|troops|soldiers|forces|officers|military)\b)|(?:had|has|have) no (?:links?|connections?|ties)\s+(?:(?:whatsoever|at all)[”"]?\s+)?(?:to|with)\b|\b(?:is|was|are|were)\s+[“"]?not\s+in\s+any\s+way[”"]?\s+(?:behind|involved|responsible)\b|\bneither\s+(?:\S+\s+){1,4}?nor\s+(?:\S+\s+){1,4}?(?:was|were|had been|has been|have been)\s+(?:in any way\s+)?(?:involved|responsible|behind)\b|(?:not (?:one|a single)|none)\s+of\s+(?:the|its|our|their)\s+(?:[\p{L}-]+\s+)?(?:victims|dead|deceased|casualties|wounded|people|protesters|migrants|civilians|demonstrators)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:hit|struck|shot|killed|wounded|injured|harmed)\s+by\s+(?:(?:an?|any|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:from|of)\s+(?:our|its|their)\s+(?:side|forces|troops|officers|men|units|guns|weapons)\b)/giu;
/** Events one can be involved in besides attacks and deaths: "the incident in Parvo". */
const EVENT_NOUN = /\b(?:incidents?|events?|violence|clashes|unrest|fighting|tragedy|crash|disappearances?|operations?)\b/i;
/** An airline or airliners: whose aircraft over an area attack no one. */
const CIVIL_AVIATION = /\b(?:airlines?|airways|air carriers?|carriers?|commercial (?:flights?|aircraft)|passenger (?:jets?|planes?|flights?|aircraft))\b/i;
/** Events other than the one told of: "elsewhere", "any other attacks", "further attacks". */
const OTHER_EVENTS = /\b(?:any|an?) (?:other|further|similar|new)\b|\belsewhere\b|\b(?:in|across) (?:other|the rest of)\b/i;
/**
 * An attack said to have hit only lawful targets or used only non-lethal means: "struck only military
 * targets", "only ever fired at armed vessels", "used only tear gas": the harm to others is denied.
 */
const ONLY_LAWFUL =
  /\b(?:(?:struck|hit|hits|targeted|targets?|attacked|attacks|fired (?:at|on)|shelled|bombed|strikes)\s+(?:only|exclusively|solely)|(?:only|exclusively|solely)\s+(?:ever\s+)?(?:struck|hit|hits|targeted|targets?|attacked|attacks|fired (?:at|on)|shelled|bombed|strikes)|(?:aimed|directed|fired|shot|firing|shooting)\s+(?:only|exclusively|solely)\s+(?:at|on)|\ball\s+(?:the\s+|of\s+the\s+)?targets\s+(?:were|was|are|had been)(?:\s+(?:all|exclusively))?)\s+(?:\w+\s+){0,2}?(?:military|legitimate|militants?|terrorists?|enemy|armed|combatants?|fighters|weapons?|(?<!civilian\s)(?:targets|positions))\b|\b(?:(?:used|uses|fired)\s+only|only\s+(?:used|uses|fired))\s+(?:\w+\s+){0,2}?(?:tear gas|rubber|non-lethal|less-lethal|water cannon|batons|stun grenades|warning shots|blanks|plastic bullets)/gi;
/**
 * Non-lethal means and "nothing more": "Our officers fired warning shots into the air and nothing
 * more", "used tear gas and nothing else". The deaths are denied as ONLY_LAWFUL's "used only tear gas".
 */
const NOTHING_MORE =
  /\b(?:fired|used|fire|use)\s+(?:only\s+)?(?:[\w-]+\s+)?(?:warning shots|tear gas|rubber bullets|water cannon|batons|stun grenades|blanks|plastic bullets)\b[^.;]{0,40}?\band nothing (?:more|else)\b/gi;
/**
 * Nobody where the attack fell: "no civilians were present", "nobody was inside". A denial of the
 * casualties only where an attack is named or the speaker insists; else a plain report ("No one was
 * inside the house when the fire broke out").
 */
const NOBODY_THERE =
  /\b(?:(?:no (?:civilians?|one|residents|patients|pupils|children|people)|nobody)\s+(?:had been|has been|was|were)\s+(?:present|inside|in the (?:building|area|house|school|hospital|market|vicinity))|there (?:was|were|had been) no (?:civilians?|women|children|residents|patients|pupils|people)(?: or (?:civilians?|women|children|residents|patients|pupils|people))?\s+(?:present|inside|(?:at|in) the (?:site|scene|location|target|building|area|house|school|hospital|market|vicinity)))\b/gi;
const ATTACK_NOUN = /\b(?:air ?strikes?|strikes?|attacks?|bombing|bombardment|shelling|raids?|missiles?|rockets?|drones?|bombs?|shells?|hitting|striking|targeting|struck|bombed|shelled)\b/i;
/** Forces said to have been elsewhere, as a deny verb's object: "that his unit had been in Dalen". */
const ALIBI =
  /^\s*(?:that\s+)?(?:its|his|her|their|our|the)\s+(?:[\w-]+\s+){0,2}?(?:units?|troops|soldiers|forces|men|officers|fighters|platoon|company|battalion|brigade|regiment|patrol|militiamen|police|squad)\s+(?:(?:had\s+been|were|was|had|have been|has been|are|is)\s+(?:in|at|near|inside|present|deployed|operating)|operat(?:e|es|ed)\s+(?:in|near|around|inside))\b/i;
/**
 * The accused naming the other side's own weapon as the cause: "the casualties were caused by the
 * army's own air defence missile", "caused by a Kessan interceptor that misfired". Blame with no such
 * turn ("blamed the blast on saboteurs") is not a denial.
 */
const OWN_GOAL =
  /\b(?:was|were|had been|has been|have been)\s+(caused\s+by|the result of|due to|carried out by|the work of|committed by|fired by)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:own\s+(?:[\p{L}-]+\s+){0,2}?(?:missiles?|rockets?|shells?|fire|defen[cs]es?|interceptors?|mines?|mortars?|artillery|guns|forces|troops|soldiers|aircraft|drones?|actions?|provocations?)|air[- ]defen[cs]e|anti-aircraft|(?:missiles?|rockets?|shells?|mortars?|interceptors?|projectiles?)(?=\s+(?:(?:that|which)\s+(?:had\s+)?)?(?:misfired|malfunctioned|failed|fell short|went astray|veered))|(?:explosives|ammunition|munitions|weapons|arms)\s+(?:(?:that|which)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:militants|rebels|terrorists|insurgents|enemy|guerrillas|militia|fighters)\s+(?:had\s+)?(?:stored|kept|hid|hidden|placed|planted))/giu;
/** The denier's own forces or weapons, and where they were: "that any of its drones had been flying". */
const OWN_FORCES_THERE =
  /^\s*that\s+(?:(?:any|none|one|some)\s+of\s+)?(?:its|their|our|his|her)\s+(?:[\w-]+\s+)?(?:drones?|aircraft|jets?|planes?|warplanes|helicopters|troops|forces|units|soldiers|artillery|gunboats|warships|ships|vessels)\s+(?:had\s+|have\s+|has\s+|was\s+|were\s+)?(?:been\s+)?(?:flying|flown|flew|operating|operated|deployed|present|active)\b/i;
/**
 * Forces or guns said to have been far from the place, or silent: "its units were nowhere near the
 * market", "Our guns were 20 kilometres away and silent that day", "government guns had not fired
 * that day". The side is named (our, its, government), so a bystander's "the troops were far away"
 * is not read.
 */
const FORCES_AWAY =
  /\b(?:our|its|their|his|her|government|state)\s+(?:[\w-]+\s+)?(?:troops|forces|units|soldiers|men|fighters|officers|guns|artillery|batter(?:y|ies)|cannons?|mortars?|launchers?|howitzers|aircraft|jets|planes|drones|ships|vessels|warships)\s+(?:were|was|had been|have been|are|is)\s+(?:(?:[\d,.]+|\w+)\s+(?:kilomet(?:re|er)s|km|miles)\s+away|nowhere near|far (?:away )?from)\b|\b(?:our|its|their|government|state)\s+(?:[\w-]+\s+)?(?:guns|artillery|batter(?:y|ies)|cannons?|mortars?|launchers?|howitzers)\s+(?:were|was|had been|have been|had|have|has|did)\s+(?:(?:[\w-]+\s+){0,5}?silent|not\s+(?:been\s+)?(?:fired|firing|used|in action))\b/gi;
/**
 * Everyone said to be alive: "every hostage had come out alive", "all crew members are alive and
 * accounted for". A denial of deaths only against a report of them; else a plain report ("All 30
 * passengers were rescued alive").
 */
const ALL_ALIVE =
  /\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,4}?(?:crew(?:\s+members)?|sailors?|hostages?|passengers?|miners?|workers?|soldiers?|servicemen|pupils?|children|patients?|inmates?|prisoners?|staff|residents?|personnel|members|one)\b[^.;]{0,60}?\b(?:(?:is|are|was|were|had been|have been|has been|remain(?:s|ed)?)\s+(?:all\s+)?(?:alive|safe and well|unharmed|unhurt|accounted for)|(?:came|come|got|gotten|walked)\s+out\s+(?:[\w-]+\s+){0,4}?alive)\b/gi;
/** A report of deaths, for ALL_ALIVE to answer: "reports that two hostages had been killed". */
const DEATHS_REPORTED = /\b(?:reports?|reported|rumou?rs?|claims?|allegations?)\b[^.]{0,80}?\b(?:dead|deaths?|died|killed)\b/i;
/** Who finds a cause rather than pleads one: "..., investigators said". */
const FINDER_AFTER = /^[^.]{0,200}?\b(?:investigat\w*|inquiry|inquest|experts?|analysts?|coroner|engineers|inspectors|findings?|monitors|observers)\b[^.]{0,40}?\b(?:said|says|found|concluded|told)\b/i;
/** An inquiry's or evidence's finding before a cue: "has concluded that", "the evidence confirms". */
const FINDING_VERB = /\b(?:concluded|found|determined|established|confirm(?:s|ed)|shows?|showed|proves?|proved|investigat\w*|inquiry|panel|experts?|evidence|analysis)\b/i;
/** A speaker and speech verb within a short stretch, after SPEAKER_AFTER's or QUOTE_SPEAKER_AFTER's opening. */
const SPEAKER_THEN_VERB = String.raw`[^.”"“]{0,80}?\b(?:said|says|told|added|stated|insisted|wrote)\b`;
/** A speaker after the clause: "..., the group said", "...,” the statement said". */
const SPEAKER_AFTER = new RegExp(String.raw`[,”"]\s+` + SPEAKER_THEN_VERB, 'i');
/** A quotation closed and its speaker after it: "...,” the spokesman said". */
const QUOTE_SPEAKER_AFTER = new RegExp(String.raw`[”"]\s*,?\s+` + SPEAKER_THEN_VERB, 'i');
/** A fronted negation and the act it denies: "At no point did our personnel use", "At no time were civilians targeted". */
const INVERTED_NEGATION =
  /\b(?:at no (?:point|time|stage|moment)|in no way)\s+(?:did|had|have|has|were|was)\s+(?:[\w'’-]+\s+){1,3}?(use|used|fire|fired|open fire|opened fire|shoot|shot|target|targeted|attack|attacked|strike|struck|shell|shelled|bomb|bombed)\b/gi;
/** Who or what a fronted negation says was not attacked: "At no time were civilians targeted". */
const VICTIM_SUBJECT = /\b(?:were|was)\s+(?:the\s+)?(?:civilians?|residents|hospitals?|schools?|homes|houses|villages?|markets?|journalists|protesters|aid workers|refugees|camps?|women|children|worshippers|medics|ambulances)\b/i;
/**
 * A toll set against another's report: "is 38, not 60 or 70 as some are claiming", "12, not forty,
 * as was reported", "far fewer than the 40 reported by activists". The cue is group 1 or 2.
 */
const CORRECTED_TOLL = new RegExp(
  String.raw`,\s+(not\s+(?:\d[\d,]*|dozens|hundreds|scores|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?)(?:\s+or\s+(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?))?),?\s+as\s+(?:\w+\s+){0,4}?(?:claim|report|alleg|say|said|suggest|peddl|spread|circulat|stat|announc|given|cited|put forward)\w*|` +
    String.raw`\b((?:(?:far|much|well|significantly)\s+)?(?:(?:fewer|lower|less)\s+than|below)\s+(?:the\s+)?(?:(?:death\s+)?(?:toll|figure|number|count)\s+of\s+)?(?:\d[\d,]*|dozens|hundreds|scores|(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?))\s+(?:\w+\s+){0,2}?(?:claim|report|alleg|say|said|suggest|peddl|spread|circulat|stat|announc|given|cited|put forward)\w*`,
  'gi',
);
/** For CORRECTED_TOLL: the dead or the toll named before its cue ("deadline", "wound up" name none). */
const TOLL_WORDS = /\b(?:kill|dead\b|death|died|die\b|casualt|wound(?!\s+(?:up|down)\b)|injur|abduct|kidnap|missing|captur|toll\b)/i;
/** A unit after CORRECTED_TOLL's number: an amount ("the 40 million reported"), no count of people. */
const AMOUNT_AFTER = /^\s*(?:%|per\s*cent|percent|million|billion|trillion|thousand|bn|m\b|tonnes|tons|points|goals|votes|dollars|euros|pounds)/i;
/**
 * Negligence negated: "had not been overloaded", "was not speeding", "did not ignore the warnings".
 * Not "was not hurt": only words of fault.
 */
const NEGATED_FAULT =
  /\b(?:(?:was|were|is|are|had|has|have)(?:\s+not|n['’]t)\s+(?:been\s+)?(?:overloaded|overcrowded|speeding|drunk|negligent|to blame|at fault|unsafe|defective|faulty|poorly maintained)|(?:did|had|has|have)(?:\s+not|n['’]t|\s+never)\s+(?:ignored?|cut corners|neglected|neglect))\b/gi;
/** A habit told in the writer's voice: "often inflates", "frequently exaggerates", "routinely publishes". */
const HABIT_TOLD = /\b(?:often|frequently|routinely|regularly|habitually|usually|typically|commonly)\b/i;
/** Reports of other events like this one: "similar reports", "earlier claims of the kind". */
const SIMILAR_REPORTS = /\bsimilar\s+(?:reports?|claims?|allegations?|accusations?|figures)\b/i;
/** A habit, not one act: "in the past", "has often", "routinely". */
const HABITUAL = /\b(?:in the past|previously|(?:has|have)\s+(?:long|often|repeatedly|routinely|always)|often|routinely|usually|typically)\b/i;
/** People said to be alive or safe (not "safe to use"): what "reports to the contrary" deny is their deaths. */
const SURVIVAL =
  /\b(?:everyone|everybody|crew|sailors?|passengers?|climbers?|people|miners?|workers?|children|pupils?|soldiers?|troops|hostages?|residents?|members?|staff|patients?|inmates?|prisoners?)\b[^.;]{0,40}?\b(?:(?:is|are|was|were)\s+(?:all\s+)?(?:alive|safe(?!\s+to\b)|unharmed|unhurt|accounted for)|survived|(?:had been|have been|were)\s+rescued)\b/i;
/** A disaster named by a general noun after "nothing to do with": "this tragedy", "the crash". */
const DISASTER_AFTER = /^[”"’]?\s+(?:in\s+)?(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:tragedy|tragedies|crash|disaster|catastrophe|incident|downing|sinking|blast|explosion)\b/i;
/** What an attack is said not to target: "did not target civilians" (not "does not target tourists with ads"). */
const TARGETED = /\b(?:target(?:s|ed|ing)?|war (?:on|against))\s+(?:\w+\s+)?(?:civilians?|civilian\s+\w+|residential|hospitals?|schools?|homes|villages?|markets?|journalists|protesters|aid workers|humanitarian\s+\w+|convoys?|refugees|camps?|buses|ferries|boats|tourists|worshippers|ambulances|medics)\b(?!\s+with\b)/i;
/** What a side is said not to have used: weapons or force ("had not used firearms"), not software. */
const WEAPON_USED = /^\s*(?:any\s+|lethal\s+|live\s+)?(?:firearms|weapons|guns|force|live (?:ammunition|rounds|fire|bullets)|lethal force|(?:chemical|cluster|incendiary|banned)\s+\w+)\b/i;
/** "refused to accept responsibility for the deaths": responsibility rejected. */
const REFUSED_BLAME = /\brefus(?:es|ed|ing)?\s+to\s+(?:accept|take|admit|acknowledge|bear)\s+(?:any\s+)?(?:responsibility|blame)\b/gi;
/** "pleaded not guilty to the murder of four inmates": a plea against a charge of killing. */
const NOT_GUILTY = /\b(?:plead(?:s|ed)?|pled)\s+not\s+guilty\b/gi;
const KILLING_CHARGE = /\b(?:murders?|manslaughter|killings?|homicides?|war crimes?|massacres?|genocide)\b/i;
/** NOT_OURS alternatives whose side word must be a name: "no X fire", "and/, not (by) X", "there were no X". */
const SIDE_SHAPED =
  /^(?:no\s+\S+(?:\s+\S+)?\s+(?:\([^)]*\)\s+)?fire$|(?:,|and)\s+not\s|there (?:was|were|has been|had been) no\s+(?!such\b|air\b|strikes?\b|attacks?\b|raids?\b|bombings?\b|shelling\b|missile\b|launch(?:es)?\b|sorties\b))/i;
/** A side named, tested case-sensitively: a capitalised word or our/its/their after no/not. */
const SIDE_NAMED = /\b(?:[Nn]o|not)\s+(?:by\s+)?(?:an?\s+|the\s+)?(?:such\s|our\s|its\s|their\s|government\s|state\s|ours\b|theirs\b|\p{Lu})/u;
/** Forces as the subject of a negation: "its units were not operating". */
const FORCES_BEFORE = /\b(?:troops|forces|units|soldiers|aircraft|jets|planes|warplanes|drones|ships|vessels|warships|personnel|fighters|officers|servicemen|police|army|military|navy|air force|militia|air defen[cs]es?|batter(?:y|ies)|gunners)\s*$/i;
/** An attack as the subject of a negated passive: "the strike was not carried out by ...". */
const ATTACK_BEFORE = /\b(?:strike|airstrike|attack|raid|bombing|shelling|ambush|massacre|killings?|blast|explosion|shooting)s?\s*$/i;
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas|although|though|even though)\b|\s[—–]\s|,?\s+and\s+(?=(?:\w+\s+){0,5}?(?:den(?:y|ied|ies)|reject\w*|dismiss\w*|insist\w*|said|says|added|repeated|reiterat(?:es|ed)|stressed|emphasi[sz](?:es|ed)|maintained|noted|argued|suggested|affirm(?:s|ed)?|assert(?:s|ed)|stat(?:es|ed)|declar(?:es|ed)|call(?:s|ed)|describ(?:es|ed)|term(?:s|ed)|brand(?:s|ed)|label(?:s|led|ed))\b)/;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
/** A clause after such a break that opens with its verb: its subject is that of the clause before. */
const SAME_SUBJECT = /^\s*(?:\w+ly\s+)?(?:call|describ|term|brand|label|said|says|added|insist|stress|maintain)/i;
/** Where the object of a cue ends: the next clause break or sentence end. */
const CLAUSE_END = new RegExp(`${CLAUSE_BREAK.source}|\\.\\s`);
/** "the strike hit a weapons depot, not the hospital": a target named and another denied. */
const HIT_NOT = /\b(?:hit|struck|targeted|bombed|shelled)\b[^.;]{1,80},\s+not\s+(?:the\s+|a\s+)?[\p{L}-]+/giu;
/*
 * Gates for NOT_OURS and HIT_NOT, without the u flag: with u and i together V8 tests \b slowly at
 * every position, and many denial sentences hold no "no"/"not"/"nothing" word and no ", not".
 * Each gate matches wherever its pattern can: no letter of "no", "not", "nothing" has a Unicode
 * case variant, and \b without u holds wherever \b with u and i does. A failed gate means no match.
 */
const NOT_OURS_GATE = /no(?:t|thing|ne|body|r)?\b/i;
const HIT_NOT_GATE = /,\s+not\s/i;
const ACCUSATION = /^\s*(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+|what\s+it\s+(?:calls?|called)\s+)?[“"]?(?:[\w-]+(?:['’]s?)?\s+){0,2}?(?:accusations?|allegations?|insinuations?|assertions?|suggestions?|claims?|charges?|blame|criticism)\b/i;
const FAULT_TERMS = /\b(?:fault|blame|negligen|responsib|caus(?:e|ed)|delay(?:ed)?|failed|failure|cleared|ordered|played)\b/i;
/**
 * The accusation noun before its that-clause, to read the clause as a deny verb's object; the
 * accuser may stand between ("accusations from the opposition that ...").
 */
const ACCUSED_THAT = /^\s*(?:\S+\s+){0,3}?(?:accusations?|allegations?|insinuations?|assertions?|suggestions?|claims?|charges?)\s+(?:(?:(?:made|raised|levell?ed|put forward)\s+)?(?:from|by)\s+(?:\S+\s+){1,4}?)?(?=that\b)/i;
/**
 * A report noun before its that-clause, what carried it between: "the news released by foreign
 * media that the army had bombed a monastery". Read for an attack only where no one harmed is named.
 */
const REPORTED_THAT =
  /^\s*(?:\S+\s+){0,3}?(?:reports?|news|stor(?:y|ies))\s+(?:(?:from|by)\s+(?:\S+\s+){1,4}?|(?:released|published|spread|circulated|aired|broadcast|carried|posted|put out)\s+(?:\S+\s+){1,8}?)?(?=that\b)/i;
/** "These allegations", "such claims": a subject that points back to the report being rejected. */
const ANAPHORIC_CLAIM = /\b(?:these|those|such|the|its|their)\s+(?:\w+\s+)?(?:allegations?|claims?|reports?|accusations?|figures?|numbers?|statements?|charges?|footage|videos?|images|pictures|photos)\b/i;
/** The subject of "never happened": deaths, an attack, a report of them, or a pronoun for one. */
const EVENT_BEFORE = /\b(?<!\b(?:into|of|for|about|over|after|before|on|in)\s+(?:(?:the|these|those)\s+)?)(?:deaths?|killings?|massacres?|casualties|losses|attacks?|strikes?|shelling|bombing|raids?|incidents?|executions?|reports?|claims?|it|this|that|they)\s+(?:\w+\s+)?$/i;
/**
 * Falsity words with other everyday senses ("the bus service is unreliable", "a hoax bomb threat",
 * "convicted of forgery", "a concert was staged", "bodies lying about"): they reject a casualty
 * report only when the clause names a report, claim, figure or footage.
 */
const WEAK_FALSITY = /^(?:unreliable|untrustworthy|not reliable|(?:can ?not|could not|can['’]t) be trusted|overstated|overblown|speculation|hoax(?:es)?|forger(?:y|ies)|slander\w*|smears?|staged|lying about|figment|not credible)$/i;
const CLAIM_WORDS =
  /\b(?:reports?|reported|evidence|information|claims?|claimed|figures?|tolls?\b(?!\s+(?:road|roads|booth|booths|bridge|plaza|gate|charges?|fees?)\b)|numbers?|count|tally|accounts?|allegations?|alleged|accusations?|statements?|stor(?:y|ies)|news|videos?|footage|images?|photos?|photographs?|pictures?|clips?|rumou?rs?|estimates?)\b/i;
/**
 * A report named as what is spread, published or shown, as a falsity predicate's subject: "the
 * number being circulated by the union", "the information spread on social media", "the so-called
 * evidence presented by the other side", "the reports about Sarkel". It points back to the
 * casualties or the attack told before as surely as "these reports" does.
 */
const REPORT_SUBJECT =
  /\b(?:the|these|those|such|any)\s+(?:so-called\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|figures?|numbers?|information|evidence|footage|videos?|images|pictures|photos|photographs|rumou?rs?|allegations?|accusations?|stories)\s+(?:(?:being|now|that (?:is|are|was|were|has been|have been))\s+)?(?:circulat\w*|spread\w*|publish\w*|post(?:ed|ing)|shar(?:ed|ing)|presented|put forward|cited|given|aired|broadcast|released|about)\b/i;
/** Someone's report by a possessive: "the villagers' accounts", "the rebels’ claims", "Kessa's figures". */
const OTHERS_REPORT =
  /\b(?:the\s+)?[\p{L}-]+(?:['’]s|s['’])\s+(?:[\w-]+\s+)?(?:allegations?|claims?|reports?|accusations?|figures?|numbers?|accounts?|versions?|stor(?:y|ies)|tolls?|tall(?:y|ies)|estimates?)\b/iu;
/** A cue inside a leading condition: "If the reports prove false, ...", "Should the toll be inflated". */
const CONDITIONAL = /^\s*(?:if|should|unless|whether|even if|in case)\b[^,;]*$/i;
/** Evidence as the subject of "contradicts": "which contradicts", "the footage contradicts". */
const EVIDENCE_SUBJECT =
  /(?:\bwhich|\b(?:videos?|footage|evidence|images?|photos?|photographs?|pictures?|data|findings|imagery|records?|documents?))(?:\s+(?:also|clearly|directly|flatly|appears? to|seems? to))?\s+$/i;
/** A story's own words corrected: "An earlier version of this story", "The report also said". */
const OWN_CORRECTION =
  /^\W*(?:correction:?\s*)?(?:this|the|our|an? (?:earlier|previous) version of (?:this|the))\s+(?:earlier\s+|previous\s+)?(?:story|article|report|item|headline|caption|dispatch)\b[^,;]*$/i;
/** A negation reported as someone's claim: "the claim that", "the army's insistence that its gunners". */
const CLAIMED_NEGATION = /\b(?:claims?|assertions?|insistence|statements?|suggestions?|version)\s+that\s+(?:\S+\s+){0,3}$/i;
/** The claim then called false: "... is simply not credible", "... is a lie". */
const CALLED_FALSE_AFTER = /\b(?:(?:is|was|are|were)\s+(?:\w+\s+)?(?:not credible|false|untrue|not true|implausible|absurd)|(?:is|was)\s+(?:\w+\s+)?an?\s+(?:\w+\s+)?lie)\b/i;
/** Hedged third-party assessments are not denials ("probably did not bomb"). */
const HEDGE_BEFORE = /\b(?:probably|likely|possibly|may|might|apparently)\s*$/i;
const NO_WAY = /\bno way to\s*$/i;
/**
 * A cue verb that is itself negated or withheld asserts nothing: "did not deny", "refused to deny",
 * "neither confirmed nor denied", "did not confirm or deny", "nobody disputes", "is expected to
 * deny". Tested on the few words before the cue.
 */
const NEGATED_CUE =
  /(?:\b(?:not|n['’]t|never|nor|nobody|no one|refus\w*\s+to|declin\w*\s+to|fail\w*\s+to|without|would|could|might|may|will|(?:expected|likely|unlikely|set|due|going|poised|about)\s+to|stop(?:s|ped|ping)?\s+short\s+of)\s+(?:\w+\s+)?|\bneither\s+(?:\w+\s+){1,2}|\bconfirm(?:ed|s)?\s+or\s+)$/i;
/**
 * "denied access", "denied the journalists permission", "denied a request to recover the bodies",
 * "denied the appeal": deny as withhold or refuse, not as contradict. Not across a verb: "denied
 * shelling the water plant" denies an attack.
 */
const WITHHELD =
  /^\s*(?:(?:(?!that\b|reports?\b|claims?\b|\w+ing\b)\S+\s+){0,3}?(?:access|entry|permission|permits?|visas?|bail|passage|the right to|medical (?:care|treatment)|treatment|burial|parole|food|water|medicines?|supplies|fuel|shelter|assistance)\b|having\s+(?:received|known|seen|heard|been\s+(?:told|informed|asked))\b|(?:a|an|the|his|her|their|its|\S+['’]s?)\s+(?:[\w-]+\s+)?(?:requests?|appeals?|applications?|petitions?|bids?|motions?|pleas?)\b)/i;
/**
 * "rejected the appeal", "dismissed calls for a truce", "dismissed the police chief after...":
 * things refused, or people removed, that are no report of anything. A person's title must end
 * its phrase ("the official death toll" is a toll).
 */
const REFUSED_THING =
  /^\s*(?:(?:the|a|an|any|all|his|her|its|their|our|this|these|those|\S+['’]s?)\s+)?(?:[\w’'-]+\s+)?(?:(?:appeals?|requests?|calls?|proposals?|plans?|offers?|demands?|bids?|deals?|motions?|petitions?|applications?|invitations?|resignations?|bills?|amendments?|ceasefire|truce|talks|negotiations?|pleas?|lawsuits?|case|charges? against|swaps?|exchanges?|idea|notion|prospect|options?|complaints?|grievances?|objections?|criticisms?|compensation|location|cause|timing|circumstances|theor(?:y|ies)|hypothes[ie]s)\b|(?:chief|commander|head|director|minister|officers?|officials?|governor|mayor|staff|employees|workers|guards?|man|woman|suspects?|candidates?|nominees?|coach|manager)\b(?=\s+(?:of|after|over|for|who|whose|in|at|on|from|and|against|to|by|that|which|with|as)\b|\s*[,.;]|\s*$))/i;
/** ", which the army dismissed", ", a figure the government rejected": the cue points back. */
const POINTS_BACK =
  /,\s+(?:which|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:figure|claim|number|toll|count|tally|estimate|report|account|assertion|allegation|charge|accusation)s?\b)[^,;]*$/i;
/** ", an allegation the company rejected", ", a charge denied by": an accusation the cue points back to. */
const POINTED_BLAME = /,\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+)?(?:allegations?|accusations?|charges?)\b[^,;]*$/i;
/** A passive cue ("were denied by", "has been disputed"): what it rejects is the subject before it. */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i;
/** "the report found no evidence that...": an investigation's finding, not a party's denial. */
const FINDING_BEFORE = /\b(?:found|finds|find|uncovered|saw|see|sees)\s+$/i;
/** "may be exaggerated", "could have been inflated": a guess, not a party's denial. */
const HEDGED_PREDICATE = /\b(?:may|might|could|can|probably|possibly|likely|perhaps|seems?\s+to|appears?\s+to)\s+(?:well\s+)?(?:be|have\s+been)\s+(?:\w+\s+)?$/i;
/** A verb of calling negated before the falsity word: "did not describe the toll as inflated", "never called the figures false". */
const NEGATED_CALLING =
  /\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:call(?:s|ed)?|describ(?:e|es|ed)|term(?:s|ed)?|brand(?:s|ed)?|label(?:s|l?ed)?|consider(?:s|ed)?|regard(?:s|ed)?)\s+(?:[\w'’-]+\s+){0,5}?$/i;
/** A party's speech before a clause: "The rebels said ...", "suggested that ...". */
const SPOKEN_BEFORE = /\b(?:said|says|say|suggested|suggests|claimed|claims|insisted|insists|maintained|maintains|argued|stated|told\s+\S+)\b(?!.*\b(?:found|concluded|determined)\b)/i;
/** A short reply that opens with its falsity word: "“Not true,” a spokesman said.", a fact-check's "VERDICT: False." */
const REPLY_OPENING = /^\s*[“"‘']?\s*$|^\s*(?:(?:our\s+)?(?:verdict|rating))\s*[:—–-]\s*$/i;
/** A sentence that reports speech. */
const SPOKEN = /\b(?:said|says|say|told|tells|according|insisted|insists|stated|states|claimed|claims|added|stressed|wrote)\b/i;
/** Falsity words that also modify nouns. */
const ATTRIBUTIVE_CUE = /^(?:fake|false|fanciful|fabricated|exaggerated|inflated|invented|propaganda|disinformation|misinformation|baseless|groundless|unfounded|smears?|slander|hoax(?:es)?)$/i;
/**
 * The word after such a cue when it is a noun that names no report ("uniforms", "alarm",
 * "campaign", "prices"): not a report noun, not a function word or participle that follows a
 * predicate. Videos and footage count as things: "a propaganda video showed the bodies" describes
 * one; a video called fake is called so after it ("the video was fake").
 */
const PLAIN_ADJECTIVE =
  /^\s+(?!(?:news|reports?|claims?|information|figures?|numbers?|stor(?:y|ies)|statements?|inventions?|fabrications?|fiction|fantasy|nonsense|provocations?|accusations?|allegations?|propaganda|data|rumou?rs?|narratives?|accounts?|tolls?|counts?|casualty|casualties|death|deaths|flag|lies|in|to|by|from|on|as|at|for|and|or|but|nor|the|a|an|this|that|these|those|according|since|because|when|if|with|of|about|than|so|too|very|he|she|it|they|we|officials?|said|says|insisted|added|stressed|claimed|designed|aimed|intended|meant|spread|circulated|published|put|given|issued|released|made|produced|created|staged|manufactured|concocted)\b)[a-z][\w-]*/i;
/** A sentence that asks: "Could the reports of 40 dead be false?" */
const QUESTION_END = /\?[”"’']?\s*$/;
/** A lie told follows an article, a copula, a qualifier ("a lie", "are lies", "pure lies") or a quote mark. */
const LIE_TOLD_BEFORE =
  /(?:\b(?:a|the|is|are|was|were|be|of|pure|blatant|outright|big|complete|total|absolute|utter|these|those|such|all|more|just|nothing but|and)\s+|\b(?:a|an)\s+(?!(?:few|dozen|number|couple|lot|handful|hundred|thousand|score)\s)[\w-]+\s+|["“‘'])$/i;
/** "the claim that it had killed 20 of its fighters": a party's claim of the casualties it caused. */
const CLAIMED_KILLS = /^\s*(?:\S+\s+){0,3}?claims?\s+(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:killed|captured|wounded|eliminated)\b/i;
/** "that the drone strike in Tadmur killed any civilians": an attack as the subject of killing. */
const STRIKE_KILLED =
  /^\s*that\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:air ?strike|strike|attack|raid|blast|explosion|shelling|bombing|missile|rocket|shell|storm|floods?|flooding|earthquake|quake|tremor|blaze|collapse|landslides?|mudslides?|cyclone|hurricane|typhoon|tsunami|avalanche|crash|derailment|stampede|crush|heatwave)s?\s+(?:\S+\s+){0,3}?(?:had\s+|has\s+|have\s+)?(?:killed|wounded|injured)\b/i;
/** A report or accusation that someone attacked: "claims that its jets had struck the convoy". */
const ATTACK_CLAIM =
  /\b(?:reports?|claims?|accusations?|allegations?|charges?|suggestions?|true|false)\s+(?:that\s+)?(?:\S+\s+){0,8}?(?:(?:had\s+|has\s+|have\s+)?(?:hit|struck|shelled|bombed|fired (?:on|at)|shot|attacked|targeted|rammed|raided|carried out|launched)|(?:was|were|is|are|had been|has been|have been)\s+(?:involved|responsible|behind)|used\s+(?:[\w-]+\s+){0,2}?(?:weapons|munitions|bombs|gas|agents?|phosphorus|ammunition))\b/i;
/** "refused responsibility", "rejected blame": the object names the responsibility itself. */
const BLAME_HEAD = /^\s*(?:any\s+|all\s+|the\s+)?(?:blame|responsibility|involvement|culpability)\b/i;

/** All denial statements in the sentence text[start, end). */
export function findDenials(text: string, start: number, end: number): DenialHit[] {
  // The cue regexes are module-level and global, run with exec loops from lastIndex 0: matchAll
  // would copy each of them on every call.
  const sent = text.slice(start, end);
  // A question asserts nothing; a quoted rhetorical one ends in "... he asked.", not in "?".
  if (QUESTION_END.test(sent)) return [];
  // "In the past its ministry has dismissed similar reports as fabrications": a habit told of other
  // reports, not a denial of this one.
  if (SIMILAR_REPORTS.test(sent) && HABITUAL.test(sent)) return [];
  // What comes before the sentence, and whether it tells casualties or who caused them: the same
  // for every cue, so sliced once and tested at most once.
  const preceding = previousSentence(text, start);
  let toldBefore: boolean | undefined;
  const claimsBeforeSentence = (): boolean => (toldBefore ??= claimsBefore(preceding));
  /** Deaths or a disaster told in the sentence or just before it: what negligence is denied for. */
  const deadlyContext = (): boolean => CASUALTY_TERMS.test(sent) || DISASTER.test(sent) || claimsBeforeSentence() || DISASTER.test(preceding) || HARMED.test(preceding);
  const hits: DenialHit[] = [];
  // Clause breaks found over the whole sentence: a break's lookahead needs the words after it.
  const breaks: number[] = [];
  const breakEnds: number[] = [];
  CLAUSE_BREAKS.lastIndex = 0;
  for (let m = CLAUSE_BREAKS.exec(sent); m; m = CLAUSE_BREAKS.exec(sent)) {
    breaks.push(m.index);
    breakEnds.push(m.index + m[0].length);
  }
  const taken = new Map<number, number>();
  /** Where clause k (the one after k breaks) starts in sent. */
  const clauseFrom = (k: number): number => (k > 0 ? breakEnds[k - 1] : 0);
  /** Where clause k ends in sent. */
  const clauseTo = (k: number): number => (k < breaks.length ? breaks[k] : sent.length);
  /** The clause of position i, between the breaks around it. */
  const clauseOf = (i: number): string => {
    const k = countBefore(breaks, i);
    return sent.slice(clauseFrom(k), clauseTo(k));
  };
  // joinPrevious: a cue whose clause names nothing of its own ("... denied any role in the attack
  // and called the statement a forgery") goes on with the denial of the clause before, if it has one.
  const add = (cueStart: number, cueEnd: number, scope: DenialScope, form?: DenialHit['form'], joinPrevious = false) => {
    // One denial per statement: cues in the same clause are one ("denied the reports as disinformation"),
    // told by its first cue ("it is not behind these raids and that ... are engaged in disinformation").
    // A map of clauses taken, not a scan of the hits: a long run-on sentence can hold thousands.
    // The clause of the cue: how many breaks come before it.
    let clause = countBefore(breaks, cueStart);
    if (joinPrevious && clause > 0 && taken.has(clause - 1)) clause--;
    // The quote is the cue's clause, not the whole sentence: "denied that any soldiers were captured
    // and described the toll as inflated" holds two statements, each quoted on its own.
    const from = clauseFrom(clause);
    const to = clauseTo(clause);
    const hit: DenialHit = { cueStart: start + cueStart, cueEnd: start + cueEnd, quoteStart: start + Math.min(cueStart, from + leadingSpace(sent, from, to)), quoteEnd: start + Math.max(cueEnd, to), scope, form };
    const at = taken.get(clause);
    if (at === undefined) {
      taken.set(clause, hits.length);
      hits.push(hit);
    } else if (hit.cueStart < hits[at].cueStart) hits[at] = hit;
  };

  DENY.lastIndex = 0;
  for (let m = DENY.exec(sent); m; m = DENY.exec(sent)) {
    const i = m.index;
    const before = sent.slice(Math.max(0, i - 30), i);
    if (NO_WAY.test(before) || NEGATED_CUE.test(before) || CONDITIONAL.test(sent.slice(0, i))) continue;
    const after = clauseAfter(sent, i + m[0].length);
    if (WITHHELD.test(after)) continue;
    // "The army was denied a victory": a passive with an object of its own is deny as withhold.
    if (PASSIVE_BEFORE.test(before) && /^\s+(?:a|an|the|any|his|her|their|its|our)\s/i.test(after)) continue;
    const object = objectOf(sent, i, after);
    const scope =
      // "accused soldiers of shooting two herders, an accusation the army denied": blame pointed back to.
      (object !== after && POINTED_BLAME.test(sent.slice(Math.max(0, i - 200), i)) && (deadlyContext() || RESPONSIBILITY_TERMS.test(sent.slice(0, i))) ? 'responsibility' : null) ??
      scopeOf(object) ?? reportedAttackScope(object) ?? anaphoricScope(text, start, object, before) ?? pronounScope(text, start, object) ??
      // "denied that his platoon had been in Harst that week", after killings are told: an alibi.
      (ALIBI.test(object) && claimsBeforeSentence() ? 'responsibility' : null) ??
      // "denied that the boat had been overloaded", "denied its vessels had approached the dinghy":
      // negligence, a cause or the denier's own craft near the place, where people died or a
      // disaster struck (told here or just before); not "denied its servers had been overloaded".
      ((FAULT_OBJECT.test(object) || OWN_CRAFT_NEAR.test(object)) && deadlyContext() ? 'responsibility' : null);
    if (scope) add(i, i + m[0].length, scope, 'verb');
  }
  REJECT.lastIndex = 0;
  for (let m = REJECT.exec(sent); m; m = REJECT.exec(sent)) {
    const i = m.index;
    const lead = sent.slice(Math.max(0, i - 30), i);
    // "The rejected asylum seekers": a participle used as an adjective.
    if (NEGATED_CUE.test(lead) || CONDITIONAL.test(sent.slice(0, i)) || /\b(?:the|a|an|these|those|its|their)\s+$/i.test(lead)) continue;
    // "the claims are contradicted by the death certificates": evidence, not a party, disagrees;
    // accounts that "contradict each other" reject nothing.
    if (/^contradict/i.test(m[0]) && (PASSIVE_BEFORE.test(lead) || /^\s+(?:each other|one another)\b/i.test(sent.slice(i + m[0].length)))) continue;
    // "a video shows eight captives, which contradicts the army's statement": evidence disagrees.
    if (/^contradict/i.test(m[0]) && EVIDENCE_SUBJECT.test(lead)) continue;
    const after = clauseAfter(sent, i + m[0].length);
    // "rejected the appeal" refuses a thing; "a claim rejected by officials" names who rejects.
    if (!/^\s*by\b/i.test(after) && REFUSED_THING.test(after)) continue;
    // "pushed back on the figures" rejects a report; "pushed back against the rebel advance" is fighting.
    if (/^push/i.test(m[0]) && !CLAIM_WORDS.test(after)) continue;
    const object = objectOf(sent, i, after.replace(AS_FALSE_LEAD, ''));
    const content = object.replace(CIRCUMSTANCE, '');
    // "rejected the accusation that troops had executed prisoners": who did it is what is rejected.
    if (CLAIMED_KILLS.test(object)) add(i, i + m[0].length, 'casualties', 'verb');
    // "rejected any liability": for deaths named here or just before, not "for the flood damage".
    // A bare "rejected any liability" after a disaster told without its dead ("the pit collapsed") too.
    else if (/^\s*(?:any\s+|all\s+)?liability\b/i.test(object) && (CASUALTY_TERMS.test(object) || CASUALTY_TERMS.test(preceding) || (/^\s*(?:any\s+|all\s+)?liability\s*(?:,|$)/i.test(object) && DISASTER.test(preceding)))) add(i, i + m[0].length, 'responsibility', 'verb');
    else if (BLAME_HEAD.test(object) || (ACCUSED_THAT.test(object) && scopeOf(object.replace(ACCUSED_THAT, '')) === 'responsibility')) add(i, i + m[0].length, 'responsibility', 'verb');
    // "accused the guards of beating the prisoners, a charge the prison rejected": blame pointed back to.
    else if (object !== after && POINTED_BLAME.test(sent.slice(Math.max(0, i - 200), i)) && (deadlyContext() || RESPONSIBILITY_TERMS.test(sent.slice(0, i)))) add(i, i + m[0].length, 'responsibility', 'verb');
    // "rejected suggestions that its bottles had been contaminated": negligence alleged, where people died.
    else if (ACCUSED_THAT.test(object) && FAULT_OBJECT.test(object.replace(ACCUSED_THAT, '')) && deadlyContext()) add(i, i + m[0].length, 'responsibility', 'verb');
    // "disputed the company's passenger list, saying six travellers were missing": the dead named only
    // in the reason given make no report of what is rejected; a report noun may be told by it
    // ("rejected the figures, saying only two had died").
    else if (CASUALTY_TERMS.test(CLAIM_WORDS.test(content.replace(REASON_AFTER, '')) ? content : content.replace(REASON_AFTER, ''))) add(i, i + m[0].length, 'casualties', 'verb');
    else if (REPORTED_THAT.test(object) && scopeOf(object.replace(REPORTED_THAT, '')) === 'responsibility') add(i, i + m[0].length, 'responsibility', 'verb');
    // "Monitors said gunners had shelled the camp, a charge the militia rejected": the clause pointed back to.
    else if (object !== after && POINTS_BACK.test(sent.slice(Math.max(0, i - 200), i)) && RESPONSIBILITY_TERMS.test(content)) add(i, i + m[0].length, 'responsibility', 'verb');
    else {
      // The scope of what the sentence before claimed, asked for at most once.
      let pointed: ReturnType<typeof anaphoricScope> | undefined;
      const pointsBack = () => (pointed === undefined ? (pointed = anaphoricScope(text, start, content, lead)) : pointed);
      // "Rebels said they had killed 35 soldiers. The ministry rejected the claim.": the claim's scope.
      if (CLAIM_NOUN_OBJECT.test(content) && pointsBack()) add(i, i + m[0].length, pointsBack()!, 'verb');
      // "rejected the accusation", "rejected suggestions that its driver was at fault": blame refused.
      // An accusation that says what it is ("claims that its lorries carried weapons") is judged by
      // that clause alone, not by the deaths told before it.
      else if (ACCUSATION.test(content) && (RESPONSIBILITY_TERMS.test(content) || FAULT_TERMS.test(content) || DISASTER.test(content) || (!ACCUSED_THAT.test(content) && CASUALTY_TERMS.test(preceding)))) {
        add(i, i + m[0].length, 'responsibility', 'verb');
      } else if (pointsBack()) add(i, i + m[0].length, pointsBack()!, 'verb');
      else {
        // "Villagers said soldiers shot four men. The army rejected this.": as "denied it".
        const pronoun = pronounScope(text, start, content);
        if (pronoun) add(i, i + m[0].length, pronoun, 'verb');
      }
    }
  }
  FALSITY.lastIndex = 0;
  for (let m = FALSITY.exec(sent); m; m = FALSITY.exec(sent)) {
    const i = m.index;
    // "the bodies still lie in the field": the verb, not a lie told.
    if (/^lies?$/i.test(m[0]) && !LIE_TOLD_BEFORE.test(sent.slice(Math.max(0, i - 24), i))) continue;
    // "An earlier version of this story incorrectly said ...": a correction in the outlet's own voice.
    if (/^ly\b/i.test(sent.slice(i + m[0].length, i + m[0].length + 3)) && OWN_CORRECTION.test(sent.slice(0, i)) && !SPEAKER_AFTER.test(sent.slice(i))) continue;
    // "The group often inflates casualty figures": the writer on a side's habit, said by no one.
    const habitClause = clauseOf(i);
    if (HABIT_TOLD.test(habitClause) && !SPOKEN.test(habitClause)) continue;
    if (HEDGED_PREDICATE.test(sent.slice(Math.max(0, i - 40), i)) || NEGATED_CALLING.test(sent.slice(Math.max(0, i - 80), i)) || CONDITIONAL.test(sent.slice(0, i))) continue;
    // "the reported deaths never happened", not "the match did not take place after two fans died".
    // ("have nothing to do with reality" is no such form: its subject is the report.)
    if (/^(?:never|did|has|have|had)\b(?!\s+nothing\b)(?!.*\b(?:accept|recogni[sz]e))/i.test(m[0]) && !EVENT_BEFORE.test(sent.slice(Math.max(0, i - 40), i))) continue;
    // "fake police uniforms", "a false alarm", "the disinformation campaign", "inflated prices": a
    // modifier of a thing; "false reports" and "fake news" call a report false, and a predicate
    // ("are false in every respect", "propaganda designed to...") is followed by a function word.
    if (ATTRIBUTIVE_CUE.test(m[0]) && PLAIN_ADJECTIVE.test(sent.slice(i + m[0].length, i + m[0].length + 30))) continue;
    // "False reports of a gunman caused a stampede": the writer's own word for reports, said by no one.
    if (i === 0 && ATTRIBUTIVE_CUE.test(m[0]) && !SPOKEN.test(sent)) continue;
    // "We do not recognise these numbers": numbers of the dead only where the sentence (or the one
    // before) tells of casualties besides them, not "does not accept these figures as collateral".
    if (/^(?:do|does|did|has|have|had|never|refus|won|will)/i.test(m[0]) && !/tolls?$/i.test(m[0]) && !CASUALTY_TERMS.test(sent.slice(0, i) + sent.slice(i + m[0].length)) && !claimsBeforeSentence()) continue;
    const clause = clauseAround(sent, i);
    // A clause of the same subject ("and called the statement a forgery") that names no casualties
    // or attack of its own says more of the denial before it; a new subject makes a new statement.
    const own = clauseOf(i);
    const join = SAME_SUBJECT.test(own) && !CASUALTY_TERMS.test(own) && !RESPONSIBILITY_TERMS.test(own);
    // "lying about its losses": what is lied about follows the cue.
    // "staged the killings": the deaths are the object (FALSITY matches that "staged" only before one;
    // not before an attack, which one stages by carrying it out).
    const stagedEvent = /^stag(?:ed|ing)$/i.test(m[0]) && !/\b(?:is|are|was|were|been|as)\s(?:\w+\s)?$/i.test(sent.slice(Math.max(0, i - 20), i));
    // Pictures "filmed in another region" reject a report only where pictures are named, and only
    // when a party says so: in the writer's own voice it is a fact-check, no side's denial.
    if (RECYCLED.test(m[0]) && !SPOKEN.test(sent) && !/\b(?:noted|notes|established|announced|explained|maintained)\b/i.test(sent)) continue;
    if ((WEAK_FALSITY.test(m[0]) || RECYCLED.test(m[0])) && !stagedEvent && !CLAIM_WORDS.test(clause) && !(/^lying/i.test(m[0]) && CASUALTY_TERMS.test(sent.slice(i + m[0].length, i + m[0].length + 40)))) continue;
    if (CASUALTY_TERMS.test(clause) || /\b(?:air ?strikes?|raids?|attacks?|bombing|shelling)\b|\bstrikes?\s+(?:on|against)\b/i.test(clause)) {
      add(i, i + m[0].length, 'casualties', 'predicate', join);
    } else if (ATTACK_CLAIM.test(clause)) {
      // "claims that it had bombed the market were lies": no one harmed is named, the attack is denied.
      add(i, i + m[0].length, 'responsibility', 'predicate', join);
    } else if (RECYCLED.test(m[0]) && claimsBeforeSentence()) {
      // "Videos appeared to show bodies in the river. Police said the clips had been filmed in
      // another country.": the pictures of what the sentence before told.
      add(i, i + m[0].length, CASUALTY_TERMS.test(preceding) ? 'casualties' : 'responsibility', 'predicate', join);
    } else if (/\bto the contrary\b/i.test(clause) && SURVIVAL.test(preceding)) {
      // "Every sailor aboard is alive. Reports to the contrary are false.": reports of deaths denied.
      add(i, i + m[0].length, 'casualties', 'predicate', join);
    } else if ((REPORT_SUBJECT.test(clause) || OTHERS_REPORT.test(clause) || ((shortSentence(sent) || ANAPHORIC_CLAIM.test(clause)) && (/\b(?:this|that|it|these|they|such|those)\b/i.test(clause) || REPLY_OPENING.test(sent.slice(0, i))))) && claimsBeforeSentence()) {
      // "This can not be true." right after a figure; after an accusation ("Villagers accused
      // soldiers of killing four herders. It is a lie.") or an attack with no one harmed ("We did
      // not attack anyone. These claims are lies.") the blame is what is called false.
      add(i, i + m[0].length, /\b(?:accus\w*|blam\w*)/i.test(preceding) || !CASUALTY_TERMS.test(preceding) ? 'responsibility' : 'casualties', 'predicate', join);
    }
  }
  NEGATED_ATTACK.lastIndex = 0;
  for (let m = NEGATED_ATTACK.exec(sent); m; m = NEGATED_ATTACK.exec(sent)) {
    const i = m.index;
    if (HEDGE_BEFORE.test(sent.slice(0, i))) continue;
    // "schools must never be targeted", "convoys should not be attacked": a norm, not a denial.
    if (/\b(?:must|should|shall|ought to|cannot|can)\s*$/i.test(sent.slice(Math.max(0, i - 12), i))) continue;
    // "has not claimed the attack", "did not see the strike": after a determiner the act is a noun,
    // the object of some other verb.
    if (/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|any)\s+(?:strikes?|attacks?|fire|bombs?|shells?|hit|orders?|targets?|use|raids?)$/i.test(m[0]) && !/\bfired?\s+\S+\s+(?:\S+\s+)?shells?$/i.test(m[0])) continue;
    const lead = sent.slice(Math.max(0, i - 40), i);
    // "was not fired on" is said of the victim, not a denial by the attacker; but "the strike was
    // not carried out by our jets" denies the attack, and "its units were not operating there"
    // says the forces were elsewhere.
    if (/\b(?:was|were) not\b/i.test(m[0]) && !/\b(?:behind|involved|responsible|conducting|carrying out|targeting)\b/i.test(m[0])) {
      // "it was not present in the town": a pronoun for the denier, read as forces where an attack
      // or killings are told (checked below).
      const absent = /(?:operating|present|deployed|stationed|active)$/i.test(m[0]) && (FORCES_BEFORE.test(lead) || /\b(?:it|they|we)\s*$/i.test(lead));
      if (!absent && !ATTACK_BEFORE.test(lead)) continue;
    }
    if (/behind$/i.test(m[0]) && /^\s+(?:schedule|target|the times|the curve)\b/i.test(sent.slice(i + m[0].length))) continue;
    // "had never been involved in politics": involvement in what follows, when something does.
    if (/involved$/i.test(m[0]) && /^\s+(?:in|with)\b/i.test(sent.slice(i + m[0].length))) {
      const inWhat = clauseAfter(sent, i + m[0].length);
      if (!RESPONSIBILITY_TERMS.test(inWhat) && !CASUALTY_TERMS.test(inWhat) && !EVENT_NOUN.test(inWhat)) continue;
    }
    // Where forces were or flew says nothing of an attack unless one is told of, here or just before;
    // a negated act needs words of attack just after it.
    const whereabouts = /(?:fly|flew|flown|operating|present|deployed|stationed|active)$/i.test(m[0]);
    // Whose whereabouts: forces, or a pronoun for the party that speaks ("The airline did not fly
    // to Arvo after the bombing" is no denial); "not active" only of forces ("it was not active" is
    // said of mines and volcanoes).
    if (whereabouts && !FORCES_BEFORE.test(lead) && (/active$/i.test(m[0]) || !/\b(?:it|they|we)\s*$/i.test(lead))) continue;
    const window = sent.slice(i, i + m[0].length + 80);
    // "did not fire a single round", "never gave any such order", "had not used firearms": the act is
    // the match itself, or the order is of what the sentence tells (killings, an attack), or what
    // was used is a weapon.
    if (/(?:shot|round|bullet|missile|rocket|shell|canister|grenade|projectile|mortar|torpedo|gas|ammunition|artillery)s?$/i.test(m[0])) {
      add(i, i + m[0].length, 'responsibility');
      continue;
    }
    // "did not shoot anyone", "never shot at the migrants": people as the target, or deaths told here or
    // just before (not "did not shoot the final scene").
    if (/(?:shoot|shot)$/i.test(m[0])) {
      const at = sent.slice(i + m[0].length, i + m[0].length + 40);
      // ("did not shoot at goal", "at the deer": a bare "at" counts only with deaths or an attack told.)
      const people = /^\s+(?:at\s+)?(?:dead\b|anyone|anybody|any\s|civilians|protesters|demonstrators|migrants|people|the\s+(?:\w+\s+)?(?:man|woman|boy|girl|men|women|protesters|crowd|victims?|demonstrators|migrants))/i.test(at);
      const told = CASUALTY_TERMS.test(sent) || RESPONSIBILITY_TERMS.test(sent.slice(0, i)) || claimsBeforeSentence();
      if ((people || /^\s+at\b/i.test(at)) && (told || (people && /^\s+at\b/i.test(at)))) add(i, i + m[0].length, 'responsibility');
      continue;
    }
    if (/\sorders?$/i.test(m[0])) {
      if (RESPONSIBILITY_TERMS.test(sent) || CASUALTY_TERMS.test(sent) || claimsBeforeSentence()) add(i, i + m[0].length, 'responsibility');
      continue;
    }
    if (/\buse[d]?$/i.test(m[0]) && WEAPON_USED.test(sent.slice(i + m[0].length, i + m[0].length + 40))) {
      add(i, i + m[0].length, 'responsibility');
      continue;
    }
    // "the clinic had not been used for surgery": a passive of use tells what a thing served for;
    // only "had not been used by its forces", with the weapon as its subject, denies an attack.
    const usedPassive = /\bbeen\s+used$/i.test(m[0]);
    if (usedPassive && !/^\s+by\b/i.test(sent.slice(i + m[0].length))) continue;
    // "did not target any religious building" after the deaths there are told: targeting is an attack,
    // one act in the past ("we do not target travellers" states a policy, judged by TARGETED alone).
    const targeting = /^(?:did|didn|had|hadn|has|hasn|have|haven|never)\b.*\starget(?:ed)?$/i.test(m[0]) && (CASUALTY_TERMS.test(sent) || claimsBeforeSentence());
    if (whereabouts ? !RESPONSIBILITY_TERMS.test(sent) && !claimsBeforeSentence() : !RESPONSIBILITY_TERMS.test(usedPassive ? lead + window : window) && !TARGETED.test(window) && !targeting) continue;
    add(i, i + m[0].length, 'responsibility');
  }
  // "At no point did our personnel use firearms": the negation fronted, its subject after the auxiliary.
  INVERTED_NEGATION.lastIndex = 0;
  for (let m = INVERTED_NEGATION.exec(sent); m; m = INVERTED_NEGATION.exec(sent)) {
    const verb = m[1];
    const after = sent.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // What was (not) attacked: a victim in the subject ("were civilians targeted") or after the verb.
    const act = /^(?:use|used)$/i.test(verb) ? WEAPON_USED.test(after) : /^(?:fire|fired|open fire|opened fire|shoot|shot)$/i.test(verb) || TARGETED.test(m[0] + after) || VICTIM_SUBJECT.test(m[0]) || RESPONSIBILITY_TERMS.test(after);
    if (act) add(m.index, m.index + m[0].length - verb.length - 1, 'responsibility');
  }
  NOT_OURS.lastIndex = 0;
  for (let m = NOT_OURS_GATE.test(sent) ? NOT_OURS.exec(sent) : null; m; m = NOT_OURS.exec(sent)) {
    const i = m.index;
    if (/^no (?:sign|evidence|indication|trace)/i.test(m[0]) && FINDING_BEFORE.test(sent.slice(Math.max(0, i - 20), i))) continue;
    // "not aware of any attacks on visitors elsewhere in the country": other events, not this one.
    if (/^(?:not aware|(?:had|has|have) no (?:knowledge|record))/i.test(m[0]) && OTHER_EVENTS.test(m[0] + clauseAfter(sent, i + m[0].length))) continue;
    // The side named by a capital ("no IDF fire", "and not the IDF", "not a Russian strike", "there
    // were no Russian troops"): NOT_OURS runs case-insensitively, where \p{Lu} matches any letter.
    if (SIDE_SHAPED.test(m[0]) && !SIDE_NAMED.test(m[0])) continue;
    // "no aircraft flew", "no firearms were used": the weapon and the act are the match itself.
    // ", not a Russian strike": a side's own attack (named by its side: "not a gas leak, not a
    // bomb" is an investigator's finding) after a cause named in words of attacks or deaths ("the
    // blast was caused by ..."), not "a rally, not a Russian strike".
    if (/^(?:,|and)\s+not\b/i.test(m[0]) && !RESPONSIBILITY_TERMS.test(sent.slice(0, i)) && !CASUALTY_TERMS.test(sent.slice(0, i))) continue;
    // "A UN panel has concluded that the missile was fired by the FOA, not by government forces": a
    // finding, not a side's denial.
    if (/^(?:,|and)\s+not\b/i.test(m[0]) && FINDING_VERB.test(sent.slice(0, i))) continue;
    // "Neither the mayor nor his deputy was involved in the fraud", "was \"not in any way\" behind the
    // delays": involvement in attacks or deaths only.
    if (/^(?:neither|is|was|are|were)\b/i.test(m[0])) {
      const inWhat = clauseAfter(sent, i + m[0].length);
      if (!RESPONSIBILITY_TERMS.test(inWhat) && !CASUALTY_TERMS.test(inWhat)) continue;
    }
    // "have nothing to do with reality" is a falsity predicate (read by FALSITY), not a disowning.
    if (/nothing to do with$/i.test(m[0]) && /^\s+(?:reality|the truth|the facts)\b/i.test(sent.slice(i + m[0].length))) continue;
    // "It was not the first attack this year": a rank, not a denial.
    if (/^it was not (?:the|an?)\s+(?:first|second|third|last|only|latest|\w+est)\b/i.test(m[0])) continue;
    // "It was not the army that fired": the cleft denies an act of attack, not "that built the bridge".
    if (/^it was not (?:the\s+)?(?:army|troops|forces|soldiers|police|military|militia|us)$/i.test(m[0]) && !RESPONSIBILITY_TERMS.test(sent.slice(i + m[0].length, i + m[0].length + 80))) continue;
    // "no homes were hit by the hail": a target not hit tells an attack only where one is named.
    if (/^no\s.*\s(?:hit|struck|attacked)$/i.test(m[0]) && !/^no\s+(?:[\p{L}.-]+\s+){0,3}?(?:aircraft|jets?|planes?|warplanes|helicopters|drones?|vessels?|ships?|missiles?|rockets?|shells?|bombs?)\s/iu.test(m[0]) && !RESPONSIBILITY_TERMS.test(sent.slice(0, i) + sent.slice(i + m[0].length))) continue;
    // "None of our aircraft were within fifty kilometres of Barun": forces kept at a stated distance
    // from the place deny being there, as no one says it of an airline (checked) or of anything else.
    if (/\swithin\s+[\w-]+\s+\S+\s+of$/i.test(m[0])) {
      if (!CIVIL_AVIATION.test(sent)) add(i, i + m[0].length, 'responsibility');
      continue;
    }
    const selfEvident = /(?:flew|flown|fired|used|launched|involved|deployed|attempted|entered|operating|operated|took part|landed|struck|hit|targeted|shelled|bombed|launch(?:es)?|sorties|opened fire|shot|attacked|doing|fault|work|army|troops|forces|soldiers|police|officers|military|militia|us|strikes?|missiles?|rockets?|drones?|shells?|bombs?|attacks?|raids?|operations?|shelling|bombing|our|its|their)$/i.test(m[0]);
    // "no aircraft had been in the area": where they were, said where an attack is told.
    if (/^no\s.*\s(?:area|vicinity|region|city|town|village|district)$/i.test(m[0]) && !RESPONSIBILITY_TERMS.test(sent.slice(0, i) + sent.slice(i + m[0].length)) && !CASUALTY_TERMS.test(sent) && !claimsBeforeSentence()) continue;
    // "had no units near the village" denies only where an attack or deaths are told of, and not
    // for an airline ("Eskair said it had no aircraft over the area").
    if (/(?:in|near|over|around|at|operating)$/i.test(m[0]) && !/^no/i.test(m[0])) {
      if (CIVIL_AVIATION.test(sent) || (!CASUALTY_TERMS.test(sent) && !RESPONSIBILITY_TERMS.test(sent) && !claimsBeforeSentence())) continue;
      // "had no men in reserve after three players were injured": men, unlike troops, are forces only
      // where an attack is told of.
      if (/\sno men\s/i.test(m[0]) && !RESPONSIBILITY_TERMS.test(sent.slice(0, i) + sent.slice(i + m[0].length)) && !RESPONSIBILITY_TERMS.test(preceding)) continue;
      add(i, i + m[0].length, 'responsibility');
      continue;
    }
    // "had nothing to do with the deaths", "played no part in the killings": what is disowned may
    // be the casualties themselves.
    const disowned =
      /(?:nothing to do with|no (?:responsibility|role|part|involvement|blame|liability|culpability))$/i.test(m[0]) &&
      (CASUALTY_TERMS.test(sent) || (DISASTER_AFTER.test(sent.slice(i + m[0].length, i + m[0].length + 40)) && claimsBeforeSentence()));
    // Words of attack outside the match: "bore no responsibility for the delays" names none ("responsib"
    // is the match's own word); an event or casualties told just before will do ("bears no
    // responsibility for buildings approved by the city", after a quake's toll), and so will an
    // accusation it answers ("accused the ministry of ignoring the warnings; it said it bears no ...").
    const disowning = /no (?:responsibility|role|part|involvement|blame|liability|culpability)$/i.test(m[0]);
    const rest = /^no/i.test(m[0]) ? sent.slice(i, i + 100) : disowning ? sent.slice(0, i) + sent.slice(i + m[0].length) : sent;
    if (!selfEvident && !disowned && !RESPONSIBILITY_TERMS.test(rest) && !(disowning && (EVENT_NOUN.test(rest) || /\b(?:accus|blam)\w*/i.test(sent.slice(0, i)) || claimsBeforeSentence()))) continue;
    add(i, i + m[0].length, 'responsibility');
  }
  HIT_NOT.lastIndex = 0;
  for (let m = HIT_NOT_GATE.test(sent) ? HIT_NOT.exec(sent) : null; m; m = HIT_NOT.exec(sent)) {
    const notAt = m.index + m[0].lastIndexOf(', not') + 2;
    add(notAt, m.index + m[0].length, 'responsibility');
  }
  OWN_GOAL.lastIndex = 0;
  for (let m = OWN_GOAL.exec(sent); m; m = OWN_GOAL.exec(sent)) {
    // Said by a party (a speech verb before it), not found by investigators. The cue is the match's
    // group ("caused by"), which follows the auxiliary and its white space.
    const cue = m[1]!;
    const cueAt = m.index + m[0].indexOf(cue);
    // A culprit named as the agent ("was carried out by their own artillery") may be quoted with its
    // speaker after it ("..., he said."); a cause ("was caused by a rocket that misfired") is as often
    // an investigation's finding quoted, so it needs the speech verb before it.
    // A cause with its speaker after it counts too when that speaker is a party, not an inquiry
    // ("..., investigators said").
    const agent = /^(?:carried|the work|committed|fired)/i.test(cue);
    const after = sent.slice(m.index);
    // Not a quotation's later sentence ("Our forces did not strike the hospital. Any damage there was
    // caused by ...," he said): it goes on with the statement its first sentence made.
    const continued = !/^\s*[“"]/.test(sent) && /[”"]/.test(after) && !/[“"]\s*\S/.test(sent.slice(0, m.index));
    const pleaded =
      SPOKEN_BEFORE.test(sent.slice(0, m.index)) ||
      (agent ? QUOTE_SPEAKER_AFTER.test(after) : !continued && SPEAKER_AFTER.test(after) && !FINDER_AFTER.test(after) && !FINDING_VERB.test(sent.slice(0, m.index)));
    if (!pleaded || HEDGE_BEFORE.test(sent.slice(0, m.index))) continue;
    add(cueAt, cueAt + cue.length, 'responsibility');
  }
  CORRECTED_TOLL.lastIndex = 0;
  for (let m = CORRECTED_TOLL.exec(sent); m; m = CORRECTED_TOLL.exec(sent)) {
    // "38, not 60 as some are claiming": a toll told against another's, where the dead are named.
    // The dead are named before the cue, in the toll set against it ("scored 12 goals, not 15 as
    // reported, before his injury" corrects no toll), and the count is of people, not an amount.
    const cue = m[1] ?? m[2];
    const at = m.index + m[0].indexOf(cue);
    if (!TOLL_WORDS.test(sent.slice(0, at)) || AMOUNT_AFTER.test(sent.slice(at + cue.length))) continue;
    add(at, at + cue.length, 'casualties');
  }
  NEGATED_FAULT.lastIndex = 0;
  for (let m = NEGATED_FAULT.exec(sent); m; m = NEGATED_FAULT.exec(sent)) {
    // "Its owner insisted it had not been overloaded": said by a party (speech before it, or a quote
    // with its speaker after), where people died or a disaster struck; not an inquiry's finding.
    const said = SPOKEN_BEFORE.test(sent.slice(0, m.index)) || QUOTE_SPEAKER_AFTER.test(sent.slice(m.index));
    if (!said || FINDING_VERB.test(sent.slice(0, m.index)) || FINDER_AFTER.test(sent.slice(m.index)) || HEDGE_BEFORE.test(sent.slice(0, m.index)) || !deadlyContext()) continue;
    add(m.index, m.index + m[0].length, 'responsibility');
  }
  NOTHING_MORE.lastIndex = 0;
  for (let m = NOTHING_MORE.exec(sent); m; m = NOTHING_MORE.exec(sent)) {
    if (HEDGE_BEFORE.test(sent.slice(0, m.index))) continue;
    const at = m.index + m[0].search(/nothing (?:more|else)$/i);
    add(at, m.index + m[0].length, 'responsibility');
  }
  ONLY_LAWFUL.lastIndex = 0;
  for (let m = ONLY_LAWFUL.exec(sent); m; m = ONLY_LAWFUL.exec(sent)) {
    if (HEDGE_BEFORE.test(sent.slice(0, m.index))) continue;
    const only = m.index + Math.max(0, m[0].search(/\b(?:only|exclusively|solely|all)\b/i));
    add(only, only + m[0].slice(only - m.index).search(/\s|$/), 'responsibility');
  }
  FORCES_AWAY.lastIndex = 0;
  for (let m = FORCES_AWAY.exec(sent); m; m = FORCES_AWAY.exec(sent)) {
    // Where an attack or deaths are told of, here or just before; not an airline's planes.
    if (CIVIL_AVIATION.test(sent) || (!CASUALTY_TERMS.test(sent) && !RESPONSIBILITY_TERMS.test(sent) && !claimsBeforeSentence())) continue;
    add(m.index, m.index + m[0].length, 'responsibility');
  }
  // Everyone alive, against a report of deaths here or just before; only where no other cue of the
  // sentence tells the denial (whose form decides which figures are denied).
  if (!hits.length) {
    ALL_ALIVE.lastIndex = 0;
    for (let m = ALL_ALIVE.exec(sent); m; m = ALL_ALIVE.exec(sent)) {
      // "Every sailor is alive. Reports to the contrary are false.": the next sentence makes the denial.
      if (/\bto the contrary\b/i.test(text.slice(end, end + 120))) break;
      if (DEATHS_REPORTED.test(sent) || DEATHS_REPORTED.test(preceding) || /\b(?:insist|maintain|assur)\w*\s+(?:\w+\s+){0,2}?(?:that\s+)?$/i.test(sent.slice(Math.max(0, m.index - 40), m.index))) add(m.index, m.index + m[0].length, 'casualties');
    }
  }
  NOBODY_THERE.lastIndex = 0;
  for (let m = NOBODY_THERE.exec(sent); m; m = NOBODY_THERE.exec(sent)) {
    if (ATTACK_NOUN.test(sent) || /\b(?:insist|maintain)\w*\s+(?:that\s+)?$/i.test(sent.slice(Math.max(0, m.index - 20), m.index))) add(m.index, m.index + m[0].length, 'casualties');
  }
  REFUSED_BLAME.lastIndex = 0;
  for (let m = REFUSED_BLAME.exec(sent); m; m = REFUSED_BLAME.exec(sent)) {
    // For deaths or an attack, not "for the delays".
    const what = clauseAfter(sent, m.index + m[0].length);
    if (CASUALTY_TERMS.test(what) || RESPONSIBILITY_TERMS.test(what)) add(m.index, m.index + m[0].length, 'responsibility');
  }
  NOT_GUILTY.lastIndex = 0;
  for (let m = NOT_GUILTY.exec(sent); m; m = NOT_GUILTY.exec(sent)) {
    if (KILLING_CHARGE.test(sent) || CASUALTY_TERMS.test(sent)) add(m.index, m.index + m[0].length, 'responsibility');
  }
  hits.sort((a, b) => a.cueStart - b.cueStart);
  // "The claim that no aircraft flew over the village is not credible": a side's negation, reported
  // in order to be called false, is no denial of the one who calls it so.
  return hits.filter((h) => h.form || !CLAIMED_NEGATION.test(text.slice(Math.max(start, h.cueStart - 40), h.cueStart)) || !CALLED_FALSE_AFTER.test(text.slice(h.cueEnd, end)));
}

/** How much white space opens text[from, to) (a clause after a break). */
function leadingSpace(text: string, from: number, to: number): number {
  let n = 0;
  while (from + n < to && /\s/.test(text[from + n])) n++;
  return n;
}

/**
 * Where the object of a rejecting verb ends, for telling the figures it rejects from those its
 * speaker goes on to state: "denied reports of 40 dead, saying only two died", "denied the toll
 * and said 4 were wounded", "..., the ministry said".
 */
const OBJECT_END =
  /;|\.\s|\s[—–]\s|,\s+(?:but|while|whereas|although|saying|adding|insisting|stressing|noting|arguing|explaining|putting|claiming|citing|said|says|told)\b|,\s+(?!which\b|that\b)(?:[\w’'-]+\s+){1,4}?(?:said|says|told|added|insisted|stressed)\b|\s+and\s+(?:\w+\s+){0,4}?(?:den(?:y|ies|ied)|reject\w*|dismiss\w*|insist\w*|said|says|added|called|described)\b/i;
/** A passive cue's agent and a relative clause on it: " by the army, which". */
const AGENT_RELATIVE = /^\s+by\s+[^,;]{1,60}(?=,\s+(?:which|who)\s)/i;
/** How far from its cue a figure can be rejected (characters). */
const SPAN = 300;
/** "not true that ...": the subject of a falsity predicate put after it. */
const EXTRAPOSED = /^[”"’']?\s+that\b/i;
/** "7 people died and reports of more deaths were false": the rejected report is a second conjunct. */
const CONJOINED_REPORT = /\b(?:and|but|while|whereas)\s+(?:\w+\s+){0,2}?(?:reports?|claims?|figures?|rumou?rs?|allegations?|accounts?|tolls?)\b/i;
/** A speaker's own statement between a figure and a cue after it: the figure is theirs. */
const SPEECH_BETWEEN = /\b(?:said|says|told|saying|according)\b/i;

/**
 * Whether the figure at [numberStart, numberEnd) is what the casualty denial d rejects: inside the
 * object after a rejecting verb (with what a relative says of it: "a report, which said 40 died"),
 * the subject of a passive one or of a falsity predicate, or the report a relative clause points
 * back to. The denier's own figures around it stay asserted.
 */
export function deniesFigure(text: string, d: DenialHit, numberStart: number, numberEnd: number, sentenceEnd: number): boolean {
  // Objects and subjects are read within a few hundred characters (as clauseAfter reads them): a
  // cheap test first, so a run-on sentence's many figures and cues do not meet pairwise.
  if (d.scope !== 'casualties' || !d.form || numberStart > d.cueEnd + SPAN || d.cueStart > numberEnd + SPAN) return false;
  if (numberStart >= d.cueEnd) {
    // "accused X of inflating the toll of 30": a falsity word used as a verb takes an object too.
    // So do "no evidence to support claims of 200 dead" and "no truth in reports that", and so
    // does the subject put after its predicate in "it is not true that 40 people died".
    // "described as false the rebel claim that 40 ...": the object put after "as <cue>".
    const takesObject =
      /(?:ing|ate|support|for|in|to)$/i.test(text.slice(d.cueStart, d.cueEnd)) ||
      EXTRAPOSED.test(text.slice(d.cueEnd, d.cueEnd + 8)) ||
      (/\bas\s+[“"]?$/i.test(text.slice(Math.max(0, d.cueStart - 5), d.cueStart)) && /^[”"]?\s+(?:the|a|an|reports?|claims?)\b/i.test(text.slice(d.cueEnd, d.cueEnd + 10)));
    if (d.form === 'predicate' && !takesObject) return false;
    const rest = text.slice(d.cueEnd, Math.min(sentenceEnd, d.cueEnd + SPAN));
    // "were dismissed by the army, which said 3 had been wounded": a relative on the agent is the
    // agent's own statement.
    const agent = AGENT_RELATIVE.exec(rest);
    const stop = agent ? agent[0].length : rest.search(OBJECT_END);
    return stop < 0 || numberStart < d.cueEnd + stop;
  }
  if (numberEnd > d.cueStart) return false;
  const between = text.slice(numberEnd, d.cueStart);
  if (POINTS_BACK.test(between)) return true;
  if (OBJECT_END.test(between) || CONJOINED_REPORT.test(between)) return false;
  if (d.form === 'predicate') return !SPEECH_BETWEEN.test(between);
  return PASSIVE_BEFORE.test(between);
}

/**
 * A bare report noun as the whole object: "the claim", "these reports", "Kessa's figures". Not
 * "that account" or "their version": those name an explanation of what happened (often by a third
 * party disputing a cause), not a claim of casualties.
 */
const ANAPHORIC_OBJECT =
  /^\s*(?:the|these|those|such|this|that|their|its|his|her|\S+['’]s?)\s+(?:[\w-]+(?:['’]s?)?\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|figures?|numbers?|tolls?|counts?|estimates?|tall(?:y|ies)|videos?|footage|clips?|images|pictures|photos|photographs)\b(?!\s+(?:of|that|about|on)\b)/i;
/**
 * "that account", "those accounts", "the version": with nothing between determiner and noun, the
 * account just told. Not "the official account" or "the army's version", which name someone
 * else's explanation (rejected by victims and witnesses as often as by the accused).
 */
const BARE_ACCOUNT = /^\s*(?:the|that|this|these|those)\s+(?:accounts?|versions?)\b(?!\s+(?:of|by|from|given|that|about)\b)/i;
/** The victims' side and onlookers as the subject just before a cue: "Villagers disputed ...". */
const BYSTANDERS =
  /\b(?:residents|villagers|witnesses|survivors|relatives|families|rescuers|rescue workers|medics|doctors|nurses|locals|activists|rights groups?|journalists|reporters|analysts|experts|investigators|observers|neighbou?rs|parents|victims)\b[^,;]*$/i;
/** The same with a noun of report, not of blame: "the claim", "these figures". */
const CLAIM_NOUN_OBJECT =
  /^\s*(?:the|these|those|such|this|that|their|its|his|her|\S+['’]s?)\s+(?:[\w-]+(?:['’]s?)?\s+)?(?:claims?|reports?|figures?|numbers?|tolls?|counts?|estimates?|tall(?:y|ies)|videos?|footage|clips?|images|pictures|photos|photographs)\b(?!\s+(?:of|that|about|on)\b)/i;
/** Adverbs and time words between a cue and its object. */
const OBJECT_LEAD =
  /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|again|also|later|repeatedly|flatly|strongly|categorically|vehemently|firmly|outright|ever|deliberately|intentionally|knowingly|directly)\s+)+/i;
/**
 * A prepositional phrase between a deny verb and its that-clause: "denied through his lawyer that",
 * "denied, in a statement, that", "denied to reporters on Monday that".
 */
const PHRASE_BEFORE_THAT = /^\s*,?\s*(?:in|through|via|to|on|at|during|before|after|from|with|by|over)\s+(?:[^\s,;.]+(?:\s+|,\s+)){0,7}?(?=that\b)/i;
/**
 * A falsity word fronted before the object: "rejected as fabricated the news that ...", "dismissed
 * as “pure invention” the reports ...".
 */
const AS_FALSE_LEAD = /^\s*as\s+[“"‘]?(?:[\w-]+\s+){0,3}?[\w-]+[”"’]?,?\s+(?=(?:the|a|an|any|all|these|those|such|reports?|claims?|allegations?|accusations?|news|stories|rumou?rs?|figures?)\b)/i;
/** Someone said to be at fault: "that its stewards were to blame", "that the firm was at fault". */
const AT_FAULT = /^\s*that\s+(?:\S+\s+){1,5}?(?:was|were|is|are|had been|has been|have been)\s+(?:\w+\s+)?(?:to blame|at fault|negligent)\b/i;
/**
 * Negligence or a cause as what a deny verb rejects, in a that-clause (with or without "that", or
 * after a report noun) or a gerund: "that the boat had been overloaded", "its driver had been
 * speeding", "that its food was to blame", "ignoring warnings", "that it had failed to maintain the
 * shaft". The words of fault come within the clause's first dozen words.
 */
const FAULT_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:\S+\s+){0,4}?(?:reports?|claims?|allegations?|accusations?|suggestions?|assertions?|charges?)\s+)?(?:that\s+)?(?:[^\s,;]+\s+){0,10}?` +
    String.raw`(?:overload(?:ed|ing)|overcrowd(?:ed|ing)|speeding|(?:driven|driving|going|travell?ing)\s+too\s+fast|drunk|drinking|intoxicated|asleep|negligen\w*|reckless\w*|careless\w*|to\s+blame|at\s+fault|unsafe|unseaworthy|unroadworthy|defective|faulty|substandard|poorly\s+(?:maintained|built|designed|constructed|trained|secured)|(?:ignor|disregard)(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}?(?:warnings?|alerts?|alarms?|complaints|concerns|advice|recommendations?)|fail(?:ed|ing)\s+to\s+(?:maintain|inspect|warn|evacuate|repair|secure|check|enforce|follow)|neglect(?:ed|ing)|flout(?:ed|ing)|cut(?:ting)?\s+corners|weaken(?:ed|ing)|(?:locked|padlocked|chained)|contaminat(?:ed|ing)|adulterat(?:ed|ing)|tainted|beyond\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:capacity|limits?|hours))\b`,
  'i',
);
/** The denier's own craft or forces moving near the place: "that any of its boats had approached the dinghy". */
const OWN_CRAFT_NEAR =
  /^\s*(?:that\s+)?(?:(?:any|none|one|some)\s+of\s+)?(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:boats?|vessels?|ships?|warships|gunboats|patrols?|craft|aircraft|jets?|planes?|helicopters|drones?|troops|forces|units|soldiers|officers|vehicles)\s+(?:had\s+|have\s+|has\s+|was\s+|were\s+)?(?:been\s+)?(?:approach(?:ed|ing)|enter(?:ed|ing)|cross(?:ed|ing)|tow(?:ed|ing)|chas(?:ed|ing)|pursu(?:ed|ing)|intercept(?:ed|ing)|board(?:ed|ing)|push(?:ed|ing)\s+back)\b/i;
/** People harmed without a casualty word: "were treated for food poisoning", "38 patients". */
const HARMED = /\b(?:patients|treated|treatment|poison(?:ed|ing)|intoxication|survivors|survived)\b/i;
/** Disasters that kill, named without their dead: "the collapse", "the crush", "the sinking". */
// ("the talks collapsed", "the court overturned the ruling": the figurative senses name no disaster.)
const DISASTER = /\b(?:(?<!\b(?:market|markets|talks|deal|negotiations|government|coalition|economy|prices|shares|stocks|currency|bid|merger|ceasefire|truce|trial|case|company|firm|bank)\s)collapsed?|crush|stampede|crash|sinking|sank|capsiz(?:ed|ing)|overturned(?!\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w-]+\s+)?(?:ruling|rulings|verdict|decision|conviction|sentence|ban|law|result|election|order|policy|judgment|judgement|precedent|deficit|lead)\b)|blast|explosion|fire|blaze|flood(?:ing)?|landslide|derail(?:ment|ed)|tragedy|disaster|catastrophe)\b/i;
/**
 * A closing phrase that names the occasion: "resign over the deaths", "the explanation for the
 * deaths", "acted in self-defence when he killed". Nouns of blame are read before it is cut.
 */
const CIRCUMSTANCE = /\b(?:(?:over|amid|despite|for)\s+(?:the|a|his|her|their|its)\s|(?:after|following|when|while)\s)[^;]*$/i;

/**
 * The dead told of a noun inside the object, as a relative clause or appositive: "the collapse that
 * killed 9", "the bus, which overturned killing 23,", "the tunnel, where 31 miners died,". They are
 * the denied statement's circumstance, as CIRCUMSTANCE's "over the deaths" is.
 */
const DEADLY_RELATIVE =
  /,\s*(?:which|who|where|when|killing|leaving)\b[^,;]{0,120}?\b(?:killed|killing|died|dead|deaths?|lives|casualt\w*|injur\w*|wounded)\b[^,;]{0,80}(?:,|$)|\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:killed|claimed|cost|left|injured|wounded)\s+[^,;]{0,80}/gi;
/** What is left of the object says the deadly event never happened: its dead are denied with it. */
const DID_NOT_HAPPEN = /\b(?:took place|taken place|happened|occurred|existed)\b/i;

/**
 * "denied the news released by foreign media that its gunners had shelled the market", "denied the
 * claims made by the opposition that officers had fired": a report noun and what carried it, then
 * the clause it reports. Read for an attack only (the dead anywhere in the object are scopeOf's).
 */
function reportedAttackScope(object: string): DenialScope | null {
  const lead = REPORTED_THAT.exec(object) ?? ACCUSED_THAT.exec(object);
  return lead && scopeOf(object.slice(lead[0].length)) === 'responsibility' ? 'responsibility' : null;
}

/** What a deny verb rejects decides whether it is a denial here, and of what. */
function scopeOf(object: string): DenialScope | null {
  // "denied Tuesday that...", "flatly denied any...": what comes before the object is no part of it.
  object = object.replace(OBJECT_LEAD, '').replace(PHRASE_BEFORE_THAT, '').replace(AS_FALSE_LEAD, '');
  // "denied that the bus, which overturned killing 23, had been driven too fast": a cause or conduct
  // around a deadly event is denied, not its dead (whose figure stays asserted). Read without the
  // relative; what names no dead of its own is a denial of responsibility.
  const told = object.includes(',') || /\b(?:that|which)\s/i.test(object) ? object.replace(DEADLY_RELATIVE, ' ') : object;
  if (told !== object && /^\s*(?:\S+\s+){0,3}?that\s/i.test(told) && !CASUALTY_TERMS.test(told) && !DID_NOT_HAPPEN.test(object)) {
    return scopeOf(told) ?? 'responsibility';
  }
  const head = object.slice(0, 60);
  // "Israeli claims that it had killed 20 of its fighters": the claimant's own kills, a casualty claim;
  // "that the drone strike killed any civilians": deaths said of an attack, not of who attacked.
  if (CLAIMED_KILLS.test(head) || STRIKE_KILLED.test(head)) return 'casualties';
  if (/^\s*(?:any\s+)?(?:involvement|responsibility|role|knowledge|wrongdoing|blame|culpability|negligence|targeting|carrying out|(?:links?|connections?|ties)\s+(?:to|with)\b|(?:part|hand)\s+in\b|(?:having\s+)?(?:had\s+)?anything to do with\b|that (?:it|they|its|their|the \w+) (?:had )?(?:carried|launched|targeted|struck|fired|bombed|shelled|attacked|was behind|were behind))/i.test(head)) {
    return 'responsibility';
  }
  // "denies drone strike on wedding": a weapon or a qualifier before the attack; not a labour
  // strike ("denies strike ballot was rigged").
  if (/^\s*(?:a|any|the)?\s*(?:(?:targeted|deadly|fatal|alleged|reported|drone|missile|rocket|artillery|mortar|naval|air)\s+)?(?:air ?strike|strike|attack|bombing|shelling|raid)s?\b(?!\s+(?:ballots?|action|votes?|pay|funds?|talks|deadline|committee|leaders?|workers|organi[sz]ers|notice|threats?)\b)/i.test(head)) return 'responsibility';
  // "denied hitting the hospital", "denied that police had used live ammunition".
  // "denied shooting down the helicopter": an aircraft, not people, unless the object says so.
  if (/^\s*(?:ever\s+)?(?:shooting|bringing)\s+down\b/i.test(head)) return CASUALTY_TERMS.test(object) ? 'responsibility' : null;
  if (/^\s*(?:ever\s+)?(?:hitting|striking|shelling|bombing|firing|shooting|attacking|targeting|killing|using|ordering|opening fire|launching|carrying (?:(?:it|them)\s+)?out|causing|delaying|being (?:behind|involved|responsible)|burning|torching|orchestrating|masterminding|planning|ambushing|abducting|kidnapping|massacring|executing|ramming|raiding|storming|detonating|planting)\b/i.test(head)) return 'responsibility';
  // "that its drones had struck", "its forces were behind", "it was their rocket that killed"; not
  // "that any soldiers were killed", where a passive of killing says who died, not who killed.
  if (/^\s*(?:categorically\s+|strongly\s+)?(?:that\s+(?:\S+\s+){1,5}?|(?:it|they|its|their|his|her)\s+(?:\S+\s+){0,4}?|(?:the|our)\s+(?:(?!claim|say|said|report)\S+\s+){0,4}?|(?:troops|soldiers|forces|police|officers|jets|drones|militants|rebels|fighters)\s+)(?:had\s+|have\s+|has\s+|was\s+|were\s+)?(?:hit|struck|shelled|bombed|fired|(?<!\b(?:be|been|being|was|were|is|are)\s)(?:killed|executed|shot)|attacked|targeted|used|ordered|opened fire|launched|carried out|caused|delayed|played|cleared|failed|involved|responsible|behind|rammed|ambushed|raided|stormed|torched|burned|detonated|planted|massacred|abducted|orchestrated|bore|bears|beaten|beat|tortured|stabbed|strangled|target|targets|kill|kills|shoot|shoots|committed|took part|taken part|participated|(?:gave|given|issued)\s+(?:an?\s+|any\s+|the\s+|such\s+)?orders?)\b/i.test(head)) {
    return 'responsibility';
  }
  // "denied that its stewards were to blame for the crush": blame for deaths or a disaster, not
  // "that he was to blame for the defeat".
  if (AT_FAULT.test(head) && (CASUALTY_TERMS.test(object) || DISASTER.test(object))) return 'responsibility';
  // "denied that any of its drones had been flying in the area": the denier's own forces or weapons
  // said not to have been there (not "that the airline's planes were flying").
  if (OWN_FORCES_THERE.test(head + object.slice(60, 120))) return 'responsibility';
  // "denied that the dam had been poorly maintained before it burst, killing 20": negligence, the
  // disaster or its dead told with it.
  if (FAULT_OBJECT.test(object) && (CASUALTY_TERMS.test(object) || DISASTER.test(object))) return 'responsibility';
  // "denied that he would resign over the deaths": deaths named as the occasion are not denied.
  if (CASUALTY_TERMS.test(object.replace(CIRCUMSTANCE, ''))) return 'casualties';
  // "Israel says the blast was caused by a rocket launched by Islamic Jihad, a claim the group denies".
  if (/\b(?:caused|launched|fired|carried out)\s+by\b/i.test(object) && RESPONSIBILITY_TERMS.test(object)) return 'responsibility';
  if (/^\s*(?:\S+\s+){0,2}?(?:reports?|claims?|allegations?|accusations?)\b/i.test(head) && RESPONSIBILITY_TERMS.test(object)) {
    // "claims that a Russian missile had hit the block": an attack told in the active.
    return /\b(?:carried out|behind|responsib|involve|targeted)\b|(?<!\b(?:be|been|being|was|were|is|are)\s)\b(?:hit|struck|shelled|bombed|attacked|fired on)\b/i.test(object) ? 'responsibility' : null;
  }
  return null;
}

/**
 * What the cue at i rejects: the clause after it; for a passive cue with no object of its own
 * ("reports of 50 deaths were denied by the ministry") the clause before it; for a relative one
 * (", a claim the ministry denies") the clause it points back to.
 */
function objectOf(sent: string, i: number, after: string): string {
  if (!/^\s*(?:by\b|as\b|[,.;]|$)/i.test(after)) return after;
  const before = sent.slice(Math.max(0, i - 200), i);
  // "18 people died, a figure the government rejected": the clause the relative points back to.
  if (POINTS_BACK.test(before)) return before.slice(before.lastIndexOf(';') + 1) + after;
  if (!PASSIVE_BEFORE.test(before)) return after;
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(', '), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return before.slice(clauseStart + 1) + after;
}

/** The rest of the clause after position i (to the next ";", sentence end, or ", but"), ≤ 200 chars. */
function clauseAfter(sent: string, i: number): string {
  // A quote closed right after the cue ("“firmly rejects” the accusations") is no part of the object.
  const rest = sent.slice(i, i + 200).replace(/^[”"’](?=\s)/, '');
  const stop = rest.search(CLAUSE_END);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/** The clause around position i: bounded by ";", ", but", "—" and the sentence ends. */
function clauseAround(sent: string, i: number): string {
  // At most 300 characters back, like clauseAfter's 200 forward: a cue in a run-on sentence would
  // otherwise rescan everything before it.
  const from = Math.max(0, i - 300);
  const before = sent.slice(from, i);
  // "nothing but lies" is no contrast.
  const but = before.lastIndexOf(' but ');
  const b = Math.max(before.lastIndexOf(';'), before.lastIndexOf(', but'), /\bnothing$/i.test(before.slice(0, but)) ? -1 : but, before.lastIndexOf('—'));
  return sent.slice(b < 0 ? from : from + b, i) + clauseAfter(sent, i);
}

/**
 * "Rebels said they had killed 40 soldiers. The army denied the claim.": an object that is only a
 * report noun ("the claim", "these reports", "the figure") rejects what was said just before; its
 * scope is read there (casualties if it names any, else responsibility if it names an attack).
 */
function anaphoricScope(text: string, start: number, object: string, lead: string): DenialScope | null {
  if (BARE_ACCOUNT.test(object)) {
    // "Witnesses said the boy was shot by a soldier. The army rejected that account.": the account
    // just told, of an attack (who did it) or of deaths. "Villagers disputed that account": the
    // victims' side rejects the accused's account, which denies nothing.
    if (BYSTANDERS.test(lead)) return null;
    const told = previousSentence(text, start);
    return RESPONSIBILITY_TERMS.test(told) ? 'responsibility' : CASUALTY_TERMS.test(told) ? 'casualties' : null;
  }
  if (!ANAPHORIC_OBJECT.test(object)) return null;
  const before = previousSentence(text, start);
  // "denied the accusations": an accusation is of blame, whatever it blames for.
  if (!CLAIM_NOUN_OBJECT.test(object)) return CASUALTY_TERMS.test(before) || RESPONSIBILITY_TERMS.test(before) ? 'responsibility' : null;
  if (CASUALTY_TERMS.test(before)) return 'casualties';
  return RESPONSIBILITY_TERMS.test(before) ? 'responsibility' : null;
}

/**
 * "Residents said drones had hit the hall. The army denied it.": a pronoun object rejects what the
 * sentence before told, deaths (casualties) or an attack (responsibility).
 */
function pronounScope(text: string, start: number, object: string): DenialScope | null {
  // "denied this, saying no officers were sent": the participle gives the denier's reason. What
  // "this" is, is then read in the sentence just before only: a reason is often given for denying
  // something else told on the way ("that the exit was locked", "that its statement was a lie").
  const reasoned = object.replace(REASON_AFTER, '');
  // "denied it within hours", "denied it in a statement": an adverbial after the pronoun.
  if (!/^\s*(?:it|this|that|them)(?:\s+(?:within|in|on|at|later|again|immediately|outright|strongly|flatly|firmly|categorically|too|also|swiftly|quickly)\b[^,;]{0,30})?\s*[.!]?\s*$/i.test(reasoned)) return null;
  const before = reasoned === object ? previousSentence(text, start) : lastSentence(previousSentence(text, start));
  // "A missile struck the market, killing nine. The army denied it.": the attack, not the deaths.
  if (/\b(?:hit|struck|shelled|bombed|shot|fired|attacked|targeted|raided|ambushed)\b/i.test(before)) return 'responsibility';
  if (CASUALTY_TERMS.test(before)) return 'casualties';
  return RESPONSIBILITY_TERMS.test(before) ? 'responsibility' : null;
}

/** A participle after a pronoun object: ", saying ...", ", adding that ...". */
const REASON_AFTER = /,\s+(?:saying|adding|insisting|arguing|explaining|stressing|noting|calling)\b[^]*$/i;

/** The last sentence of a stretch of text that ends with one. */
function lastSentence(before: string): string {
  const trimmed = before.trimEnd();
  let at = trimmed.length - 1;
  // Past the sentence's own closing mark and quote, back to the end of the one before it.
  while (at > 0 && /[.!?”"’]/.test(trimmed[at])) at--;
  for (; at > 0; at--) if (/[.!?\n]/.test(trimmed[at]) && /\s/.test(trimmed[at + 1] ?? '')) break;
  return trimmed.slice(at + 1);
}

/** At most eight words ("This is not true."): a reply to the sentence before. */
function shortSentence(sent: string): boolean {
  return sent.split(/\s+/, 9).length <= 8;
}

/** The sentence before tells casualties or who caused them. */
function claimsBefore(prev: string): boolean {
  return CASUALTY_TERMS.test(prev) || RESPONSIBILITY_TERMS.test(prev);
}

/**
 * What comes just before: up to 300 characters, across a paragraph break (wire copy sets a
 * rebuttal in a paragraph of its own: "Rebels said they killed 35.\n\nThe ministry rejected the
 * claim."), so also what an unrelated sentence in between stood before.
 */
function previousSentence(text: string, start: number): string {
  return text.slice(Math.max(0, start - 300), start);
}
