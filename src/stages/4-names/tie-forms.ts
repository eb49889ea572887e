/**
 * Stage 4c, variant forms: entities whose names are two spellings of one name merge, a Korean
 * name's romanisations ("Su-hyeok" / "Su Hyuk"), a full name with an extra final `s` ("Jack
 * Blacks", "Robin William") and a surname a letter off ("Lazlo" / "Laszlo"); a lone name takes in
 * the full name the text writes it in once no entity holds that ("Cassian Andor"); a lone pet form
 * joins the one name of its kind it is made from ("Evie" / "Eve Walton"). Each reads every
 * entity's mentions once, keyed by form.
 */
import { GIVEN_NAME_SHORT_FORMS, PET_FORM_ENDINGS } from '../../data/name-forms';
import { ONE_WORD_HEADINGS } from '../../data/heading-words';
import { HONORIFICS, NAME_TITLES } from '../../data/honorifics';
import { SENTENCE_OPENING_MARKS } from '../../data/name-marks';
import { INSTITUTION_WORDS } from '../../data/not-names';
import { FAMILY_WORDS } from '../../data/name-kind-features';
import { DESCRIPTOR_NOUNS } from '../../data/role-words';
import { isLetter, isLower, isUpper } from '../../text/chars';
import { capitalisedWords } from '../../text/capitalised-words';
import { sexesAgree } from '../../text/first-names';
import { gluedSyllableCount } from '../../text/korean';
import { isListedFirstName } from '../../text/listed-first-name';
import { nameKey, romanisationKey } from '../../text/name-key';
import type { EntityDraft, NormalizedText } from '../stage-types';
import type { Span } from '../../types';
import { isStopWord } from './context';
import { isKnownTitleRun } from './known-title-runs';
import { wordBefore } from './link-casting-words';
import { KeyPairs } from './key-pairs';
import { sameForm } from './same-form';
import { addToListMap, addToSetMap } from './set-map';
import { MergedInto, merge } from './tie-merge';
import { KeptArray } from '../../text/kept-array';

/** {@link extendLoneNames}' places of the text the mentions cover, kept from one text to the next. */
const COVERED = new KeptArray((n) => new Uint8Array(n));

/** A character that parts the words of a name for {@link isKoreanShaped}: white space or a hyphen. */
const NAME_BREAK = /[\s\-‐‑]/;

/** True for a code unit of {@link NAME_BREAK}; an ASCII one is read by its code. */
function isNameBreak(name: string, at: number): boolean {
  const c = name.charCodeAt(at);
  if (c < 128) return c === 32 || c === 45 || (c >= 9 && c <= 13);
  return NAME_BREAK.test(name[at] as string);
}

/**
 * True when every word of `name` between its runs of white space and hyphens splits into Korean
 * syllables ({@link gluedSyllableCount}); an empty word, at a break that opens or closes the name,
 * does not. Read in place: no word is cut out.
 */
function isKoreanShaped(name: string): boolean {
  let from = 0;
  for (let k = 0; k <= name.length; k++) {
    if (k < name.length && !isNameBreak(name, k)) continue;
    if (gluedSyllableCount(name, from, k) === 0) return false;
    while (k + 1 < name.length && isNameBreak(name, k + 1)) k++;
    from = k + 1;
  }
  return true;
}

/** 3. Entities whose names are romanisations of one Korean name, of the same kind, merge. */
export function mergeRomanisations(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const byKey = new Map<string, number>();
  entities.forEach((e, i) => {
    const first = e.mentions[0];
    if (!first) return;
    const name = input.view.slice(first.start, first.end);
    // Only names written in parts: one glued word already shares its key with its variants.
    if (name.length > 24 || !/[\s\-‐‑]/.test(name) || !isKoreanShaped(name)) return;
    const key = `${e.kind}:${romanisationKey(name)}`;
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else merge(entities, i, other);
  });
}

/**
 * 4. A full name written with an extra final `s` is the same name: a possessive or a plural with
 *    its apostrophe left out ("all the Victor Cranes", "Dana Holts heart"), whose mentions then
 *    end before the `s`, or, when the form with the `s` is the more used, a surname's `s` dropped
 *    by a slip ("Robin William"). Only names of two or more words: a lone word with an `s` is
 *    often another name ("William", "Williams").
 */
