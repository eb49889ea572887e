/**
 * Stage 7a: find the writer's explicit rating: "8/10", "7.5 / 10", "4/5", "7 out of 10",
 * "seven outta ten", "3.5 stars", "one star", "three and a half stars", "3 1/2 stars", "***1/2 of 4
 * stars", "*** out of 4", "half a star", "8 of 10 stars", "4 stars out of 5" (bare star counts are out of 5
 * unless the text names a ten-star scale, "stars out of ten"), "★★★★☆", "★★★½", a
 * number after a scoring cue ("I give it a 7", "rated this film an 8", "a score of 3", "Overall: 9", out of 10 unless "on a scale of 1 to 5"
 * says otherwise; after "Overall" the marks may have any spacing or none, "Overall(9)", "Overall -- 7.5"), letter grades after a cue ("Grade: A-", "I give it a solid B+", on a scale of
 * 12). The last one in the text wins (verdicts come last). Dates ("6/10/2022"), ratios ("24/7")
 * and counts ("3 of 5 episodes", "4 out of 5 dentists", "a 2 hour film") are not ratings: the
 * scale must be 4, 5, 10 or 100, "of" needs "out" or "stars" after it, and a counted thing after
 * the number refuses it. A count above a scale of 10 or 100 is the top score said with force
 * ("11/10", "1,000/10": a count in groups is read whole, never its tail). Nor are betting odds ("odds of 1/5", "the 4/5 favourite"). Nor are
 * shares and fractions ("8 out of 10 of his jokes", "3/4 of the film", "an hour and 3/4"), or
 * stars that are actors and names ("the two stars work well together", "Four Star Productions").
 * Nor is a rating the writer only would have given ("I would have given it 7/10 if …"), nor one
 * somebody else gave ("it is rated 8.1 on IMDb": a scoring verb needs the work as its object;
 * "critics rate it 4 stars"; "10/10 IGN", an outlet's name right after it), nor a match result or a mark ("won by a score of 4", "2 - 1", "he got a
 * 9 in maths"), nor one its sentence takes back ("10/10 would not recommend"), nor one the writer
 * denies ("it's not 10/10"), nor others' ("all the 10/10 reviews"), nor a conditional one with its
 * "if" after it ("I'd give it 9/10 if it weren't for the filler"). A part's own score ("Sound:
 * 4/10", "Voice acting is 10/10", "12/10 moments") gives way to one that names no part, wherever that stands.
 */
import {
  COUNTED_NOUNS,
  GETTING_VERBS,
  NAMED_RATERS,
  RATERS_AFTER,
  NUMBER_WORDS,
  OTHER_RATERS,
  OTHERS_SCORE_NOUNS,
  PARTS_AFTER_FOR,
  RATING_SCALES,
  REFUSALS_AFTER,
  SCALE_PLURALS,
  SCORE_FOLLOWERS,
  SCORE_HEDGES,
  SCORE_NOUNS,
  SCORED_OBJECTS,
  SCORED_GENRE_PARTS,
  SCORED_PARTS,
  SCORED_PLURALS,
  SCORING_VERBS,
  SPORT_WORDS,
} from '../data/sentiment-rating-words';
import type { Rating } from '../types';
import { SPACE } from '../text/chars';
import { lowerSameLength } from '../text/lower-same-length';
import { negatedGivingBefore, partAfter } from './7-rating-context';

/** Words as a regular-expression alternation, longest first so that "this film" wins over "this". */
const alternation = (words: readonly string[]): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|');

/** The most digits of a count, and of its decimals. */
const COUNT_DIGITS = 3;
const COUNT_DECIMALS = 2;
/** The number words a count may be: up to ten. */
const COUNT_WORDS = Object.keys(NUMBER_WORDS).filter((w) => (NUMBER_WORDS[w] ?? 0) <= 10);
/** A count as written: digits (maybe a decimal) or a number word up to ten. */
const NUMBER = `\\d{1,${COUNT_DIGITS}}(?:\\.\\d{1,${COUNT_DECIMALS}})?|${alternation(COUNT_WORDS)}`;
/** The most digits of a count before "out of", and the most groups of three after them ("1,000,000"). */
const OUT_OF_DIGITS = 12;
const OUT_OF_GROUPS = 4;
/**
 * A count before "out of": as {@link NUMBER}, but any count in digits, read whole ("1,000 out of
 * 10", never "000 out of 10"; a count that opens with a zero is a group's tail).
 */
