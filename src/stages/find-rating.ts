/**
 * Stage 7a: find the writer's explicit rating: "8/10", "7.5 / 10", "4/5", "7 out of 10",
 * "3.5 stars", "one star", "★★★★☆", letter grades after a cue ("Grade: A-", "I give it a B+",
 * on a scale of 12). The last one in the text wins (verdicts come last). Dates ("6/10/2022"),
 * ratios ("24/7") and counts ("3 of 5 episodes") are not ratings: the scale must be 4, 5, 10 or 100
 * and "of" needs "out".
 */
import type { Rating } from '../types';

const SLASH = /(?<![\d./])(\d{1,3}(?:\.\d{1,2})?) ?\/ ?(100|10|5|4)(?![\d/]|\.\d)/g;
const OUT_OF = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?) out of (100|10|5|4|ten|five|four)\b/gi;
/** The count before "star(s)", read off the few characters before it: "4.5 ", "one ". */
const STAR_COUNT = /(?:^|[^.\w])(\d(?:\.5)?|zero|one|two|three|four|five) $/i;
/** What may follow "star(s)" in a rating: not a word (so not "stardom"), nor "of" ("one star of the show"). */
const AFTER_STARS = /^s?(?!\w)(?! (?:of|in|who|and)\b)/i;
const STAR_GLYPHS = /[★☆]{3,10}/g;
/** A letter grade after a cue: "Grade: A-", "My rating is B+", "Score: C". */
const GRADE_CUED = /\b(?:[Gg]rade|[Rr]ating|GRADE|RATING)(?: ?[:=–—-] ?| is | )(?:an? )?([A-DF][+-]?)(?![\w+-])|\b(?:[Ss]core|[Vv]erdict|SCORE|VERDICT) ?[:=–—-] ?([A-DF][+-]?)(?![\w+-])/g;
/** What gives a letter grade, read back from before " a B+": "I give it", "this show deserves". */
const GRADE_GIVER = /\b(?:[Gg]ive|[Gg]ives|[Gg]ave|[Gg]iving|[Gg]ets|[Gg]ot|[Ee]arns|[Ee]arned|[Dd]eserves|[Dd]eserved) (?:it|this(?: one| film| movie| show| series| drama| season| episode| book)?|the (?:film|movie|show|series|drama|season|book))$/;
/** The grade after " a " / " an ": a letter, maybe a sign, and no more ("a B-movie" is no grade). */
const GIVEN_GRADE = /^[A-DF][+-]?(?![\w+-])/;
/** The longest text {@link GRADE_GIVER} matches, with room for the boundary before it. */
const GIVER_WINDOW = 32;

/** Letter grades on a scale of 12: F is 0, D- 1 … A 11, A+ 12 (C, the middle grade, is 5). */
const GRADE_SCALE = 12;
const GRADE_BASE: Readonly<Record<string, number>> = { D: 2, C: 5, B: 8, A: 11 };

/** The value of a letter grade ("B+" = 9) on {@link GRADE_SCALE}. */
function gradeValue(grade: string): number {
  if (grade[0] === 'F') return 0;
  return (GRADE_BASE[grade[0] as string] ?? 0) + (grade[1] === '+' ? 1 : grade[1] === '-' ? -1 : 0);
}

const WORD_NUMBERS: Readonly<Record<string, number>> = { ten: 10, five: 5, four: 4 };
/** Star counts in words ("one star", "zero stars"); not "one star of the show". */
const STAR_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** Words one of which a cued letter grade needs. */
const GRADE_CUES = ['grade', 'rating', 'score', 'verdict'];
/** Where a given letter grade ("give it a B+") can stand: after " a " or " an " (A to D, F). */
const GIVEN_GRADE_AT = / an? [A-DF]/g;

/**
 * Stage 7a: the last explicit rating of the text, or null. One pass per pattern, and a pattern
 * runs only when the literal text it needs ("/", "out of", "star", a grade cue) is there.
 *
 * @param lower - `view` in lower case (the normalized text's `lower`).
 */
export function findRating(view: string, lower: string = view.toLowerCase()): Rating | null {
  let best: Rating | null = null;
  const keep = (value: number, scale: number, start: number, end: number): void => {
    if (!(value >= 0 && value <= scale)) return;
    if (!best || start > best.start) best = { value, scale, start, end };
  };
  const has = (text: string): boolean => lower.includes(text);
  if (view.includes('/')) for (const m of view.matchAll(SLASH)) keep(Number(m[1]), Number(m[2]), m.index, m.index + m[0].length);
  if (has('out of')) for (const m of view.matchAll(OUT_OF)) {
    const scale = WORD_NUMBERS[(m[2] as string).toLowerCase()] ?? Number(m[2]);
    keep(Number(m[1]), scale, m.index, m.index + m[0].length);
  }
  // "4 stars", "one star": found from each "star", looking back a few characters for the count.
  for (let at = lower.indexOf('star'); at >= 0; at = lower.indexOf('star', at + 4)) {
    const count = STAR_COUNT.exec(view.slice(Math.max(0, at - 7), at));
    const after = AFTER_STARS.exec(view.slice(at + 4, at + 10));
    if (!count || !after) continue;
    const word = count[1] as string;
    keep(STAR_WORDS[word.toLowerCase()] ?? Number(word), 5, at - word.length - 1, at + 4 + after[0].length);
  }
  if (view.includes('★') || view.includes('☆')) for (const m of view.matchAll(STAR_GLYPHS)) {
    const full = [...m[0]].filter((c) => c === '★').length;
    const empty = m[0].length - full;
    keep(full, empty > 0 ? m[0].length : 5, m.index, m.index + m[0].length);
  }
  if (GRADE_CUES.some(has)) {
    for (const m of view.matchAll(GRADE_CUED)) {
      const grade = (m[1] ?? m[2]) as string;
      const start = m.index + m[0].lastIndexOf(grade);
      keep(gradeValue(grade), GRADE_SCALE, start, start + grade.length);
    }
  }
  // "I give it a B+": found from each " a " / " an " before a capital grade letter, looking back.
  for (const m of view.matchAll(GIVEN_GRADE_AT)) {
    const at = m.index;
    const start = at + m[0].length - 1;
    const grade = GIVEN_GRADE.exec(view.slice(start, start + 3));
    if (grade && GRADE_GIVER.test(view.slice(Math.max(0, at - GIVER_WINDOW), at))) keep(gradeValue(grade[0]), GRADE_SCALE, start, start + grade[0].length);
  }
  return best;
}

/** A rating as a score from -1 to 1: the middle of the scale is 0. */
export function ratingScore(r: Rating): number {
  return r.scale === 0 ? 0 : (r.value / r.scale) * 2 - 1;
}
