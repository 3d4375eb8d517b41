/**
 * Word lists for place detection. Kept as space-separated strings (cheaper in the content-script
 * bundle than array literals) and turned into Sets once, at module load. All entries lowercase.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/**
 * Capitalized words that follow "in"/"at"/"on" but are never the place of an event: time words,
 * platforms and news agencies ("on Telegram", "in Reuters' report"), languages, holidays,
 * armed groups and institutions named as actors.
 */
export const NEVER_PLACES = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  today yesterday tomorrow
  ramadan easter christmas eid hanukkah passover diwali thanksgiving
  telegram twitter facebook instagram youtube tiktok whatsapp signal x vk vkontakte
  reuters afp ap tass ria interfax xinhua anadolu bloomberg cnn bbc nbc cbs abc fox msnbc npr pbs
  jazeera sputnik rt ifax ukrinform unian kommersant izvestia haaretz
  english arabic hebrew persian farsi urdu hindi amharic
  god allah
  hamas hezbollah isis isil daesh islamic jihad taliban nato un eu idf pkk ypg sdf wagner houthi houthis
  kremlin pentagon congress parliament senate knesset duma
  covid covid-19 coronavirus
  i we he she they it
`);

/** Titles that make the name after them a person ("in President Biden's speech"). */
export const TITLES = set(`
  president prime minister mr mrs ms dr sir lord lady king queen prince princess pope sheikh
  general gen col colonel lt lieutenant major maj capt captain sgt sergeant adm admiral commander
  governor gov mayor senator sen rep representative secretary chancellor ambassador judge justice
  spokesman spokeswoman spokesperson chief director
`);

/** A word inside a capitalized name that makes it an organisation or an event, not a place. */
export const ORG_WORDS = set(`
  ministry army forces force airlines airways council committee party office agency organization organisation
  directorate command department government court university institute association company
  corporation inc ltd llc news times post observatory watch crescent cross brigade battalion
  regiment division group nations service services guard police movement coalition bureau
  commission assembly authority authorities foundation fund bank network press journal herald
  tribune telegraph gazette review media tv radio channel agency program programme
  war games cup olympics championship conference summit forum festival
  defense defence intelligence security health research studies medicine college academy
`);

/**
 * Nationality and group adjectives. A name made of these is not a place ("in Ukrainian missile
 * strikes"); the walk steps over them as modifiers. Words ending in -ian/-ean/-ese/-ish are treated
 * the same way by rule (see `isDemonym`), so this list holds the others.
 */
export const DEMONYMS = set(`
  iraqi israeli pakistani yemeni saudi kuwaiti omani qatari emirati bangladeshi somali bahraini
  azerbaijani nepali afghan afghani kazakh uzbek tajik kyrgyz turkmen thai lao burmese vietnamese
  chinese japanese taiwanese sudanese lebanese congolese senegalese maltese portuguese
  american mexican african korean german greek french dutch swiss czech slovak polish
  turkish kurdish british irish scottish welsh spanish swedish danish finnish
  arab israeli palestinian iranian syrian russian ukrainian belarusian
  jewish muslim christian sunni shia shiite alawite druze yazidi
  buddhist hindu catholic orthodox coptic protestant evangelical
  houthi houthis pro-russian pro-ukrainian pro-government pro-kremlin
`);

/** Demonym-looking words that are places (Chinese provinces and cities ending in -ian). */
const DEMONYM_SUFFIX_EXCEPTIONS = set('fujian dalian xian jian tian');

const DEMONYM_SUFFIXES = ['ian', 'ean', 'ese', 'ish'];
const SPACES = /\s+/g;

/** True for nationality adjectives ("Russian", "Iraqi"), by list or by suffix. */
export function isDemonym(lower: string): boolean {
  if (DEMONYMS.has(lower)) return true;
  if (lower.length < 6 || DEMONYM_SUFFIX_EXCEPTIONS.has(lower)) return false;
  return DEMONYM_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/**
 * Lowercase nouns for administrative areas and settlements. After a name they are part of the
 * place ("the Donetsk region", "Pazigyi village"); before "of" they lead to it ("the town of
 * Makiivka").
 */
export const AREA_NOUNS = set(`
  region province oblast governorate district county state township village town city
  neighbourhood neighborhood area municipality prefecture territory valley island islands
  suburb suburbs outskirts quarter enclave strip coast peninsula capital countryside
  mountains desert border frontier sector zone
