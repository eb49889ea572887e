/**
 * Stage 7a: find the writer's explicit rating: "8/10", "7.5 / 10", "4/5", "7 out of 10",
 * "3.5 stars", "one star", "three and a half stars", "half a star", "8 of 10 stars", "4 stars out
 * of 5", "★★★★☆", "★★★½", letter grades after a cue ("Grade: A-", "I give it a B+", on a scale of
 * 12). The last one in the text wins (verdicts come last). Dates ("6/10/2022"), ratios ("24/7") and
 * counts ("3 of 5 episodes") are not ratings: the scale must be 4, 5, 10 or 100, and "of" needs
 * "out" or "stars" after it. Nor are betting odds ("odds of 1/5", "the 4/5 favourite"). Nor are shares and fractions ("8 out of 10 of his jokes", "3/4 of
 * the film", "an hour and 3/4"), or stars that are actors and names ("the two stars work well
 * together", "Four Star Productions"). Nor is a rating the writer only would have given ("I would
 * have given it 7/10 if …").
 */
import type { Rating } from '../types';

const SLASH = /(?<![\d./])(\d{1,3}(?:\.\d{1,2})?) ?\/ ?(100|10|5|4)(?![\d/]|\.\d)/g;
const OUT_OF = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?) out of (100|10|5|4|ten|five|four)\b/gi;
/**
 * The count before "star(s)", read off the characters before it: "4.5 ", "one ", "three and a
 * half ", "3½ ", "half a ", and a scale after "of": "8 of 10 ", "8 out of 10 ".
 */
const STAR_COUNT = /(?:^|[^.\w])(?:(\d{1,2}(?:\.\d{1,2})?|zero|one|two|three|four|five|six|seven|eight|nine|ten)( and a half| ?½)?|half an?)(?: (?:out )?of (10|5|4|ten|five|four))? $/i;
/** The most characters {@link STAR_COUNT} reads before "star": "seven and a half out of ten ". */
const STAR_WINDOW = 32;
/** What may follow "star(s)" in a rating: not a word (so not "stardom"), nor "of" ("one star of the show"). */
const AFTER_STARS = /^s?(?!\w)(?! (?:of|in|who|and)\b)/i;
/** A scale after the stars: "4 stars out of 5". */
const STARS_OUT_OF = /^s? out of (10|5|4|ten|five|four)\b/i;
/** A row of star glyphs: full stars, at most one half (½ or ⯪), empty stars. */
const STAR_GLYPHS = /[★☆½⯪]{2,11}/g;
/** A letter grade after a cue: "Grade: A-", "My rating is B+", "Score: C". */
const GRADE_CUED = /\b(?:[Gg]rade|[Rr]ating|GRADE|RATING)(?: ?[:=–—-] ?| is | )(?:an? )?([A-DF][+-]?)(?![\w+-])|\b(?:[Ss]core|[Vv]erdict|SCORE|VERDICT) ?[:=–—-] ?([A-DF][+-]?)(?![\w+-])/g;
/** What gives a letter grade, read back from before " a B+": "I give it", "this show deserves". */
const GRADE_GIVER = /\b(?:[Gg]ive|[Gg]ives|[Gg]ave|[Gg]iving|[Gg]ets|[Gg]ot|[Ee]arns|[Ee]arned|[Dd]eserves|[Dd]eserved) (?:it|this(?: one| film| movie| show| series| drama| season| episode| book)?|the (?:film|movie|show|series|drama|season|book))$/;
/** The grade after " a " / " an ": a letter, maybe a sign, and no more ("a B-movie" is no grade). */
const GIVEN_GRADE = /^[A-DF][+-]?(?![\w+-])/;
/** What follows a share, not a score: "8 out of 10 of his jokes", "3/4 of the film". */
const SHARE_AFTER = /^ of\b/i;
/** What stands before a fraction, not a score: "an hour and 3/4", "1 3/4 cups". */
const FRACTION_BEFORE = /(?:\band|\d) $/i;
/**
 * Betting odds, not a score: "odds of 1/5", "odds on at 1/4", "now 4/5 favourite". News of a
 * contest quotes the bookmakers' prices, which read like ratings out of 4 or 5.
 */
