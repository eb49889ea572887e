/**
 * Pass 6, after the names are tied: a work named after its hero (`Shrek`, `Forrest Gump`,
 * `Naruto`) is written in a name's shape, so the cues of the passes before, which leave a name's
 * shape alone (`the Tom Hanks movie` names an actor, not a work), miss it where the names stage
 * has found the name a character. A character has no films and is not watched or read, so a
 * mention of a character's name that the words beside it use as a work's is the work named after
 * it: a kind of work right after it (`the first Shrek movie`, `the Naruto manga`), a part only a work
 * has after its possessive (`Naruto's finale`) or before `of` (`the plot of Forrest Gump`), or a
 * verb of watching or reading right before it whose object it closes (`I watched Shrek with my
 * kids`; not `watching Shrek fight`, nor `Fiona watched Shrek` in a plot), or a sentence calling
 * it a film (`X is a tense little thriller`, `a film like "X Y"`), which also moves the mention of
 * a name the names stage took for someone real with no craft. Each such mention moves
 * to a work of that title; the character keeps its other mentions, and is gone when it has none.
 * A person's name is left alone: before a kind of work it names a maker or a star.
 */
import { ANIME_WORDS } from '../../data/name-kind-animation';
import { GIVEN_NAMES } from '../../data/given-names';
import { HONORIFICS } from '../../data/honorifics';
import { isListedFirstName } from '../../text/listed-first-name';
import {
  HERO_CALLED_NOUNS, HERO_CALLED_PLURALS, HERO_CALLED_VERBS, HERO_TITLE_KIND_LEADS, HERO_TITLE_NOUNS, HERO_TITLE_READ_VERBS, LIKENESS_WORDS, STRONG_WATCH_VERBS,
  WORK_PART_NOUNS, WORK_PART_OF_NOUNS,
} from '../../data/work-cues';
import { POSSESSIVE_DETERMINERS } from '../../data/name-cue-words';
import { forwardSearch } from '../../text/search';
import { spacesOnly, type Word } from '../../text/words';
import type { Span } from '../../types';
import type { EntityDraft, WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';
import { closesWatchedObject } from './closes-watched-object';
import { watcherIsReader } from './watcher-is-reader';

/** Marks right after a watched name that close the verb's object (`watched Shrek.`, `watched Shrek, and`); not a colon, which opens a label. */
const CLOSING_MARKS = '.,;!?)';

/** Code units a title named after its hero may follow: a space, a line break, a quote mark or a bracket, not a word's glue (`Steins;Gate`, `Anime/Manga`). */
const OPENERS = ' \n\t"\'(\u201c\u2018*_';

/** wink's tags of a word after `of` and a name that go on with a clause about someone (`the plot of Luffy becoming king`). */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADV']);

/** True when the word at `k` stands one space (or a run of spaces) after the word before it. */
function spacedAt(view: string, words: readonly Word[], k: number): boolean {
  const w = words[k];
  const before = words[k - 1];
  return w !== undefined && before !== undefined && spacesOnly(view, before.end, w.start);
}

/**
 * True when the mention (words `first` to `last`) is the object a watch verb before it closes,
 * no lone given name (`we watched Tom at the park`, someone watched as often): a mark right after
 * it, the text's end, or a word that ends the object ({@link closesWatchedObject}).
 */
function watchedWork(view: string, facts: WordFacts, first: number, last: number): boolean {
  const { words, pos } = facts;
  const verb = words[first - 1];
  const name = words[last] as Word;
  if (verb === undefined || verb.capitalised || verb.possessive || !spacedAt(view, words, first)) return false;
  if (!STRONG_WATCH_VERBS.has(verb.lower) && !HERO_TITLE_READ_VERBS.has(verb.lower)) return false;
  if (name.possessive || !watcherIsReader(words, pos, first - 1)) return false;
  // "we watched Tom at the park": one given name is someone watched as often as a work.
  if (first === last && (GIVEN_NAMES.has(name.lower) || isListedFirstName(name.lower))) return false;
  const next = words[last + 1];
  if (next === undefined) return true;
  const gap = view.slice(name.end, next.start);
  for (const ch of gap) if (CLOSING_MARKS.includes(ch) || ch === '\n') return true;
  return gap.trim() === '' && closesWatchedObject(words, pos, last + 1);
}

/**
 * True when a kind of work follows the mention (words `first` to `last`) as one work's
 * ({@link HERO_TITLE_NOUNS}), and the mention is no kind itself: no indefinite or counting word
 * right before it ({@link HERO_TITLE_KIND_LEADS}), no name joined to it by `and` before it (a
 * pair of makers or stars: `an Abbott and Costello film`), and no capitalised word inside its
 * sentence before it, which makes it the end of a longer title (`Burn The Witch manga`).
 */
function kindOfWorkAfter(view: string, facts: WordFacts, first: number, last: number): boolean {
  const { words, sentenceStarts } = facts;
  const name = words[last] as Word;
  const next = words[last + 1];
  if (next === undefined || next.capitalised || name.possessive || !HERO_TITLE_NOUNS.has(next.lower) || !spacedAt(view, words, last + 1)) return false;
  const before = words[first - 1];
  if (before === undefined || !spacedAt(view, words, first)) return true;
  if (HERO_TITLE_KIND_LEADS.has(before.lower)) return false;
  // "an Abbott and Costello film": two names joined lead a kind of work as its makers or stars.
  if ((before.lower === 'and' || before.lower === '&') && words[first - 2]?.capitalised === true) return false;
  return !before.capitalised || before.lower === 'i' || sentenceStarts.has(before.start);
}

/**
 * True when a work's part and `of` stand right before the mention (words `first` to `last`,
 * {@link WORK_PART_OF_NOUNS}: `the plot of Forrest Gump`, `500 episodes of Naruto`) and no clause
 * about someone goes on after it (`the plot of Luffy becoming king`).
 */
function partOfWorkBefore(view: string, facts: WordFacts, first: number, last: number): boolean {
  const { words, pos } = facts;
  const of = words[first - 1];
  const part = words[first - 2];
  if (of === undefined || part === undefined || of.lower !== 'of' || of.capitalised || part.capitalised || !WORK_PART_OF_NOUNS.has(part.lower)) return false;
  if (!spacedAt(view, words, first) || !spacedAt(view, words, first - 1) || (words[last] as Word).possessive) return false;
  const next = words[last + 1];
  return next === undefined || !spacedAt(view, words, last + 1) || !CLAUSE_TAGS.has(pos[last + 1] as string);
}

/** Marks that end a sentence or a line: the stretch {@link calledWork} and {@link quotedBesideWork} read stays inside one. */
const SENTENCE_ENDS = '.!?\n';

/** True when the text between words `k - 1` and `k` holds a sentence's end ({@link SENTENCE_ENDS}). */
function endsSentenceBefore(view: string, words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const w = words[k];
  if (before === undefined || w === undefined) return true;
  for (let i = before.end; i < w.start; i++) if (SENTENCE_ENDS.includes(view[i] as string)) return true;
  return false;
}

/** Most words {@link calledWork} reads between the copula and the kind of work (`is a fast-paced and gripping action flick`). */
const CALLED_GAP = 6;

/** wink's tags of the words that may stand between the copula and the kind of work: articles, describing words, adverbs, numbers, `and`, nouns that qualify the kind (`action flick`). */
const CALLED_GAP_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PART', 'CCONJ', 'NOUN', 'PROPN']);

/** wink's tags of a word that a determiner right after it turns to another noun phrase (`the reason this show`, `unstable and the anime`). */
const NEW_PHRASE_BEFORE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'CCONJ']);