export function mergeTrailingS(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const byForm = new Map<string, number>();
  const multiWord: { key: string; entity: number }[] = [];
  entities.forEach((e, i) => {
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before has its key filed already.
      if (sameForm(input.view, before, m)) continue;
      before = m;
      // One-word forms are most mentions: no string is made for them.
      let space = m.start;
      while (space < m.end && input.view.charCodeAt(space) !== 32) space++;
      if (space === m.end) continue;
      const key = nameKey(input.view.slice(m.start, m.end));
      if (!byForm.has(key)) {
        byForm.set(key, i);
        multiWord.push({ key, entity: i });
      }
    }
  });
  const movedTo = new MergedInto();
  for (const { key, entity: listed } of multiWord) {
    if (!key.endsWith('s')) continue;
    const found = byForm.get(key.slice(0, -1));
    if (found === undefined) continue;
    const entity = movedTo.find(listed);
    const other = movedTo.find(found);
    if (other === entity) continue;
    const withS = entities[entity] as EntityDraft;
    if (withS.mentions.length > (entities[other] as EntityDraft).mentions.length) {
      // The form with the `s` is the name; the other a slip.
      merge(entities, other, entity);
      movedTo.set(other, entity);
      continue;
    }
    // The `s` marks a possessive or a plural: the mention is the name without it.
    for (const m of withS.mentions) if (input.lower[m.end - 1] === 's' && nameKey(input.view.slice(m.start, m.end)) === key) m.end--;
    merge(entities, entity, other);
    movedTo.set(entity, other);
  }
}

/** The shortest surname indexed for slips ("Lazlo"); the longer of the two must have {@link MIN_LONE_SLIP_WORD} letters. */
const MIN_SLIP_WORD = 5;
/** The shortest given name (the longer of two) whose one-letter slip in a full name is read as the same name ("Jonathn" / "Jonathan"). */
const MIN_GIVEN_SLIP_WORD = 5;
/** The shortest lone surname whose one-letter change is read as the same name ("Renard" / "Renart"). */
const MIN_LONE_SLIP_WORD = 6;

/** The word itself and each form of it with one letter left out: two words a letter apart share one. */
function slipKeys(word: string): string[] {
  const keys = [word];
  for (let k = 0; k < word.length; k++) keys.push(word.slice(0, k) + word.slice(k + 1));
  return keys;
}

/**
 * 5. A surname spelt two ways a letter apart is one name when everything before it is the same
 *    ("Victor Lazlo" / "Victor Laszlo"), and so is a given name a letter off before the same rest
 *    ("Jonathn Pryce" / "Jonathan Pryce"; not two given names the lists give two sexes, "Daniel" /
 *    "Daniela"), whatever kind each spelling was weighed to; a lone surname of at least six letters
 *    one letter off the surname of exactly one full name joins it ("Renard" / "Jim Renart"), when
 *    the two are of one kind: the less mentioned form is a slip of the more mentioned one. One of
 *    the two surnames at least six letters long, one of the two given names five: a short name a
 *    letter off another is often another name ("Jones", "Jonas").
 */