`);

/** Lowercase nouns for facilities: "the Hmeymim air base", "a Gaza City hospital". */
export const FACILITY_NOUNS = set(`
  hospital clinic base airbase air airfield airport station railway train bus prison jail
  detention centre center school university theater theatre market marketplace mosque church
  cathedral synagogue temple camp refugee checkpoint building plant factory port harbour harbor
  bridge mall hotel stadium square barracks compound shelter warehouse office headquarters
  complex site depot dam power residential apartment block
`);

/** Words after a possessive place that show it is the container ("Ukraine's east"). */
export const AFTER_POSSESSIVE_AREA = set(`
  north south east west northeast northwest southeast southwest northern southern eastern western
  central capital border coast frontline front
`);

/** Nouns that make a following "on" locative: "a strike on Makiivka", "the attack on Mariupol". */
export const ATTACK_NOUNS = set(`
  strike strikes airstrike airstrikes attack attacks raid raids assault offensive bombardment
  shelling bombing bombings barrage fire rocket rockets missile missiles drone drones advance
  assaults siege
`);

/** Verbs whose object is the place struck: "hit Mosul", "shelled Kharkiv". */
export const PLACE_VERBS = set(`
  hit hits struck strikes shelled shells bombed bombs pounded pounds targeted targets attacked
  attacks raided stormed rocked rocks besieged shelling bombing pounding targeting hitting
`);

/** Prepositions that introduce a place. ("on" only after an attack noun, see place.ts.) */
export const LOCATIVES = set('in at near outside inside around across over off into within');

/** Direction words that with "of" introduce a place: "20 km north of Mosul". */
export const DIRECTIONS = set('north south east west northeast northwest southeast southwest');

/** Lowercase particles that start Arabic, Dutch and other names: "al-Mayadin", "de Gaulle". */
export const NAME_PARTICLES = set('al el ad as ash at az ar an ul ur ed er es esh et ez en ud us ut uz ben bin abu de di du la le van von');

/**
 * Lowercase words at which the walk from a preposition to its name stops: clause boundaries and
 * other prepositions (each of which starts its own walk).
 */
export const WALK_STOPS = set(`
  and or but nor that which who whom whose where when while as after before during since until
  by for with from to into than because if although though was were is are be been being has have
  had will would could should may might can said says told according including among between
  against about into on at in near per via
`);

/** Capitalized words of headlines written in Title Case that are not names. */
export const TITLE_CASE_COMMON = set(`
  killed kills kill dead deaths death dies died toll wounded injured attack attacks strike strikes
  airstrike airstrikes air missile missiles rocket drone shelling bombing bombings blast explosion
  hospital station theater theatre base prison school village town city region province war
  troops soldiers civilians people children says say said denies denied reports report new
  latest update live
`);

/**
 * Country names, to tell a facility's town from its country: "the Al-Ahli hospital in Gaza City"
 * gives "Gaza City", but "the Hmeymim air base in Syria" keeps "Hmeymim air base".
 */
export const COUNTRIES = set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
  brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros
  congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
  eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
  guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
  jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
  lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
  malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
  mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman
  pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia
  rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
  sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye
  turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia
  zimbabwe america britain england scotland wales`,
);

/** Multi-word country names, matched on the whole lowercased name. */
export const COUNTRY_PHRASES = set(
  `united_states united_kingdom south_africa south_sudan south_korea north_korea saudi_arabia
  new_zealand sri_lanka sierra_leone costa_rica el_salvador ivory_coast central_african_republic
  united_arab_emirates democratic_republic_of_congo russian_federation the_united_states the_us u.s u.s.a uk us uae drc car`,
);

/** True when a name is a country ("Syria", "the United States", "Saudi Arabia"). */
export function isCountry(name: string): boolean {
  const lower = name.toLowerCase();
  const key = hasNoSpace(lower) ? lower : lower.replace(SPACES, '_');
  return COUNTRIES.has(key) || COUNTRY_PHRASES.has(key);
}

/** True when `s` is printable ASCII without a space, which SPACES cannot match (most names). */
function hasNoSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}