/** wink's tags of the word before a participle that make it describe the kind after it (`the most overhyped`, `a long running`). */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['DET', 'ADV', 'ADJ']);

/**
 * True when a word wink tags a verb describes the kind after it as an adjective does (`the most
 * overhyped show`, `the longest running anime`): a participle's ending after an article, an adverb
 * or a describing word (`is watching the show` is a verb's phrase).
 */
function describingParticiple(w: Word, tag: string | undefined, before: string | undefined): boolean {
  return tag === 'VERB' && PARTICIPLE_LEADS.has(before as string) && (w.lower.endsWith('ed') || w.lower.endsWith('ing'));
}

/** Most words an insertion between commas holds after a verb (`is, Sam,`, `was, sadly,`). */
const INSERTION_WORDS = 3;

/**
 * True when a comma closes an insertion within {@link INSERTION_WORDS} words from word `k`, which
 * follows a comma (`is, Sam, the weakest film`): the sentence goes on after it.
 */
function closedInsertion(view: string, words: readonly Word[], k: number): boolean {
  for (let j = k + 1; j <= k + INSERTION_WORDS && j < words.length; j++) {
    if (view.slice((words[j - 1] as Word).end, (words[j] as Word).start).trim() === ',') return true;
  }
  return false;
}

/**
 * True when the mention (words `first` to `last`) is the subject of `is` / `was` / `remains` (or `is not`, {@link HERO_CALLED_VERBS})
 * and a kind of work ({@link HERO_CALLED_NOUNS}; after `one of`, its plural) with only describing
 * words, articles, an owner's word and nouns or capitalised words that qualify it between (`X is a
 * tense little thriller`, `X is one of those few movies`, `X is not only the best DC movie`): the
 * sentence calls the name a work, which no one in a story is. Not a kind that qualifies a noun
 * after it (`X is a movie star`), unless that noun is a kind too (`X is my favourite anime
 * series`), nor a kind's word used as a verb (`X is able to show`), nor a phrase a preposition or a
 * clause breaks (`X is the heart of the film`; a comma right after the verb, a determiner right
 * after a noun or `and`: `X is the reason this show works`), nor a name after a preposition (`a
 * role in X is a film …` reads no subject).
 * `kinds` and `plurals` are the kinds of work read, the hero's by default.
 */