export function mergeSpellingSlips(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  // Per entity, its longest form (the first mention with the most words), split in words: the
  // words are counted by their spaces, so only that mention is cut out of the text.
  const { lower } = input;
  const forms: { entity: number; words: string[] }[] = [];
  entities.forEach((e, i) => {
    let best: Span | undefined;
    let most = -1;
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before has no more words than it: the first of the two stays best.
      if (sameForm(lower, before, m)) continue;
      before = m;
      let spaces = 0;
      for (let k = m.start; k < m.end; k++) if (lower.charCodeAt(k) === 32) spaces++;
      if (spaces > most) {
        most = spaces;
        best = m;
      }
    }
    if (best) forms.push({ entity: i, words: lower.slice(best.start, best.end).split(' ') });
  });
  const full = new KeyPairs();
  const surnameOf = new Map<string, Set<number>>();
  // Full names keyed by the rest of the name and each slip key of the given name.
  const givenSlips = new KeyPairs();
  // A slip key holds no space, so two names share a key only when they share the words around the
  // slipped one: a name whose head (the words before its surname) or rest (the words after its
  // given name) no other name has meets none under that kind of key, and those keys are not made.
  const rests: (string | undefined)[] = [];
  const heads: (string | undefined)[] = [];
  const restCount = new Map<string, number>();
  const headCount = new Map<string, number>();
  for (const { words } of forms) {
    const given = words[0] as string;
    const rest = words.length >= 2 && given.length >= MIN_GIVEN_SLIP_WORD - 1 && /^\p{L}+$/u.test(given) ? words.slice(1).join(' ') : undefined;
    if (rest !== undefined) restCount.set(rest, (restCount.get(rest) ?? 0) + 1);
    rests.push(rest);
    const last = words[words.length - 1] as string;
    const head = words.length >= 2 && last.length >= MIN_SLIP_WORD && /^\p{L}+$/u.test(last) ? words.slice(0, -1).join(' ') : undefined;
    if (head !== undefined) headCount.set(head, (headCount.get(head) ?? 0) + 1);
    heads.push(head);
  }
  forms.forEach(({ entity, words }, f) => {
    const rest = rests[f];
    if (rest !== undefined && (restCount.get(rest) as number) > 1) for (const k of slipKeys(words[0] as string)) givenSlips.add(`${k} ${rest}`, entity);
    const head = heads[f];
    if (head === undefined) return;
    const last = words[words.length - 1] as string;
    if ((headCount.get(head) as number) > 1) for (const k of slipKeys(last)) full.add(`${head} ${k}`, entity);
    addToSetMap(surnameOf, last, entity);
  });
  const lastLength = new Map<number, number>();
  for (const { entity, words } of forms) lastLength.set(entity, (words[words.length - 1] as string).length);
  const lastWordLength = (e: number): number => lastLength.get(e) ?? 0;
  const done = new Set<number>();
  // `anyKind`: a full name's slip is the same name whatever kind each spelling was weighed to
  // (the kind model reads each spelling's few mentions apart); a lone surname must agree in kind.
  const join = (a: number, b: number, anyKind = false): void => {
    const x = entities[a] as EntityDraft;
    const y = entities[b] as EntityDraft;
    if (a === b || done.has(a) || done.has(b) || (!anyKind && x.kind !== y.kind) || x.mentions.length === 0 || y.mentions.length === 0) return;
    if (x.playedBy === b || y.playedBy === a) return;
    const [from, to] = x.mentions.length > y.mentions.length ? [b, a] : [a, b];
    merge(entities, from, to);
    done.add(from);
  };
  full.forEachPair((a, b) => {
    const longer = Math.max(lastWordLength(a), lastWordLength(b));
    if (longer >= MIN_LONE_SLIP_WORD) join(a, b, true);
  });
  // A given name a letter off, the rest of the full name the same ("Jonathn Pryce" / "Jonathan
  // Pryce"): not when the lists give the two given names two sexes ("Daniel" / "Daniela").
  const firstWordOf = new Map<number, string>();
  for (const { entity, words } of forms) firstWordOf.set(entity, words[0] as string);
  givenSlips.forEachPair((a, b) => {
    const ga = firstWordOf.get(a) as string;
    const gb = firstWordOf.get(b) as string;
    if (ga === gb || Math.max(ga.length, gb.length) < MIN_GIVEN_SLIP_WORD) return;
    if (!sexesAgree(ga, gb)) return;
    join(a, b, true);
  });
  // Lone surnames: a letter changed, the same length, one full name ending so. Only surnames of a
  // lone name's length can be a letter off it: no other is indexed.
  const lone: string[] = [];
  const loneEntity: number[] = [];
  const loneLengths = new Set<number>();
  for (const { entity, words } of forms) {
    const word = words[0] as string;
    if (words.length !== 1 || word.length < MIN_LONE_SLIP_WORD || surnameOf.has(word)) continue;
    lone.push(word);
    loneEntity.push(entity);
    loneLengths.add(word.length);
  }
  if (lone.length === 0) return;
  const bySwap = new Map<string, Set<string>>();
  for (const s of surnameOf.keys()) {
    if (!loneLengths.has(s.length)) continue;
    for (let k = 0; k < s.length; k++) {
      addToSetMap(bySwap, `${s.slice(0, k)}_${s.slice(k + 1)}`, s);
    }
  }
  for (let i = 0; i < lone.length; i++) {
    const word = lone[i] as string;
    const entity = loneEntity[i] as number;
    let owner: number | undefined;
    let owners = 0;
    for (let k = 0; k < word.length; k++) {
      for (const s of bySwap.get(`${word.slice(0, k)}_${word.slice(k + 1)}`) ?? []) {
        for (const e of surnameOf.get(s) ?? []) {
          if (e !== owner) owners++;
          owner = e;
        }
      }
    }
    if (owners === 1 && owner !== undefined) join(entity, owner);
  }
}

/** The longest word read beside a one-word name as the rest of its full name, in characters. */
const MAX_NEIGHBOUR = 24;