const OUT_OF_NUMBER = `(?!0\\d)\\d{1,${OUT_OF_DIGITS}}(?:, ?\\d{3}){0,${OUT_OF_GROUPS}}(?:\\.\\d{1,${COUNT_DECIMALS}})?|${alternation(COUNT_WORDS)}`;
/** The longest count in digits {@link OUT_OF_NUMBER} reads: its digits, its groups, a point and its decimals. */
const LONGEST_DIGITS = OUT_OF_DIGITS + OUT_OF_GROUPS * ', 000'.length + 1 + COUNT_DECIMALS;
/** The most asterisks a count written as a row of them holds. */
const MOST_ASTERISKS = 5;
/** The longest half after a count, of {@link HALF_AFTER_COUNT}. */
const LONGEST_HALF = ' and a half';
/** A half after a count: "3 and a half", "3 1/2", "***1/2". */
const HALF_AFTER_COUNT = `(${LONGEST_HALF}| 1/2|(?<=\\*)1/2)?`;
/** A scale as written: "10", "ten", "a hundred". */
const SCALE = `${alternation(RATING_SCALES.map(String))}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => RATING_SCALES.includes(NUMBER_WORDS[w] ?? 0)))}|a hundred`;
/**
 * A score may follow a sentence's full stop with no space, where a text lost its line breaks
 * ("of all time.10/10"); after a digit and a point it is the tail of a decimal ("2.5/10" is not
 * "5/10"), and so after a digit and a comma, the decimal point of many languages ("7,5/10" is 7.5).
 * A count in groups of three is read whole ("1,000/10", "1000, 000/10"), never its last group; a
 * count that opens with a zero is such a group's tail, never a score ("000/10"). A scale that goes
 * on in a group ("417 / 4,660") is a count too.
 */
const SLASH = /(?<![\d/])(?<!\d[.,])(?!0\d)(\d{1,12}(?:, ?\d{3}){0,4})(\.\d{1,2}|,\d)? ?\/ ?(100|10|5|4)(?![\d/]|[.,]\d)/g;
/** A comma and a space that group a count's digits: "1,000", "1000, 000". */
const DIGIT_GROUP = /, ?/g;
/**
 * The scales a count above them may be given on, as an enthusiastic top score ("11/10", "a 100
 * out of 10"). On a scale of 4 or 5 such a count is a bookmaker's price, a date or a sum ("9/4
 * favourite", "21/4", "17/5 = 3.4"), never a score.
 */
const OVER_SCALES: readonly number[] = [10, 100];
/** A sum after a division, not a score: "45/10 = 4.5". */
const SUM_AFTER = /^ ?=/;
/**
 * The value a count gives on its scale: a count above a scale of {@link OVER_SCALES} is its top
 * score ("11/10" is 10/10), or its lowest behind a minus sign ("-100/10"); null when it is no
 * score (above any other scale, or a sum after it).
 */