export function calledWork(view: string, facts: WordFacts, m: Span, first: number, last: number, kinds: ReadonlySet<string> = HERO_CALLED_NOUNS, plurals: ReadonlySet<string> = HERO_CALLED_PLURALS): boolean {
  const { words, pos } = facts;
  const name = words[last] as Word;
  const before = words[first - 1];
  if (name.possessive || (before !== undefined && !endsSentenceBefore(view, words, first) && (before.capitalised || pos[first - 1] === 'ADP' || joinedToName(words, first)))) return false;
  let k = last + 1;
  const verb = words[k];
  // A quoted subject's closing mark stands before its verb (`"X" is a film`).
  const quoted = quotedAlone(view, m);
  if (verb === undefined || !(spacedAt(view, words, k) || (quoted && view.slice(m.end + 1, verb.start) === ' ')) || !HERO_CALLED_VERBS.has(verb.lower)) return false;
  k++;
  if (words[k]?.lower === 'not' && spacedAt(view, words, k)) k++;
  const oneOf = words[k]?.lower === 'one' && words[k + 1]?.lower === 'of' && spacedAt(view, words, k) && spacedAt(view, words, k + 1);
  if (oneOf) k += 2;
  const opening = k;
  for (const end = k + CALLED_GAP; k <= end && k < words.length; k++) {
    const w = words[k] as Word;
    const gap = view.slice((words[k - 1] as Word).end, w.start).trim();
    if ((gap !== '' && gap !== ',') || w.possessive) return false;
    // "X is, the show only has one joke": a comma right after the verb opens another clause,
    // unless a second comma closes an insertion first ("X is, Sam, the weakest film").
    if (gap === ',' && k === opening && !closedInsertion(view, words, k)) return false;
    // "X is the reason this show works", "X is unstable and the anime drifts": a determiner right
    // after a noun or `and` opens another noun phrase, the subject of another clause.
    if ((pos[k] === 'DET' || POSSESSIVE_DETERMINERS.has(w.lower)) && gap === '' && NEW_PHRASE_BEFORE.has(pos[k - 1] as string)) return false;
    const kindSet = oneOf ? plurals : kinds;
    // "X is able to show who he is": a kind's word after `to` is a verb there and names no work.
    if (!w.capitalised && kindSet.has(w.lower) && words[k - 1]?.lower !== 'to') {
      const next = words[k + 1];
      if (next === undefined || !spacedAt(view, words, k + 1) || next.capitalised || pos[k + 1] !== 'NOUN') return true;
      // "my favourite anime series": a kind that qualifies another kind is read on to the second.
      if (!kindSet.has(next.lower)) return false;
      continue;
    }
    // "Erm was I watching the same film": a pronoun between opens a clause, not a noun phrase.
    if (pos[k] === 'PRON' && !POSSESSIVE_DETERMINERS.has(w.lower)) return false;
    if (!w.capitalised && !POSSESSIVE_DETERMINERS.has(w.lower) && !CALLED_GAP_TAGS.has(pos[k] as string) && !describingParticiple(w, pos[k], pos[k - 1])) return false;
  }
  return false;
}