/** A capitalised word beside a mention, the rest of a full name: where it is and which side. */
interface Neighbour {
  start: number;
  end: number;
  after: boolean;
}

/** True when a space stands inside the mention `m` of `view`: read in place, with no string cut out. */
function holdsSpace(view: string, m: Span): boolean {
  for (let k = m.start; k < m.end; k++) if (view.charCodeAt(k) === 32) return true;
  return false;
}

/** {@link extendLoneNames}' covered places until it reads any: none. */
const EMPTY_COVER = new Uint8Array(0);

/**
 * 6. A name the text uses alone ("Cassian", "Chigurh") and once or more with one more capitalised
 *    word that no entity holds ("Rebel officer Cassian Andor", "killer Anton Chigurh"): the two
 *    words are its full name, when every such word beside its mentions is the same one. The full
 *    name was no name of its own (the names stage kept the lone form only), so its mentions grow
 *    to hold it. Two words that differ ("Jack Reacher", "Jack Ryan") leave the lone name as it is;
 *    a word that may open a sentence, a title, a place's or a group's word, a word the text also
 *    writes in lower case or part of a work's title is no surname. Each mention reads one word
 *    either side, so the pass is linear in mentions.
 */
export function extendLoneNames(input: NormalizedText, entities: EntityDraft[], blocked: Uint8Array): void {
  const { view, lower } = input;
  // Which places mentions cover, filled once the text is known to have a one-word name (below): a
  // text without one makes no array as long as itself.
  let covered = EMPTY_COVER;
  let lowerWords: Set<string> | undefined;
  const lowerTwin = (word: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const match of view.matchAll(/(?<!\p{L})\p{Ll}+/gu)) lowerWords.add(match[0]);
    }
    return lowerWords.has(word);
  };
  const isSurname = (start: number, end: number): boolean => {
    if (end - start < 2 || !isUpper(view[start]) || !isLower(view[start + 1] as string) || covered[start] || blocked[start]) return false;
    const word = lower.slice(start, end);
    return !HONORIFICS.has(word) && !NAME_TITLES.has(word) && !isStopWord(word) && !INSTITUTION_WORDS.has(word) && !ONE_WORD_HEADINGS.has(word) && !lowerTwin(word);
  };
  /** Where the capitalised word that ends one space before `at` starts, when it opens no sentence; -1 when there is none. */
  const capitalBefore = (at: number): number => {
    if (view[at - 1] !== ' ' || !isLetter(view[at - 2])) return -1;
    let k = at - 1;
    while (k > 0 && at - 1 - k < MAX_NEIGHBOUR && isLetter(view[k - 1])) k--;
    // Still inside a word longer than a name's: its start is unknown, so it is no capitalised word.
    if (isLetter(view[k - 1])) return -1;
    let open = k - 1;
    while (open >= 0 && view[open] === ' ') open--;
    // A capital at the start of a sentence says nothing of a name.
    if (open < 0 || SENTENCE_OPENING_MARKS.includes(view[open] as string) || !isUpper(view[k])) return -1;
    return k;
  };
  const neighbourOf = (start: number, end: number): Neighbour | null => {
    const before = capitalBefore(start);
    if (view[end] === ' ' && isUpper(view[end + 1])) {
      let k = end + 1;
      while (k < view.length && k - end <= MAX_NEIGHBOUR && isLetter(view[k])) k++;
      // A third capitalised word on either side makes a longer run than a full name of two; a
      // colon after it, a label ("Zoro Sound: 3/5").
      if (before >= 0 || (view[k] === ' ' && isUpper(view[k + 1])) || isLetter(view[k]) || view[k] === ':') return null;
      return isSurname(end + 1, k) && !isKnownTitleRun(view.slice(start, k)) ? { start: end + 1, end: k, after: true } : null;
    }
    // Before the name, a given name the lists hold ("Anton Chigurh"); any other word there may be
    // a place's or a school's ("the Academy Anne").
    if (before < 0 || capitalBefore(before) >= 0 || !isListedFirstName(lower.slice(before, start - 1)) || !isSurname(before, start - 1) || isKnownTitleRun(view.slice(before, end))) return null;
    return { start: before, end: start - 1, after: false };
  };
  // The one-word names, by their word: a word two entities use is left to neither.
  const ofWord = new Map<string, number | null>();
  entities.forEach((e, i) => {
    if (e.mentions.length === 0 || e.mentions.some((m) => holdsSpace(view, m))) return;
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before files its word again under the same entity.
      if (sameForm(lower, before, m)) continue;
      before = m;
      const word = lower.slice(m.start, m.end);
      const had = ofWord.get(word);
      ofWord.set(word, had === undefined || had === i ? i : null);
    }
  });
  if (ofWord.size === 0) return;
  covered = COVERED.take(view.length + 1);
  for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  // Every place the text writes each such word capitalised, as a mention or not, and the word
  // beside it; how often the text capitalises each word.
  const seen = new Map<number, { start: number; end: number; n: Neighbour | null }[]>();
  const agree = new Map<number, string | null>();
  const beside = new Map<number, number>();
  // Where each capitalised word is, for counting the few words that turn out to be surnames; a word
  // of a length no one-word name has is not cut out of the text.
  const capitals = capitalisedWords(view);
  const nameLengths = new Set<number>();
  for (const word of ofWord.keys()) nameLengths.add(word.length);
  for (let w = 0; w < capitals.length; w += 2) {
    const start = capitals[w] as number;
    const end = capitals[w + 1] as number;
    if (!nameLengths.has(end - start)) continue;
    const e = ofWord.get(lower.slice(start, end));
    if (e === undefined || e === null || isLetter(view[end])) continue;
    const n = neighbourOf(start, end);
    if (!covered[start] && !n) continue;
    addToListMap(seen, e, { start, end, n });
    if (!n) continue;
    const k = lower.slice(n.start, n.end);
    const had = agree.get(e);
    agree.set(e, had === undefined || had === k ? k : null);
    beside.set(e, (beside.get(e) ?? 0) + 1);
  }
  // How often the text capitalises each surname found beside a name.
  const capitalised = new Map<string, number>();
  const surnameLengths = new Set<number>();
  for (const surname of agree.values()) {
    if (surname === null) continue;
    capitalised.set(surname, 0);
    surnameLengths.add(surname.length);
  }
  if (capitalised.size > 0) {
    for (let k = 0; k < capitals.length; k += 2) {
      const start = capitals[k] as number;
      const end = capitals[k + 1] as number;
      if (!surnameLengths.has(end - start)) continue;
      const word = lower.slice(start, end);
      const n = capitalised.get(word);
      if (n !== undefined) capitalised.set(word, n + 1);
    }
  }
  for (const [e, places] of seen) {
    const surname = agree.get(e);
    // The other word stands nowhere else capitalised: elsewhere it would be a word or a name of its own.
    if (typeof surname !== 'string' || capitalised.get(surname) !== beside.get(e)) continue;
    const entity = entities[e] as EntityDraft;
    const byStart = new Map(entity.mentions.map((m) => [m.start, m]));
    for (const { start, end, n } of places) {
      if (!n) continue;
      const from = n.after ? start : n.start;
      const to = n.after ? n.end : end;
      const m = byStart.get(start);
      if (m) {
        m.start = from;
        m.end = to;
      } else entity.mentions.push({ start: from, end: to });
    }
    entity.mentions.sort((a, b) => a.start - b.start);
  }
}

