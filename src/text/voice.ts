/**
 * The voice of a text read from its words alone: whether it is a report (news), written in the
 * third person and telling what people said. One linear pass over the characters.
 */
import { isLetter } from './chars';

/** First-person words outside quotes: a writer speaking for themself. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll", 'i’m', 'i’ve', 'i’d', 'i’ll']);
/** Past-tense verbs that report speech ("X said", "told reporters"): a plot is told in the present. */
const REPORTING: ReadonlySet<string> = new Set(['said', 'told', 'added']);
/** First-person words per word, outside quotes, below which a text is in the third person. */
const FIRST_PERSON_RATE = 0.004;
/** From this many words on, one first-person word (a title such as "My Way") is forgiven. */
const STRAY_FROM_WORDS = 100;
/** Fewer words than this say too little of a voice. */
const MIN_WORDS = 30;
/** Reporting verbs a report has at least. */
const MIN_REPORTING = 2;
/** The longest word either list holds: longer words are not looked up (no string is made for them). */
const MAX_LISTED = 6;

/**
 * True for a report: at least {@link MIN_WORDS} words, few first-person words outside quote marks,
 * and at least two past-tense reporting verbs outside them. A quote never outlives its line.
 */
export function readsAsReport(view: string): boolean {
  // The kind features and the casting links of one text both ask: the second asks the same string.
  // Two strings are compared by their characters unless they are the same string, so the text
  // asked about is kept even when it reads as the last one (the same text analysed again): the
  // next questions about it are then answered without reading it through.
  if (view !== lastView) lastReport = readVoice(view);
  lastView = view;
  return lastReport;
}

/** The text last read by {@link readsAsReport} and what it found. */
let lastView: string | undefined;
let lastReport = false;

/** Lower-case occurrences of the reporting verbs, as substrings, up to `MIN_REPORTING` (a native search each). */
function reportingHits(view: string): number {
  let n = 0;
  for (const verb of REPORTING) {
    for (let at = view.indexOf(verb); at >= 0; at = view.indexOf(verb, at + verb.length)) if (++n >= MIN_REPORTING) return n;
  }
  return n;
}

/**
 * 1 for the lower-case ASCII letters the listed words start with: a word starting with any other
 * letter is not looked up, so no lower-case string is made for it. Indexed by a code unit with bit
 * 5 set, which lower-cases an ASCII capital (a capital outside ASCII maps to no listed letter).
 */
const LISTED_FIRST = new Uint8Array(128);
for (const w of [...FIRST_PERSON, ...REPORTING]) LISTED_FIRST[w.charCodeAt(0)] = 1;

/** True for a letter; code units below 128 without a call. */
const letterAt = (view: string, i: number): boolean => {
  const c = view.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter(view[i]);
};

function readVoice(view: string): boolean {
  // Most texts hold fewer reporting verbs than a report needs, even as parts of longer words.
  if (reportingHits(view) < MIN_REPORTING) return false;
  let words = 0;
  let first = 0;
  let reports = 0;
  let inQuote = false;
  let i = 0;
  const n = view.length;
  while (i < n) {
    if (!letterAt(view, i)) {
      const c = view.charCodeAt(i);
      // A line break, “ ” and " open and close quotes; a quote never outlives its line.
      if (c === 10) inQuote = false;
      else if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 34) inQuote = !inQuote;
      i++;
      continue;
    }
    let end = i + 1;
    // Letters, and an apostrophe between letters ("i'm"); read by code unit, no string per character.
    while (end < n) {
      if (letterAt(view, end)) {
        end++;
        continue;
      }
      const c = view.charCodeAt(end);
      if ((c === 39 || c === 0x2019) && end + 1 < n && letterAt(view, end + 1)) end++;
      else break;
    }
    words++;
    if (!inQuote && end - i <= MAX_LISTED && LISTED_FIRST[view.charCodeAt(i) | 32] === 1) {
      const word = view.slice(i, end).toLowerCase();
      if (FIRST_PERSON.has(word)) first++;
      else if (REPORTING.has(word)) reports++;
    }
    i = end;
  }
  return words >= MIN_WORDS && reports >= MIN_REPORTING && first <= words * FIRST_PERSON_RATE + (words >= STRAY_FROM_WORDS ? 1 : 0);
}
