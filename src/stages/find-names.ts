/**
 * Stage 4b: find names of characters and real people.
 *
 * wink's lite model has no PERSON entities, so names come from capitalised word pieces, judged by
 * evidence that generalises across review text:
 * 1. pieces: runs of capitalised words (at most four), split at organisations, places, calendar
 *    words and other capitalised non-names; an honorific joins the word after it (`Mrs.Park`);
 * 2. strong shapes: a hyphenated romanised given name (`Cheong-San`, `Jeon bae-soo`), an honorific,
 *    a script speaker;
 * 3. cues: a role noun before (`filmmaker X`), `webtoon by X`, `X starred as Y, A as B`,
 *    `the cast included A, B and C`;
 * 4. repetition: a plain proper-noun piece seen twice, once mid-sentence outside a heading, none of
 *    whose words the text also writes in lower case (`Bullying` / `bullying`);
 * 5. merging: one key for case, hyphen and space variants (`Cheong-San` = `Cheong San` =
 *    `Cheongsan`), a lone family name joins the one full name it starts (`Lee` → `Lee Jae-Gyu`),
 *    an honorific form joins the one full name it ends or starts (`Mr Weitz` → `Chris Weitz`);
 * 6. kind: a logistic model, its weights learned from labelled reviews (`npm run train:names`),
 *    weighs each entity's evidence (casting side, name shape, titles, plot and family words,
 *    performance words, the text's voice; see `kindFeatures`) into the probability that it is a
 *    real person. Then stage 4c ({@link tieNames}) ties descriptors, dash chains, romanisation
 *    variants and known names.
 */
import { HONORIFICS, NAME_TITLES } from '../data/honorifics';
import { CALENDAR, COMMON_CAPITALISED, HYPHEN_PREFIXES, HYPHENATED_NON_NAMES, INSTITUTION_WORDS, ORGANISATIONS, PLACES_AND_PEOPLES } from '../data/not-names';
import { ALL_UPPER, isUpper } from '../text/chars';
import { nameKey, romanisationKey } from '../text/name-key';
import { isListGap } from '../text/list-gap';
import { containing, firstAtOrAfter, forwardSearch } from '../text/search';

export { nameKey };
import { isGivenAndKoreanFamily, isKoreanFullName, isKoreanSyllable, koreanSyllableCount } from '../text/korean';
import { GIVEN_NAMES } from '../data/given-names';
import { SPEECH_VERBS } from '../data/speech-verbs';
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../data/korean-names';
import { CAST_LIST_CUES, DESCRIPTOR_NOUNS, PLAYED_BY_CUES, PLAYS_CUES, ROLE_NOUNS } from '../data/role-words';
import { WORK_NOUNS } from '../data/work-cues';
import type { KnownName, PersonRole, Span } from '../types';
import { cueAt, ShapeFilter, WordSet, wordsRead, type Word } from '../text/words';
import type { Annotation, DialogueLine, EntityDraft, NormalizedText, Segmentation, Sentence, Token, WorkDraft } from './stage-types';
import { tieNames } from './tie-names';
import { addDocumentFeatures, decideKind, kindFeatures, type KindDocument, type KindMention } from './kind-features';

/** A candidate name: words `first..last` (inclusive). */
interface Piece extends Span {
  first: number;
  last: number;
  key: string;
  honorific: boolean;
  strong: boolean;
  /** Mid-sentence, outside headings, every word a proper noun, none written in lower case elsewhere. */
  plainOk: boolean;
  plain: boolean;
  /** A plain piece with an acronym or a word the text also writes in lower case. */
  common: boolean;
  roles: PersonRole[];
  /** Index of the piece that plays this one. */
  playedBy: Piece | null;
  character: boolean;
}

const MAX_NAME_WORDS = 4;

/** Words after a surname that are not the surname ("Jr", "III"). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Parts of speech that never start a name: a capitalised one is sentence-initial, not a name. */
const LEADING_NON_NAME_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'ADV', 'AUX', 'PART', 'INTJ', 'VERB']);

