/**
 * The words the figure and denial readers know. Kept as data so a reader can see at a glance what
 * counts as an outcome, a person or a thing, and so tests can pin each list down.
 */
import type { Outcome } from './types';

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * A word table without a prototype: readers look tokens up with `in` and `[]`, and on a plain
 * object the token "constructor" would find Object's constructor (an outcome that is a function).
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** A predicate or modifier that says what happened to the people counted. */
export const OUTCOME_WORDS = table<Outcome>({
  killed: 'killed', dead: 'killed', died: 'killed', dying: 'killed', die: 'killed', dies: 'killed',
  perished: 'killed', slain: 'killed', murdered: 'killed', massacred: 'killed', executed: 'killed',
  martyred: 'killed', deaths: 'killed', death: 'killed', fatalities: 'killed', fatality: 'killed',
  bodies: 'killed', corpses: 'killed', martyrs: 'killed', victims: 'killed', deceased: 'killed',
  drowned: 'killed', killings: 'killed', homicides: 'killed', murders: 'killed', succumbed: 'killed', slaughtered: 'killed', butchered: 'killed',
  beheaded: 'killed', assassinated: 'killed', eliminated: 'killed', neutralised: 'killed', neutralized: 'killed',
  // translated defence-ministry copy: "up to 35 militants were destroyed" (only of fighters)
  destroyed: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded', injuries: 'wounded', wounds: 'wounded',
  hospitalized: 'wounded', hospitalised: 'wounded', maimed: 'wounded',
  casualties: 'casualties', losses: 'casualties',
  missing: 'missing', disappeared: 'missing', trapped: 'missing',
  captured: 'captured', abducted: 'captured', kidnapped: 'captured', hostages: 'captured',
  prisoners: 'captured', detained: 'captured', hostage: 'captured', captive: 'captured',
  // military shorthand: killed, wounded, missing in action; prisoners of war
  kia: 'killed', wia: 'wounded', mia: 'missing', pows: 'captured',
  seized: 'captured',
  // "were shot" tells neither death nor wound apart; "stabbed" is a wound unless "to death"
  shot: 'casualties', stabbed: 'wounded', suffocated: 'killed', asphyxiated: 'killed',
});

/** Outcome words that are nouns or adjectives: they can follow the number directly ("87 wounded"). */
export const POSTNOMINAL = words(`
  killed dead deaths death fatalities bodies corpses martyrs victims deceased wounded injured hurt
  casualties missing captured hostages prisoners killings kia wia mia pows homicides murders
`);

/** Verbs that take the victims as object: "killing at least 30", "wounded 31 others". */
export const ACTIVE_VERBS = table<Outcome>({
  killed: 'killed', killing: 'killed', kills: 'killed', kill: 'killed', martyred: 'killed',
  massacred: 'killed', murdered: 'killed', slaughtered: 'killed', executed: 'killed', claimed: 'killed',
  claiming: 'killed', drowned: 'killed', drowning: 'killed', butchered: 'killed', beheaded: 'killed', assassinated: 'killed', eliminated: 'killed', eliminating: 'killed', neutralised: 'killed', neutralized: 'killed',
  executing: 'killed', executes: 'killed', murdering: 'killed', massacring: 'killed', slaughtering: 'killed', beheading: 'killed',
  assassinating: 'killed', neutralise: 'killed', neutralize: 'killed', neutralising: 'killed', neutralizing: 'killed',
  destroyed: 'killed', destroying: 'killed',
  // a headline's present tense: "Gunmen abduct 30 villagers"
  abduct: 'captured', abducts: 'captured', kidnap: 'captured', kidnaps: 'captured', capture: 'captured', captures: 'captured',
  injure: 'wounded', maims: 'wounded',
  // "The collapse trapped 23 workers" (people only)
  trapped: 'missing', trapping: 'missing',
  wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded', injures: 'wounded',
  wounds: 'wounded', hurt: 'wounded', hurting: 'wounded', maimed: 'wounded', maiming: 'wounded',
  lost: 'casualties', lose: 'casualties', losing: 'casualties',
  captured: 'captured', capturing: 'captured', abducted: 'captured', abducting: 'captured',
  kidnapped: 'captured', kidnapping: 'captured', seized: 'captured', shot: 'casualties', stabbed: 'wounded', stabbing: 'wounded', seize: 'captured', seizes: 'captured', seizing: 'captured',
});

/** "the deaths of", "the bodies of": a noun + "of" before the number. */
export const NOUN_OF = table<Outcome>({
  deaths: 'killed', death: 'killed', bodies: 'killed', killing: 'killed', killings: 'killed', murders: 'killed',
  lives: 'killed', remains: 'killed', loss: 'casualties', losses: 'casualties', casualties: 'casualties',
  martyrdom: 'killed',
  // a re-mention of the dead: "the funerals of the four soldiers", "the burial of 12 victims"
  funerals: 'killed', funeral: 'killed', burials: 'killed', burial: 'killed',
  // patients: "the condition of four of them is critical"
  condition: 'wounded',
});

