/**
 * A surname that is also a plain English word (`Young`, `Green`, `Hill`) after a listed given name,
 * read as a name where the run stands in a cast: right after a casting cue or between full names
 * of a comma list.
 */
import { CAST_LIST_CUES, PLAYED_BY_CUES } from '../../data/role-words';
import { isListGap } from '../../text/list-gap';
import { wordsRead } from '../../text/words';
import { isListedFirstName, type NameContext } from './context';
import { placeOrRankWord } from './place-or-rank-word';

/** The casting cues an actor's name follows (`played by A`, `starring A`, `the cast includes A`). */
const ACTOR_CUES: readonly (readonly string[])[] = [...PLAYED_BY_CUES, ...CAST_LIST_CUES];

/** Shortest surname read so: a word of one or two letters is as often an initial or a particle. */
const MIN_SURNAME_LENGTH = 3;

/**
 * True when words `k` and `k + 1` are a full name the text never writes in lower case: a listed
 * given name and a capitalised surname, one space apart.
 */
function fullNameAt(ctx: Pick<NameContext, 'words' | 'lowerWords'>, k: number): boolean {
  const given = ctx.words[k];
  const surname = ctx.words[k + 1];
  if (given === undefined || surname === undefined || !given.capitalised || !surname.capitalised || !surname.spaceBefore) return false;
  return isListedFirstName(given.lower) && !ctx.lowerWords.has(given.lower) && !ctx.lowerWords.has(surname.lower);
}

/**
 * True when the text from offset `from` to offset `to` parts two items of a list: a comma, `and`,
 * or both, with spaces around (`, `, ` and `, `, and `), not a space alone.
 */
const listGap = (view: string, from: number, to: number): boolean => {
  const gap = view.slice(from, to);
  return gap.trim() !== '' && isListGap(gap);
};

/**
 * True when the run of two words from word `first`, a listed given name the text never writes in
 * lower case and a capitalised surname the text also writes as a word, is someone's full name by
 * where it stands: right after a casting cue (`played by`, `starring`, `the cast includes`), or as
 * an item of a comma list whose item before or after it is a full name of the same shape whose
 * words the text never writes in lower case (`A Freeman, B Hill and C Helms`). A plain English
 * word after a given name is as often a surname as the word (`young`, `green`), so the text writing
 * it in lower case elsewhere says nothing of the run; but a given name also leads a title or a
 * place (`Jurassic Park`, `Stuart Little`), so the surname-as-word is read only where a cast is
 * named. Not a surname that is a word of a place, a firm or a rank (`Hyde Park`).
 */
export function castWordSurname(ctx: Pick<NameContext, 'words' | 'lowerWords' | 'input'>, first: number): boolean {
  const { words, input } = ctx;
  const given = words[first];
  const surname = words[first + 1];
  if (given === undefined || surname === undefined || !given.capitalised || !surname.capitalised || !surname.spaceBefore || surname.hyphenated) return false;
  if (surname.end - surname.start < MIN_SURNAME_LENGTH || !isListedFirstName(given.lower) || ctx.lowerWords.has(given.lower) || placeOrRankWord(surname.lower)) return false;
  if (given.spaceBefore) {
    for (const cue of ACTOR_CUES) if (first >= cue.length && wordsRead(words, first - cue.length, cue, true)) return true;
  }
  // The item after and the item before, past a comma, `and`, or both.
  const next = words[first + 2]?.lower === 'and' ? first + 3 : first + 2;
  const after = words[next];
  if (after !== undefined && listGap(input.view, surname.end, after.start) && fullNameAt(ctx, next)) return true;
  const prev = words[first - 1]?.lower === 'and' ? first - 2 : first - 1;
  const before = words[prev];
  return prev >= 1 && before !== undefined && listGap(input.view, before.end, given.start) && fullNameAt(ctx, prev - 1);
}