/** Languages and nationalities by their ending ("Swedish", "Vietnamese"): few names end so. */
const NATIONALITY_ENDING = /^\p{L}{3,}(?:ish|ese)$/u;
const SHORT_WORD = /^\p{L}{1,8}$/u;

const STOP_WORDS: ReadonlySet<string> = new Set([...ORGANISATIONS, ...PLACES_AND_PEOPLES, ...CALENDAR, ...COMMON_CAPITALISED]);

const isStopWord = (lower: string): boolean =>
  STOP_WORDS.has(lower) || ((lower.endsWith('ish') || lower.endsWith('ese')) && NATIONALITY_ENDING.test(lower));

/**
 * True for a given name joined by a hyphen: romanised Korean (`Cheong-San`, `On-Jo`, `bae-soo`),
 * or two capitalised parts that are not an English prefix compound (`Jean-Luc`, not `Anti-Hero`).
 */
export function isHyphenatedName(word: string): boolean {
  const parts = word.split(/[-‐‑]/);
  if (parts.length < 2 || parts.length > 3 || HYPHENATED_NON_NAMES.has(word.toLowerCase())) return false;
  if (!parts.every((p) => SHORT_WORD.test(p) && !(p.length >= 2 && ALL_UPPER.test(p)))) return false;
  if (parts.every(isKoreanSyllable)) return true;
  return !HYPHEN_PREFIXES.has((parts[0] as string).toLowerCase()) && parts.every((p) => isUpper(p[0]));
}

interface Context {
  input: NormalizedText;
  words: readonly Word[];
  lowerOf: (s: Span) => string;
  /** Offsets where a sentence's first word starts. */
  sentenceStarts: ReadonlySet<number>;
}

/** Offsets of the first word of every sentence. */
function sentenceStartsOf(ann: Annotation): Set<number> {
  const starts = new Set<number>();
  for (const s of ann.sentences) if (s.firstWord >= 0) starts.add(s.firstWord);
  return starts;
}

/** A common given name and a capitalised surname ("Kate Winslet", "Samuel L Jackson"). */
function isGivenAndSurname(texts: readonly string[]): boolean {
  const last = texts[texts.length - 1] as string;
  return texts.length >= 2 && texts.length <= 3 && GIVEN_NAMES.has((texts[0] as string).toLowerCase()) && last.length > 1 && !ALL_UPPER.test(last);
}

/** Words in a Korean full name starting at word `i` (3 or 2), or 0. */
function koreanNameAt(ctx: Context, i: number, blocked: Uint8Array): number {
  const family = ctx.words[i] as Word;
  if (!family.capitalised || (!KOREAN_FAMILY_NAMES.has(family.lower) && !KOREAN_FAMILY_NAMES_AMBIGUOUS.has(family.lower))) return 0;
  // Three words, then two (loops, not callbacks: this runs at every capitalised "In", "So", "To").
  for (let n = 3; n >= 2; n--) {
    if (!nameWordsAt(ctx.words, i, n, blocked)) continue;
    const texts: string[] = [];
    for (let k = 0; k < n; k++) {
      const w = ctx.words[i + k] as Word;
      texts.push(ctx.input.view.slice(w.start, w.end));
    }
    if (isKoreanFullName(texts)) return n;
  }
  return 0;
}

/** True when `n` words from `i` can be one name: capitalised, unmasked, one space apart, no `’s` inside. */
function nameWordsAt(words: readonly Word[], i: number, n: number, blocked: Uint8Array): boolean {
  if (i + n > words.length) return false;
  for (let k = 0; k < n; k++) {
    const w = words[i + k] as Word;
    if (!w.capitalised || blocked[w.start] || (k > 0 && !w.spaceBefore) || (k < n - 1 && w.possessive)) return false;
  }
  return true;
}

