/**
 * Pass 5, after the mentions: a work titled by its hero's name (`Naruto`, `Forrest Gump`, `Iron
 * Man`) is the hero, not the work, where the words beside a mention use it as a person, whichever
 * pass found the title: a verb only a living being does right after it or after one adverb
 * (`Naruto fled`, `Kestrel later dies`, `Kestrel says`; not `died down`), such a verb with an object
 * where it may be a noun or a participle (`Iron Man fights Thanos`, not `the fights are smart`), a
 * person's reflexive pronoun (`Naruto himself`), a family, body, team or ability word after its
 * possessive (`Naruto's father`, `Iron Man's team`, `Kestrel's sword`), a person's pronoun after it
 * at the head of its sentence (`Kestrel, he never gives up`; `Kestrel finds his sword`), a
 * player's full name in brackets after it (`John Wick (Keanu Reeves)`), a personal name joined to it
 * by a slash (`Tony Stark/Iron Man`, `Iron Man/Tony Stark`), or an acting verb right
 * before it (`she played Wonder Woman`), or a part's noun and `of` before it (`the role of Naruto`); the words are the `HERO_*` sets of
 * `src/data/work-cues.ts`. Those mentions are left to the names stage; the work keeps the others,
 * and a work every mention of which reads so keeps them all (the text named it as a work
 * somewhere, or it would not have been found).
 */
import { PLAYS_VERBS } from '../../data/name-kind-features';
import { THING_DETERMINERS } from '../../data/name-cue-words';
import {
  HERO_NOT_ACTION_VERBS, HERO_NUMBER_LEADS, HERO_PART_NOUNS, HERO_OBJECT_OPENERS, HERO_OBJECT_VERBS, HERO_OWNER_PRONOUNS, HERO_PERSON_PRONOUNS, HERO_POSSESSIONS,
  HERO_REFLEXIVES, HERO_SUBJECT_PRONOUNS, HERO_THING_PRONOUNS, HERO_VERB_ADVERBS, HERO_VERB_PARTICLES, HERO_VERBS, TITLE_CONNECTORS,
} from '../../data/work-cues';
import { PLACES_AND_PEOPLES } from '../../data/not-names';
import { MAJOR_PLACES } from '../../data/work-bodies';
import { isLetter } from '../../text/chars';
import { RARE_FIRST_NAMES, WORD_FIRST_NAMES } from '../../text/first-names';
import { forwardSearch } from '../../text/search';
import { scanWords, spacesOnly, type Word } from '../../text/words';
import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';
import { isListedFirstName } from '../../text/listed-first-name';

/** The most words a title may have to be read as a hero's name (`Monkey D. Luffy` is three). */
const NAME_WORDS_AT_MOST = 3;

/** True when the mention's words are all capitalised name words: no connector, no digit, no number word opening two words or more. */
function nameShaped(words: readonly Word[], first: number, after: number): boolean {
  if (after - first < 1 || after - first > NAME_WORDS_AT_MOST) return false;
  if (after - first > 1 && HERO_NUMBER_LEADS.has((words[first] as Word).lower)) return false;
  for (let i = first; i < after; i++) {
    const w = words[i] as Word;
    if (!w.capitalised || TITLE_CONNECTORS.has(w.lower)) return false;
    for (const ch of w.lower) if (!isLetter(ch) && ch !== '-' && ch !== '.') return false;
  }
  return true;
}

/** True when the word at `k` stands one plain space (or a run of them) after the word before it. */
function spacedAt(view: string, words: readonly Word[], k: number): boolean {
  const w = words[k];
  const before = words[k - 1];
  return w !== undefined && before !== undefined && spacesOnly(view, before.end, w.start) && !before.possessive;
}

/**
 * True when the word at `k` is a verb a being does: a {@link HERO_VERBS} verb not in a phrase a
 * work does too (`died down`), or a {@link HERO_OBJECT_VERBS} verb with its object after it and no
 * determiner before the title that would make it a noun (`the Kestrel fights`).
 */
function beingVerbAt(view: string, words: readonly Word[], k: number, first: number): boolean {
  const verb = words[k] as Word;
  const after = words[k + 1];
  const spaced = spacedAt(view, words, k + 1);
  if (HERO_VERBS.has(verb.lower)) return !HERO_VERB_PARTICLES.has(after?.lower ?? '');
  if (!HERO_OBJECT_VERBS.has(verb.lower) || after === undefined || !spaced) return false;
  if (THING_DETERMINERS.has(words[first - 1]?.lower ?? '')) return false;
  return HERO_OBJECT_OPENERS.has(after.lower) || (after.capitalised && after.lower !== 'i');
}

/** True when mention `m` opens its sentence: nothing but spaces and quote marks after a full stop, a line break or the text's start. */
function opensSentence(view: string, m: Span): boolean {
  let k = m.start - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '"' || view[k] === '\u201c' || view[k] === "'")) k--;
  return k < 0 || view[k] === '.' || view[k] === '!' || view[k] === '?' || view[k] === '\n';
}

