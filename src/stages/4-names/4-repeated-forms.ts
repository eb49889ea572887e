/**
 * Step 4, repetition across forms: a name seen once in full and once by its surname or its given
 * name alone (`the story of Lew Tarrow. When Lew finds the money`, `Agent Dale Cooper` … `Cooper
 * loves coffee`) is seen twice, as much as one form written twice. Writers give a name in full
 * once and then shorten it; counted form by form, neither form is repeated and both are lost.
 */
import { isListedFirstName, type NameContext } from './context';
import { ARTICLES } from '../../data/work-cues';
import { nameKey } from '../../text/name-key';
import { containing } from '../../text/search';
import type { Word } from '../../text/words';
import { isModelWord } from '../../wink';
import type { Block } from '../stage-types';
import { sexesAgree } from '../../text/first-names';
import { loneShortForms } from './5-merge-forms';
import { MAX_SLIP_NAME, MIN_SLIP_NAME, NAME_WORD, slipDrops } from './tie-lone-slips';
import type { Piece } from './piece';
import { addToSetMap } from './set-map';

/** Text with no letter: the marks around a heading's words (`## `, `1. `, `**`). */
const NO_LETTER = /^\P{L}*$/u;

/** The most core words of a full name read here: longer runs are titles of things more often than names. */
const MAX_FULL_WORDS = 3;

/**
 * Accepts the plain pieces that are forms of one name, none of them accepted yet: a full name of
 * two or three words led by a proper noun (after a title or not) and the lone word it ends (a
 * surname) or starts (a given name). A group counts when it holds a longer form, a lone one, two
 * different forms, and one mention where repetition counts (mid-sentence, outside headings, led by
 * a proper noun); a group any member of which is a name by other evidence does not (`Tony` is
 * no form of `Tony Awards`). Phrases of common words are capitalised the same way (`High Court` …
 * `the Court`, `Pure Land` … `Pure`, `Konoha Crush` … `Konoha`), so the words that carry the name
 * must be no common word of the English model: the lone word (unless it is the surname after a
 * listed given name: `Dale Cooper` … `Cooper`), the first word of a longer form (unless a listed
 * given name) and, when the lone word is the given name, the longer form's last word too. A lone
 * word after an article (`the Haskul`) is in no group. A heading that is nothing but the full name,
 * with its lone word in the section it heads (`## Arya Stark` … `Arya trains daily`), counts as a
 * mention where repetition counts: a writer heads a part with the name it is about.
 */
export function acceptRepeatedForms(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>, blocks: readonly Block[] = []): void {
  const { words, pos } = ctx;
  const view = ctx.input.view;
  const headings = blocks.filter((b) => b.isHeading);
  const sectionOf = (at: number): number => blocks[containing(blocks, at)]?.sectionIndex ?? -1;
  // The heading each piece fills, all but marks (`## `, `1. `, `*…*`), or -1.
  const filledHeading = (p: Piece): number => {
    const h = containing(headings, p.start);
    const b = headings[h];
    if (b === undefined || p.end > b.end) return -1;
    return NO_LETTER.test(view.slice(b.start, p.start)) && NO_LETTER.test(view.slice(p.end, b.end)) ? h : -1;
  };
  const lowerAt = (k: number): string => (words[k] as Word).lower;
  const coreOf = (p: Piece): number => (p.titled ? p.first + 1 : p.first);
  // The pieces of each surname's group and each given name's group.
  const bySurname = new Map<string, Set<Piece>>();
  const byGiven = new Map<string, Set<Piece>>();
  for (const p of pieces) {
    if (p.shape !== 'plain') continue;
    const core = coreOf(p);
    const n = p.last - core + 1;
    if (n < 1 || n > MAX_FULL_WORDS) continue;
    if (n === 1 && !p.titled) {
      if (ARTICLES.has(words[p.first - 1]?.lower ?? '')) continue;
      addToSetMap(bySurname, lowerAt(p.first), p);
      addToSetMap(byGiven, lowerAt(p.first), p);
      continue;
    }
    // The tagger takes surnames that are also words for verbs or nouns (`Cooper`, `Moss`): only the
    // first core word of a longer form must be tagged a proper noun.
    if (pos[core] !== 'PROPN') continue;
    const first = lowerAt(core);
    if (isModelWord(first) && !isListedFirstName(first)) continue;
    addToSetMap(bySurname, lowerAt(p.last), p);
    if (n > 1 && !p.titled && !isModelWord(lowerAt(p.last))) addToSetMap(byGiven, first, p);
  }
  // Every group is judged against the names accepted before this pass, so the order of the groups
  // does not matter.
  const take: string[] = [];
  const judge = (groups: Map<string, Set<Piece>>, given: boolean): void => {
    for (const [word, group] of groups) {
      if (group.size < 2) continue;
      let longer = false;
      let lone = false;
      let counts = false;
      let known = false;
      let afterGiven = false;
      const keys = new Set<string>();
      // The heading sections a longer form fills a heading of, to count a lone form inside one.
      const headed: Block[] = [];
      for (const p of group) {
        if (p.last > p.first) {
          longer = true;
          const h = filledHeading(p);
          if (h >= 0) headed.push(headings[h] as Block);
          if (!p.titled || p.last > p.first + 1) afterGiven ||= isListedFirstName(lowerAt(coreOf(p)));
        } else lone = true;
        if (p.repeatable) counts = true;
        if (accepted.has(p.key)) known = true;
        keys.add(p.key);
      }
      if (headed.length > 0 && !counts) {
        for (const p of group) if (p.first === p.last && headed.some((b) => p.start >= b.end && sectionOf(p.start) === b.sectionIndex)) counts = true;
      }
      if (!longer || !lone || !counts || known || keys.size < 2) continue;
      if (isModelWord(word) && !(afterGiven && !given)) continue;
      for (const p of group) take.push(p.key);
    }
  };
  judge(bySurname, false);
  judge(byGiven, true);
  for (const key of take) accepted.add(key);
}