/** Step 1: capitalised pieces, with honorifics joined to the next word. */
function buildPieces(ctx: Context, blocked: Uint8Array): Piece[] {
  const { words, lowerOf, input } = ctx;
  const pieces: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    const lower = lowerOf(w);
    // A Korean full name may hold syllables that are stop words elsewhere ("Oh Eun Ji", "Kim So Eun").
    const korean = koreanNameAt(ctx, i, blocked);
    if (korean > 0) {
      const end = (words[i + korean - 1] as Word).end;
      pieces.push({
        first: i, last: i + korean - 1, start: w.start, end, key: nameKey(input.view.slice(w.start, end)), honorific: false,
        strong: false, plainOk: false, plain: false, common: false, roles: [], playedBy: null, character: false,
      });
      i += korean;
      continue;
    }
    // A role noun ("Filmmaker Lee Jae-Gyu") is no part of the name; step 3 reads it as a cue.
    if (!w.capitalised || blocked[w.start] || (isStopWord(lower) && !HONORIFICS.has(lower)) || ROLE_NOUNS.has(lower)) {
      i++;
      continue;
    }
    let last = i;
    let honorific = false;
    if (HONORIFICS.has(lower)) {
      const next = words[i + 1];
      const gap = next ? input.view.slice(w.end, next.start) : '';
      if (!next || !next.capitalised || !(gap === ' ' || gap === '.' || gap === '. ')) {
        i++;
        continue;
      }
      honorific = true;
      last = i + 1;
    }
    while (last + 1 < words.length && last - i + 1 < MAX_NAME_WORDS) {
      const next = words[last + 1] as Word;
      const lowerGivenName = !next.capitalised && next.hyphenated && isHyphenatedName(input.view.slice(next.start, next.end));
      if ((!next.capitalised && !lowerGivenName) || !next.spaceBefore || (words[last] as Word).possessive || blocked[next.start]) break;
      if (isStopWord(lowerOf(next))) break;
      last++;
    }
    const first = words[i] as Word;
    const end = (words[last] as Word).end;
    pieces.push({
      first: i, last, start: first.start, end, key: nameKey(input.view.slice(first.start, end)), honorific,
      strong: false, plainOk: false, plain: false, common: false, roles: [], playedBy: null, character: false,
    });
    i = last + 1;
  }
  return pieces;
}

