/**
 * Pass 4d: a subject that the sentence calls a work: "X Y is an outstanding thriller", "X Y was the
 * story of", "X is one of the worst films".
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { HONORIFICS } from '../../data/honorifics';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { COLON, COMMA, SPACE } from '../../text/chars';
import { ONE_WORD_HEADINGS } from '../../data/heading-words';
import { ARTICLES, BECOMING_VERBS, CREW_NOUNS, HEAD_LEAD_TAGS, PART_IN_WORK_NOUNS, PEOPLE_NOUNS, LABEL_WORDS, REVIEW_WORDS, SENTENCE_LEADS, NEGATED_COPULAS, KIND_OF_WORK_NOUNS, KIND_WORDS, NAME_JOINERS, NON_TITLE_LEADS, NOT_SUBJECT_TAGS, WORK_NOUN_PLURALS, WORK_NOUNS, MAKER_OWNER_WORDS, OWNED_SUPERLATIVES } from '../../data/work-cues';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { trimRunEnd } from './cuts';
import { allCaps, isLoneNonTitle, isPlaceOrBody, isSequelDigit, nameShaped, nounQualifies, numbersNoWork, personShaped, someWord, startsWithDigit } from './shapes';

/** True when an "and" / "or" inside a run joins two parts, not a title's "and the" ("The Quick and the Dead"). */
function joinsTwo(words: readonly Word[], run: Run): boolean {
  for (let k = run.first; k <= run.last; k++) {
    if (NAME_JOINERS.has((words[k] as Word).lower) && !(k < run.last && ARTICLES.has((words[k + 1] as Word).lower))) return true;
  }
  return false;
}

const isHonorific = (w: Word): boolean => HONORIFICS.has(w.lower);

/** Words that may stand between "is" and the kind of work ("is an outstanding thriller"). */
const KIND_GAP = 4;

/**
 * The index of the last word of "is" / "was" at `at`, negated or not ("is not", "isn't": what a
 * text says a work is not, it calls a work all the same), or of "became" / "remains" / "has
 * become"; -1 when none stands there.
 */
function copulaEnd(words: readonly Word[], at: number): number {
  const verb = words[at];
  if (!verb || !verb.spaceBefore) return -1;
  if (NEGATED_COPULAS.has(verb.lower) || BECOMING_VERBS.has(verb.lower)) return at;
  // "has become one of the most popular anime": what a text says a work became, it is.
  if (verb.lower === 'has' && words[at + 1]?.lower === 'become' && words[at + 1]?.spaceBefore) return at + 1;
  if (verb.lower !== 'is' && verb.lower !== 'was') return -1;
  const not = words[at + 1];
  return not?.lower === 'not' && not.spaceBefore ? at + 1 : at;
}

/**
 * True when the words from `at` read `is` / `was` (or "is not", "isn't"), then up to four lower-case words, then a kind of
 * work that qualifies no noun after it ("is a funny British sitcom", not "is a film student"), or
 * "one of the … films". With `headOnly`, the kind of work must head the phrase: only articles,
 * adjectives, adverbs and "kind of" before it ("is the story of", not "is a master of the thriller").
 */
function calledAWork(ctx: WorksContext, verbAt: number, headOnly: boolean): boolean {
  const { words } = ctx;
  const at = copulaEnd(words, verbAt);
  if (at < 0) return false;
  // One word there is a person's name as often ("Lonsdale is one of his best": his best men).
  if (!headOnly && ownedSuperlative(ctx, at)) return true;
  const negated = at > verbAt || NEGATED_COPULAS.has((words[at] as Word).lower);
  const aside = adverbAside(ctx, at);
  return calledAfter(ctx, aside, aside > at, negated, headOnly);
}

/**
 * True when the words after the copula's last word at `at` read "one of", a maker's owner ("his",
 * "her", "their", or a capitalised possessive that names no place or body: "Hitchcock's") and a
 * superlative with its noun left out, a mark or the text's end right after it ("is not one of his
 * best.", "was one of Hitchcock's weakest,"): the noun understood is what the maker made. A noun
 * after the superlative says what the subject is ("one of her best friends"); "my best" and "the
 * best" may leave out a person as well.
 */
function ownedSuperlative(ctx: WorksContext, at: number): boolean {
  const { words } = ctx;
  const one = spaced(words, at + 1);
  const of = spaced(words, at + 2);
  const owner = spaced(words, at + 3);
  const top = spaced(words, at + 4);
  if (one?.lower !== 'one' || of?.lower !== 'of' || !owner || !top || top.capitalised || !OWNED_SUPERLATIVES.has(top.lower)) return false;
  const maker = owner.capitalised ? owner.possessive && !isPlaceOrBody(owner) : MAKER_OWNER_WORDS.has(owner.lower);
  const next = words[at + 5];
  return maker && (next === undefined || !next.spaceBefore);
}

/** Word `k` when a space stands before it, else undefined. */
const spaced = (words: readonly Word[], k: number): Word | undefined => (words[k]?.spaceBefore === true ? words[k] : undefined);

