/** Character tests shared by the stages. All work on one UTF-16 code unit or code point. */

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for an upper-case letter. */
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);

/** True for any letter. */
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/** True for a letter or a digit. */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);

/** True for the white space the normalized view can hold (space, tab, newline). */
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n';

/** Apostrophes that may sit inside a word (`it’s`, `Nam-ra's`). */
export const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’' || ch === 'ʼ';

/** Hyphens that join the parts of a name (`Cheong-San`). */
export const isHyphen = (ch: string | undefined): boolean => ch === '-' || ch === '‐' || ch === '‑';

/** Dashes that set off an attribution (`” – Wu-Jin`). */
export const isDash = (ch: string | undefined): boolean => ch === '–' || ch === '—' || ch === '-' || ch === '―';