/** Step 2 and the facts step 4 needs, on each piece. */
function judgePieces(ctx: Context, pieces: Piece[], ann: Annotation, seg: Segmentation): Piece[] {
  const { words, lowerOf, input } = ctx;
  // The lower-case words the text writes, among those shaped like a word of some piece.
  const wanted = new ShapeFilter();
  for (const p of pieces) {
    for (let k = p.first; k <= p.last; k++) {
      const w = words[k] as Word;
      wanted.add(w.lower);
      if (w.hyphenated) for (const part of w.lower.split(/[-‐‑]/)) wanted.add(part);
    }
  }
  const lowerCaseWords = new Set<string>();
  for (const w of words) if (!w.capitalised && wanted.has(w.lower)) lowerCaseWords.add(w.lower);
  const { sentenceStarts } = ctx;
  const tokenAt = forwardSearch(ann.tokens);
  const posAt = (at: number): string => {
    const t = ann.tokens[tokenAt(at)];
    return t && t.start === at ? t.pos : '';
  };
  const headings = seg.blocks.filter((b) => b.isHeading);
  const inHeading = (at: number): boolean => containing(headings, at) >= 0;
  const speakers = seg.dialogue.map((d: DialogueLine) => d.speaker);
  const inSpeaker = (p: Piece): boolean => {
    const k = containing(speakers, p.start);
    return k >= 0 && p.end <= (speakers[k] as Span).end;
  };

  const text = (w: Word): string => input.view.slice(w.start, w.end);
  // "Two-day": a hyphenated word made of words the text writes in lower case is no name.
  const givenName = (w: Word): boolean => w.hyphenated && isHyphenatedName(text(w)) && !w.lower.split(/[-‐‑]/).every((part) => lowerCaseWords.has(part));
  const nameListed = (w: Word | undefined): boolean => w !== undefined && (GIVEN_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES.has(w.lower) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(w.lower));
  const fullName = (p: Piece, ws: readonly Word[]): boolean => {
    const texts = ws.map(text);
    return isKoreanFullName(p.honorific ? texts.slice(1) : texts) || isGivenAndKoreanFamily(texts) || isGivenAndSurname(texts);
  };
  const isAcronym = (w: Word): boolean => w.end - w.start >= 2 && ALL_UPPER.test(text(w));
  const isCommon = (l: string): boolean => lowerCaseWords.has(l) || l.length < 2;
  const isProperNoun = (w: Word): boolean => posAt(w.start) === 'PROPN';

  // Tests made once, not in the loop (an arrow function there is a new object per piece).
  const isInstitutionWord = (l: string): boolean => INSTITUTION_WORDS.has(l);
  const isTitleOrRole = (w: Word): boolean => HONORIFICS.has(lowerOf(w)) || ROLE_NOUNS.has(lowerOf(w));

  const kept: Piece[] = [];
  for (const p of pieces) {
    // A sentence-initial function word or verb is no part of a name ("As On-Jo says", "Meet Owen").
    while (p.first < p.last && !p.honorific && sentenceStarts.has(p.start) && !(words[p.first] as Word).hyphenated && LEADING_NON_NAME_POS.has(posAt(p.start))) {
      p.first++;
      p.start = (words[p.first] as Word).start;
      p.key = nameKey(input.view.slice(p.start, p.end));
    }
    if (!(words[p.first] as Word).capitalised) continue;
    const ws = p.first === p.last ? [words[p.first] as Word] : words.slice(p.first, p.last + 1);
    const lows = ws.map(lowerOf);
    if (lows.some(isInstitutionWord)) continue;
    const core = p.honorific ? ws.slice(1) : ws;
    if (core.every(isTitleOrRole)) continue;
    const titled = p.honorific && NAME_TITLES.has(lows[0] as string);
    const maybeFull = ws.length > 1 && (nameListed(ws[0]) || nameListed(ws[1]));
    p.strong = titled || ws.some(givenName) || (maybeFull && fullName(p, ws)) || inSpeaker(p);
    if (!p.strong) {
      p.plain = true;
      const acronym = ws.some(isAcronym);
      const common = lows.some(isCommon);
      // Kept for the cues (`Park Ji-Hu as On Jo`), but never a name by repetition alone.
      p.plainOk = !acronym && !common && !sentenceStarts.has(p.start) && !inHeading(p.start) && ws.every(isProperNoun);
      p.common = acronym || common;
    }
    kept.push(p);
  }
  return kept;
}

/** The first words of the cues that follow a name ("played by", "as", "starred as", "plays"). */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...PLAYED_BY_CUES, ...PLAYS_CUES, ['as']].map((c) => c[0] as string));

/** First words of the cast-list cues ("the cast included …"), read at every word. */
const CAST_STARTS = new WordSet(CAST_LIST_CUES.map((c) => c[0] as string));