/** Nouns that name a running count: "the death toll rose to 39", "the number of injured is 12". */
export const TOLL_NOUNS = words('toll count tally figure figures number numbers losses loss casualties killings deaths fatalities estimate estimates total');

/** Words linking a toll to its value: "rose to", "stood at", "of", "is". */
export const TOLL_LINKS = words(`
  to at of is was are were reached reaches reach hit hits stood stands stand amount amounts amounted
  from exceeds exceeded exceed surpassed topped totalled totaled total be been being put puts placed
  includes included include
`);

/** Auxiliaries and hedges between a count and its outcome ("had been", "could have", "are feared"). */
export const AUXILIARIES = words(`
  were was are is be been being have has had got get gets could would may might must will shall
  reportedly also all still now later subsequently since allegedly apparently reported believed
  feared thought said confirmed presumed known likely unintentionally later eventually instantly
  immediately already either both then so far later more than to remain remains remained stay stayed
  stays being
`);

/** Never the head of a victims phrase: a number followed by one of these counts things, not people. */
export const NON_PERSON = words(`
  year years month months week weeks day days hour hours minute minutes second seconds decade decades
  night nights morning mornings evening evenings afternoon afternoons weekend weekends
  century centuries percent per cent % km kilometres kilometers kilometre kilometer mile miles metres
  meters metre meter feet foot inch inches kg kilograms kilogram pounds tons tonnes ton lb acres hectares
  dollars dollar euros euro usd cents points point goals goal seats votes vote pages page words word
  times time planes plane aircraft jets jet helicopters helicopter drones drone tanks tank vehicles
  vehicle trucks truck cars car rockets rocket missiles missile shells shell bombs bomb mortars rounds
  homes houses buildings building villages towns cities schools hospitals attacks strikes airstrikes
  raids incidents countries districts provinces regions barrels degrees storeys stories floors calls
  cases tweets articles reports posts videos photos files documents beds ships boats vessels guns
  weapons warplanes sorties flights trains routes roads bridges sites targets positions locations
  companies firms banks shares stocks games matches runs wickets laps medals titles episodes books
  songs albums films items units brigades battalions divisions regiments squads km2 mph steps kilos
  hectare billion trillion camels
  jobs bills laws proposals projects contracts deals motions amendments programmes programs
  cattle cows sheep goats pigs horses dogs cats animals livestock
  birds chickens poultry fish trees crops plants species pieces parts links samples batteries devices
  engines phones accounts lines products clinics robberies burglaries thefts crimes offences offenses
  mines rifles pistols grenades explosives launchers magazines cartridges bullets ieds
`);

/** Heads of a victims phrase that are clearly people; a weak number ("one", "both") needs one. */
export const PERSON_NOUNS = words(`
  people persons person civilians civilian soldiers soldier troops servicemen serviceman servicemembers
  personnel fighters fighter militants militant rebels rebel insurgents police policemen policeman
  officers officer children child kids women woman men man adults adult teenagers teenager students
  student workers worker residents resident villagers refugees migrants patients passengers pilots pilot
  crew sailors marines marine detainees prisoners prisoner guards guard journalists journalist reporters
  members member individuals infants babies girls boys girl boy family families citizens nationals
  tourists others more staff doctors nurses medics volunteers protesters demonstrators worshippers
  pupils miners draftees conscripts recruits mercenaries contractors employees officials victims
  comrades gunmen attackers assailants jihadists combatants militiamen paramilitaries servicewomen
  americans israelis palestinians ukrainians russians syrians iraqis afghans yemenis iranians
  lebanese sudanese somalis nigerians australians britons
  fishermen firefighters rescuers hikers climbers farmers herders shepherds peacekeepers troopers commandos
  paratroopers seamen crewmen gendarmes guardsmen reservists cadets teachers traders shoppers pedestrians
  motorists drivers pilgrims guests inmates settlers relatives siblings brothers sisters sons daughters
  mothers fathers parents toddlers schoolchildren schoolgirls schoolboys youths minors newborns
  inhabitants locals bystanders commuters travellers travelers visitors diplomats lawmakers clerics
  priests monks nuns imams sappers snipers partisans defenders occupants
  terrorists bodyguards spectators mourners labourers laborers engineers technicians paramedics surgeons
  physicians pensioners
  devotees passers-by passersby skiers mountaineers khwarij foreigners expatriates neighbours neighbors witnesses
  bandits kidnappers abductors raiders hijackers pirates robbers mujahideen vigilantes linemen porters ministers
`);

/** Clause boundaries a figure pattern never crosses. */
export const CLAUSE_STOPS = words(`
  but while whereas although though because since until unless whether if when after before as
  ; : — – ( )
`);

/** Months, to tell "March 23" and "23 March" from counts. */
export const MONTHS = words(`
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec
`);

/** Words for the comparison in a toll's revision ("rose from 50 to 57"). */
export const REVISION_VERBS = words(`
  rose risen rise rises raised raising climbed climbs increased increases jumped grew grown revised revising
  went gone doubled tripled quadrupled soared surged swelled leapt leaped spiked mounted edged crept fell
  fallen dropped declined lowered reduced
`);
