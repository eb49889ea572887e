/**
 * Step 5: an entity the text names as a group, a firm or a place (`rock band X`, `literary agency X`, `the
 * X gang`, `X pupils`), calls it `the` and a plural (`the X Mondays`) or makes the subject of a plural verb
 * (`X are touring`) is no one; the no-one step drops it.
 */
import { CLAUSE_OPENERS, GROUP_NOUNS_AFTER, GROUP_NOUNS_BEFORE, LIST_JOINERS, MEMBER_NOUNS_AFTER, PLURAL_BE, PLURAL_PHRASE_BLOCKERS, PLURAL_SUBJECT_BLOCKERS, RELATIVE_PRONOUNS, SINGULAR_VERBS } from '../../data/name-cue-words';
import { NOT_REPORTED_LEADS } from '../../data/honorifics';
import { modelSingular } from '../../text/model-plural';
import { isModelWord } from '../../wink';
import type { Word } from '../../text/words';
import type { NameContext } from './context';
import type { KindMention } from './kind-document';

/**
 * True when the entity has one form only and a mention of it stands right after a noun for a
 * group or a firm (`trade publication X`; not `duo A and B`, the members of one) or right before
 * one (`X's Y crew`: the mention `Y`), or right before a plural noun of the people who belong to a
 * place or a body (`Grace Hall pupils`, `X residents`). A person is named by a role noun (`singer X`). A family or a
 * gang merged with one of its members (`the X gang`, `Anna X`) leaves the member someone.
 */
export function namedAsGroup(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words, input, pos } = ctx;
  const m0 = mentions[0];
  if (m0 === undefined) return false;
  const form = (m: KindMention): string => input.view.slice(m.start, (words[m.last] as Word).end);
  const first = form(m0);
  if (!mentions.every((m) => form(m) === first)) return false;
  for (const m of mentions) {
    const before = words[m.first - 1];
    const last = words[m.last] as Word;
    const after = words[m.last + 1];
    const joined = after !== undefined && LIST_JOINERS.has(after.lower);
    if (before && !before.capitalised && pos[m.first - 1] === 'NOUN' && !joined && input.view.slice(before.end, m.start) === ' ' && GROUP_NOUNS_BEFORE.has(before.lower)) return true;
    if (after && !last.possessive && !after.capitalised && input.view.slice(last.end, after.start) === ' ' && (GROUP_NOUNS_AFTER.has(after.lower) || MEMBER_NOUNS_AFTER.has(after.lower))) return true;
  }
  return false;
}

/** How many words before a mention may hold a word that makes it one of several subjects. */
const SUBJECT_REACH = 6;

/**
 * True when a mention is the whole subject of `are` / `were` (`X are touring`, British English's
 * verb for a band or a firm), and no mention takes a singular verb (`X is`, `X has`). Not when a
 * word shortly before makes the name one of several subjects (`A and his pal B are`, `A, B are`),
 * part of a noun phrase or a preposition's object (`fans of X are`, `the next X were`), or the
 * subject of a wish or a condition (`if X were`). A person's name takes a singular verb.
 */
export function pluralSubject(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words, input } = ctx;
  let plural = false;
  for (const m of mentions) {
    const last = words[m.last] as Word;
    const after = words[m.last + 1];
    if (!after || last.possessive || input.view.slice(last.end, after.start) !== ' ') continue;
    if (SINGULAR_VERBS.has(after.lower)) return false;
    if (plural || !PLURAL_BE.has(after.lower)) continue;
    let blocked = false;
    // True while only adjectives and numbers stand between word k and the name.
    let phrase = true;
    for (let k = m.first - 1; k >= Math.max(0, m.first - SUBJECT_REACH); k--) {
      const w = words[k] as Word;
      // A comma, `&` or slash before the name lists it with others (`A, B are`, `A & B are`);
      // any other mark ends the subject.
      const gap = input.view.slice(w.end, (words[k + 1] as Word).start);
      if (gap.trim() !== '') {
        blocked = /[,&/]/u.test(gap);
        break;
      }
      // A clause opener starts the name's own clause (`…, while X are`): a comma before it lists nothing.
      if (CLAUSE_OPENERS.has(w.lower)) break;
      // A verb or a relative pronoun before the name makes it an object inside a longer subject
      // (`Movies starring X are`, `Critics who hate X are`): the name opens no clause.
      const pos = ctx.pos[k];
      if (PLURAL_SUBJECT_BLOCKERS.has(w.lower) || (phrase && PLURAL_PHRASE_BLOCKERS.has(w.lower)) || pos === 'VERB' || pos === 'AUX' || RELATIVE_PRONOUNS.has(w.lower)) {
        blocked = true;
        break;
      }
      if (ctx.sentenceStarts.has(w.start)) break;
      if (ctx.pos[k] !== 'ADJ' && ctx.pos[k] !== 'NUM') phrase = false;
    }
    plural = !blocked;
  }
  return plural;
}

/** The fewest letters a name's last word has to be read as a plural by {@link commonPlural}. */
const MIN_PLURAL_LETTERS = 4;

/**
 * The singular of a capitalised name word that reads as a plural (`mondays`, `hillbillies`,
 * `foxes`), or null: only a singular that is one of the English model's own words counts, so a
 * surname's `s` (`hughes`, `collins`) makes no plural. Wider than {@link modelSingular}, which
 * reads the bare `s` alone: `-ies` and `-es` count here too, as the name also stands after `the`
 * as the head of its phrase, which a surname read as a plural (`Barnes`: `barn`) seldom does.
 */
function commonPlural(lower: string): string | null {
  if (lower.length < MIN_PLURAL_LETTERS) return null;
  if (lower.endsWith('ies') && isModelWord(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  const one = modelSingular(lower);
  if (one !== undefined) return one;
  if (lower.endsWith('es') && isModelWord(lower.slice(0, -2))) return lower.slice(0, -2);
  return null;
}

/**
 * True when a name of two words or more ends in the plural of a common word and stands right
 * after `the`, as the head of its phrase, in half its mentions or more (`the Velvet Foxes`, `the
 * Happy Mondays were`): how a band, a team or a family is named. A person's full name takes no
 * `the` but before a noun it qualifies (`the Mary Banks trial`) or as a type (`the Mary Bankses
 * of this world`, before `of`), and its last word is a surname,
 * not a plural, even when it looks like one (`Woods`, `Gates`: never after `the`). Not a group a
 * verb of playing or `as` stands before (`play the X Brothers`): the casting readers read it.
 */
export function namedAsTheGroup(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  const { words, pos } = ctx;
  if (mentions.length === 0 || mentions.some((m) => m.honorific || m.last === m.first)) return false;
  let n = 0;
  for (const m of mentions) {
    const last = words[m.last] as Word;
    if (commonPlural(last.lower) === null) return false;
    const before = words[m.first - 1];
    if (before?.lower !== 'the' || !(words[m.first] as Word).spaceBefore) continue;
    // A group that is played is a story's (`A and B play the X Brothers, C and D`): the casting
    // readers pair its members with their players across its name.
    const lead = words[m.first - 2]?.lower ?? '';
    if (lead !== 'the' && NOT_REPORTED_LEADS.has(lead)) return false;
    const after = words[m.last + 1];
    // A noun after the name makes it a qualifier (`the Velvet Foxes tour`), not the phrase's head;
    // `of` after it makes a person's name a type (`the Dana Cranes of this world`).
    if (!last.possessive && after !== undefined && after.spaceBefore && !after.capitalised && (pos[m.last + 1] === 'NOUN' || after.lower === 'of')) continue;
    n++;
  }
  return n > 0 && n * 2 >= mentions.length;
}

