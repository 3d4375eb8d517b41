/**
 * Spelling-insensitive keys for names written in many transliterations.
 *
 * News outlets spell the same Arabic, Cyrillic or Burmese place name differently (Mayadeen, Mayadin,
 * al-Mayadin; Hmeimim, Hmeymim, Khmeimim; Pazigyi, Pa Zi Gyi). Two keys are used: `translitKey`
 * keeps vowels but folds the usual romanisation alternatives, so it rarely joins different places;
 * `consonantSkeleton` drops vowels and is only trusted when it is long enough to be distinctive.
 */

/** Lowercase, strip diacritics and typographic apostrophes, collapse spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼʻʿʾ`´']/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/*
 * Arabic article forms that outlets keep, drop or hyphenate at will ("al-Mayadin", "Mayadin"), at
 * the start of a name or inside it ("Deir ez-Zor", "Deir al-Zor", "Dayr az Zawr"; "Ras al-Ain"):
 * the article takes the sound of the letter after it (ad-, ar-, as-, az-, ...) and is romanised
 * with a, e or u.
 */
const ARTICLE_FORM = "(?:[aeu](?:l|d|r|s|t|z|n|sh|th|dh))[-\\s']+(?=\\S)";
const ARTICLE = new RegExp(`^${ARTICLE_FORM}`);
const INNER_ARTICLE = new RegExp(`(?<=[\\s-])${ARTICLE_FORM}`, 'g');

function lettersOnly(s: string): string {
  return foldText(s).replace(ARTICLE, '').replace(INNER_ARTICLE, '').replace(/[^a-z]/g, '');
}

// Consonant digraphs that one romanisation writes with two letters and another with one.
function foldDigraphs(s: string): string {
  return s
    .replace(/([aeiouy])h$/, '$1') // Sa'dah / Saada, Hudaydah / Hodeida (before kh → h: Gazakh)
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/zh/g, 'z')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/c(?=[aou]|$)/g, 'k');
}

// Arabic has no o/e: romanisations write its vowels as o or u, e or i, ay or ei at will.
function foldVowelRun(run: string): string {
  if (/^a+$/.test(run) || /^a[iy]a$/.test(run)) return 'a';
  if (/^[eiy]+$/.test(run) || /^a[iey]$|^e[iy]$/.test(run) || /^[eiy]+[eiy]$/.test(run)) return 'i';
  if (/^[ou]+$/.test(run)) return 'u';
  // A y before a vowel is a consonant, the vowel after it folds on its own: "Younis" / "Yunis".
  if (run.length > 1 && run[0] === 'y') return 'i' + foldVowelRun(run.slice(1));
  // ... and one between vowels is a glide some romanisations write and others leave out: "Jabaliya" / "Jabalia".
  if (/[aeiou]y[aeiou]/.test(run)) return foldVowelRun(run.replace(/(?<=[aeiou])y(?=[aeiou])/g, ''));
  return run.replace(/y/g, 'i');
}

/**
 * A key that equates common transliteration variants but keeps the vowel pattern: vowel runs
 * (y counted as a vowel) fold to a, i, u or their first letter, repeated consonants to one.
 */
export function translitKey(s: string): string {
  const base = foldDigraphs(lettersOnly(s));
  return base.replace(/[aeiouy]+/g, foldVowelRun).replace(/([^aeiou])\1+/g, '$1');
}

/**
 * Consonants only (first letter kept even when a vowel); doubled letters written once. G and h are
 * one letter here: Ukrainian romanises as h what Russian writes g ("Luhansk" / "Lugansk",
 * "Horlivka" / "Gorlovka"), and kh is h already. So are b, v and w: Greek beta is written b or v
 * ("Lesbos" / "Lesvos"), Polish and German w sounds v ("Lwów" / "Lviv").
 */
export function consonantSkeleton(s: string): string {
  const base = foldDigraphs(lettersOnly(s)).replace(/g/g, 'h').replace(/[bw]/g, 'v').replace(/(.)\1+/g, '$1');
  if (!base) return '';
  return base[0] + base.slice(1).replace(/[aeiouy]/g, '');
}

/** A skeleton is only evidence when it has at least this many letters ("hm" is Hama and more). */
export const MIN_SKELETON = 4;
