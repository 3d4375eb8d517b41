/**
 * The prefilter: one regex pass over the whole text that finds the few paragraphs that can hold a
 * figure or a denial. It must be fast (it reads every byte of every page) and must never miss: every
 * outcome word, verb and denial cue the readers know is one of its stems (a test checks that).
 *
 * Speed comes from the shape of the regex: a word boundary, then the stems grouped by first letter,
 * so the engine tries one small group per word start instead of every alternative at every position.
 * Stems that are common words in other news ("lost", "inflation", "executive", "fire") are written
 * in the narrower forms that casualty and denial language uses.
 */

/** Who holds people captive, for the stems of captivity (figures.ts CAPTORS reads the same words). */
const CAPTORS = '(?:gunmen|kidnappers|abductors|captors|militants|rebels|insurgents|bandits|terrorists|hijackers|jihadists|pirates|fighters)';

const STEMS = [
  // figures
  'kill', 'dead', 'death', 'hospital', 'critical\\s+(?:condition|cases)', 'are\\s+critical\\b', 'were\\s+critical\\b', 'is\\s+critical\\b', 'was\\s+critical\\b', 'remain(?:s|ed)?\\s+critical\\b', 'intensive\\s+care', 'search(?:ing|ed)?\\s+for\\b', 'still\\s+looking\\s+for\\b', 'fell\\s+in\\s+(?:battle|combat|action)\\b', 'icu\\b', 'serious\\s+(?:condition|cases)', 'stable\\s+condition', 'burns\\b', 'smoke\\s+inhalation', 'medical\\s+(?:treatment|care)',
  'cut\\s+down', 'mow(?:ed|n)\\s+down', 'deceased', 'died', 'dies', 'die\\b', 'dying', 'gunn(?:ed|ing)\\s+down', 'shot\\b', 'stabb(?:ed|ing)', 'suffocat', 'asphyxiat',
  'execut(?:ed|es|ing|ions?)\\b', 'remains\\s+of', 'drown', 'hospitali[sz]', 'disappear', 'wound', 'injur', 'hurt', 'harm(?:ed)?\\b',
  'casualt', 'fatalit', 'bodies', 'corpses', 'toll\\b', 'perish', 'succumb', 'martyr', 'slain', 'slaughter', 'massacr', 'murder', 'butcher', 'behead', 'assassinat', 'maim', 'seiz(?:ed?|es|ing)\\b',
  'missing', 'unaccounted', 'eliminat', 'neutrali[sz]', 'captiv', 'trapp(?:ed|ing)\\b', 'under\\s+(?:the\\s+)?(?:rubble|debris|wreckage|ruins|mud|snow|collapsed)\\b', 'captur', 'prisoner', 'hostage', 'abduct', 'kidnap', 'detained', 'kia\\b', 'wia\\b', 'mia\\b', 'pows\\b', 'loss(?:es)?\\b',
  'lost\\s+(?:their|his|her|its|our)\\s+li(?:ves|fe)\\b', 'lost\\s+(?:(?:at|least|more|than|over|about|around|some|nearly|almost|another|a|an|further|estimated|up|to|as|many)\\s+){0,3}(?:\\d|dozens|hundreds|thousands|scores|several|both|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)\\b)',
  'claim(?:ed|ing|s)?\\s+(?:[\\w,]+\\s+){0,4}?lives', 'cost(?:s|ing)?\\s+(?:[\\w,]+\\s+){1,4}?lives', 't(?:ook|ake[ns]?|aking)\\s+(?:the\\s+)?lives',
  'lives\\s+(?:were|have\\s+been|had\\s+been)\\s+lost', 'victim', 'killings', 'homicides\\b',
  'sent\\s+to\\s+hell\\b', 'shahad', 'destroy(?:ed|ing)\\b', 'buried\\b', 'funerals?\\s+of\\b', 'burials?\\s+of\\b', 'discharged\\b', 'laid\\s+to\\s+rest\\b', 'under\\s+(?:medical\\s+|hospital\\s+|intensive\\s+)?(?:treatment|care)\\b', 'condition\\s+of\\b',
  `held\\s+by\\s+(?:the\\s+|their\\s+|armed\\s+)?${CAPTORS}\\b`,
  // captives kept or taken by their captors: "26 remain with the bandits", "taken by the gunmen"
  `remain(?:s|ed)?\\s+(?:with|among|in\\s+the\\s+hands\\s+of)\\s+(?:the\\s+|their\\s+)?${CAPTORS}\\b`,
  `still\\s+(?:with|among|in\\s+the\\s+hands\\s+of)\\s+(?:the\\s+|their\\s+)?${CAPTORS}\\b`,
  `taken\\s+by\\s+(?:the\\s+)?${CAPTORS}\\b`,
  // patients and the still missing, said without an outcome word: "are still being treated",
  // "treated 85 people", "needed surgery", "remain admitted", "in the burns unit", "brought in with
  // fractures", "had not been accounted for", "have never been found"
  'being\\s+treated\\b', 'been\\s+treated\\b', 'were\\s+treated\\b', 'was\\s+treated\\b', 'are\\s+treated\\b', 'is\\s+treated\\b', 'still\\s+treated\\b', 'treated\\s+for\\b',
  'treat(?:ed|ing)\\s+(?:(?:at|least|more|than|over|about|around|some|nearly|almost|another|a|an|further|up|to|as|many)\\s+){0,3}(?:\\d|dozens|hundreds|thousands|scores|several|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b)',
  'surger', 'amputat', 'stitches\\b', 'resuscitat', 'first\\s+aid\\b', 'medical\\s+(?:attention|help)\\b', 'emergency\\s+(?:treatment|care|unit|wards?)\\b', 'urgent\\s+(?:treatment|care)\\b',
  'needed\\s+(?:\\w+\\s+)?treatment\\b', 'needing\\s+(?:\\w+\\s+)?treatment\\b', 'required\\s+(?:\\w+\\s+)?treatment\\b', 'requiring\\s+(?:\\w+\\s+)?treatment\\b',
  'received\\s+(?:\\w+\\s+)?treatment\\b', 'receiving\\s+(?:\\w+\\s+)?treatment\\b', 'underwent\\s+(?:\\w+\\s+)?(?:treatment|operations)\\b', 'undergo(?:ing|ne)?\\s+(?:\\w+\\s+)?(?:treatment|operations)\\b', 'sought\\s+(?:\\w+\\s+)?treatment\\b',
  'remain(?:s|ed)?\\s+admitted\\b', 'still\\s+admitted\\b', 'trauma\\s+(?:unit|wards?)\\b', 'surgical\\s+(?:unit|wards?)\\b', 'casualty\\s+(?:unit|wards?)\\b', 'isolation\\s+(?:unit|wards?)\\b', 'burn\\s+(?:unit|wards?)\\b',
  'fractur', 'frostbite', 'concussion', 'broken\\s+(?:limbs?|legs?|arms?|bones|ribs|backs?|necks?|hips?|noses?|jaws?|ankles?|wrists?|skulls?|pelvis|hands?|feet|foot)\\b',
  'not\\s+(?:yet\\s+)?been\\s+(?:accounted\\s+for|found|located|traced|seen\\s+(?:since|again)|heard\\s+from)', 'never\\s+(?:yet\\s+)?been\\s+(?:accounted\\s+for|found|located|traced|seen\\s+(?:since|again)|heard\\s+from)', 'whereabouts\\s+(?:\\w+\\s+){0,3}?unknown\\b',
  // denials
  'deni', 'deny', 'dismiss', 'reject', 'refut', 'disput', 'fake', 'false', 'untrue', 'not\\s+true', 'exaggerat',
  'inflat(?:ing|ed|e)\\b', 'fabricat', 'baseless', 'groundless', 'disinformation', 'misinformation', 'propaganda',
  'provocation', 'nonsense', 'can\\s*not\\s+be\\s+true', "can['’]t\\s+be\\s+true", 'could\\s+not\\s+be\\s+true', 'lies?\\b',
  // One stem for every "not ..." cue: each alternative of a letter's group is tried at every word
  // starting with that letter, so the negations share one. Up to two words between, as the denial
  // reader allows ("were not even present", "did not at any point fly").
  'not\\s+(?:[“"]?in\\s+any\\s+way[”"]?\\s+)?(?:\\w+\\s+){0,2}?(?:carry|carried|launch|conduct|execut|target|behind|involved|responsible|use|open|fire|strike|struck|hit|shell|bomb|attack|order|take|took|taken|participat|drop|credible|happen|occur|one\\s+of|operating|present|deployed|stationed|active|fl(?:y|ew|own)|(?:our|their|its|my|his|her)\\s+(?:doing|fault|work)|ours\\b|theirs\\b|aware|guilty|recogni[sz]e|accept|(?:been\\s+)?(?:in|over|near)\\s+the\\s+(?:area|vicinity)|wag(?:e|ing)\\s+war|based\\s+(?:on|in)|reliable|accurate|correct|reflect\\s+(?:reality|the\\s+facts)|(?:by\\s+)?(?:an?|the|our|its)\\s+(?:[\\w-]+\\s+)?(?:air\\s?strike|strike|missile|rocket|drone|shell|bomb|attack)|by\\s+(?:an?\\s+|the\\s+)?(?:our|its|their|government|state)\\s+|(?:been\\s+)?(?:fired|hit|struck|attacked|targeted|shelled|bombed|shot|killed|caused)\\s+(?:(?:up)?on\\s+)?by|shoot|shot\\b|overload|overcrowd|speeding|drunk|negligent|to\\s+blame|at\\s+fault|unsafe|defective|faulty|poorly\\s+maintained|ignor|cut\\s+corners|neglect)',
  "n['’]t\\s+(?:\\w+\\s+){0,2}?(?:shoot|shot\\b|overload|overcrowd|speeding|drunk|negligent|to\\s+blame|at\\s+fault|ignor|cut\\s+corners|neglect|recogni[sz]e|accept|carry|carried|launch|conduct|execut|target|open|fire|strike|struck|hit|shell|bomb|attack|use|order|take|took|participat|drop|fl(?:y|ew|own))",
  'never\\s+(?:\\w+\\s+)?(?:shoot|shot\\b|accept|recogni|carr|launch|conduct|execut|target|open|fire|strike|struck|hit|shell|bomb|attack|use|order|take|took|taken|participat|fl(?:y|ew|own)|happened|occurred|involved|responsible|behind|g(?:ave|ive|iven)\\b|wag(?:e|ed|ing)\\s+war)', 'made\\s+up\\b',
  'nothing\\s+to\\s+do\\s+with', 'no\\s+(?:responsibility|role|part|involvement|blame|liability|culpability)\\b', 'single\\s+(?:shot|bullet|round)',
  'no\\s+(?:factual\\s+)?basis\\b', 'fantasy', 'fanciful', 'fiction', 'unfounded', 'contest', 'wrong\\b', 'inaccura', 'incorrect', 'erroneous', 'repudiat', 'rebuff', 'brush(?:ed|es|ing)?\\s+(?:aside|off)', 'disavow', 'no\\s+truth',
  'dis(?:own|claim|tortion|tanc(?:es|ed|ing)\\s+(?:itself|themselves|himself|herself))', 'rebut', 'rubbish', 'contradict', 'debunk', 'hoax', 'over(?:blown|stated)',
  'un(?:reliable|trustworthy)', 'thin\\s+air', 'figment', 'forger', 'common\\s+with\\s+(?:reality|the)', 'lying\\s+about', 'speculation', 'stag(?:ed|ing)\\b', 'slander', 'smear', 'fairy',
  // round denials5: falsity said as inconsistency, groundlessness or a smear; forces far away
  // ("not what happened" is the "not ... happen" stem's; plain "alive", "nowhere near" and "miles
  // away" are too common in other news to be stems: their sentences name casualties or an attack.)
  'invent(?:ed|ion)', 'inconsistent\\s+with', 'consistent\\s+with\\s+(?:the\\s+)?(?:facts|reality|truth)', 'basis\\s+in\\s+(?:fact|reality|the\\s+facts|the\\s+truth)', 'discredit', 'information\\s+(?:campaign|war|operation)',
  'alive\\s+and\\s+(?:well|accounted|safe)', 'and\\s+nothing\\s+(?:more|else)\\b', 'nowhere\\s+near\\s+the\\b', 'guns\\s+(?:were|was|had\\s+been)\\s+(?:[\\w-]+\\s+){0,5}?silent',
  'far\\s+from\\s+(?:the\\s+)?truth', 'absurd', 'ridiculous', 'preposterous', 'laughable', 'without\\s+(?:any\\s+)?foundation', 'correspond\\s+to\\s+reality', 'accusation', 'allegation',
  'no\\s+(?:(?:links?|connections?|ties)\\s+(?:(?:whatsoever|at\\s+all)[”"]?\\s+)?(?:to|with)|such\\s+(?:deaths?|killings?|casualties|losses|massacre)|(?:[\\w.-]+\\s+){0,3}?(?:aircraft|jets?|planes?|drones?|vessels?|ships?|missiles?|rockets?|firearms|weapons|shots?|bullets?|artillery|mortars|guns|shells?|bombs?|troops|soldiers|forces|units|warplanes|helicopters|officers|personnel|servicemen|fighters|men)\\b|(?:[\\w-]+\\s+){0,2}?(?:sites?|targets?|buildings?|facilit(?:y|ies)|infrastructure|homes|houses|schools?|hospitals?|markets?)\\s+(?:was|were|has|have|had)\\b)',
  'carried\\s+out\\s+no\\b', 'conducted\\s+no\\b', 'launched\\s+no\\b', 'fired\\s+no\\b', 'flew\\s+no\\b',
  'hit\\b[^.;]{1,80},\\s+not\\b', 'struck\\b[^.;]{1,80},\\s+not\\b', 'targeted\\b[^.;]{1,80},\\s+not\\b',
  'it\\s+was\\s+not\\b', 'and\\s+not\\s+(?:by\\s+)?the\\b', 'no\\s+(?:sign|evidence|indication|trace)', 'no\\s+(?:such\\s+|[\\w-]+\\s+)?(?:air\\s?strike|strike|attack|raid|bombing|shelling|launch|sortie)',
  'fir(?:ing|e\\s+from|ed\\s+on|ed\\s+at)', 'have\\s+any\\s+firing',
  'only\\s+(?:ever\\s+)?(?:struck|hit|target|attack|fired|shelled|bombed|strikes|used|uses)', 'struck\\s+only\\b', 'hit\\s+only\\b', 'targeted\\s+only\\b',
  'caused\\s+by\\s+(?:[^\\s.;]+\\s+){0,6}?(?:own\\b|air[- ]defen|anti-aircraft|interceptor|missile|rocket|shell|mortar|projectile|explosive|ammunition|munition|weapon|arms\\b)', 'result\\s+of\\s+(?:[^\\s.;]+\\s+){0,6}?(?:own\\b|air[- ]defen|anti-aircraft|interceptor|missile|rocket|shell|mortar|projectile|explosive|ammunition|munition|weapon|arms\\b)', 'due\\s+to\\s+(?:[^\\s.;]+\\s+){0,6}?(?:own\\b|air[- ]defen|anti-aircraft|interceptor|missile|rocket|shell|mortar|projectile|explosive|ammunition|munition|weapon|arms\\b)',
  'carried\\s+out\\s+by\\s+(?:[^\\s.;]+\\s+){0,4}?own\\b', 'committed\\s+by\\s+(?:[^\\s.;]+\\s+){0,4}?own\\b', 'fired\\s+by\\s+(?:[^\\s.;]+\\s+){0,4}?own\\b', 'work\\s+of\\s+(?:[^\\s.;]+\\s+){0,4}?own\\b', 'on\\s+unverified\\b',
  'at\\s+no\\s+(?:point|time|stage|moment)\\b', 'in\\s+no\\s+way\\b', 'there\\s+(?:was|were|had\\s+been)\\s+no\\b',
  'no\\s+(?:knowledge|records?)\\s+of', 'be\\s+trusted', 'war\\s+crimes?', 'atrocit', 'word\\s+of\\s+truth', 'refus(?:es|ed|ing)?\\s+to\\s+(?:accept|take|admit|acknowledge|bear)\\s+(?:any\\s+)?(?:responsibility|blame)', 'refus(?:es|ed|e)?\\s+to\\s+(?:accept|recogni)',
  'all\\s+(?:the\\s+|of\\s+the\\s+)?targets\\s+(?:were|was|are|had)',
  'push(?:es|ed|ing)?\\s+back\\s+(?:on|against)',
  // pictures from elsewhere: "filmed in another region", "taken in another country years ago"
  'filmed\\s+(?:\\w+\\s+){0,5}?(?:another|a\\s+different|an\\s+unrelated|years?\\s+(?:ago|earlier|before))\\b', 'taken\\s+(?:\\w+\\s+){0,5}?(?:another|a\\s+different|an\\s+unrelated|years?\\s+(?:ago|earlier|before))\\b', 'recorded\\s+(?:\\w+\\s+){0,5}?(?:another|a\\s+different|an\\s+unrelated|years?\\s+(?:ago|earlier|before))\\b', 'aimed\\s+(?:only|exclusively|solely)', 'directed\\s+(?:only|exclusively|solely)',
  'attack(?:s|ed)\\s+only\\b', 'fired\\s+only\\b', 'used\\s+only\\b', 'shelled\\s+only\\b', 'bombed\\s+only\\b', 'strikes\\s+only\\b', 'hits\\s+only\\b', 'targets?\\s+only\\b',
  'no\\s+(?:civilians?|residents|patients|pupils|children|people)\\s+(?:had\\s+been|has\\s+been|was|were)\\s+(?:present|inside|in)\\b',
  // zero figures
  'nobody', 'no\\s+one', 'no-one', 'none\\b', 'not\\s+one\\s+(?:[\\w-]+\\s+){0,5}?survived\\b',
];