/** Step 3: role nouns, `by`, cast lists and `X starred as Y, A as B`. */
function applyCues(ctx: Context, pieces: Piece[], workMask: Uint8Array): void {
  const { words, lowerOf, input } = ctx;
  const pieceAt = new Map(pieces.map((p) => [p.first, p]));
  const addRole = (p: Piece, role: PersonRole): void => {
    if (!p.roles.includes(role)) p.roles.push(role);
  };
  const gapIsListSeparator = (a: number, b: number): boolean => isListGap(input.view.slice(a, b));

  for (const p of pieces) {
    // Role noun right before: "filmmaker Lee Jae-Gyu", "the director Bong".
    const prev = words[p.first - 1];
    // A capitalised role noun mid-sentence is part of a title ("Star Wars"), not a cue.
    const cueable = prev && (words[p.first] as Word).spaceBefore && (!prev.capitalised || ctx.sentenceStarts.has(prev.start));
    const role = cueable ? ROLE_NOUNS.get(lowerOf(prev)) : undefined;
    if (role) addRole(p, role);
    // "webtoon by X", "directed by X".
    if (prev && lowerOf(prev) === 'by') {
      const before = words.slice(Math.max(0, p.first - 6), p.first - 1);
      if (before.some((w) => WORK_NOUNS.has(lowerOf(w)) || workMask[w.start])) addRole(p, 'author');
      if (before.length && lowerOf(before[before.length - 1] as Word) === 'directed') addRole(p, 'director');
    }
    // "Karen Mills (Pat Smith)", "Cheong-San (Yoon Chan-young)": a character, its actor in brackets.
    const inBrackets = pieceAt.get(p.last + 1);
    if (inBrackets && /^ ?\($/.test(input.view.slice(p.end, inBrackets.start)) && input.view[inBrackets.end] === ')') {
      const names = (x: Piece): boolean => !x.common && !words.slice(x.first, x.last + 1).some((w) => DESCRIPTOR_NOUNS.has(lowerOf(w)));
      if (names(p) && names(inBrackets) && (p.strong || p.last > p.first) && (inBrackets.strong || inBrackets.last > inBrackets.first)) {
        p.character = true;
        p.playedBy = inBrackets;
        addRole(inBrackets, 'actor');
      }
    }
    // Every cue below starts with the word right after the piece: most pieces have none.
    const after = words[p.last + 1];
    if (!after || !CUE_FIRST_WORDS.has(after.lower)) continue;
    // "Jack Carver, played by Til Schweiger".
    for (const cue of PLAYED_BY_CUES) {
      const actor = wordsRead(words, p.last + 1, cue, true) ? pieceAt.get(p.last + 1 + cue.length) : undefined;
      const gap = actor ? input.view.slice(p.end, (words[p.last + 1] as Word).start).trim() : '-';
      if (!actor || (gap !== '' && gap !== ',')) continue;
      p.character = true;
      p.playedBy = actor;
      addRole(actor, 'actor');
      break;
    }
    // "Til Schweiger as Jack Carver": a full name, "as", a name.
    const asRole = pieceAt.get(p.last + 2);
    if (p.last > p.first && !p.common && asRole && wordsRead(words, p.last + 1, ['as'], true) && !asRole.common && !p.character) {
      addRole(p, 'actor');
      asRole.character = true;
      asRole.playedBy = p;
    }
    // "X starred as Y, A as B and C as D".
    for (const cue of PLAYS_CUES) {
      if (cue.length === 1 && cue[0] === 'as') continue;
      if (!wordsRead(words, p.last + 1, cue, true)) continue;
      let actor: Piece | undefined = p;
      let role2 = pieceAt.get(p.last + 1 + cue.length);
      while (actor && role2) {
        addRole(actor, 'actor');
        role2.character = true;
        role2.playedBy = actor;
        // The list goes on: ", A as B" or "and A as B".
        let next = role2.last + 1;
        if (words[next] && lowerOf(words[next] as Word) === 'and') next++;
        const a: Piece | undefined = pieceAt.get(next);
        if (!a || !gapIsListSeparator(role2.end, a.start) || !wordsRead(words, a.last + 1, ['as'], true)) break;
        actor = a;
        role2 = pieceAt.get(a.last + 2);
      }
      break;
    }
  }
  // "the cast included A, B, C and more". A plain loop, no closure over `i`: a callback per word
  // that holds one costs a context object per word.
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.capitalised || !CAST_STARTS.has(w.lower)) continue;
    const cue = cueAt(words, i, CAST_LIST_CUES, true);
    if (!cue) continue;
    let at = i + cue.length;
    let prevEnd = (words[at - 1] as Word).end;
    for (;;) {
      if (words[at] && lowerOf(words[at] as Word) === 'and') at++;
      const p = pieceAt.get(at);
      if (!p || !gapIsListSeparator(prevEnd, p.start) || p.character) break;
      addRole(p, 'actor');
      prevEnd = p.end;
      at = p.last + 1;
    }
  }
}

/**
 * Of the entities whose full names a word starts (`starts`) or ends (`ends`), the one with the most
 * mentions; undefined when there is none or several share the most. One loop over both sets (no
 * arrays spread from a Set or an empty array at one place: V8 threw findNames' compiled code away
 * on meeting that mix).
 */
function mostMentioned(starts: ReadonlySet<number> | undefined, ends: ReadonlySet<number> | undefined, mentionCount: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  let top = -1;
  let tops = 0;
  for (const set of [starts, ends]) {
    if (!set) continue;
    for (const x of set) {
      if (set === ends && starts?.has(x)) continue;
      const n = mentionCount.get(x) ?? 0;
      if (n > top) {
        top = n;
        tops = 1;
        best = x;
      } else if (n === top) tops++;
    }
  }
  return tops === 1 ? best : undefined;
}