/**
 * True when a person's pronoun follows the title at the head of its sentence: a subject pronoun
 * right after it, a comma between or not (`Kestrel, he never gives up`), or a possessive one after
 * the one lower-case word after it (its verb, or `and`) before a being's possession (`Kestrel finds
 * his sword`, `Kestrel and his sister`), that word no verb of being, having or making (`Kestrel was
 * her dream`). A title inside a sentence may end a list before a new clause (`X, Y or Z he never`).
 */
function pronounTellsHero(view: string, words: readonly Word[], m: Span, after: number): boolean {
  const next = words[after];
  if (next === undefined || !opensSentence(view, m)) return false;
  const gap = view.slice(m.end, next.start).trim();
  if ((gap === '' || gap === ',') && HERO_SUBJECT_PRONOUNS.has(next.lower)) return true;
  if (gap !== '' || next.capitalised || HERO_NOT_ACTION_VERBS.has(next.lower) || next.possessive) return false;
  const owner = words[after + 1];
  const owned = words[after + 2];
  return owner !== undefined && owned !== undefined && HERO_OWNER_PRONOUNS.has(owner.lower) && spacedAt(view, words, after + 1)
    && spacedAt(view, words, after + 2) && HERO_POSSESSIONS.has(owned.lower);
}

/** The most words after a title read for a pronoun of its sentence. */
const PRONOUN_REACH = 20;

/** Marks that end the stretch read for a pronoun: a sentence's end, a line break, a quote. */
const PRONOUN_STOPS = '.!?\n"“”';

/**
 * True when a thing's pronoun ({@link HERO_THING_PRONOUNS}) comes after word `from` in its
 * sentence, outside a quote, before any person's pronoun: the text speaks of a work as doing
 * what the verb after its title says (`Bleach realizes that it is no fighting show`).
 */
function thingPronounAfter(view: string, words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + PRONOUN_REACH; k++) {
    const w = words[k] as Word;
    const before = words[k - 1];
    if (before !== undefined) {
      const gap = view.slice(before.end, w.start);
      for (const ch of gap) if (PRONOUN_STOPS.includes(ch)) return false;
    }
    if (HERO_THING_PRONOUNS.has(w.lower)) return true;
    if (HERO_PERSON_PRONOUNS.has(w.lower)) return false;
  }
  return false;
}

/** The most words of a player's name in brackets after a hero's name (`Monkey D. Luffy (Mayumi Tanaka)`). */
const PLAYER_WORDS_AT_MOST = 3;

/** True for a word that leads a person's full name: a listed given name or first name. */
const givenNameLead = (l: string): boolean => isListedFirstName(l) || WORD_FIRST_NAMES.has(l) || RARE_FIRST_NAMES.has(l);

/**
 * True when a player's name in brackets follows the mention `m` right after one space, two or three
 * capitalised words led by a given name and nothing else (`John Wick (Keanu Reeves)`): a cast
 * list's way of naming a part and who plays it, so the mention is the hero. One word in the
 * brackets is a maker or a channel as often (`Rope (Hitchcock)`, `X (Netflix)`), and words led by
 * no given name are a channel, another title or a note (`X (BBC Three)`, `X (Laissez Passer)`).
 */
function playerInBrackets(view: string, words: readonly Word[], m: Span, after: number): boolean {
  if (view[m.end] !== ' ' || view[m.end + 1] !== '(') return false;
  const open = words[after];
  if (open === undefined || open.start !== m.end + 2 || !givenNameLead(open.lower)) return false;
  for (let k = after; k < words.length && k < after + PLAYER_WORDS_AT_MOST; k++) {
    const w = words[k] as Word;
    if (!w.capitalised || w.possessive || TITLE_CONNECTORS.has(w.lower)) return false;
    if (k > after && !spacedAt(view, words, k)) return false;
    if (view[w.end] === ')') return k > after;
  }
  return false;
}

/**
 * True when a personal name stands right before the mention `m`, joined to it by a bare slash
 * (`Tony Stark/Iron Man`, `Diana/Wonder Woman`): one capitalised word that is a given name, or two
 * one space apart led by one. A hero's two names are written so; a work's other title is not led
 * by a given name (`Fate/Zero`).
 */
function personalNameBeforeSlash(view: string, words: readonly Word[], m: Span, first: number): boolean {
  const last = words[first - 1];
  if (last === undefined || view[m.start - 1] !== '/' || last.end !== m.start - 1 || !last.capitalised || last.possessive) return false;
  if (givenNameLead(last.lower)) return true;
  const lead = words[first - 2];
  return lead !== undefined && lead.capitalised && givenNameLead(lead.lower) && spacedAt(view, words, first - 1);
}

/**
 * True when a personal name follows the mention `m` right after a bare slash (`Iron Man/Tony
 * Stark`): a capitalised given name, then a capitalised word one space after it.
 */