function overScale(count: number, scale: number, minus: boolean, after: string): number | null {
  if (count <= scale) return count;
  if (!OVER_SCALES.includes(scale) || SUM_AFTER.test(after)) return null;
  return minus ? 0 : scale;
}
/** True when a minus sign stands right before `at`, itself after a space, a bracket, a mark or the text's start ("Plot: -100/10"). */
const minusBefore = (view: string, at: number): boolean => view[at - 1] === '-' && (at < 2 || /[\s(:]/.test(view[at - 2] as string));
/**
 * "7 out of 10", "three and a half outta five", "*** out of 4", tried only at a few places before
 * each "out of" (see {@link OUT_OF_LEAD}): sticky, as the search for those places stands in for a
 * search of the whole text.
 */
const OUT_OF_AT = new RegExp(`(?<![\\w/])(?<!\\d[.,])(${OUT_OF_NUMBER}|(?<!\\*)\\*{1,${MOST_ASTERISKS}})${HALF_AFTER_COUNT} (?:out of|outta) (${SCALE})\\b`, 'iy');
/**
 * The most characters {@link OUT_OF_AT} reads before "out of": the longest count it reads (digits
 * with a decimal, a number word, a row of asterisks), its longest half, and the space. Every match
 * starts this near the "out of" it reads, so trying each place this near finds each match.
 */
const OUT_OF_LEAD = Math.max(LONGEST_DIGITS, MOST_ASTERISKS, ...COUNT_WORDS.map((w) => w.length)) + LONGEST_HALF.length + 1;
/**
 * What scores the number right after it, read back from the number: a scoring verb with the work
 * as object ("I give it a ", "rated this film an ", "I'd grade it a solid "), a verb whose subject
 * is the work ("it gets a ", "this film deserves a "; "he got a 9 in maths" scores no work), a score noun ("a score of ", "My rating: ",
 * "Overall: ", "Verdict - ").
 */
const SCORE_CUE = new RegExp(
  `(?:\\b(?:${alternation(SCORING_VERBS)}) (?:${alternation(SCORED_OBJECTS)}) (?:an? )?|\\b(?:${alternation(SCORED_OBJECTS)}) (?:${alternation(GETTING_VERBS)}) an? |\\b(?:${alternation(SCORE_NOUNS)})(?: of| is| was| ?[:=–—-]) (?:an? )?)(?:(?:${alternation(SCORE_HEDGES)}) )?$`,
  'i',
);
/**
 * A getting verb after a capitalised name or at the start of a sentence: "Black Panther gets an A",
 * "(Gets a solid 10 …)". Case matters here, so a person's pronoun ("He got a 9") is left out.
 */
const NAME_GETS = new RegExp(
  `(?:^|[(.!?] ?|(?<!\\b(?:He|She|I|We|They|You|My|His|Her|Our|Their)) (?<=[A-Z][\\w'’]* ))(?:${alternation(GETTING_VERBS)}|${alternation(GETTING_VERBS.map((w) => w[0]!.toUpperCase() + w.slice(1)))}) an? (?:(?:${alternation(SCORE_HEDGES)}) )?$`,
);
/** The most characters {@link SCORE_CUE} reads before a number. */
const CUE_WINDOW = 48;
/**
 * A number a cue may score, with the space before it: digits or a number word, maybe negative ("a
 * score of -100"). Every cue ({@link SCORE_CUE}, {@link NAME_GETS}) ends with a space, so a number
 * after anything else is never scored; and as no number holds a space, matching from the space
 * finds the same numbers, and a search that starts with a fixed character runs faster.
 */
const CUED_NUMBER = new RegExp(` (-?)(${NUMBER})(?![\\w/%½'’]|[.,:-]\\d)`, 'gi');
/**
 * What may follow a cued number: the end of the clause or text, a dash that starts no other
 * number or "star" (a match score "2 - 1", a "5 - star review"), or a word of
 * {@link SCORE_FOLLOWERS} ("a 7 for the cast"). Anything else makes it a count or a size.
 */
const CUED_END = new RegExp(`^(?:$|[ \\t]*[.!?,;)\\]"”\\n]|[ \\t]*[-–—] (?!\\d|star)|[ \\t]*\\r| (?:${alternation(SCORE_FOLLOWERS)})\\b)`, 'i');
/**
 * A score noun with a mark right before a cued number ("Overall: 8", "Rating - 7"): so plain a
 * cue that a capitalised word after the number opens the next sentence of a text that lost its
 * line breaks ("Overall: 8 To sum it up, …"), where another cue's number is a count ("a score of
 * 8 Oscars" is no rating, and is not read).
 */
const MARKED_CUE = new RegExp(`\\b(?:${alternation(SCORE_NOUNS)}) ?[:=–—-] $`, 'i');
/**
 * "Overall" before a number with marks of any spacing or none ("Overall(9)", "Overall-7",
 * "Overall -- 7.5", "Overall 9:"): fan reviews close so on their own overall score, which
 * {@link SCORE_CUE} misses, as it wants a space after one mark. The word in lower case, capitalised
 * or shouted (`overall`, `Overall`, `OVERALL`).
 */
const OVERALL_SCORE = /\b(?:[Oo]verall|OVERALL)( ?[:=(–—-]{1,3} ?| )(\d{1,2}(?:\.\d{1,2})?)(?![\d/%]|[.,]\d)/g;
/**
 * What may follow an {@link OVERALL_SCORE} number: a closing bracket, then the end of the text or
 * line, a mark (not a dash before a digit: "2-1" is a result), or a space and a sign or emoji (any
 * character past ASCII); a lower-case word makes it a count ("overall 10 episodes").
 */
const OVERALL_END = /^\)?(?:$|[ \t]*(?:[\r\n.!?,;:~(]|[-–—](?!\d))|[ \t]+[\u0080-\uFFFF])/;
/** After a marked {@link OVERALL_SCORE} number, a capital opens the next sentence ("Overall - 9 Naruto is ..."). */
const MARKED_OVERALL_END = /^\)? ?[A-Z]/;
/** A capitalised word after a cued number, the next sentence's first: " To sum up", " The art". */
const NEXT_SENTENCE_AFTER = /^ [A-Z][a-z]/;
/** A number written in digits. */
const DIGIT = /^\d/;
/** A scale named before a cued score: "On a scale of 1 to 5, I give it a 4". */
const SCALE_NAMED = /\bscale of (?:0|1|one|zero) ?(?:-|–|to) ?(100|10|5|ten|five)\b[^.!?\n]*$/i;
/** The most characters {@link SCALE_NAMED} reads before a cued score. */
const SCALE_WINDOW = 80;
/** A counted thing after "N out of M": the next word, when a plural or one of {@link COUNTED_NOUNS}. */
const NEXT_WORD = /^ ([a-z]+)/i;
const COUNTED = new Set(COUNTED_NOUNS);
const NOT_COUNTED = new Set(SCALE_PLURALS);

/** True when the word after a score's scale is a counted thing: "4 out of 5 dentists". */
function countedAfter(view: string, end: number): boolean {
  const m = NEXT_WORD.exec(view.slice(end, end + 16));
  if (!m) return false;
  const w = (m[1] as string).toLowerCase();
  return COUNTED.has(w) || (w.length > 2 && w.endsWith('s') && !NOT_COUNTED.has(w));
}

/**
 * The count before "star(s)", read off the characters before it: "4.5 ", "one ", "three and a
 * half ", "3½ ", "3 1/2 ", "half a ", a row of asterisks ("***1/2 "), and a scale after "of": "8
 * of 10 ", "8 out of 10 ". A number right after a slash is a fraction's lower half, not a count
 * ("3 1/2 stars" gives no 2 stars); one right after an asterisk is a score set in emphasis
 * ("**4 stars**").
 */
const STAR_COUNT = /(?<![./\w])(?:(\d{1,2}(?:\.\d{1,2})?|zero|one|two|three|four|five|six|seven|eight|nine|ten|(?<!\*)\*{1,5})( and a half| ?½| 1\/2|(?<=\*)1\/2)?|half an?)(?: (?:out )?of (10|5|4|ten|five|four))? $/i;
/** The most characters {@link STAR_COUNT} reads before "star": "seven and a half out of ten ". */
const STAR_WINDOW = 32;
/** What may follow "star(s)" in a rating: not a word (so not "stardom"), nor "of" ("one star of the show"). */
const AFTER_STARS = /^s?(?!\w)(?! (?:of|in|who|and)\b)/i;
/** A scale after the stars: "4 stars out of 5". */
const STARS_OUT_OF = /^s? out of (10|5|4|ten|five|four)\b/i;
/**
 * A text's own ten-star scale, named anywhere in it: "stars out of 10", "out of ten stars", "on a
 * 10-star scale". Its bare star counts ("I give it four stars") are then out of ten, not five.
 */
const TEN_STAR_SCALE = /\bstars? out of (?:10|ten)\b|\bout of (?:10|ten) stars\b|\b(?:10|ten)[- ]stars? (?:scale|rating|system)\b/i;
/** A row of star glyphs: full stars, at most one half (½ or ⯪), empty stars. */
const STAR_GLYPHS = /[★☆½⯪]{2,11}/g;
/** A letter grade after a cue: "Grade: A-", "My rating is B+", "Score: C". */
const GRADE_CUED = /\b(?:[Gg]rade|[Rr]ating|GRADE|RATING)(?: ?[:=–—-] ?| is | )(?:an? )?([A-DF][+-]?)(?![\w+-])|\b(?:[Ss]core|[Vv]erdict|SCORE|VERDICT) ?[:=–—-] ?([A-DF][+-]?)(?![\w+-])/g;
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
const HYPOTHETICAL_BEFORE = /\b(?:(?:would|could|might)(?: have|'ve|’ve| of) (?:given|rated|scored)|(?:would|could|should)(?: have|'ve|’ve) been|(?:tempted|wanted|going) to (?:give|rate|score))\b[^.!?\n]{0,24}$/i;
/**
 * A conditional score with its condition after it: "I'd give it 9/10 if it weren't for the filler"
 * (the writer gives less). A conditional verb in the clause before ({@link CONDITIONAL_BEFORE}) and
 * "if" right after the score.
 */
const CONDITIONAL_BEFORE = /(?:\b(?:would|could)|['’]d)\b[^.!?\n]{0,32}$/i;
// "if you like slow horror" is the reader's taste, not a condition on the score.
const IF_AFTER = /^[^.!?\n,;]{0,12}\bif\b(?! (?:you|u)\b)/i;
/**
 * A conditional score with its condition before it, in its sentence: "If it were half as long, I
 * would give it a 9", "if it wasn't for the filler it would be a 10/10" (the writer gives less).
 * Not the reader's taste ("if you like horror, I'd give it 8/10"), a concession ("even if it
 * drags, I'd give it 8/10") or a way of giving the real score ("if I had to rate it, I'd say 7/10").
 */
const IF_BEFORE = /(?<!\beven )\bif\b(?! (?:you|u)\b)(?! i (?:had|have|were|was) to\b)[^.!?\n]{0,100}(?:\b(?:would|could|might)|['’]d)\b[^.!?\n]{0,32}$/i;
/** The most characters {@link IF_BEFORE} reads before a score. */
const IF_WINDOW = 160;
/**
 * A score the writer denies: "It's not 10/10", "it doesn't even deserve a 4/10", "this isn't a 9".
 * The writer gives less, and says how much elsewhere if at all.
 */
const NEGATED_BEFORE = /(?:\b(?:not|never)|n['’]t)(?: even)?(?: (?:be|deserve|deserves|deserved|get|gets|worth|quite|exactly|really))?(?: an?)? ?$/i;
/** A score others gave: one of {@link OTHERS_SCORE_NOUNS} right after it ("the 10/10 reviews"). */
const OTHERS_AFTER = new RegExp(`^ (?:${alternation(OTHERS_SCORE_NOUNS)})\\b`, 'i');
/** A part's own score: one of {@link SCORED_PARTS} right before it ("Sound 4/10", "Story: 8", "Voice acting is 10/10"). */
const PART_BEFORE = new RegExp(`\\b(?:${alternation(SCORED_PARTS)})(?: ?[:=(–—-]| is| was| are| were| gets| get)? ?(?:an? )?(?:(?:${alternation(SCORE_HEDGES)}) )?$`, 'i');
/** A genre's own score, only with a mark between ("Comedy: 6/10"; see {@link SCORED_GENRE_PARTS}). */
const GENRE_PART_BEFORE = new RegExp(`\\b(?:${alternation(SCORED_GENRE_PARTS)}) ?[:=(–—-] ?(?:an? )?(?:(?:${alternation(SCORE_HEDGES)}) )?$`, 'i');
/**
 * The parts a score may name after it with "for" (see {@link partAfter}): "a 10 for the soundtrack",
 * "8/10 for the first season", "9/10 for nostalgia" (but "9/10 for me", "8/10 for this show" score
 * the whole). See {@link PARTS_AFTER_FOR}.
 */
const PART_NAMED = new RegExp(`^(?:${alternation([...SCORED_PARTS, ...PARTS_AFTER_FOR])})\\b`, 'i');
/** One of {@link SCORED_PLURALS} right after a score, in lower case: "12/10 moments" scores the moments. */
const PLURAL_AFTER = new RegExp(`^ (?:${alternation(SCORED_PLURALS)})\\b`);
/** How a score ranks as the verdict: one that names no part over a part's. */
const PART_RANK = 0;
const PLAIN_RANK = 1;
/** Someone else's score: one of {@link OTHER_RATERS} in the clause before a cued number or count of stars. */
const OTHERS_BEFORE = new RegExp(`\\b(?:${alternation(OTHER_RATERS)})\\b[^.!?,;\\n]{0,32}$`, 'i');
/** Someone else's score of any form: one of {@link NAMED_RATERS} in the clause before it. */
const NAMED_BEFORE = new RegExp(`\\b(?:${alternation(NAMED_RATERS)})\\b[^.!?,;\\n]{0,32}$`, 'i');
/** A site's or an outlet's score: one of {@link RATERS_AFTER} right after it ("10/10 IGN", "8.1 IMDb"). */
const RATER_AFTER = new RegExp(`^ (?:${alternation(RATERS_AFTER)})\\b`, 'i');
/** A sarcastic rating: one of {@link REFUSALS_AFTER} later in its sentence ("10/10 would not recommend"). */
const REFUSAL_AFTER = new RegExp(`^[^.!?\\n]{0,24}\\b(?:${alternation(REFUSALS_AFTER)})\\b`, 'i');
/** A contest's result, not a rating: one of {@link SPORT_WORDS} in the clause before a cued number. */
const SPORT_BEFORE = new RegExp(`\\b(?:${alternation(SPORT_WORDS)})\\b[^.!?\\n]{0,40}$`, 'i');
/** The most characters {@link HYPOTHETICAL_BEFORE} reads before a rating. */
const HYPOTHETICAL_WINDOW = 48;

/** Letter grades on a scale of 12: F is 0, D- 1 … A 11, A+ 12 (C, the middle grade, is 5). */
const GRADE_SCALE = 12;
const GRADE_BASE: Readonly<Record<string, number>> = { D: 2, C: 5, B: 8, A: 11 };

/** The value of a letter grade ("B+" = 9) on {@link GRADE_SCALE}. */
function gradeValue(grade: string): number {
  if (grade[0] === 'F') return 0;
  return (GRADE_BASE[grade[0] as string] ?? 0) + (grade[1] === '+' ? 1 : grade[1] === '-' ? -1 : 0);
}

/** A number or a scale as written: "10", "7.5", "ten", "a hundred", a row of asterisks ("***" is 3). */
const numberOf = (written: string): number => (written[0] === '*' ? written.length : (NUMBER_WORDS[written.toLowerCase().replace(/^a /, '')] ?? Number(written.replace(DIGIT_GROUP, ''))));

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
/** Character codes {@link givenGradePlaces} reads: "n" of "an", the grade letters A, D and F. */
const N_CODE = 0x6e;
const A_CODE = 0x41;
const D_CODE = 0x44;
const F_CODE = 0x46;

/** A hedge and its space before a grade letter, tried right after " a " or " an " ("a solid B+"). */
const HEDGE_AT = new RegExp(`(?:${alternation(SCORE_HEDGES)}) (?=[A-DF])`, 'y');

/**
 * Where a given letter grade ("give it a B+", "a solid B-") may stand, in order: each capital A to
 * D or F right after " a " or " an " and maybe a hedge. Found from each " a" of `view`, which a
 * string search finds faster than a pattern that opens with a space.
 */
function givenGradePlaces(view: string): number[] {
  const places: number[] = [];
  for (let i = view.indexOf(' a'); i >= 0; i = view.indexOf(' a', i + 1)) {
    let at = i + 2;
    if (view.charCodeAt(at) === N_CODE) at++;
    if (view.charCodeAt(at) !== SPACE || (places.length > 0 && i <= (places.at(-1) as number))) continue;
    at++;
    HEDGE_AT.lastIndex = at;
    if (HEDGE_AT.test(view)) at = HEDGE_AT.lastIndex;
    const c = view.charCodeAt(at);
    if ((c >= A_CODE && c <= D_CODE) || c === F_CODE) places.push(at);
  }
  return places;
}

/**
 * Stage 7a: the last explicit rating of the text, or null. One pass per pattern, and a pattern
 * runs only when the literal text it needs ("/", "out of", "star", a grade cue) is there.
 *
 * @param lower - `view` in lower case, as long as `view` (the normalized text's `lower`): places
 *   found in it are read in `view`.
 */
export function findRating(view: string, lower: string = lowerSameLength(view)): Rating | null {
  let best: Rating | null = null;
  let bestRank = PART_RANK;
  const keep = (value: number, scale: number, start: number, end: number): void => {
    if (!(value >= 0 && value <= scale)) return;
    const before = view.slice(Math.max(0, start - HYPOTHETICAL_WINDOW), start);
    const after = view.slice(end, end + 48);
    if (HYPOTHETICAL_BEFORE.test(before) || NAMED_BEFORE.test(before) || REFUSAL_AFTER.test(after) || RATER_AFTER.test(after)) return;
    if (NEGATED_BEFORE.test(before) || negatedGivingBefore(before) || OTHERS_AFTER.test(after) || (IF_AFTER.test(after) && CONDITIONAL_BEFORE.test(before))) return;
    if (IF_BEFORE.test(view.slice(Math.max(0, start - IF_WINDOW), start))) return;
    const rank = PART_BEFORE.test(before) || GENRE_PART_BEFORE.test(before) || partAfter(after, PART_NAMED) || PLURAL_AFTER.test(after) ? PART_RANK : PLAIN_RANK;
    // Of two readings of the same words ("4/5 stars" is also "5 stars"), the one that starts first
    // (or at the same place, the longer) spans the rating; of two apart, the higher rank is the
    // verdict (a score that names no part over a part's), and of two of one rank the later one.
    const wins = (b: Rating): boolean =>
      start < b.end && end > b.start
        ? start < b.start || (start === b.start && end > b.end)
        : rank > bestRank || (rank === bestRank && start > b.start);
    if (!best || wins(best)) {
      best = { value, scale, start, end };
      bestRank = rank;
    }
  };
  const has = (text: string): boolean => lower.includes(text);
  const share = (end: number): boolean => SHARE_AFTER.test(view.slice(end, end + 4));
  if (view.includes('/')) {
    for (const m of view.matchAll(SLASH)) {
      const end = m.index + m[0].length;
      if (share(end) || FRACTION_BEFORE.test(view.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (ODDS_BEFORE.test(view.slice(Math.max(0, m.index - 16), m.index)) || ODDS_AFTER.test(view.slice(end, end + 12))) continue;
      const scale = Number(m[3]);
      const count = Number((m[1] as string).replace(DIGIT_GROUP, '') + (m[2] ?? '').replace(',', '.'));
      const value = overScale(count, scale, minusBefore(view, m.index), view.slice(end, end + 2));
      if (value !== null) keep(value, scale, m.index, end);
    }
  }
  // Each "out of" (or "outta") is tried from the first place a count before it may start, as a
  // search of the whole text would meet it: matches in order, none starting inside the one before.
  let outOfFrom = 0;
  for (let at = lower.indexOf('out'); at >= 0; at = lower.indexOf('out', at + 3)) {
    if (!lower.startsWith(' of', at + 3) && !lower.startsWith('ta', at + 3)) continue;
    for (let s = Math.max(outOfFrom, at - OUT_OF_LEAD); s < at; s++) {
      OUT_OF_AT.lastIndex = s;
      const m = OUT_OF_AT.exec(view);
      if (!m) continue;
      const end = s + m[0].length;
      outOfFrom = end;
      if (share(end) || countedAfter(view, end)) break;
      const scale = numberOf(m[3] as string);
      const value = overScale(numberOf(m[1] as string) + (m[2] ? 0.5 : 0), scale, minusBefore(view, s), view.slice(end, end + 2));
      if (value !== null) keep(value, scale, s, end);
      break;
    }
  }
  // Whether the text names a ten-star scale: read once, at the first star count that needs it.
  let tenStars: boolean | undefined;
  // "4 stars", "one star", "three and a half stars", "8 of 10 stars": found from each "star",
  // looking back a few characters for the count and its scale, and ahead for "out of 5".
  for (let at = lower.indexOf('star'); at >= 0; at = lower.indexOf('star', at + 4)) {
    const from = Math.max(0, at - STAR_WINDOW);
    const count = STAR_COUNT.exec(view.slice(from, at));
    const after = AFTER_STARS.exec(view.slice(at + 4, at + 10));
    // A count read from the window's first character must not be the end of a longer word ("someone").
    if (!count || !after || (count.index === 0 && from > 0 && /[.\w]/.test(view[from - 1] as string))) continue;
    const word = count[1];
    const value = word === undefined ? 0.5 : numberOf(word) + (count[2] ? 0.5 : 0);
    const outOf = count[3] === undefined ? STARS_OUT_OF.exec(view.slice(at + 4, at + 20)) : null;
    const start = from + count.index;
    // Six to ten stars with no scale are out of ten when given: "I give it seven stars".
    const cue = view.slice(Math.max(0, start - CUE_WINDOW), start);
    const given = value > 5 && value <= 10 && SCORE_CUE.test(cue) && !OTHERS_BEFORE.test(cue);
    tenStars ??= TEN_STAR_SCALE.test(view);
    const scale = count[3] !== undefined ? numberOf(count[3]) : outOf ? numberOf(outOf[1] as string) : given || tenStars ? 10 : 5;
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
  // "I give it a B+", "a solid B-": found from each " a " / " an " before a capital grade letter, looking back.
  for (const start of givenGradePlaces(view)) {
    const grade = GIVEN_GRADE.exec(view.slice(start, start + 3));
    // Most matches are a capitalised word ("a Disney film"): no grade, so no cue is read.
    if (!grade) continue;
    const cue = view.slice(Math.max(0, start - CUE_WINDOW), start);
    if (SCORE_CUE.test(cue) || NAME_GETS.test(cue)) keep(gradeValue(grade[0]), GRADE_SCALE, start, start + grade[0].length);
  }
  // "I give it a 7", "a score of 3", "Overall: 9": a number right after a cue, out of ten unless
  // a scale is named before it, and no counted thing after it.
  for (const m of view.matchAll(CUED_NUMBER)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    // Most numbers are counts in running text ("one of the best"): the end is read before the cue.
    const after = view.slice(end, end + 12);
    // Digits only: a number word before a capital is a name's first word ("Overall: One Piece is …").
    if (!CUED_END.test(after) && !(DIGIT.test(m[2] as string) && NEXT_SENTENCE_AFTER.test(after) && MARKED_CUE.test(view.slice(Math.max(0, start - CUE_WINDOW), start)))) continue;
    const before = view.slice(Math.max(0, start - CUE_WINDOW), start);
    if (!(SCORE_CUE.test(before) || NAME_GETS.test(before)) || OTHERS_BEFORE.test(before) || SPORT_BEFORE.test(before)) continue;
    const named = SCALE_NAMED.exec(view.slice(Math.max(0, start - SCALE_WINDOW), start));
    const scale = named ? numberOf(named[1] as string) : 10;
    // A score below the scale is the writer's lowest ("a score of -100" on a scale of 1 to 10).
    const value = m[1] ? 0 : numberOf(m[2] as string);
    keep(value, scale, start, end);
  }
  // "Overall(9)", "Overall -- 7.5", "Overall 9:": the marks around a fan review's overall score.
  if (view.includes('verall') || view.includes('VERALL')) {
    for (const m of view.matchAll(OVERALL_SCORE)) {
      const end = m.index + m[0].length;
      const start = end - (m[2] as string).length;
      const after = view.slice(end, end + 3);
      const marked = (m[1] as string).trim() !== '';
      if (!OVERALL_END.test(after) && !(marked && MARKED_OVERALL_END.test(after))) continue;
      if (SPORT_BEFORE.test(view.slice(Math.max(0, start - CUE_WINDOW), start))) continue;
      const named = SCALE_NAMED.exec(view.slice(Math.max(0, start - SCALE_WINDOW), start));
      keep(Number(m[2]), named ? numberOf(named[1] as string) : 10, start, end);
    }
  }
  return best;
}

/** A rating as a score from -1 to 1: the middle of the scale is 0. */
export function ratingScore(r: Rating): number {
  return r.scale === 0 ? 0 : (r.value / r.scale) * 2 - 1;
}