/** The shortest given name a pet form is made from (`Ed` of `Eddie`). */
const MIN_PET_STEM = 2;
/** The longest given name read for pet forms, in letters. */
const MAX_PET_STEM = 10;

/**
 * The pet forms of a given name, lower case: its listed short forms (`David`: `Dave`), and the name
 * with a pet ending, its last letter doubled first (`Tom`: `Tommy`) or its final `e` dropped (`Eve`:
 * `Evie`). A form the name lists give the other sex is left out (`Jackie` of `Jack`).
 *
 * @param wanted - Keeps only the forms the caller can use (the words it looks for): the sex lists
 *   are read only for those, and most made forms are no word of the text.
 */
export function petForms(given: string, wanted: (form: string) => boolean): string[] {
  if (given.length < MIN_PET_STEM || given.length > MAX_PET_STEM || !/^\p{Ll}+$/u.test(given)) return [];
  const stems = [given, given + given[given.length - 1]];
  if (given.endsWith('e') && given.length > MIN_PET_STEM) stems.push(given.slice(0, -1));
  const forms: string[] = (GIVEN_NAME_SHORT_FORMS.get(given) ?? []).filter(wanted);
  for (const stem of stems) {
    for (const ending of PET_FORM_ENDINGS) {
      const pet = stem + ending;
      if (pet !== given && wanted(pet) && sexesAgree(pet, given)) forms.push(pet);
    }
  }
  return forms;
}