/** Stage 4b: the entities (characters and people) and their mentions, tied by stage 4c. */
export function findNames(
  input: NormalizedText,
  words: readonly Word[],
  ann: Annotation,
  seg: Segmentation,
  works: readonly WorkDraft[],
  known: readonly KnownName[] = [],
): EntityDraft[] {
  const { entities, blocked } = draftNames(input, words, ann, seg, works);
  return tieNames(input, entities, known, blocked);
}

/** Stage 4b before the names are tied: the entities, each one's kind features, the work mask. */
export interface NameDrafts {
  entities: EntityDraft[];
  /** Per entity, its vector in `KIND_FEATURES` order (what the kind model read). */
  features: number[][];
  /** 1 at every offset inside a work mention. */
  blocked: Uint8Array;
}

/** Stage 4b, steps 1–6: the entities, their kinds and the features the kinds were weighed on. */
export function draftNames(input: NormalizedText, words: readonly Word[], ann: Annotation, seg: Segmentation, works: readonly WorkDraft[]): NameDrafts {
  const ctx: Context = { input, words, lowerOf: (s) => ('lower' in s ? (s as Word).lower : input.lower.slice(s.start, s.end)), sentenceStarts: sentenceStartsOf(ann) };
  // Long enough for the last work mention: a read past its end is 0 (undefined), as is the rest.
  const workMask = new Uint8Array(Math.max(0, ...works.map((w) => (w.mentions.at(-1) as Span).end)));
  for (const w of works) for (const m of w.mentions) workMask.fill(1, m.start, m.end);

  const pieces = judgePieces(ctx, buildPieces(ctx, workMask), ann, seg);
  applyCues(ctx, pieces, workMask);

  // Step 4: which pieces are names.
  const plainCount = new Map<string, { all: number; ok: number }>();
  for (const p of pieces.filter((x) => x.plain && !x.common)) {
    const c = plainCount.get(p.key) ?? { all: 0, ok: 0 };
    c.all++;
    if (p.plainOk) c.ok++;
    plainCount.set(p.key, c);
  }
  const cued = (p: Piece): boolean => p.roles.length > 0 || p.character;
  const acceptedKeys = new Set(pieces.filter((p) => p.strong || cued(p)).map((p) => p.key));
  for (const [key, c] of plainCount) if (c.all >= 2 && c.ok >= 1) acceptedKeys.add(key);
  // A full name whose last word is an accepted lone name is that name ("Agnetha Faltskog").
  for (const p of pieces) {
    if (acceptedKeys.has(p.key) || p.common || p.honorific || p.last === p.first || p.last - p.first > 2) continue;
    if (acceptedKeys.has(nameKey(ctx.lowerOf(words[p.last] as Word)))) acceptedKeys.add(p.key);
  }
  // A Korean-shaped piece that spells an accepted name another way is that name ("Su Hyuk").
  let romanised: Set<string> | null = null;
  for (const p of pieces) {
    if (p.last === p.first || acceptedKeys.has(p.key) || p.common) continue;
    romanised ??= new Set([...acceptedKeys].map(romanisationKey));
    if (!romanised.has(romanisationKey(p.key))) continue;
    const ws = words.slice(p.first, p.last + 1).map((w) => input.view.slice(w.start, w.end));
    if (ws.every((w) => koreanSyllableCount(w) > 0)) acceptedKeys.add(p.key);
  }

  // Step 5: entities by key; lone family names and honorific forms join a unique full name.
  const entities: EntityDraft[] = [];
  const byKey = new Map<string, number>();
  const firstWordOf = new Map<string, Set<number>>();
  const lastWordOf = new Map<string, Set<number>>();
  const ofPiece = new Map<Piece, number>();
  const remember = (map: Map<string, Set<number>>, word: string, e: number): void => {
    const set = map.get(word) ?? new Set<number>();
    set.add(e);
    map.set(word, set);
  };
  const entityFor = (key: string): number => {
    let e = byKey.get(key);
    if (e === undefined) {
      e = entities.push({ kind: 'character', kindConfidence: 0.5, mentions: [], roles: [], descriptors: [], playedBy: null }) - 1;
      byKey.set(key, e);
    }
    return e;
  };
  const accepted = pieces.filter((p) => acceptedKeys.has(p.key));
  for (const p of accepted) {
    // Full names, titled ones too ("Sir Paul McCartney"), by their first and last core words.
    const core = p.honorific ? p.first + 1 : p.first;
    if (p.last === core || (p.honorific && !NAME_TITLES.has(ctx.lowerOf(words[p.first] as Word)))) continue;
    const e = entityFor(p.key);
    remember(firstWordOf, ctx.lowerOf(words[core] as Word), e);
    // "Charles Evans Jr": the surname is the word before the suffix.
    const lastCore = NAME_SUFFIXES.has(ctx.lowerOf(words[p.last] as Word)) && p.last - 1 > core ? p.last - 1 : p.last;
    remember(lastWordOf, ctx.lowerOf(words[lastCore] as Word), e);
  }
  const mentionCount = new Map<number, number>();
  for (const p of accepted) {
    const e = byKey.get(p.key);
    if (e !== undefined) mentionCount.set(e, (mentionCount.get(e) ?? 0) + 1);
  }
  for (const p of pieces) {
    let e = byKey.get(p.key);
    if (e === undefined && (p.first === p.last || p.honorific) && p.last - p.first <= 1 && !p.common) {
      // A lone family name ("Lee", "Weitz") or an honorific form ("Mr Weitz") of a full name:
      // the full name it starts or ends, the most mentioned one when several fit.
      const word = ctx.lowerOf(words[p.last] as Word);
      e = mostMentioned(firstWordOf.get(word), lastWordOf.get(word), mentionCount);
      // "Mr Gatsby" and a lone "Gatsby" the text names by itself are one.
      if (e === undefined && p.honorific && acceptedKeys.has(nameKey(word))) e = entityFor(nameKey(word));
    }
    if (e === undefined && acceptedKeys.has(p.key)) e = entityFor(p.key);
    if (e === undefined) continue;
    const entity = entities[e] as EntityDraft;
    entity.mentions.push({ start: p.start, end: p.end });
    for (const r of p.roles) if (!entity.roles.includes(r)) entity.roles.push(r);
    ofPiece.set(p, e);
  }
  const characterCued = new Set<number>();
  // The pieces a casting cue names as who plays another: the actor side.
  const actorPieces = new Set<Piece>();
  for (const p of pieces) if (p.playedBy) actorPieces.add(p.playedBy);
  const mentionsOf: KindMention[][] = entities.map(() => []);
  for (const [p, e] of ofPiece) {
    const entity = entities[e] as EntityDraft;
    if (p.character) characterCued.add(e);
    (mentionsOf[e] as KindMention[]).push({
      first: p.first, last: p.last, start: p.start, honorific: p.honorific, characterCue: p.character,
      actorCue: actorPieces.has(p) || p.roles.includes('actor'), crewCue: p.roles.some((r) => r !== 'actor'),
      hyphenatedGiven: p.first === p.last && (words[p.first] as Word).hyphenated && isHyphenatedName(input.view.slice(p.start, p.end)),
      givenApart: !p.honorific && p.last > p.first && isGivenWrittenApart(input.view, words.slice(p.first, p.last + 1)),
    });
    if (p.playedBy) {
      const actor = ofPiece.get(p.playedBy);
      if (actor !== undefined && actor !== e) entity.playedBy = actor;
    }
  }
  // News style: a lone capitalised word repeated there that no cue calls a character or gives a
  // role, that is neither a given name nor a romanised one, and does not speak ("insisted
  // Marilla") as a character in a story does, is a band, firm or place.
  const news = isThirdPerson(ann, input.view);
  if (news) {
    entities.forEach((entity, e) => {
      if (entity.roles.length > 0 || characterCued.has(e) || (mentionsOf[e] as KindMention[]).some((m) => m.last > (m.honorific ? m.first + 1 : m.first))) return;
      const forms = entity.mentions.map((m) => input.view.slice(m.start, m.end));
      if (!forms.some((f) => (/[-‐‑]/.test(f) && isHyphenatedName(f)) || GIVEN_NAMES.has(f.toLowerCase())) && speechTurns(ann, entity) < MIN_SPEECH_TURNS) {
        entity.mentions = [];
      }
    });
  }
  // Step 6: kind, by the learned model over each entity's evidence; a person the cues gave no
  // role is `other`.
  const nameEnds = new Set<number>();
  for (const p of ofPiece.keys()) nameEnds.add(p.end);
  const doc: KindDocument = { view: input.view, words, sentenceStarts: ctx.sentenceStarts, news, nameEnds };
  const features = entities.map((_, e) => kindFeatures(doc, mentionsOf[e] as KindMention[]));
  addDocumentFeatures(features.filter((_, e) => (entities[e] as EntityDraft).mentions.length > 0));
  entities.forEach((entity, e) => {
    const { kind, confidence } = decideKind(features[e] as number[]);
    entity.kind = kind;
    entity.kindConfidence = confidence;
    if (entity.kind === 'person' && entity.roles.length === 0) entity.roles.push('other');
  });
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return { entities, features, blocked: workMask };
}