/**
 * The index of an adverb set off by commas right after the word at `at` ("is, finally, the first
 * movie"): the sentence goes on after it as if it were not there. `at` when none stands there.
 */
function adverbAside(ctx: WorksContext, at: number): number {
  const { view, words } = ctx;
  const verb = words[at] as Word;
  const adverb = words[at + 1];
  const next = words[at + 2];
  if (!adverb || !next || view.charCodeAt(verb.end) !== COMMA || view.charCodeAt(adverb.end) !== COMMA) return at;
  if (adverb.start !== verb.end + 2 || next.start !== adverb.end + 2 || view.charCodeAt(adverb.start - 1) !== SPACE || view.charCodeAt(next.start - 1) !== SPACE) return at;
  return ctx.posAt(adverb.start) === 'ADV' ? at + 1 : at;
}

/** {@link calledAWork} from the word at `at`: the copula's last word, or an aside after it (`aside`). */
function calledAfter(ctx: WorksContext, at: number, aside: boolean, negated: boolean, headOnly: boolean): boolean {
  const { words } = ctx;
  const oneOf = words[at + 1]?.lower === 'one' && words[at + 2]?.lower === 'of';
  const kindNoun = (x: Word | undefined): boolean => x !== undefined && x.spaceBefore && (WORK_NOUNS.has(x.lower) || KIND_OF_WORK_NOUNS.has(x.lower) || (oneOf && WORK_NOUN_PLURALS.has(x.lower)));
  for (let k = at + 1; k <= at + 1 + KIND_GAP + (oneOf ? 2 : 0); k++) {
    const w = words[k];
    // The first word after an aside follows its comma ("is, finally, the first movie").
    if (!w || (!w.spaceBefore && !(aside && k === at + 1))) return false;
    // "was the star of the film", "is the best character in the show": a person or a part in a work.
    if (!w.capitalised && (PART_IN_WORK_NOUNS.has(w.lower) || CREW_NOUNS.has(w.lower) || PEOPLE_NOUNS.has(w.lower))) return false;
    // "was born to play this role": a work noun after "to" is a verb and names no work.
    if ((WORK_NOUNS.has(w.lower) || KIND_OF_WORK_NOUNS.has(w.lower) || (oneOf && k > at + 2 && WORK_NOUN_PLURALS.has(w.lower))) && words[k - 1]?.lower !== 'to') {
      // "was the show's first winner": the work is not what the subject is.
      if (w.possessive) return false;
      const next = words[k + 1];
      // "was named best drama movie": a kind of work before another is one phrase; the last decides.
      if (kindNoun(next)) continue;
      return !nounQualifies(ctx, next, false);
    }
    // "the greatest shonen anime", "the best Shōnen Anime": a noun that qualifies the kind of work
    // right after it belongs to the phrase.
    const after = words[k + 1];
    if (k > at + 1 && kindNoun(after) && (w.capitalised || ctx.posAt(w.start) === 'NOUN')) continue;
    if (w.capitalised && k > at + 1) {
      // "is the first Star Wars film", "one of those classic Kung-Fu movies": capitalised words
      // that qualify the kind of work after them name its franchise or genre, not what the subject is.
      const end = capitalisedQualifier(words, k);
      if (end > k && kindNoun(words[end + 1])) {
        k = end - 1;
        continue;
      }
      if (!PLACES_AND_PEOPLES.has(w.lower)) return false;
    }
    if (oneOf && k <= at + 2) continue;
    const kindOf = KIND_WORDS.has(w.lower) && words[k + 1]?.lower === 'of';
    const afterKind = w.lower === 'of' && KIND_WORDS.has(words[k - 1]?.lower ?? '');
    // After a negation, a preposition or an infinitive's "to" before the work noun says what the
    // subject is not in or does not do to the work ("isn't in the movie", "wasn't enough to save
    // this show"), not that it is no work.
    if (negated && !afterKind && (w.lower === 'to' || ctx.posAt(w.start) === 'ADP')) return false;
    if (!headOnly) continue;
    // "is one of my favourite anime": an owner's word heads the phrase as an article does.
    if (!kindOf && !afterKind && !POSSESSIVE_DETERMINERS.has(w.lower) && !HEAD_LEAD_TAGS.has(ctx.posAt(w.start))) return false;
  }
  return false;
}

/** Most capitalised words {@link capitalisedQualifier} reads before a kind of work ("Star Wars film"). */
const QUALIFIER_WORDS = 3;

/**
 * The index of the last of two or three capitalised words from `k` joined by single spaces ("Star
 * Wars" in "the first Star Wars film"), or `k` when fewer stand there.
 */
function capitalisedQualifier(words: readonly Word[], k: number): number {
  let end = k;
  while (end - k < QUALIFIER_WORDS - 1 && words[end + 1]?.capitalised === true && (words[end + 1] as Word).spaceBefore) end++;
  return end;
}

/** True when a work noun (not a kind such as "story") stands within four words from `at`. */
function workNounNamed(words: readonly Word[], at: number): boolean {
  for (let k = at; k < at + KIND_GAP + 1; k++) if (WORK_NOUNS.has(words[k]?.lower ?? '')) return true;
  return false;
}