/** True when `word` before a name makes it someone of its own: a noun of kin or role ("her daughter Evie", "the nurse Evie"). */
const introducesOther = (word: string): boolean => FAMILY_WORDS.has(word) || DESCRIPTOR_NOUNS.has(word);

/**
 * 7. A name the text uses only alone that is the pet form of the given name of exactly one other
 *    entity of the same kind is that entity ("Evie" / "Dame Eve Walton", "Tommy" / "Tom"). The
 *    kinds must agree (unless the lone form's is a coin toss and the owner's settled): a lone
 *    "Johnny" in the cast and a real "John Wayne" are two. A pet form
 *    that is itself the first or last word of a longer name ("Johnny Depp") is left alone, and so is
 *    one two entities could own, and one the text introduces with a noun of kin or role ("her
 *    daughter Evie"): the noun makes it another person. Each entity's mentions are read once.
 */
export function mergePetForms(input: NormalizedText, entities: EntityDraft[]): void {
  if (entities.length < 2) return;
  const { view, lower } = input;
  const lone = new Map<string, number | null>();
  const inLonger = new Set<string>();
  // Lone forms some mention of which follows a noun of kin or role ("her daughter Evie").
  const introduced = new Set<string>();
  const givensOf: Set<string>[] = [];
  entities.forEach((e, i) => {
    let isLone = true;
    const givens = new Set<string>();
    givensOf[i] = givens;
    let before: Span | undefined;
    for (const m of e.mentions) {
      // A repeat of the mention before adds nothing to the sets below.
      if (sameForm(lower, before, m)) continue;
      before = m;
      const words = lower.slice(m.start, m.end).split(' ');
      if (words.length > 1) {
        isLone = false;
        inLonger.add(words[0] as string);
        inLonger.add(words[words.length - 1] as string);
      }
      // The given name: the first word past any title ("Dame Eve Walton": "eve").
      let k = 0;
      while (k < words.length - 1 && (HONORIFICS.has(words[k] as string) || NAME_TITLES.has((words[k] as string).replace(/\.$/, '')))) k++;
      const given = words[k] as string;
      if (words.length - k > 1 || isListedFirstName(given)) givens.add(given);
    }
    if (!isLone || e.mentions.length === 0) return;
    const first = e.mentions[0] as Span;
    // Compared in place: a lone name may be mentioned many times, and a slice per mention is a string each.
    if (e.mentions.some((m) => !sameForm(lower, first, m))) return;
    const word = lower.slice(first.start, first.end);
    if (e.mentions.some((m) => view[m.start - 1] === ' ' && introducesOther(wordBefore(view, m.start - 1)?.word ?? ''))) introduced.add(word);
    lone.set(word, lone.has(word) ? null : i);
  });
  const open = (word: string, entity: number | null): entity is number => entity !== null && !inLonger.has(word) && !introduced.has(word);
  // Pet forms are made only when some lone form may be one, and filed only when one is.
  const wanted = new Set<string>();
  for (const [word, entity] of lone) if (open(word, entity)) wanted.add(word);
  if (wanted.size === 0) return;
  const ownerOfPet = new Map<string, Set<number>>();
  givensOf.forEach((givens, i) => {
    for (const g of givens) for (const pet of petForms(g, (form) => wanted.has(form))) addToSetMap(ownerOfPet, pet, i);
  });
  const movedTo = new MergedInto();
  for (const [word, entity] of lone) {
    if (!open(word, entity)) continue;
    // Exactly one entity's given name must have this pet form.
    const [owner, other] = ownerOfPet.get(word) ?? [];
    if (owner === undefined || other !== undefined) continue;
    const from = movedTo.find(entity);
    const to = movedTo.find(owner);
    if (from === to || !kindsAgree(entities[from] as EntityDraft, entities[to] as EntityDraft)) continue;
    merge(entities, from, to);
    movedTo.set(from, to);
  }
}

/** Below this confidence a lone pet form's kind is a coin toss. */
const UNSURE_KIND = 0.55;
/** At or above this confidence the owner's kind is settled. */
const SURE_KIND = 0.85;

/**
 * True when a lone pet form and its owner may be one entity: the same kind, or the lone form's
 * kind a coin toss while the owner's is settled ("the heroine, Dame Rose Vell … Rosie"): the
 * owner's cue then speaks for both.
 */
function kindsAgree(lone: EntityDraft, owner: EntityDraft): boolean {
  return lone.kind === owner.kind || (lone.kindConfidence < UNSURE_KIND && owner.kindConfidence >= SURE_KIND);
}