/**
 * A romanised given name written one syllable a word (`Su Hyuk`, `Cheong San`), not a family name
 * and a given name. One syllable a word: English names split into syllables too ("Jason").
 */
function isGivenWrittenApart(view: string, ws: readonly Word[]): boolean {
  if (ws.length > 3) return false;
  const texts = ws.map((w) => view.slice(w.start, w.end));
  return texts.every((t) => koreanSyllableCount(t) === 1) && !isKoreanFullName(texts) && !isGivenAndKoreanFamily(texts);
}

/** Times a lone name must be the subject of a speech verb to count as a character that speaks. */
const MIN_SPEECH_TURNS = 2;

/** How often a speech verb stands right before or after one of the entity's mentions. */
function speechTurns(ann: Annotation, entity: EntityDraft): number {
  let n = 0;
  for (const m of entity.mentions) {
    const t = firstAtOrAfter(ann.tokens, m.start);
    const after = ann.tokens[firstAtOrAfter(ann.tokens, m.end)];
    if (SPEECH_VERBS.has(ann.tokens[t - 1]?.normal ?? '') || SPEECH_VERBS.has(after?.normal ?? '')) n++;
  }
  return n;
}

/**
 * First-person words outside quotes, per word, below which a text reads as news; from
 * {@link STRAY_FROM_WORDS} words on, one stray (a title such as "My Way") is forgiven.
 */