/** True when `and`, `&` or `or` joins the word at `first` to a capitalised word before it (`Judge and Jury`). */
function joinedToName(words: readonly Word[], first: number): boolean {
  const joiner = words[first - 1];
  return joiner !== undefined && (joiner.lower === 'and' || joiner.lower === '&' || joiner.lower === 'or') && words[first - 2]?.capitalised === true;
}

/** Quote marks a title is written between. */
const QUOTE_MARKS = '"\u201c\u201d';

/**
 * True when the mention (words `first` to `last`, two words or more) stands alone between quote
 * marks right after a kind of work ({@link HERO_CALLED_NOUNS} or its plural), maybe past `like`,
 * `than` or `as` (`the movie "X"`, `a film like "X"`): reviews set a title in quote marks, seldom a
 * hero's full name, least of all beside the word for a film.
 */
function quotedBesideWork(view: string, facts: WordFacts, m: Span, first: number, last: number): boolean {
  const { words } = facts;
  if (last === first || (words[last] as Word).possessive || !quotedAlone(view, m)) return false;
  let k = first - 1;
  if (LIKENESS_WORDS.has(words[k]?.lower ?? '') && !endsSentenceBefore(view, words, k + 1)) k--;
  const kind = words[k];
  if (kind === undefined || kind.capitalised || endsSentenceBefore(view, words, k + 1)) return false;
  return HERO_CALLED_NOUNS.has(kind.lower) || HERO_CALLED_PLURALS.has(kind.lower);
}

/** True when quote marks stand right around the mention `m`. */
const quotedAlone = (view: string, m: Span): boolean => QUOTE_MARKS.includes(view[m.start - 1] ?? ' ') && QUOTE_MARKS.includes(view[m.end] ?? ' ');

/**
 * True when the words beside the mention (words `first` to `last`) use it as a work's title: a
 * kind of work after it ({@link kindOfWorkAfter}), a work's part after its possessive
 * ({@link WORK_PART_NOUNS}), a work's part and `of` before it ({@link partOfWorkBefore}), or a
 * watch verb whose object it is ({@link watchedWork}). Never a name glued to a word before it
 * (`Steins;Gate`), one led by an honorific (`Dr Seuss`), a word of anime talk (`Shonen`), one
 * word the text also writes in lower case (`Storytelling`), nor one a capitalised word in brackets
 * follows (`Buck (Gil Gerard)`: the part its player plays).
 */
