/**
 * Pass 4l, a title after a prize's word for what won or was up for it: "the Oscar-winning X",
 * "Bafta-nominated X", "Oscar nominee X", "Oscar contenders X and Y". News of prizes names films
 * and shows this way as often as people, so a person's shape is left out.
 */
import { HONORIFICS } from '../../data/honorifics';
import { GIVEN_NAMES } from '../../data/given-names';
import { ARTICLES, CREW_NOUNS, NOT_SUBJECT_TAGS, PRIZE_LEAD_NOUNS, PRIZE_LEAD_PRIZES } from '../../data/work-cues';
import { isListedFirstName } from '../../text/listed-first-name';
import type { Run } from '../../text/runs';
import type { Word } from '../../text/words';
import { titleFinding, type Finding, type WorksContext } from './context';
import { cutLongRun, splitAtJoiners, trimRunEnd } from './cuts';
import { allCaps, isNoTitleWord, nameShaped, nounQualifies, personShaped, someWord } from './shapes';

/**
 * 4l. The titles of a run right after a prize's word ("Oscar-winning", "Oscar nominee"), split at
 * "and" ("Oscar contenders X and Y"). Not a person's shape or a name led by a first name of either
 * list, an honorific, a place, a firm or a possessive, not two words with no article (a person's
 * name as often), and one word only after an adjective ("Oscar nominees Swank and Foxx" are
 * people) when it is no given name,
 * no word in capitals and no surname the text gives a person ("Oscar-nominated Owen" after "Clive
 * Owen"); not a run that qualifies a noun after it other than a crew noun ("the Oscar-winning X
 * director" names X).
 */
export function readPrizeLead(ctx: WorksContext, full: Run, out: Finding[]): void {
  const { view, words } = ctx;
  const from = titleStart(words, full);
  if (from < 0) return;
  // After a noun ("Oscar nominees X and Y") one word is a surname as often; after an adjective
  // ("the Oscar-winning X") it is the work.
  const afterNoun = !(words[from - 1] as Word).hyphenated;
  const rest = { first: from, last: full.last, start: (words[from] as Word).start, end: full.end };
  const run = trimRunEnd(words, cutLongRun(words, rest));
  const after = words[run.last + 1];
  if (run.last === full.last && nounQualifies(ctx, after, true) && !CREW_NOUNS.has((after as Word).lower)) return;
  for (const item of splitAtJoiners(words, run, false)) {
    const lead = words[item.first] as Word;
    if (personShaped(words, item.first, item.last) || nameShaped(words, item) || isListedFirstName(lead.lower) || HONORIFICS.has(lead.lower)) continue;
    if (someWord(words, item.first, item.last, isNoTitleWord)) continue;
    // Two capitalised words with no article or connector are a person's name as often, whatever
    // the first name ("Oscar nominee Ivo Brandt").
    if (item.last - item.first === 1 && !ARTICLES.has(lead.lower)) continue;
    const lone = item.first === item.last ? lead : null;
    if (lone && (afterNoun || GIVEN_NAMES.has(lone.lower) || allCaps(view, lone) || NOT_SUBJECT_TAGS.has(ctx.posAt(lone.start)) || ctx.isSurname(lone.lower))) continue;
    out.push(titleFinding(ctx.formOf(item)));
  }
}

/**
 * Where the title starts in a run: after a capitalised prize word inside it ("Oscar-winning X"), or
 * at its first word after a prize and a lower-case noun ("the Oscar-nominated X" writes the prize
 * outside the run when it is lower case: "award-winning X"); -1 when no prize word leads it.
 */
function titleStart(words: readonly Word[], run: Run): number {
  for (let k = run.first; k < run.last; k++) if (hyphenatedPrizeLead(words[k] as Word)) return (words[k + 1] as Word).spaceBefore ? k + 1 : -1;
  return (words[run.first] as Word).spaceBefore && prizeLeadBefore(words, run.first) ? run.first : -1;
}

/** True for one hyphenated word of a prize and what won or was up for it ("Oscar-winning", "award-nominated"). */
function hyphenatedPrizeLead(w: Word): boolean {
  if (!w.hyphenated) return false;
  const dash = w.lower.indexOf('-');
  return dash > 0 && PRIZE_LEAD_PRIZES.has(w.lower.slice(0, dash)) && PRIZE_LEAD_NOUNS.has(w.lower.slice(dash + 1));
}

/**
 * True when the word or two words before word `i` are a prize's word for what won or was up for
 * it: "Oscar-winning", "award-winning", "Bafta-nominated" (one hyphenated word), or a prize and a
 * lower-case noun, "Oscar nominee", "Bafta contenders".
 */
function prizeLeadBefore(words: readonly Word[], i: number): boolean {
  const w = words[i - 1];
  if (!w) return false;
  if (w.hyphenated) return hyphenatedPrizeLead(w);
  const prize = words[i - 2];
  return !w.capitalised && PRIZE_LEAD_NOUNS.has(w.lower) && w.spaceBefore && prize !== undefined && prize.capitalised && PRIZE_LEAD_PRIZES.has(prize.lower);
}