/**
 * A listed given name written alone where repetition does not count (`Christopher's` opening a
 * sentence) is a name when the text names someone by a short form of it (`Chris`): the two are
 * one name seen twice, and the short form then joins it (`5-merge-forms.ts`). Not after an article.
 */
export function acceptLongGivenNames(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>): void {
  const take: string[] = [];
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.first !== p.last || accepted.has(p.key)) continue;
    const word = (ctx.words[p.first] as Word).lower;
    if (!isListedFirstName(word) || ARTICLES.has(ctx.words[p.first - 1]?.lower ?? '')) continue;
    if (loneShortForms(word).some((short) => accepted.has(nameKey(short)))) take.push(p.key);
  }
  for (const key of take) accepted.add(key);
}

/**
 * A lone word seen once that is an accepted lone name written with one letter more, a vowel or a
 * doubled letter (`Timonn's story` beside `Timon`, see {@link slipDrops}), is that name's slip: the
 * slip tie of stage 4c (`tie-lone-slips.ts`) then joins the two. Only when the word leaves exactly
 * one accepted name, that name is used alone (no accepted full name starts or ends with it, so the
 * tie finds it alone), the word is no listed given name itself (`Maria` is a name of its own, not
 * a slip of `Mara`) and the name lists give the two no two sexes.
 */
export function acceptSlipForms(ctx: NameContext, pieces: readonly Piece[], accepted: Set<string>): void {
  // The words that open or end an accepted name of several words.
  const inFull = new Set<string>();
  for (const p of pieces) {
    if (p.first === p.last || !accepted.has(p.key)) continue;
    inFull.add((ctx.words[p.first] as Word).lower);
    inFull.add((ctx.words[p.last] as Word).lower);
  }
  const take: string[] = [];
  for (const p of pieces) {
    if (p.shape !== 'plain' || p.titled || p.first !== p.last || accepted.has(p.key)) continue;
    const word = (ctx.words[p.first] as Word).lower;
    if (word.length <= MIN_SLIP_NAME || word.length > MAX_SLIP_NAME || !NAME_WORD.test(word) || isListedFirstName(word)) continue;
    let short: string | undefined;
    let count = 0;
    for (const drop of slipDrops(word)) {
      if (!accepted.has(drop)) continue;
      short = drop;
      count++;
    }
    if (short === undefined || count !== 1 || inFull.has(short)) continue;
    if (!sexesAgree(short, word)) continue;
    take.push(p.key);
  }
  for (const key of take) accepted.add(key);
}