/**
 * 4d. One word there is as often a surname ("Hitchcock is a master of the thriller"): it counts
 * only when the kind of work heads the phrase after "is", and a given name only before a work noun
 * ("Emma is a flawed film"). "and" joins two actors as often ("A and B are the film"), unless an
 * article follows it ("The Quick and the Dead").
 */
export function readCalled(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  // Every case needs "is" / "was" right after the run: looked at first, as most runs have none.
  if (copulaEnd(words, full.last + 1) < 0) return;
  const run = trimRunEnd(words, full);
  if (run.last !== full.last || nameShaped(words, run)) return;
  if (joinsTwo(words, run) || someWord(words, run.first, run.last, isHonorific) || NON_TITLE_LEADS.has((words[run.first] as Word).lower) || (words[run.last] as Word).possessive) return;
  if (run.last > run.first) {
    // A person's shape counts as a lone given name does: only when a work noun heads the phrase
    // ("Jane Eyre is a faithful film", not "Tom Reed is the heart of the film"), and not when the
    // text names its last word alone, as it names a person or a hero ("Wick is back").
    const person = personShaped(words, run.first, run.last);
    if (person ? !ctx.namesAlone((words[run.last] as Word).lower) && calledAWork(ctx, run.last + 1, true) && workNounNamed(words, run.last + 2) : calledAWork(ctx, run.last + 1, false)) out.push(titleFinding(ctx.formOf(person ? run : withMainTitle(ctx, run))));
    return;
  }
  const lone = words[run.first] as Word;
  // After a preposition one word is an object, not the subject ("a source of irritation for
  // Austrians is the song").
  const prev = words[run.first - 1];
  // After an article and a number one word ends a longer name whose run broke there ("the 36th
  // Chamber is"); a mark before it is no part of the name ("Story: 10 Naruto is").
  if (prev && lone.spaceBefore && (ctx.posAt(prev.start) === 'ADP' || (startsWithDigit(view, prev) && ARTICLES.has(words[run.first - 2]?.lower ?? '')))) return;
  // An acronym is more often a format or a firm than a title ("LP", "BBC").
  if (isLoneNonTitle(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) || !calledAWork(ctx, run.last + 1, true)) return;
  if (!GIVEN_NAMES.has(lone.lower) || workNounNamed(words, run.last + 2)) out.push(titleFinding(ctx.formOf(run)));
}

/** Fewest words of a main title before a colon that {@link withMainTitle} takes ("Captain America: …"). */
const MAIN_TITLE_WORDS = 2;

/**
 * The subject with the main title before its colon, when the sentence opens with two capitalised
 * words or more and ": " ("Captain America: Civil War was a great sequel"): the subtitle alone is
 * not what the sentence calls a work. A label before the colon ("Overall: X", "Final Thoughts: X",
 * "Spoiler Warning: X") or a speaker's name ("Tony Stark: X") is no main title; nor is a single
 * word, which labels as often ("Story: X"). A main title may end with a sequel's digit ("Harbour
 * Lights 2: The Return is a worthy sequel"), unless the word before the digit numbers a part or a
 * mark ("Chapter 3: …", "Acting 8: …").
 */
function withMainTitle(ctx: WorksContext, run: Run): Run {
  const { view, words } = ctx;
  const first = words[run.first] as Word;
  if (view.charCodeAt(first.start - 1) !== SPACE || view.charCodeAt(first.start - 2) !== COLON) return run;
  let p = run.first - 1;
  const end = words[p];
  if (!end || end.end !== first.start - 2 || !(end.capitalised || sequelNumbered(words, p))) return run;
  while (p > 0 && (words[p] as Word).spaceBefore && (words[p - 1] as Word).capitalised) p--;
  const lead = words[p] as Word;
  // A given name first makes the part before the colon a speaker's label ("Tony Stark: …").
  if (lead.spaceBefore || run.first - p < MAIN_TITLE_WORDS || GIVEN_NAMES.has(lead.lower) || someWord(words, p, run.first - 1, isLabelWord)) return run;
  return { first: p, last: run.last, start: lead.start, end: run.end };
}

/** True when word `p` is a sequel's digit one space after a capitalised word that does not make it a part's number or a mark. */
function sequelNumbered(words: readonly Word[], p: number): boolean {
  const digit = words[p] as Word;
  const before = words[p - 1];
  return isSequelDigit(digit) && digit.spaceBefore && before?.capitalised === true && !numbersNoWork(before);
}

/** A word that labels a part of a review or opens a sentence ("Overall", "Verdict", "Thoughts"), no word of a main title. */
export const isLabelWord = (w: Word): boolean =>
  LABEL_WORDS.has(w.lower) || SENTENCE_LEADS.has(w.lower) || REVIEW_WORDS.has(w.lower) || NON_TITLE_LEADS.has(w.lower) || ONE_WORD_HEADINGS.has(w.lower) || w.possessive;
