/** Title-case measures shared by the heading rules and the work finder. */
import { TITLE_SMALL_WORDS } from '../data/heading-words';
import { FIRST_LETTER_OR_DIGIT, isLetter, isSpaceCode, isUpper, isWordChar } from './chars';

/** Words of a line: split on white space, outer punctuation stripped, pieces without letters or digits dropped. */
export function lineWords(line: string): string[] {
  const words: string[] = [];
  const n = line.length;
  let i = 0;
  // The runs between white space are read in place: only the words kept are cut out.
  while (i < n) {
    while (i < n && isSpaceCode(line.charCodeAt(i))) i++;
    let a = i;
    while (i < n && !isSpaceCode(line.charCodeAt(i))) i++;
    let b = i;
    while (a < b && !isWordChar(line[a])) a++;
    while (b > a && !isWordChar(line[b - 1])) b--;
    if (b > a) words.push(line.slice(a, b));
  }
  return words;
}

/** How title-cased a run of words is: capitalised content words and all content words. */
export function titleCaseCounts(words: readonly string[]): { capitalised: number; content: number } {
  let capitalised = 0;
  let content = 0;
  words.forEach((w, i) => {
    const lower = w.toLowerCase();
    if (i > 0 && TITLE_SMALL_WORDS.has(lower)) return;
    if (lower === 'i' || !isLetter(w[0])) return;
    content++;
    if (isUpper(w[0])) capitalised++;
  });
  return { capitalised, content };
}


/** True when every content word of a phrase is capitalised ("My Liberation Notes", "King's Affection"). */
export function isTitlePhrase(phrase: string): boolean {
  const words = lineWords(phrase);
  if (words.length === 0 || words.length > 12 || !isUpper(FIRST_LETTER_OR_DIGIT.exec(phrase)?.[0]) || /[.!?,;:]$/.test(phrase)) return false;
  const { capitalised, content } = titleCaseCounts(words);
  return content >= 1 && capitalised === content;
}