const ODDS_BEFORE = /\bodds(?: on)?(?: of| at)? $/i;
const ODDS_AFTER = /^ (?:favou?rites?|shot|outsider)\b/i;
/** A determiner before a star count makes the stars people: "the two stars", "its three stars". */
const PEOPLE_BEFORE = /\b(?:the|its|their|his|her|both) $/i;
/**
 * A rating the writer would have given, not the one they give: "I would have given it 7/10 if",
 * "could have rated it four stars" (but "I would give it 7/10" is their rating). Read back from
 * the rating, within a clause.
 */
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might)(?: have|'ve) (?:given|rated|scored)\b[^.!?\n]{0,24}$/i;
/** The most characters {@link HYPOTHETICAL_BEFORE} reads before a rating. */
const HYPOTHETICAL_WINDOW = 48;
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
const STAR_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A scale as written: "10" or "ten". */
const scaleOf = (written: string): number => WORD_NUMBERS[written.toLowerCase()] ?? Number(written);

/**
 * The rating a row of star glyphs gives: "★★★★☆" is 4 of 5, "★★★½" 3.5 of 5 (no empty stars: out
 * of 5), or null when the row is not in the order full, half, empty ("☆★★") or too short to be one.
 */
function glyphRating(row: string): { value: number; scale: number } | null {
  let full = 0;
  let half = 0;
  let empty = 0;
  for (const c of row) {
    const isHalf = c === '½' || c === '⯪';
    if (c === '★' && (half || empty)) return null;
    if (isHalf && (half || empty)) return null;
    if (c === '★') full++;
    else if (isHalf) half++;
    else empty++;
  }
  const length = full + half + empty;
  // "★★" alone is too little to be a rating; "★½" and "★★☆" say one.
  if (length < 3 && !(half && full)) return null;
  return { value: full + half / 2, scale: empty ? length : 5 };
}

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
    if (HYPOTHETICAL_BEFORE.test(view.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start))) return;
    if (!best || start > best.start) best = { value, scale, start, end };
  };
  const has = (text: string): boolean => lower.includes(text);
  const share = (end: number): boolean => SHARE_AFTER.test(view.slice(end, end + 4));
  if (view.includes('/')) {
    for (const m of view.matchAll(SLASH)) {
      const end = m.index + m[0].length;
      if (share(end) || FRACTION_BEFORE.test(view.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (ODDS_BEFORE.test(view.slice(Math.max(0, m.index - 16), m.index)) || ODDS_AFTER.test(view.slice(end, end + 12))) continue;
      keep(Number(m[1]), Number(m[2]), m.index, end);
    }
  }
  if (has('out of')) {
    for (const m of view.matchAll(OUT_OF)) if (!share(m.index + m[0].length)) keep(Number(m[1]), scaleOf(m[2] as string), m.index, m.index + m[0].length);
  }
  // "4 stars", "one star", "three and a half stars", "8 of 10 stars": found from each "star",
  // looking back a few characters for the count and its scale, and ahead for "out of 5".
  for (let at = lower.indexOf('star'); at >= 0; at = lower.indexOf('star', at + 4)) {
    const from = Math.max(0, at - STAR_WINDOW);
    const count = STAR_COUNT.exec(view.slice(from, at));
    const after = AFTER_STARS.exec(view.slice(at + 4, at + 10));
    // A count read from the window's first character must not be the end of a longer word ("someone").
    if (!count || !after || (count.index === 0 && from > 0 && /[.\w]/.test(view[from - 1] as string))) continue;
    const word = count[1];
    const value = word === undefined ? 0.5 : (STAR_WORDS[word.toLowerCase()] ?? Number(word)) + (count[2] ? 0.5 : 0);
    const outOf = count[3] === undefined ? STARS_OUT_OF.exec(view.slice(at + 4, at + 20)) : null;
    const scale = count[3] !== undefined ? scaleOf(count[3]) : outOf ? scaleOf(outOf[1] as string) : 5;
    const start = from + count.index + count[0].search(/\w/);
    // Stars that are people or a name, not a score: "the two stars", "Four Star Productions".
    if (PEOPLE_BEFORE.test(view.slice(Math.max(0, start - 6), start)) || (view[at] === 'S' && /^s? [A-Z]/.test(view.slice(at + 4, at + 7)))) continue;
    keep(value, scale, start, at + 4 + (outOf ? outOf[0].length : after[0].length));
  }
  if (/[★☆⯪]/.test(view)) for (const m of view.matchAll(STAR_GLYPHS)) {
    const r = glyphRating(m[0]);
    if (r) keep(r.value, r.scale, m.index, m.index + m[0].length);
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
