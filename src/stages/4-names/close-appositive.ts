/**
 * A name in a close appositive: right after a noun of a person, with no comma (`the young man X`,
 * `society deb X`, `supreme leader X`, `mercenary X`). A story introduces its people so; a
 * place, a firm or a work stands after such a noun only as the noun's qualifier (`the girl Scout
 * troop`), which {@link afterPersonNoun} keeps out.
 */
import { CLOSE_APPOSITIVE_NOUNS, WRITER_POSSESSIVES } from '../../data/close-appositive-nouns';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import { isListedFirstName, type NameContext } from './context';

/**
 * True when the name at words `first`..`last` stands right after a lower-case noun of a person
 * ({@link CLOSE_APPOSITIVE_NOUNS}), one space between them. Not when the noun ends a capitalised
 * name of its own (`Iron man X`, `Spider man X`), nor when a lower-case noun follows the name right
 * after (`the girl Scout troop`: the words qualify that noun), nor when the name's first word is a
 * word of the text's own lower case (`the man Himself` … `himself`) or of the tagger's lexicon and
 * no listed given name (`a tough guy Marine`), nor after the writer's own
 * possessive (`my nephew X`, `our boy X`: someone in the writer's life, or a real maker they cheer).
 */
export function afterPersonNoun(ctx: NameContext, first: number, last: number): boolean {
  const { words, input, pos } = ctx;
  const noun = words[first - 1];
  const name = words[first] as Word;
  if (!noun || noun.capitalised || noun.possessive || !CLOSE_APPOSITIVE_NOUNS.has(noun.lower)) return false;
  if (input.view.slice(noun.end, name.start) !== ' ' || ctx.lowerWords.has(name.lower)) return false;
  // A word of the tagger's lexicon after such a noun names a rank, a people or a figure as often (`a
  // tough guy Marine`, `ninja Jesus`) as someone of the story.
  if (isModelWord(name.lower) && !isListedFirstName(name.lower)) return false;
  const lead = words[first - 2];
  if (lead?.capitalised && input.view.slice(lead.end, noun.start) === ' ') return false;
  if (writersOwn(ctx, first - 2)) return false;
  const next = words[last + 1];
  const end = words[last] as Word;
  return !(next && !next.capitalised && !end.possessive && pos[last + 1] === 'NOUN' && input.view.slice(end.end, next.start) === ' ');
}

/** How many describing words may stand between the writer's possessive and the noun (`my dear old friend X`). */
const MAX_DESCRIBING = 3;

/** True when the writer's possessive stands at word `k` or before it past a few describing words. */
function writersOwn(ctx: NameContext, k: number): boolean {
  for (let n = 0; k >= 0 && n <= MAX_DESCRIBING; k--, n++) {
    const w = ctx.words[k] as Word;
    if (WRITER_POSSESSIVES.has(w.lower)) return true;
    if (w.capitalised || ctx.pos[k] !== 'ADJ') return false;
  }
  return false;
}
