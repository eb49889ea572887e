/**
 * Step 4: which pieces are names. A strong piece or one a cue names is; so is a plain piece seen
 * twice, once where it counts (mid-sentence, outside headings, led by a proper noun). At one
 * mention: a listed first name not after a place preposition, a lone word with a maker's or
 * performer's work or manner after it (`Hitchcock's first film`, `X's road-trip comedy`, `another
 * Kubrick film`, `the Lubitsch touch`), a lone word mid-sentence with a personal pronoun after it that refers back to it
 * (`then Alluka shows up and he`), the subject of a verb whose object its own `his`/`her` opens
 * (`when X finally makes her entrance`) or a `who` clause of one subject (`we have X who appears`), or
 * opening a sentence before `, who` (`X, who keeps the inn,`), a
 * two-word proper name
 * with a performer's verb or word just after it (`X Y overacts`), a maker's work after its
 * possessive (`Ridley Scott's masterpiece`) or, mid-sentence, a pronoun or `who` clause of one
 * person after it as for a lone word (`then Ruth Pike shows up and she`), a lone word once
 * mid-sentence owning a common noun (`Zorg's ship`), or, once in possessive form outside an
 * article's phrase, the lower-case word after it whatever the preposition before it or the tag of
 * a listed given name (`in Eddie's eyes`, `Josh's concoction`: `4-lone-owners.ts`), a lone word once
 * before `and his` or `and her` and a story's companions or course (`Luffy and his crew`: `4-and-own.ts`), a lone word once
 * that many fans' texts read as a character (`Kakashi`: `4-known-words.ts`), a full name of proper nouns beside
 * an accepted full name in a list joined by `and`/`or` or about acting (`the cast, A B, C D and E
 * F`; between two accepted full names its first word may carry any tag: `Drew Barrymore`; nominees
 * each with their work, `A B for W1, C D for W2`), a lone word in such a list beside an accepted name or its surname alone (`Kidman, Cassel & Kassovitz`), a lone
 * word set against an accepted name by `vs` (`Gon vs Neferpitou`: `4-match-ups.ts`), a name
 * introduced as someone in a story (`her daughter, Pip`, `the main character, Aschenbach`, `a boy named Pip`) or right after a noun
 * of a person with no comma (`the young man X`, `supreme leader X`: `close-appositive.ts`), a name with a story told
 * of it (`X's sister`, `X's powers`, `X kills`, `X, a lonely old soldier`), a full name whose last
 * word is an accepted name, a lone word that is an accepted lone name with one letter more (`Timonn`
 * of `Timon`), a Korean-shaped piece that spells an accepted name another way, and both names of a
 * bracket an alias cue opens (`X (aka Y)`, `X (nicknamed Y)`: `4-alias-names.ts`).
 */
import {
  BEFORE_PLACE, BRAND_DETERMINERS, BRAND_NOUNS, INDEFINITE_ARTICLES, MAKER_MODIFIER_POS, MAKER_NOUNS, NAMED_PERSON_NOUNS, NAMING_WORDS, NOT_BEFORE_LONE, PERSON_PRONOUNS, PERSON_RELATIVES, PLURAL_CLAUSE_VERBS, SINGULAR_CLAUSE_VERBS, STORY_TIE_WORDS, STYLE_DETERMINERS, STYLE_NOUNS,
} from '../../data/name-cue-words';
import { ACTOR_VERBS, BEING_VERBS, ONCE_NAME_VERBS, CHARACTER_NOUNS, FAMILY_WORDS, PERFORMANCE_WORDS, POSSESSIVE_PRONOUNS } from '../../data/name-kind-features';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { DESCRIPTOR_NOUNS } from '../../data/role-words';
import { ARTICLES } from '../../data/work-cues';
import { hyphenParts } from '../../text/chars';
import { koreanSyllableCount } from '../../text/korean';
import { isModelWord } from '../../wink';
import { nameKey, romanisationKey } from '../../text/name-key';
import type { Word } from '../../text/words';
import type { PersonRole } from '../../types';
import type { Block } from '../stage-types';
import { isListedFirstName, leadStart, type NameContext } from './context';
import { lowerAt, type KindDocument, type KindMention } from './kind-document';
import { acceptAliasNames } from './4-alias-names';
import { acceptLongGivenNames, acceptRepeatedForms, acceptSlipForms } from './4-repeated-forms';
import { acceptTitleHeroes } from './4-title-heroes';
import { acceptLoneOwners, MAX_OWNED_MODIFIERS, ownableHead } from './4-lone-owners';
import { acceptMatchUps } from './4-match-ups';
import { acceptSetAgainst } from './4-set-against';
import { acceptAndOwn } from './4-and-own';
import { acceptKnownWords } from './4-known-words';
import { acceptFromWork } from './4-from-work';
import { characterNoun, describedAppositive, family, plotVerbAfter } from './kind-readers';
import { nameOfOrCalled } from './naming-call';
import { afterPersonNoun } from './close-appositive';
import { ownPronounObject } from './own-pronoun-object';
import { nomineeWorkEnd } from './nominee-gap';
import type { Piece } from './piece';