function personalNameAfterSlash(view: string, words: readonly Word[], m: Span, after: number): boolean {
  const lead = words[after];
  const next = words[after + 1];
  if (lead === undefined || view[m.end] !== '/' || lead.start !== m.end + 1 || !lead.capitalised || !givenNameLead(lead.lower)) return false;
  return next !== undefined && next.capitalised && spacedAt(view, words, after + 1);
}

/** True when the words beside the mention `m` (its words are `first` up to `after`) tell the hero. */
function readsAsHero(view: string, words: readonly Word[], m: Span, first: number, after: number): boolean {
  const last = words[after - 1] as Word;
  const next = words[after];
  if (next !== undefined) {
    if (!last.possessive && playerInBrackets(view, words, m, after)) return true;
    if (!last.possessive && personalNameAfterSlash(view, words, m, after)) return true;
    if (last.possessive) {
      if (HERO_POSSESSIONS.has(next.lower)) return true;
    } else if (spacesOnly(view, m.end, next.start)) {
      if (HERO_REFLEXIVES.has(next.lower)) return true;
      const verb = HERO_VERB_ADVERBS.has(next.lower) && spacedAt(view, words, after + 1) ? after + 1 : after;
      if (beingVerbAt(view, words, verb, first) && !thingPronounAfter(view, words, verb + 1)) return true;
    }
    if (!last.possessive && pronounTellsHero(view, words, m, after)) return true;
  }
  // An acting verb before the title's possessive plays a part of the work (`played Brookside's X`).
  const before = words[first - 1];
  if (before === undefined || last.possessive) return false;
  if (personalNameBeforeSlash(view, words, m, first)) return true;
  return (PLAYS_VERBS.has(before.lower) && spacesOnly(view, before.end, m.start)) || partNamedAt(view, words, m, first);
}

/**
 * True when a part's noun and `of` stand right before the mention `m` (its first word `first`),
 * one plain space apart, a quote mark before the title or not (`the role of Kestrel`, `her
 * character of "Kestrel"`): the text names the part the title is ({@link HERO_PART_NOUNS}). Not a
 * title opened by a place's or a people's word, which names a place or the work's world, no one
 * (`the character of Tokyo Ghoul`, the work's nature or its cast).
 */
function partNamedAt(view: string, words: readonly Word[], m: Span, first: number): boolean {
  const lead = (words[first] as Word).lower;
  if (PLACES_AND_PEOPLES.has(lead) || MAJOR_PLACES.has(lead)) return false;
  const of = words[first - 1];
  const noun = words[first - 2];
  if (of === undefined || noun === undefined || of.lower !== 'of' || !HERO_PART_NOUNS.has(noun.lower)) return false;
  const gap = view.slice(of.end, m.start);
  return (gap === ' ' || gap === ' "' || gap === ' \u201c') && spacedAt(view, words, first - 1);
}

/**
 * True when the text names `title` (as written, as whole words) somewhere as its hero
 * ({@link readsAsHero}): the learner of known titles (scripts/learn-work-titles.mjs) counts the
 * documents where a title is its hero's name, as a name fans write bare is then a character as often.
 */
export function titleReadsAsHero(view: string, title: string): boolean {
  let at = view.indexOf(title);
  if (at < 0) return false;
  const words = scanWords(view, view.toLowerCase());
  const wordAt = forwardSearch(words);
  for (; at >= 0; at = view.indexOf(title, at + title.length)) {
    const first = wordAt(at);
    const end = at + title.length;
    // Whole words only: not "Zorvath" inside "Zorvathian".
    if (words[first]?.start !== at || isLetter(view[end] ?? '')) continue;
    if (heroAt(view, words, first, { start: at, end })) return true;
  }
  return false;
}

/** True when the mention `m`, its first word `first`, is name-shaped and its neighbours tell the hero ({@link readsAsHero}). */
function heroAt(view: string, words: readonly Word[], first: number, m: Span): boolean {
  let after = first;
  while (after < words.length && (words[after] as Word).start < m.end && after - first <= NAME_WORDS_AT_MOST) after++;
  return nameShaped(words, first, after) && readsAsHero(view, words, m, first, after);
}

/** The works with the mentions that read as their title's hero taken out ({@link readsAsHero}) and kept apart as its `heroes`. */
export function heroMentionsApart(view: string, words: readonly Word[], works: readonly WorkDraft[]): WorkDraft[] {
  const wordAt = forwardSearch(words);
  return works.map((work) => {
    // Mentions come in order of their start within a work, so the search walks forward.
    const kept: Span[] = [];
    const heroes: Span[] = [];
    for (const m of work.mentions) (heroAt(view, words, wordAt(m.start), m) ? heroes : kept).push(m);
    return heroes.length === 0 || kept.length === 0 ? work : { ...work, mentions: kept, heroes };
  });
}
