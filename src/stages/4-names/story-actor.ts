import { PLACE_LEADS, REVIEW_VOICE_WORDS, STORY_PART_NOUNS } from '../../data/name-cue-words';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';

/**
 * True when a lone name's mentions read as someone acting in a told story rather than a band, firm
 * or place: some mention is the subject of a verb right after it (`Morvane betrays the crew`, `Tesk
 * wanted the farm`) or owns a lower-case noun right after it (`Ildra's scheme`), and no mention
 * stands after `the` or a word of place (`in Harrowdeep`, `the Avengers`), which is how a place or
 * a group is named, nor after `by`, which names a maker (`designs by X`), nor ends a longer proper
 * name (`the Statue of Liberty`). A plural verb (`the band play`) is how news speaks of a band, so
 * only a verb ending in `s` or `ed` counts.
 */
export function actsInStory(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words, pos } = ctx;
  let acts = false;
  for (const m of mentions) {
    if (m.last !== m.first) return false;
    const before = words[m.first - 1];
    // `the X`, `in X`: a group or a place; `by X`: the maker of a work (`designs by X`).
    if (before !== undefined && (before.lower === 'the' || before.lower === 'by' || PLACE_LEADS.has(before.lower))) return false;
    // A capitalised word right before, or before `of`: the word ends a longer proper name (`the Los
    // Angeles Times`, `the Statue of Liberty`).
    if (before !== undefined && before.capitalised && before.end + 1 === (words[m.first] as Word).start) return false;
    if (before?.lower === 'of' && words[m.first - 2]?.capitalised === true) return false;
    const name = words[m.last] as Word;
    const next = words[m.last + 1];
    if (next === undefined || next.capitalised) continue;
    const tag = pos[m.last + 1];
    if (name.possessive) acts ||= tag === 'NOUN';
    else acts ||= tag === 'VERB' && (next.lower.endsWith('s') || next.lower.endsWith('ed'));
  }
  return acts;
}

/** How many nouns of a story's parts a text that speaks of a story uses at least. */
const MIN_STORY_PARTS = 2;

/** True when the words name a story's parts at least {@link MIN_STORY_PARTS} times (`the plot`, `the villain`): one pass, stopping early. */
export function talksOfStory(words: readonly Word[]): boolean {
  let n = 0;
  for (const w of words) if (!w.capitalised && STORY_PART_NOUNS.has(w.lower) && ++n >= MIN_STORY_PARTS) return true;
  return false;
}

/** How many words of a review's voice a review uses at least. */
const MIN_REVIEW_WORDS = 3;

/**
 * True when the words read as a review's voice though written in the third person: words that
 * speak to the reader (`you`), judge (`boring`, `masterpiece`) or speak of watching a series
 * (`episode`, `season`) at least {@link MIN_REVIEW_WORDS} times. One pass, stopping early.
 */
export function readsAsReview(words: readonly Word[]): boolean {
  let n = 0;
  for (const w of words) if (REVIEW_VOICE_WORDS.has(w.lower) && ++n >= MIN_REVIEW_WORDS) return true;
  return false;
}