/** How many describing words may stand between a maker's possessive and the work noun. */
const MAX_MAKER_MODIFIERS = 3;

/** A lone word after a preposition of place or after `Town,` ("Savannah, Georgia"). */
function placeShaped(ctx: NameContext, p: Piece): boolean {
  const before = ctx.words[p.first - 1];
  if (!before) return false;
  if (!before.capitalised) return BEFORE_PLACE.has(before.lower);
  // Not after a listed first name: "Anna, Daphne and Rose" is a list of names.
  return ctx.input.view.slice(before.end, p.start) === ', ' && !isListedFirstName(before.lower);
}

/**
 * The role a lone capitalised word gets from the work after it: `X's (adj*) film/direction/
 * performance/novel/poem/comedy/opera` (a hyphenated compound describes as an adjective does), `a/another X film` (not a
 * compound of peoples, `an African-American film`), or a maker's manner (`the (adj*) X touch`);
 * undefined when none.
 */
function makerEvidence(ctx: NameContext, p: Piece): PersonRole | undefined {
  const { words, pos } = ctx;
  const w = words[p.last] as Word;
  if (w.possessive) {
    for (let k = p.last + 1, n = 0; k < words.length && n <= MAX_MAKER_MODIFIERS; k++, n++) {
      const next = words[k] as Word;
      if (!next.spaceBefore) return undefined;
      const role = next.capitalised ? undefined : MAKER_NOUNS.get(next.lower);
      if (role) return role;
      // "Hitchcock's successful first American film": a nationality describes the work too, and
      // so does a hyphenated compound (`X's road-trip comedy`), whatever the tagger makes of it.
      if (next.capitalised ? !PLACES_AND_PEOPLES.has(next.lower) : !(MAKER_MODIFIER_POS.has(pos[k] as string) || next.hyphenated)) return undefined;
    }
    return undefined;
  }
  const before = words[p.first - 1];
  const after = words[p.first + 1];
  if (!before || !after || before.capitalised || !w.spaceBefore || !after.spaceBefore || after.capitalised) return undefined;
  // "an African-American film": a compound of peoples describes the work, as a nationality does.
  if (w.hyphenated && hyphenParts(w.lower).every((part) => PLACES_AND_PEOPLES.has(part))) return undefined;
  if (BRAND_DETERMINERS.has(before.lower) && BRAND_NOUNS.has(after.lower)) return 'other';
  return STYLE_NOUNS.has(after.lower) && styleDeterminerBefore(ctx, p.first) ? 'other' : undefined;
}

/** True when a determiner stands before word `first`, past at most a few describing words (`the sublime`). */
function styleDeterminerBefore(ctx: NameContext, first: number): boolean {
  const { words, pos, sentenceStarts } = ctx;
  for (let k = first - 1, n = 0; k >= 0 && n <= MAX_MAKER_MODIFIERS; k--, n++) {
    const w = words[k] as Word;
    if (STYLE_DETERMINERS.has(w.lower)) return true;
    if (w.capitalised || sentenceStarts.has(w.start) || !MAKER_MODIFIER_POS.has(pos[k] as string)) return false;
  }
  return false;
}

/** How many words after a name a performer's verb or word may stand ("X also turns in a performance"). */
const PERFORMER_WINDOW = 3;

/** True when a performer's verb or word follows word `last` closely, in the same sentence. */
function performerAfter(ctx: NameContext, last: number): boolean {
  const { words, sentenceStarts } = ctx;
  for (let k = last + 1; k < words.length && k <= last + PERFORMER_WINDOW; k++) {
    const w = words[k] as Word;
    if (sentenceStarts.has(w.start) || w.capitalised) return false;
    if (w.lower !== 'as' && (ACTOR_VERBS.has(w.lower) || PERFORMANCE_WORDS.has(w.lower))) return true;
  }
  return false;
}

/** How many words after a name a pronoun that refers back to it may stand ("X got over it before he"). */
const PRONOUN_WINDOW = 12;

/** How many adverbs may stand between `who` and its verb (`X who apparently was`). */
const WHO_ADVERBS = 2;

/**
 * True when a restrictive `who` or `whose` clause of one subject follows word `last` (`we have X
 * who appears to be`, `X who's after`, `X whose ambition`): it speaks of someone, where a town or a
 * firm takes `which` or `that`. Without a comma the clause may define a crowd (`Christians who
 * ranked`, `Germa who are lame`), so its verb must not be plural, and after a name ending in `s`
 * must be of one subject; no indefinite article may open the phrase (`a disgruntled Marine who`: a
 * rank or a people).
 */