/** Group alternatives by first letter: `a(?:bduct|...)|c(?:...)`. Every stem starts with a letter. */
function factor(stems: string[]): string {
  if (stems.some((s) => !/^[a-z]/.test(s))) throw new Error('prefilter stems must start with a letter');
  const groups = new Map<string, string[]>();
  for (const s of stems) {
    const head = s[0];
    const list = groups.get(head) ?? [];
    list.push(s.slice(1));
    groups.set(head, list);
  }
  return [...groups].map(([head, rest]) => `${head}(?:${rest.join('|')})`).join('|');
}

/** Matches where a figure or a denial may be. Case-insensitive, word-initial. */
export const TRIGGER = new RegExp(`\\b(?:${factor(STEMS)})`, 'i');

/** A sentence that may hold a denial cue; figure-only sentences skip the denial reader. */
export const DENIAL_GATE =
  /\b(?:only\b|targets\b|exclusively|solely|caused\s+by|result\s+of|due\s+to|push(?:es|ed|ing)?\s+back|refus\w*\s+to|trusted|deni|deny|dismiss|reject|refut|disput|contest|fake|false|fanciful|untrue|true\b|exaggerat|inflat|fabricat|baseless|groundless|disinformation|misinformation|propaganda|provocation|nonsense|fantasy|fiction|unfounded|invent|correspond|repudiat|rebuff|brush|disavow|disown|disclaim|distanc|rebut|rubbish|contradict|hoax|figment|forger|distortion|common|debunk|stag(?:ed|ing)|unverified|recogni|accept|carried\s+out\s+by|committed\s+by|fired\s+by|work\s+of|unreliable|untrustworthy|reliable|lying|speculation|slander|smear|fairy|overblown|overstated|thin\s+air|none\b|nobody|truth|foundation|absurd|ridiculous|preposterous|laughable|inaccura|incorrect|erroneous|wrong|nothing|made\s+up|lies?\b|consistent|inconsistent|basis|happened|discredit|information\s+(?:campaign|war|operation)|alive|accounted|nowhere|silent|kilomet|miles\s+away|nor\b|not\b|n['’]t\b|never\b|no\b|(?:fewer|lower|less)\s+than|below\b|(?:filmed|taken|shot|recorded)\s+(?:\w+\s+){0,5}?(?:another|a\s+different|an\s+unrelated|years?\s+(?:ago|earlier|before)))/i;