const FIRST_PERSON_RATE = 0.004;
const STRAY_FROM_WORDS = 100;

/**
 * True for text written in the third person (news): few "I", "me", "my" outside quotation marks.
 * A straight quote opens before a word and closes after one; a quote never outlives its paragraph.
 * Reads only the quote marks and first-person words stage 3 listed.
 */
function isThirdPerson(ann: Annotation, view: string): boolean {
  const words = ann.wordCount;
  if (words < 30) return false;
  const most = words * FIRST_PERSON_RATE + (words >= STRAY_FROM_WORDS ? 1 : 0);
  let inQuote = false;
  let first = 0;
  let block = -1;
  const { tokens, sentences } = ann;
  for (const k of ann.voiceTokens) {
    const t = tokens[k] as Token;
    const b = (sentences[t.sentence] as Sentence).block;
    if (b !== block) {
      block = b;
      inQuote = false;
    }
    const c = t.value.charCodeAt(0);
    if (t.value.length === 1) {
      if (c === 0x201c) inQuote = true;
      else if (c === 0x201d) inQuote = false;
      else if (c === 0x22) inQuote = view[t.end] !== undefined && !/\s/.test(view[t.end] as string) && (t.start === 0 || /[\s(]/.test(view[t.start - 1] as string));
    }
    if (t.type !== 'word' || inQuote) continue;
    if (++first > most) return false;
  }
  return true;
}