function singularWhoAfter(ctx: NameContext, first: number, last: number): boolean {
  const { words, pos, input } = ctx;
  const who = words[last + 1];
  const name = words[last] as Word;
  if (!who || who.capitalised || (who.lower !== 'who' && who.lower !== 'whose') || input.view.slice(name.end, who.start) !== ' ') return false;
  // After a capitalised word the name is the end of a longer one a work's title cut (`Naruto Uzumaki who`).
  const before = words[first - 1];
  if (before?.capitalised && input.view.slice(before.end, (words[first] as Word).start) === ' ') return false;
  for (let k = first - 1; k >= 0 && pos[k] === 'ADJ' && !(words[k] as Word).capitalised; k--) if (words[k - 1]?.lower === 'a' || words[k - 1]?.lower === 'an') return false;
  const plural = name.lower.endsWith('s');
  if (who.lower === 'whose') return !plural;
  // `who's`: the scanner reads the contraction as a possessive.
  if (who.possessive) return true;
  for (let k = last + 2, adverbs = 0; k < words.length && adverbs <= WHO_ADVERBS; k++) {
    const w = words[k] as Word;
    if (!w.spaceBefore) return false;
    if (pos[k] === 'ADV') {
      adverbs++;
      continue;
    }
    if (PLURAL_CLAUSE_VERBS.has(w.lower)) return false;
    if (!plural || SINGULAR_CLAUSE_VERBS.has(w.lower)) return true;
    return pos[k] === 'VERB' && w.lower.endsWith('s') && !w.lower.endsWith('ss');
  }
  return false;
}

/**
 * True when the words after word `last`, in the same sentence and before any other capitalised
 * word, refer back to one person: a personal pronoun (`then X shows up and he`, `X put a hit on him`)
 * or a relative pronoun of a person right after a comma (`X, who had been working`) or opening a
 * clause of one subject ({@link singularWhoAfter}). A place, a
 * firm or a work is `it` or `which`; with no capitalised word between them, the name is the one the
 * pronoun can refer to. Not after an article, nor right before a common noun the name qualifies
 * (`a Dungeons and Dragons fan`), nor with the pronoun right after the name (`the town of X she`).
 */
