/**
 * Pass 6, after the hero titles: a run of capitalised words that no stage took (neither a work
 * nor a name) and that a sentence calls a kind of work (`Jaws is a film about a shark`, `Harbour
 * remains one of the best thrillers`, `X is a true classic`: {@link UNTAKEN_CALLED_NOUNS}) is a
 * work's title there. A one-word title that also names a
 * thing in its story (a ship, a creature, a rock) is written in lower case or after `the` as often
 * as a title, so no pass before reads the word alone; the sentence calling it a film is the
 * evidence, not the word (the same {@link calledWork} frame a hero's name is read by).
 */
import { isNoTitleWord } from './shapes';
import { calledWork } from './6-hero-titles';
import { COMMON_CAPITALISED } from '../../data/not-names';
import { HERO_CALLED_VERBS, TITLE_CONNECTORS, UNTAKEN_CALLED_NOUNS, UNTAKEN_CALLED_PLURALS, WORK_NOUNS } from '../../data/work-cues';
import { hasAsciiDigit } from '../../text/chars';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { EntityDraft, WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';

/** Most words of a run read back from its verb (`The Last Harbour Of Kings`). */
const MAX_RUN_WORDS = 5;

/** wink's tags of a run's first word that open a clause, not a title (`It`, `This`, `Overall`, `Yes`). */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['PRON', 'ADV', 'ADP', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ', 'NUM', 'VERB']);

/** Articles a title of two words or more may open with (`The Harbour`). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Most lower-case title words read back from a run for a capitalised word before them (`War of the Roses`). */
const CONNECTOR_LOOK_BACK = 2;

/**
 * True when the run at word `first` is the end of a longer title that lower-case title words
 * ({@link TITLE_CONNECTORS}) join to a capitalised word before it (`All About the Benjamins`,
 * `War of the Roses`): the run alone is no title.
 */
function endsLongerTitle(words: readonly Word[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - CONNECTOR_LOOK_BACK; k--) {
    const w = words[k] as Word;
    if (w.capitalised) return k < first - 1;
    if (!TITLE_CONNECTORS.has(w.lower)) return false;
  }
  const w = words[first - CONNECTOR_LOOK_BACK - 1];
  return w !== undefined && w.capitalised && words[first - 1] !== undefined && TITLE_CONNECTORS.has((words[first - 1] as Word).lower);
}

/** wink's tags of a lower-case word right before a run that make the run the tail of a noun phrase (`the 18th Harbour`, `this lovely Lantern`), no title of its own. */
const PHRASE_LEAD_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ']);

/**
 * True when the word right before the run at word `first` leads a noun phrase the run ends: a
 * lower-case determiner, number or adjective one space before it, or a word holding a digit
 * (`Back to the 18th Harbour`, `the Titanic`): the run is then a thing or a place named in the
 * phrase, or the end of a longer title.
 */
function endsNounPhrase(view: string, facts: WordFacts, first: number): boolean {
  const before = facts.words[first - 1];
  const lead = facts.words[first] as Word;
  if (before === undefined || before.capitalised || view.slice(before.end, lead.start) !== ' ') return false;
  return PHRASE_LEAD_TAGS.has(facts.pos[first - 1] as string) || hasAsciiDigit(before.lower);
}

/**
 * True when a run of words `first` to `last` may be a title by its words: no clause opener, no
 * lone article, no word that names no work, no lone common word written capitalised
 * ({@link COMMON_CAPITALISED}: `TV`, `Zombie`), no article and a kind of work (`The Manga`), and
 * no end of a longer title.
 */
function titleShaped(facts: WordFacts, first: number, last: number): boolean {
  const { words, pos } = facts;
  const lead = words[first] as Word;
  if (CLAUSE_TAGS.has(pos[first] as string) || endsLongerTitle(words, first)) return false;
  if (first === last && COMMON_CAPITALISED.has(lead.lower)) return false;
  // "The Manga is a masterpiece": a kind of work written capitalised after an article is the kind, no title.
  if (last === first + 1 && pos[first] === 'DET' && WORK_NOUNS.has((words[last] as Word).lower)) return false;
  if (pos[first] === 'DET' && (first === last || !TITLE_ARTICLES.has(lead.lower))) return false;
  for (let k = first; k <= last; k++) if (isNoTitleWord(words[k] as Word)) return false;
  return true;
}

/**
 * The works with each untaken run a sentence calls a kind of work added ({@link calledWork}): a
 * run of up to {@link MAX_RUN_WORDS} capitalised words, one space apart, right before a
 * {@link HERO_CALLED_VERBS} verb, none inside a work's or a name's mention. Returns `works`
 * itself when none is added; neither input is changed. One pass over the words.
 */
export function calledUntakenWorks(view: string, facts: WordFacts, works: WorkDraft[], entities: readonly EntityDraft[]): WorkDraft[] {
  const { words } = facts;
  const spans: Span[] = [];
  for (const w of works) for (const m of w.mentions) spans.push(m);
  for (const e of entities) for (const m of e.mentions) spans.push(m);
  spans.sort((a, b) => a.start - b.start);
  // taken[k]: word k overlaps a mention; the spans and the words are both walked once, in order.
  const taken = new Uint8Array(words.length);
  let s = 0;
  let reach = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Word;
    while (s < spans.length && (spans[s] as Span).start < w.end) reach = Math.max(reach, (spans[s++] as Span).end);
    if (reach > w.start) taken[k] = 1;
  }
  let added: Map<string, WorkDraft> | undefined;
  for (let v = 1; v < words.length; v++) {
    const verb = words[v] as Word;
    if (verb.capitalised || !HERO_CALLED_VERBS.has(verb.lower)) continue;
    const last = v - 1;
    const end = words[last] as Word;
    if (!end.capitalised || end.possessive || taken[last] === 1) continue;
    let first = last;
    while (first > 0 && last - first + 1 < MAX_RUN_WORDS) {
      const before = words[first - 1] as Word;
      if (!before.capitalised || before.possessive || taken[first - 1] === 1 || view.slice(before.end, (words[first] as Word).start) !== ' ') break;
      first--;
    }
    if (!titleShaped(facts, first, last) || endsNounPhrase(view, facts, first)) continue;
    const m = { start: (words[first] as Word).start, end: end.end };
    if (!calledWork(view, facts, m, first, last, UNTAKEN_CALLED_NOUNS, UNTAKEN_CALLED_PLURALS)) continue;
    added ??= new Map(works.map((w) => [w.key, { ...w, mentions: [...w.mentions] }]));
    const key = view.slice(m.start, m.end).toLowerCase();
    const work = added.get(key);
    if (work) work.mentions.push(m);
    else added.set(key, { key, mentions: [m] });
  }
  if (!added) return works;
  const out = [...added.values()];
  for (const w of out) w.mentions.sort((a, b) => a.start - b.start);
  out.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
  return out;
}