function usedAsWork(view: string, facts: WordFacts, m: Span, first: number, last: number, person: boolean): boolean {
  const { words } = facts;
  const lead = words[first] as Word;
  if (m.start > 0 && !OPENERS.includes(view[m.start - 1] as string)) return false;
  if (HONORIFICS.has(lead.lower) || (first === last && (ANIME_WORDS.has(lead.lower) || facts.lowerWords.has(lead.lower)))) return false;
  const name = words[last] as Word;
  const next = words[last + 1];
  // "the first season of Buck (Gil Gerard)": a player's name in brackets makes it the part.
  if (view.startsWith(' (', m.end) && next?.capitalised === true) return false;
  if (calledWork(view, facts, m, first, last) || quotedBesideWork(view, facts, m, first, last)) return true;
  // A real person's name before a kind of work or after a watch verb names a maker or a star.
  if (person) return false;
  if (name.possessive && next !== undefined && !next.capitalised && spacedAt(view, words, last + 1) && WORK_PART_NOUNS.has(next.lower)) return true;
  return kindOfWorkAfter(view, facts, first, last) || partOfWorkBefore(view, facts, first, last) || watchedWork(view, facts, first, last);
}

/** The end of a mention without its possessive ending (`Naruto's` is the title `Naruto`). */
function titleEnd(view: string, m: Span): number {
  const tail = view.slice(m.end - 2, m.end);
  return tail === "'s" || tail === '\u2019s' ? m.end - 2 : view[m.end - 1] === "'" || view[m.end - 1] === '\u2019' ? m.end - 1 : m.end;
}

/**
 * Moves each mention of a character's name that its neighbours use as a work's title
 * ({@link usedAsWork}) to a work of that title, one already found or a new one. Returns the works
 * in order of first mention (`works` itself when none moves) and the entities, a character that
 * lost mentions as a new draft holding the rest (the caller compacts away one left with none);
 * neither input is changed.
 */
export function heroTitledWorks(view: string, facts: WordFacts, works: WorkDraft[], entities: readonly EntityDraft[]): { works: WorkDraft[]; entities: EntityDraft[] } {
  const { words } = facts;
  const byKey = new Map<string, WorkDraft>(works.map((w) => [w.key, { ...w, mentions: [...w.mentions] }]));
  // A title role's part is named by the work's own mention (`I watched Tobo Rak … in the title
  // role`): a mention the works stage holds already stays with both.
  const held = new Set<number>();
  for (const w of works) for (const m of w.mentions) held.add(m.start);
  let moved = false;
  const after = entities.map((e) => {
    // A person the text gives no craft may be a hero the names stage took for someone real
    // (`"X Y" is a tense thriller`): only a sentence calling the name a work moves its mention.
    const person = e.kind === 'person';
    if (person && e.roles.some((r) => r !== 'other')) return e;
    const wordAt = forwardSearch(words);
    const kept: Span[] = [];
    for (const m of e.mentions) {
      const first = wordAt(m.start);
      let last = first;
      while (last + 1 < words.length && (words[last + 1] as Word).start < m.end) last++;
      if (held.has(m.start) || (words[first] as Word | undefined)?.start !== m.start || !usedAsWork(view, facts, m, first, last, person)) {
        kept.push(m);
        continue;
      }
      const span = { start: m.start, end: titleEnd(view, m) };
      const key = view.slice(span.start, span.end).toLowerCase();
      const work = byKey.get(key);
      if (work) work.mentions.push(span);
      else byKey.set(key, { key, mentions: [span] });
      moved = true;
    }
    return kept.length === e.mentions.length ? e : { ...e, mentions: kept };
  });
  if (!moved) return { works, entities: after };
  const out = [...byKey.values()];
  for (const w of out) w.mentions.sort((a, b) => a.start - b.start);
  out.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
  return { works: out, entities: after };
}