function personAfter(ctx: NameContext, first: number, last: number): boolean {
  const { words, sentenceStarts, input } = ctx;
  // After an article the words name a thing or qualify a noun (`a Civil War veteran`).
  const before = words[first - 1];
  if (before && !sentenceStarts.has((words[first] as Word).start) && ARTICLES.has(before.lower)) return false;
  const next = words[last + 1];
  // A name right before a common noun qualifies it (`a Dungeons and Dragons fan`).
  if (next && !next.capitalised && ctx.pos[last + 1] === 'NOUN' && next.spaceBefore && input.view.slice((words[last] as Word).end, next.start) === ' ') return false;
  if (next && PERSON_RELATIVES.has(next.lower) && input.view.slice((words[last] as Word).end, next.start) === ', ') return true;
  if (singularWhoAfter(ctx, first, last)) return true;
  // A pronoun right after the name starts another clause (`in the town of X she was hired`).
  for (let k = last + 1; k < words.length && k <= last + PRONOUN_WINDOW; k++) {
    const w = words[k] as Word;
    if (sentenceStarts.has(w.start) || (w.capitalised && w.lower !== 'i')) return false;
    if (k > last + 1 && PERSON_PRONOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * True when plain two-word piece `p`, mid-sentence and ending in a proper noun, is followed by words
 * that refer back to one person ({@link personAfter}: `then Ruth Pike shows up and she`, `Ruth
 * Pike, who`). Its last word is no word of the tagger's lexicon: a surname seldom is, where a
 * group, a rank, a thing or a firm ends in one (`Sky Marshal`, `Moon Shards`, `Tyrell Systems`); no
 * indefinite article or number stands before it past describing words (`a young Dune Rider`: a
 * kind of someone); and no plural verb follows it (`Vell Oraks are`: a people).
 */
function twoWordsOfSomeone(ctx: NameContext, p: Piece): boolean {
  const { words, pos } = ctx;
  if (!p.repeatable || p.last !== p.first + 1 || pos[p.last] !== 'PROPN') return false;
  const last = words[p.last] as Word;
  if (isModelWord(last.lower) || PLURAL_CLAUSE_VERBS.has(words[p.last + 1]?.lower ?? '')) return false;
  let k = p.first - 1;
  while (k >= 0 && pos[k] === 'ADJ' && !(words[k] as Word).capitalised) k--;
  const before = words[k];
  if (before && (pos[k] === 'NUM' || INDEFINITE_ARTICLES.has(before.lower) || before.possessive)) return false;
  return !NOT_BEFORE_LONE.has(words[p.first - 1]?.lower ?? '') && personAfter(ctx, p.first, p.last);
}

/** A capital letter: one after a word's first letter makes an acronym or an office (`MPs`). */
const CAPITAL = /\p{Lu}/u;

/**
 * True when plain piece `p` is a lone proper noun opening a sentence right before `, who` or `,
 * whose` (`Ottoline, who keeps the inn, …`): the sentence is about someone, where a town, a band or
 * a firm takes `which`. Its capital tells nothing at a sentence's start, so the word must be tagged
 * a proper noun, not place-shaped, and capitalised on its first letter only (`MPs, who`). Names
 * inside a sentence are read by {@link personAfter}.
 */
function opensSentenceBeforeWho(ctx: NameContext, p: Piece): boolean {
  if (p.shape !== 'plain' || p.first !== p.last || p.repeatable) return false;
  const w = ctx.words[p.first] as Word;
  const next = ctx.words[p.first + 1];
  if (!next || w.possessive || !ctx.sentenceStarts.has(w.start) || ctx.pos[p.first] !== 'PROPN') return false;
  if ((next.lower !== 'who' && next.lower !== 'whose') || ctx.input.view.slice(w.end, next.start) !== ', ') return false;
  return !CAPITAL.test(ctx.input.view.slice(w.start + 1, w.end)) && !placeShaped(ctx, p);
}

/** Piece `p` as the kind readers read a mention: no cue, no title. */
function asMention(p: Piece): KindMention {
  return { first: p.first, last: p.last, start: p.start, honorific: false, characterCue: false, actorCue: false, crewCue: false, hyphenatedGiven: false, givenApart: false };
}

/**
 * True when the words around mention `m` speak of someone in a story, as the kind model reads them:
 * a family or story word (`his sister X`, `X's wife`, `X's powers`), a noun of a story's part
 * (`the villain X`, `X is the hero`), an appositive with a noun of a person (`X, a lonely old
 * soldier`), or a verb only a being does right after (`X kills`, `X finally escapes`). Places, firms and works
 * have no families, plots or powers.
 */
export function someoneAround(doc: KindDocument, m: KindMention, verbs: ReadonlySet<string> = BEING_VERBS): boolean {
  // `League of Decency must`, `Game of Thrones meets`: a word after `of` in a longer proper name.
  if (lowerAt(doc, m.first - 1) === 'of' && doc.words[m.first - 2]?.capitalised === true) return false;
  return family(doc, m) || characterNoun(doc, m) || (describedAppositive(doc, m) && personNounAfter(doc, m.last)) || plotVerbAfter(doc, m, verbs);
}

/** How many words after a name a person noun of its appositive may stand (`X, a lonely old soldier`). */
const APPOSITIVE_REACH = 5;

/** True when a noun of a person stands within the next few words (`X, a reprogrammed droid`, not `X, the story`). */
function personNounAfter(doc: KindDocument, last: number): boolean {
  for (let k = last + 2; k <= last + APPOSITIVE_REACH && k < doc.words.length; k++) {
    const l = lowerAt(doc, k);
    if (DESCRIPTOR_NOUNS.has(l) || CHARACTER_NOUNS.has(l) || FAMILY_WORDS.has(l)) return true;
  }
  return false;
}

/**
 * True when lone plain piece `p` is a possessive that owns a common noun, past at most
 * {@link MAX_OWNED_MODIFIERS} describing words (`Zorg's ship`, `Zorg's quiet desperation`): in a
 * review a one-word name owns things, acts and traits. Not a word of the tagger's lexicon (`Heaven's
 * gate`, `Animation's budget`: a thing owns them as often), nor before a part only a work has
 * (`X's finale`: `WORK_PART_NOUNS`), a told story (`X's story`: a writer's as often) or a noun of
 * an idiom or an eponym (`for X's sake`).
 */
function ownsSomething(ctx: NameContext, p: Piece): boolean {
  const { words, pos } = ctx;
  const w = words[p.last] as Word;
  if (p.first !== p.last || !w.possessive || isModelWord(w.lower)) return false;
  let k = p.last + 1;
  while (k < words.length && k <= p.last + MAX_OWNED_MODIFIERS && pos[k] === 'ADJ' && !(words[k] as Word).capitalised && (words[k] as Word).spaceBefore) k++;
  const noun = words[k];
  return noun !== undefined && !noun.capitalised && noun.spaceBefore && pos[k] === 'NOUN' && ownableHead(noun.lower);
}

/** The text as the kind readers read it, with no name ends or casting known yet. */
export function storyDocument(ctx: NameContext): KindDocument {
  return { view: ctx.input.view, words: ctx.words, pos: ctx.pos, sentenceStarts: ctx.sentenceStarts, news: false, nameEnds: new Set<number>(), nameWords: new Set<number>(), animation: false, casts: false, workMask: ctx.workMask };
}

/** What may stand between two names of a list: a comma, `and`, `&`, `or`. */
const LIST_GAPS: ReadonlySet<string> = new Set([', ', ',', ' , ', ' and ', ', and ', ' & ', ' or ', ', or ']);

/** Gaps of a list that join its last two names (`A, B and C`): a coordination, not an appositive. */
const COORDINATING_GAPS: ReadonlySet<string> = new Set([' and ', ', and ', ' & ', ' or ', ', or ']);

/**
 * How pieces `a` and `b` stand side by side in a list, the other of the two an accepted full name:
 * 'joined' by `and`/`or`, 'comma' by a comma alone; undefined when they do not.
 */
function listedBeside(ctx: NameContext, a: Piece | undefined, b: Piece | undefined, accepted: ReadonlySet<string>): 'joined' | 'comma' | undefined {
  if (!a || !b) return undefined;
  const other = accepted.has(a.key) ? a : b;
  if (!(other.last > other.first && accepted.has(other.key))) return undefined;
  const gap = listGap(ctx, a, b);
  if (gap !== undefined) return COORDINATING_GAPS.has(gap) ? 'joined' : 'comma';
  // Nominees each with their work (`A B for Work1, C D for Work2`): both items name a work, so the
  // comma joins two of a list, not a name and its appositive.
  const workEnd = nomineeWorkEnd(ctx, a.end);
  if (workEnd < 0 || nomineeWorkEnd(ctx, b.end) < 0) return undefined;
  return LIST_GAPS.has(ctx.input.view.slice(workEnd, leadStart(ctx, b.first))) ? 'joined' : undefined;
}

/** How far the performance words of a list's sentence are looked for, in words. */
const SENTENCE_REACH = 25;

/** True when a word of acting or film-making stands in the sentence of piece `p`: the list is a cast or a crew. */
function performanceInSentence(ctx: NameContext, p: Piece): boolean {
  const { words, sentenceStarts } = ctx;
  for (let k = p.last + 1; k < words.length && k <= p.last + SENTENCE_REACH; k++) {
    const w = words[k] as Word;
    if (sentenceStarts.has(w.start)) break;
    if (PERFORMANCE_WORDS.has(w.lower) || ACTOR_VERBS.has(w.lower)) return true;
  }
  for (let k = p.first - 1; k >= 0 && k >= p.first - SENTENCE_REACH; k--) {
    const w = words[k] as Word;
    if (PERFORMANCE_WORDS.has(w.lower) || ACTOR_VERBS.has(w.lower)) return true;
    if (sentenceStarts.has(w.start)) break;
  }
  return false;
}

/**
 * True when a piece (or a mention, by its first word) is introduced as someone in a story: after a
 * family or social word of someone or a tie of the plot (`her daughter, Pip`, `his pal Bigardo`,
 * `Tomas's cousin Brenna`, `her rival Tsuzura`),
 * after a noun of a story's part (`the main character,
 * Aschenbach`, `the role of Lionel`), named after a noun of a person (`a young boy named Pip`), or
 * one of two names a calling phrase gives ({@link nameOfOrCalled}: `Morty, or "Micky" as everyone calls him`),
 * or right after a noun of a person with no comma ({@link afterPersonNoun}: `the young man X`).
 */
export function introducedInStory(ctx: NameContext, p: { first: number; last: number }): boolean {
  const { words, input } = ctx;
  // `X, or "Y" as everyone calls him`: both are names of one someone.
  const own = words[p.first] as Word;
  if (nameOfOrCalled(input.view, input.lower, own.start, own.end)) return true;
  const before = words[p.first - 1];
  if (!before || before.capitalised) return false;
  const gap = input.view.slice(before.end, (words[p.first] as Word).start).trim();
  if (gap !== '' && gap !== ',') return false;
  const lowerAt = (i: number): string => words[i]?.lower ?? '';
  if (FAMILY_WORDS.has(before.lower) || STORY_TIE_WORDS.has(before.lower)) return POSSESSIVE_PRONOUNS.has(lowerAt(p.first - 2)) || POSSESSIVE_PRONOUNS.has(lowerAt(p.first - 3)) || words[p.first - 2]?.possessive === true;
  if (CHARACTER_NOUNS.has(before.lower)) return true;
  // `a young boy named X`, `a character called X`: a noun of a person names them (`a planet called
  // X`, `a show named X` name things).
  if (gap === '' && NAMING_WORDS.has(before.lower)) return NAMED_PERSON_NOUNS.has(lowerAt(p.first - 2)) && (words[p.first - 2] as Word).end + 1 === before.start;
  // Not `part of X`: a part of a place or a group.
  return gap === '' && before.lower === 'of' && (lowerAt(p.first - 2) === 'character' || lowerAt(p.first - 2) === 'role');
}

/** A lone word that may be a name in a list: plain, untitled, tagged a proper noun, not yet accepted. */
function listCandidate(ctx: NameContext, p: Piece | undefined, accepted: ReadonlySet<string>): p is Piece {
  return p !== undefined && p.shape === 'plain' && !p.titled && p.first === p.last && ctx.pos[p.first] === 'PROPN' && !accepted.has(p.key);
}

/** The gap between pieces `a` and `b` when it is one of a list's (`, `, ` and `, ` & `), else undefined. */
function listGap(ctx: NameContext, a: Piece | undefined, b: Piece | undefined): string | undefined {
  if (!a || !b) return undefined;
  // "B, Late Ada Brook and C": a describing word before a name is no gap of the list.
  const gap = ctx.input.view.slice(a.end, leadStart(ctx, b.first));
  return LIST_GAPS.has(gap) ? gap : undefined;
}

/**
 * A lone word once in a list beside an accepted name (`Kidman, Cassel & Kassovitz`, `singers
 * Madonna, Sir Elton John, Nelly and Usher`, `the films of Buster Keaton, Laurel and Hardy`): joined
 * to it by `and`/`&`/`or`, or by a comma inside a list of three or more. Surnames and mononyms are
 * written so in lists of cast, crew and performers; places, firms and calendar words never reach
 * here (they are no pieces). Read left to right, then right to left, so a name accepted here
 * vouches for the next one (`Laurel and Hardy, Abbott and Costello`).
 */
function acceptListedWords(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>): void {
  // A surname written alone is the accepted full name it ends (`Nicole Kidman` … `Kidman, Cassel`).
  const surnames = new Set<string>();
  for (const p of pieces) if (p.last > p.first && !p.titled && p.shape !== 'common' && accepted.has(p.key)) surnames.add(nameKey((ctx.words[p.last] as Word).lower));
  const vouches = (q: Piece | undefined): boolean => q !== undefined && q.shape !== 'common' && (accepted.has(q.key) || (q.first === q.last && surnames.has(q.key)));
  const tryAt = (i: number): void => {
    const p = pieces[i];
    if (!listCandidate(ctx, p, accepted)) return;
    const before = listGap(ctx, pieces[i - 1], p);
    const after = listGap(ctx, p, pieces[i + 1]);
    if (before === undefined && after === undefined) return;
    // The first of a list after a place preposition is a place ("in Rome, Paris and Oslo"); after
    // a capitalised word or a quote mark it ends a longer name (`Paulie 'Walnuts' Gualtieri and`).
    const prev = ctx.words[p.first - 1];
    if (before === undefined && prev && !ctx.sentenceStarts.has(p.start) && (BEFORE_PLACE.has(prev.lower) || prev.capitalised || ctx.input.view.slice(prev.end, p.start) !== ' ')) return;
    const longList = (before !== undefined && after !== undefined) || (before !== undefined && listGap(ctx, pieces[i - 2], pieces[i - 1]) !== undefined) || (after !== undefined && listGap(ctx, pieces[i + 1], pieces[i + 2]) !== undefined);
    const ok = (gap: string | undefined, q: Piece | undefined): boolean => gap !== undefined && vouches(q) && (COORDINATING_GAPS.has(gap) || longList);
    if (ok(before, pieces[i - 1]) || ok(after, pieces[i + 1])) accepted.add(p.key);
  };
  for (let i = 0; i < pieces.length; i++) tryAt(i);
  for (let i = pieces.length - 1; i >= 0; i--) tryAt(i);
}

/** Step 4: the keys of the pieces that are names (`blocks`: the text's blocks, for names that head a section). A maker's work gives its lone word a role. */
export function acceptNames(ctx: NameContext, pieces: readonly Piece[], blocks: readonly Block[] = []): Set<string> {
  const { words, input } = ctx;
  const plainCount = new Map<string, { all: number; ok: number }>();
  for (const p of pieces) {
    if (p.shape !== 'plain') continue;
    const c = plainCount.get(p.key) ?? { all: 0, ok: 0 };
    c.all++;
    if (p.repeatable) c.ok++;
    plainCount.set(p.key, c);
  }
  const acceptedKeys = new Set(pieces.filter((p) => p.shape === 'strong' || p.roles.length > 0 || p.character || p.castUnnamed).map((p) => p.key));
  for (const [key, c] of plainCount) if (c.all >= 2 && c.ok >= 1) acceptedKeys.add(key);
  // A work's title that the works stage read as its hero's name there (`Iron Man's team`), a cue
  // as the casting cues are: a piece with a word the text also writes in lower case too (`Wonder Woman`).
  for (const p of pieces) if (ctx.heroes.get(p.start) === p.end) acceptedKeys.add(p.key);
  // Seen twice in two forms: a full name and its surname or given name alone.
  acceptRepeatedForms(ctx, pieces, acceptedKeys, blocks);
  // Named twice, a name and its alias in a bracket: "X (aka Y)", "X (nicknamed Y)".
  acceptAliasNames(ctx, pieces, acceptedKeys);
  // A lone word once, with the work of a maker or a performer after it ("Hitchcock's first
  // film", "a Kubrick picture").
  for (const p of pieces) {
    if (p.first !== p.last || p.shape === 'common' || p.titled) continue;
    if (acceptedKeys.has(p.key)) {
      // A name accepted for its repetition gets the role its work gives it all the same: a
      // maker's lone surname is no band or firm to the news test.
      if (p.shape === 'plain' && p.roles.length === 0) {
        const role = makerEvidence(ctx, p);
        if (role) p.roles.push(role);
      }
      continue;
    }
    // A listed first name once mid-sentence ("when Daphne leaves"): the kind model weighs it.
    if (p.shape === 'plain' && p.repeatable && isListedFirstName((words[p.first] as Word).lower) && !placeShaped(ctx, p)) {
      acceptedKeys.add(p.key);
      continue;
    }
    const role = makerEvidence(ctx, p);
    if (!role) {
      if (p.shape === 'plain' && p.repeatable && !placeShaped(ctx, p) && !NOT_BEFORE_LONE.has(words[p.first - 1]?.lower ?? '') && (personAfter(ctx, p.first, p.last) || (!ARTICLES.has(words[p.first - 1]?.lower ?? '') && ownPronounObject(ctx, p.first)))) acceptedKeys.add(p.key);
      else if (opensSentenceBeforeWho(ctx, p)) acceptedKeys.add(p.key);
      continue;
    }
    p.roles.push(role);
    acceptedKeys.add(p.key);
  }
  // A two-word proper name once, even sentence-initial, with a performer's verb or word just after
  // it ("Breckin Meyer overacts", "Tolliver Crane also gives a fine performance"), or a maker's work
  // after its possessive ("Ridley Scott's masterpiece").
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.last !== p.first + 1 || acceptedKeys.has(p.key)) continue;
    const role = ctx.pos[p.first] === 'PROPN' && (words[p.last] as Word).possessive ? makerEvidence(ctx, p) : undefined;
    if (role) {
      p.roles.push(role);
      acceptedKeys.add(p.key);
      continue;
    }
    if (ctx.pos[p.first] === 'PROPN' && ctx.pos[p.last] === 'PROPN' && performerAfter(ctx, p.last)) acceptedKeys.add(p.key);
    else if (twoWordsOfSomeone(ctx, p)) acceptedKeys.add(p.key);
  }
  // A full name once beside an accepted full name in a list: joined to it by `and`/`or`
  // ("the films of Anselm Kowar, and Ruth Delacroix", "A B and C D"), or in a comma list in a sentence
  // about acting or film-making ("the cast, Joan Fontaine, Robert Coote, Lumsden Hare, are
  // effective"). Cast, crew and character lists name people the name lists do not hold; a comma
  // alone may stand before an appositive (`Glenmore Abbey, Dorothy Fennimore's house`), and a list
  // of places or firms has no such words. Pieces are in text order, so a list is read left to right.
  pieces.forEach((p, i) => {
    if (p.shape !== 'plain' || p.titled || p.last === p.first || p.last - p.first > 2 || acceptedKeys.has(p.key)) return;
    const before = listedBeside(ctx, pieces[i - 1], p, acceptedKeys);
    const after = listedBeside(ctx, p, pieces[i + 1], acceptedKeys);
    // The tagger may take a surname that is also a word for a verb (`Harrison Ford`): joined by
    // `and`/`or` to an accepted full name, a run led by a proper noun is a name whatever its tags.
    let laterProper = true;
    for (let k = p.first + 1; k <= p.last; k++) if (ctx.pos[k] !== 'PROPN') laterProper = false;
    if (!laterProper && !(ctx.pos[p.first] === 'PROPN' && (before === 'joined' || after === 'joined'))) return;
    // The tagger may take a first name that is also a word for a verb (`Drew Barrymore`); between two
    // accepted full names the list settles it.
    if (ctx.pos[p.first] !== 'PROPN' && (before === undefined || after === undefined)) return;
    // Between two accepted full names the comma cannot start an appositive: a list of three names.
    if (before === 'joined' || after === 'joined' || (before !== undefined && after !== undefined) || ((before ?? after) !== undefined && performanceInSentence(ctx, p))) acceptedKeys.add(p.key);
  });
  acceptListedWords(ctx, pieces, acceptedKeys);
  // A lone word once set against an accepted name by `vs` (`Gon vs Neferpitou`).
  acceptMatchUps(ctx, pieces, acceptedKeys);
  // A lone word once the object of a story's verb whose subject is an accepted name (`A kills X`).
  acceptSetAgainst(ctx, pieces, acceptedKeys);
  const listed = acceptedKeys.size;
  // A name once, with a story told of it around it ("X's powers", "X kills"), or a lone word once
  // owning a thing ("Zorg's ship").
  const doc = storyDocument(ctx);
  for (const p of pieces) {
    if (p.shape !== 'plain' || !p.repeatable || p.titled || p.last - p.first > 1 || acceptedKeys.has(p.key)) continue;
    if (ctx.pos[p.last] !== 'PROPN' || placeShaped(ctx, p) || ARTICLES.has(words[p.first - 1]?.lower ?? '')) continue;
    if (someoneAround(doc, asMention(p), ONCE_NAME_VERBS)) acceptedKeys.add(p.key);
    else if (ownsSomething(ctx, p)) acceptedKeys.add(p.key);
  }
  // A lone word after `the` that ends a longer title, with a story or a pronoun of someone ("the Hulk smashes").
  acceptTitleHeroes(ctx, pieces, acceptedKeys, (p) => someoneAround(doc, asMention(p), ONCE_NAME_VERBS));
  // A lone word once owning the lower-case word after it ("in Eddie's eyes", "Josh's concoction").
  acceptLoneOwners(ctx, pieces, acceptedKeys, blocks);
  // A lone word once before `and his` or `and her` ("Luffy and his crew").
  acceptAndOwn(ctx, pieces, acceptedKeys);
  // A name once right before `from` and a work ("X from Other Show").
  acceptFromWork(ctx, pieces, acceptedKeys);
  // A lone word once that many fans' texts read as a character ("Luffy").
  acceptKnownWords(ctx, pieces, acceptedKeys, (p) => placeShaped(ctx, p));
  // The names accepted since the list pass vouch for the lone words listed beside them as well
  // (`Luffy, Zoro, Chopper and Robin` where only `Luffy` is a known word). The list pass reads both
  // ways, so with no name accepted since, it would find nothing new.
  if (acceptedKeys.size > listed) {
    acceptListedWords(ctx, pieces, acceptedKeys);
    acceptMatchUps(ctx, pieces, acceptedKeys);
    acceptSetAgainst(ctx, pieces, acceptedKeys);
  }
  // A name once, introduced as someone in a story ("her daughter, Pip"): the kind model weighs it.
  for (const p of pieces) {
    if (p.shape === 'common' || p.titled || p.last - p.first > 1 || acceptedKeys.has(p.key)) continue;
    if (introducedInStory(ctx, p) || afterPersonNoun(ctx, p.first, p.last)) acceptedKeys.add(p.key);
  }
  // A full name whose last word is an accepted lone name is that name ("Agnetha Faltskog").
  for (const p of pieces) {
    if (acceptedKeys.has(p.key) || p.shape === 'common' || p.titled || p.last === p.first || p.last - p.first > 2) continue;
    if (acceptedKeys.has(nameKey((words[p.last] as Word).lower))) acceptedKeys.add(p.key);
  }
  // A listed given name alone once, its short form a name ("Christopher" … "Chris").
  acceptLongGivenNames(ctx, pieces, acceptedKeys);
  // A lone word once, an accepted lone name with one letter more ("Timonn" … "Timon").
  acceptSlipForms(ctx, pieces, acceptedKeys);
  // A Korean-shaped piece that spells an accepted name another way is that name ("Su Hyuk"). The
  // shape is read first: most texts have no such piece, and then no romanisation key is made.
  let romanised: Set<string> | null = null;
  for (const p of pieces) {
    if (p.last === p.first || acceptedKeys.has(p.key) || p.shape === 'common' || !koreanShaped(input.view, words, p)) continue;
    romanised ??= new Set([...acceptedKeys].map(romanisationKey));
    if (romanised.has(romanisationKey(p.key))) acceptedKeys.add(p.key);
  }
  return acceptedKeys;
}

/** True when every word of piece `p` splits into Korean syllables as written ({@link koreanSyllableCount}). */
function koreanShaped(view: string, words: readonly Word[], p: Piece): boolean {
  for (let k = p.first; k <= p.last; k++) {
    const w = words[k] as Word;
    if (koreanSyllableCount(view.slice(w.start, w.end)) === 0) return false;
  }
  return true;
}
