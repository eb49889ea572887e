/**
 * Stage 4c, casting that names a part the names stage did not find: a real person, then in the
 * same sentence and with no other name between (an aside in brackets may hold any), `as`, `plays`,
 * `portrayed`, `to play`, `will portray`, `voices`, `as the voice of`, `'s role of` or the actor's own `portrayal of`, and
 * a capitalised run no entity holds ("Hale, in a rare comic turn, as Don Ruggiero", "he portrayed
 * J.E.B. Stuart", "Hale's role of RUGGIERO"). The casting words say the run is a part, so it becomes
 * a character played by that person, with every other mention of the same words (in any case,
 * capitalised) in the text. A run inside a work's title, one that describes a noun after it ("as
 * the Zorvian agent") and an `as` that compares ("as tall as") make none.
 */
import { NAME_SUFFIXES } from '../../data/name-cue-words';
import { HONORIFICS } from '../../data/honorifics';
import { COMMON_CAPITALISED } from '../../data/not-names';
import { readsAsReport } from '../../text/voice';
import type { Span } from '../../types';
import { PLAYS_VERBS } from '../../data/role-words';
import { isApostrophe, isInitialism, isLetter, isUpper } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { type LeftOutPart, MAKER_ROLES, MAX_ACTOR_GAP, SENTENCE_END, asideClose, comparing, endsRole, notCastingAs, otherSubject, sentenceStart } from './link-casting-as';
import { APPOSITION_CLOSE, MAX_PRONOUN_LEAD_WORDS, NOT_PART_STARTS, PRONOUN_AS_VERBS, SENTENCE_OPENERS, SUBJECT_PRONOUNS, OBJECT_PREPOSITIONS, OTHER_PERSON_WORDS, OWNED_PORTRAYAL_NOUNS, PART_OWNERS, PLAIN_PLAY_VERBS, PLAIN_VERB_LEADS, PLAY_FORMS, SEEING_VERBS, VOICE_VERBS, WATCHING_VERBS } from '../../data/casting-vocab';
import { takenPart, textTopic } from './link-casting-plays';
import { KNOWN_WORK_TITLES } from '../../data/work-titles-known';
import { WORK_NOUNS } from '../../data/work-cues';
import { MAX_WORD, bracketedActor, isRunChar, castAfter, castingLeadBracket, clauseGoesOn, ledBracketActor, jobTitle, loneI, namedInFull, performanceAs, playedPlace, relativeClauseOpen, wordBefore } from './link-casting-words';
import { KeptArray } from '../../text/kept-array';

/** {@link createCastParts}' places of the text the entities' mentions cover, kept from one text to the next. */
const COVERED = new KeptArray((n) => new Uint8Array(n));

/**
 * True when the portrayal noun at `at` is the actor's own, the actor's mention ending at `from`: the
 * actor's possessive right before it, or a `his`/`her` (never `their`) that the words before make
 * the actor's: the actor not the object of a verb, and between the two no other person and no verb
 * of watching or judging ("A gives his portrayal of C", not "A loved her portrayal of C").
 */
function ownedNoun(view: string, lower: string, start: number, from: number, at: number): boolean {
  const before = lower.slice(from, at).trimEnd();
  if (before === "'s" || before === '’s' || before === "'" || before === '’') return true;
  const owner = view[at - 1] === ' ' ? wordBefore(view, at - 1) : null;
  if (!owner || owner.word === 'their' || !PART_OWNERS.has(owner.word) || !takenPart(view, at)) return false;
  for (const w of lower.slice(from, owner.start).split(/\P{L}+/u)) if (WATCHING_VERBS.has(w) || OTHER_PERSON_WORDS.has(w)) return false;
  const prev = view[start - 1] === ' ' ? wordBefore(view, start - 1) : null;
  return !prev || !(WATCHING_VERBS.has(prev.word) || OBJECT_PREPOSITIONS.has(prev.word));
}

/** True when the word of `lower` that ends at `end` is an initial or a name suffix, so a dot after it is the name's ("Hale B.", "Jr."). */
function nameDot(lower: string, end: number): boolean {
  let k = end;
  // No suffix is longer than four letters: the scan stops there, so a long word costs nothing.
  while (k > 0 && end - k <= 4 && isLetter(lower[k - 1] as string)) k--;
  const word = lower.slice(k, end);
  return word.length === 1 || NAME_SUFFIXES.has(word);
}

/** An initial or a short title with its dot ("X.", "J.E.B.", "Lt."). */
const TITLE_OR_INITIAL = /^(?:\p{Lu}\.)+$|^\p{Lu}\p{Ll}{0,3}\.$/u;

/** Initials alone, with their dots ("J.E.B."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * True when the dot that ends the capitalised word `from`..`to` of a part is the word's own: an
 * initial, a listed title ("Lt."), or a short word that is no given name with more of the name
 * after it ("Asst. Chief Al Swanson"). A short given name with a dot ends its sentence ("as Lulu.").
 */
function titleDot(view: string, from: number, to: number): boolean {
  const word = view.slice(from, to);
  if (!TITLE_OR_INITIAL.test(word)) return false;
  const bare = word.slice(0, -1).toLowerCase();
  if (INITIALS.test(word) || HONORIFICS.has(bare)) return true;
  if (isListedFirstName(bare) || view[to] !== ' ' || !isUpper(view[to + 1])) return false;
  let end = to + 1;
  while (end < view.length && end - to <= MAX_WORD && isLetter(view[end] as string)) end++;
  return !NOT_PART_STARTS.has(view.slice(to + 1, end).toLowerCase());
}

/** How many capitalised words the created part may hold ("Asst. Chief Al Swanson" is four). */
const MAX_PART_WORDS = 4;
interface Part {
  start: number;
  end: number;
  actor: number;
}

/**
 * The end of the capitalised run of at most {@link MAX_PART_WORDS} words at `at`, or -1; with
 * `stopAtI`, a lone `I` ends it ("as C I enjoyed"), else it is the run's ("Elizabeth I").
 */
function partEnd(view: string, at: number, stopAtI: boolean): number {
  let k = at;
  let words = 0;
  for (;;) {
    if (!isUpper(view[k])) return words === 0 ? -1 : k;
    const from = k;
    // Digits after the first letter belong to the name ("K-2SO", "HAL 9000" reads "HAL").
    while (k < view.length && k - from < MAX_WORD && isRunChar(view[k] as string)) k++;
    // A final dot ends the sentence unless the word is an initial or a short title ("J.E.B.", "Asst.").
    if (view[k - 1] === '.' && !titleDot(view, from, k)) k--;
    if (isApostrophe(view[k - 1])) k--;
    words++;
    if (words >= MAX_PART_WORDS || view[k] !== ' ' || !isUpper(view[k + 1]) || (stopAtI && loneI(view, k + 1))) return k;
    k++;
  }
}

/**
 * A character for each part the casting words name and no entity holds, to be put after
 * `entities` (its `playedBy` indexes them); `entities` itself is left as it is, so the names
 * stage's entities keep lining up with their kind features. `leftOut` holds the parts a list after
 * `as` pairs with its players that no entity holds (`linkCastingAs`).
 */
export function createCastParts(input: NormalizedText, entities: readonly EntityDraft[], blocked: Uint8Array, leftOut: readonly LeftOutPart[] = []): EntityDraft[] {
  const { view, lower } = input;
  const covered = COVERED.take(view.length + 1);
  const starts: { start: number; end: number; entity: number }[] = [];
  entities.forEach((e, entity) => {
    for (const m of e.mentions) {
      covered.fill(1, m.start, m.end);
      starts.push({ start: m.start, end: m.end, entity });
    }
  });
  if (starts.length === 0) return [];
  starts.sort((a, b) => a.start - b.start);
  const startsAt = new Map<number, number>();
  for (const st of starts) startsAt.set(st.start, st.entity);
  const parts: Part[] = [];
  for (const p of leftOut) if (!covered[p.start] && !blocked.subarray(p.start, p.end).some((b) => b === 1)) parts.push(p);
  const recast: (Part & { holder: number })[] = [];
  let inLowerCase: Set<string> | undefined;
  const lowerWords = (): Set<string> => (inLowerCase ??= wordsInLowerCase(view));
  for (let i = 0; i < starts.length; i++) {
    const m = starts[i] as (typeof starts)[number];
    const actor = entities[m.entity] as EntityDraft;
    if (actor.kind !== 'person' || actor.roles.some((r) => MAKER_ROLES.has(r))) continue;
    // The bracket holds the actor alone, or after a casting lead ("(voice of A)").
    const open = bracketedActor(view, m.start, m.end) ? m.start - 1 : ledBracketActor(view, lower, m.start, m.end) ? castingLeadBracket(lower, m.start) : -1;
    const named = open >= 0 ? partBeforeBracket(input, actor, open, starts[i - 1]?.end ?? 0, lowerWords) : null;
    if (named && !covered[named.start] && !blocked.subarray(named.start, named.end).some((b) => b === 1)) {
      parts.push({ start: named.start, end: named.end, actor: m.entity });
      continue;
    }
    const next = starts[i + 1]?.start ?? view.length;
    const limit = Math.min(view.length, m.end + MAX_ACTOR_GAP, next);
    const part = partAfter(view, lower, blocked, m.start, m.end, limit);
    if (part < 0 || blocked[part]) continue;
    // A name the text gives nowhere else, with no role of its own, may stand where the part does
    // ("he portrayed J.E.B. Stuart"): the casting words make it the part.
    const holder = covered[part] ? startsAt.get(part) : undefined;
    if (covered[part] && (holder === undefined || !loneName(entities[holder] as EntityDraft, part))) continue;
    const end = runEnd(view, lower, part);
    // A part in apposition after its description ("plays the leader, C,") closes with a mark: "plays the father, C the son" names another actor.
    if (end < 0 || (view[part - 2] === ',' && !APPOSITION_CLOSE.includes(view[end] ?? '.'))) continue;
    const words = lower.slice(part, end).replace(/\.$/u, '').split(' ');
    if (NOT_PART_STARTS.has(words[0] as string) || jobTitle(words) || postAcronym(view, lower, part, end)) continue;
    if (isApostrophe(view[end]) || blocked.subarray(part, end).some((b) => b === 1)) continue;
    if (playedVenue(view, part, words, actor.roles.includes('actor') || castAfter(view, lower, end, blocked))) continue;
    // "A, who I liked in B's film, is fine as C": the name inside the relative clause is no subject; its antecedent is.
    const clause = relativeClauseOpen(lower, m.start, m.end, part);
    if (clause >= 0) {
      const subject = antecedentAt(starts, i, clause);
      const player = subject === undefined ? undefined : (entities[subject] as EntityDraft);
      if (subject !== undefined && player?.kind === 'person' && !player.roles.some((r) => MAKER_ROLES.has(r))) parts.push({ start: part, end, actor: subject });
      continue;
    }
    if (holder !== undefined) {
      if ((entities[holder] as EntityDraft).mentions[0]?.end === end && holder !== m.entity && !listOpens(lower, end)) recast.push({ start: part, end, actor: m.entity, holder });
      continue;
    }
    parts.push({ start: part, end, actor: m.entity });
  }
  // "She played C in W": a `he` or `she` opening its sentence stands for the text's topic when the
  // topic is the one named last before it, and the casting words after it name a part as after a name.
  const topic = textTopic(entities);
  if (topic >= 0) parts.push(...pronounParts(input, entities, starts, topic, covered, blocked));
  for (const r of recast) castHolder(entities, r.holder, r.actor);
  if (parts.length === 0) return [];
  return addParts(input, entities, parts, covered, blocked);
}

/**
 * True when `e` is named once, at `at`, with no role and no actor of its own: nothing but the
 * name's shape made it someone, so a casting cue before it may make it a part.
 */
function loneName(e: EntityDraft, at: number): boolean {
  return e.mentions.length === 1 && e.mentions[0]?.start === at && e.roles.every((r) => r === 'other') && e.playedBy === null;
}

/**
 * True when a comma or `and`/`&` follows the name ending at `end`: it opens a list or a subject of
 * several ("as Lottie, Brand and Ferris", ", as Silas and the crew plan"), where a name found on its
 * own is no sure part.
 */
function listOpens(lower: string, end: number): boolean {
  return lower[end] === ',' || lower.startsWith(' and ', end) || lower.startsWith(' & ', end);
}

/** Makes the entity `holder` a character played by `actor`, who becomes an actor. */
function castHolder(entities: readonly EntityDraft[], holder: number, actor: number): void {
  const part = entities[holder] as EntityDraft;
  part.kind = 'character';
  part.kindConfidence = Math.max(0.5, 1 - part.kindConfidence);
  part.roles = [];
  part.playedBy = actor;
  const a = entities[actor] as EntityDraft;
  if (a.roles.length === 1 && a.roles[0] === 'other') a.roles[0] = 'actor';
  else if (!a.roles.includes('actor')) a.roles.push('actor');
}

/** The entity of the mention before `starts[i]` that ends at `open`, the antecedent of a relative clause, or undefined. */
function antecedentAt(starts: readonly { start: number; end: number; entity: number }[], i: number, open: number): number | undefined {
  for (let k = i - 1; k >= 0 && (starts[k] as (typeof starts)[number]).end >= open; k--) {
    const s = starts[k] as (typeof starts)[number];
    if (s.end === open) return s.entity;
  }
  return undefined;
}

/**
 * `C (A)` where no entity holds C: the capitalised run of at most {@link MAX_PART_WORDS} words
 * right before the bracket (it opens at `open`) that holds the actor alone ("The General (Ed
 * Harris)", "Officer K (Ryan Gosling)") or after a casting lead ("Oakhart (voice of Vin Sorel)"). A review writes the part first and the actor in brackets; a report writes the actor
 * first, so a report makes none. The bracketed name must read as an actor's (named in full with a
 * first name somewhere, or an actor by other casting words), so a country, a year's film or a
 * nickname in brackets makes no part. An article or a word the text also writes in lower case,
 * opening the run at a sentence start, is no part of the name ("Then Officer K").
 */
function partBeforeBracket(input: NormalizedText, actor: EntityDraft, open: number, floor: number, lowerWords: () => ReadonlySet<string>): Span | null {
  const { view, lower } = input;
  let end = open;
  if (view[end - 1] === ' ') end--;
  if (!isLetter(view[end - 1] ?? '') || !(actor.roles.includes('actor') || namedInFull(view, lower, actor))) return null;
  // Where each word of the run starts, last first, read back over single spaces.
  const words: number[] = [];
  let k = end;
  while (words.length < MAX_PART_WORDS) {
    let from = k;
    while (from > floor && k - from < MAX_WORD && isRunChar(view[from - 1] as string)) from--;
    if (from === k || !isUpper(view[from])) break;
    // A dot that ends a word before the last ends a sentence, unless the word is an initial or a short title ("Francis X. Hummel", "Lt. Joshi").
    if (words.length > 0 && view[k - 1] === '.' && !TITLE_OR_INITIAL.test(view.slice(from, k))) break;
    words.push(from);
    if (from - 2 < floor || view[from - 1] !== ' ' || !isRunChar(view[from - 2] as string)) break;
    k = from - 1;
  }
  if (words.length === 0) return null;
  words.reverse();
  const wordAt = (w: number): string => {
    const from = words[w] as number;
    const next = words[w + 1];
    return lower.slice(from, next === undefined ? end : next - 1).replace(/\.$/u, '');
  };
  // Leading words that are no name: an article, or at a sentence start a word the text also writes
  // in lower case, a common capitalised word or an adverb ("Then", "Later", "Finally").
  const opener = (word: string): boolean => !HONORIFICS.has(word) && (lowerWords().has(word) || COMMON_CAPITALISED.has(word) || SENTENCE_OPENERS.has(word) || (word.length > 4 && word.endsWith('ly')));
  let first = 0;
  // An acronym before the name describes it ("fellow OAP Milo", "LAPD Lieutenant Joshi").
  const common = (w: number): boolean =>
    NOT_PART_STARTS.has(wordAt(w)) || (opensSentence(view, words[w] as number) && opener(wordAt(w))) || (w < words.length - 1 && isInitialism(view.slice(words[w] as number, (words[w + 1] as number) - 1)));
  while (first < words.length && common(first)) first++;
  if (first === words.length) return null;
  const runStart = words[first] as number;
  const runWords = lower.slice(runStart, end).split(' ');
  // A pronoun or a joining word inside the run makes it a title ("I Love Her So (Eddie Cochran)"), not a name.
  if (words.some((_, w) => w > 0 && NOT_PART_STARTS.has(wordAt(w)))) return null;
  if (jobTitle(runWords) || (runWords.length === 1 && COMMON_CAPITALISED.has(runWords[0] as string))) return null;
  if (isApostrophe(view[end - 1]) || readsAsReport(view)) return null;
  if (namesWork(input, actor, runStart, end, open)) return null;
  // "K's (Ryan Gosling) girlfriend": the part is the owner, without the possessive.
  const owner = lower[end - 1] === 's' && isApostrophe(view[end - 2]) ? end - 2 : end;
  return owner > runStart ? { start: runStart, end: owner } : null;
}

/** Titles readers know, in lower case, so a run before a bracket can be told from a part. */
const KNOWN_TITLES: ReadonlySet<string> = new Set(KNOWN_WORK_TITLES.map((t) => t.toLowerCase()));
/** How many lower-case words after `is a` may stand before the work noun ("is a drug courier film"). */
const MAX_WORK_NOUN_GAP = 4;

/**
 * True when the run before the bracket names a work, not a part, so its bracket holds the work's
 * maker or star ("The Mule (Clint Eastwood)", "Casablanca (Michael Curtiz)"): the bracket holds a
 * director or a writer, the run (with or without its opening article) is a title readers know, a
 * lone word is the object of a pronoun's verb of seeing ("I watched X"), or the clause after the bracket calls it a work
 * ("is a drug courier film").
 */
export function namesWork(input: NormalizedText, actor: EntityDraft, runStart: number, end: number, bracket: number): boolean {
  const { view, lower } = input;
  if (actor.roles.some((r) => MAKER_ROLES.has(r))) return true;
  // The run may have lost an opening article ("The Mule"), which a title keeps.
  const article = runStart >= 4 && lower.slice(runStart - 4, runStart) === 'the ' && !isLetter(view[runStart - 5] ?? '') ? runStart - 4 : runStart;
  if (KNOWN_TITLES.has(lower.slice(article, end)) || KNOWN_TITLES.has(lower.slice(runStart, end))) return true;
  // One word right after a pronoun's verb of seeing is what the writer saw: a work ("I watched Casablanca (Michael Curtiz)"), not "his love Nakia".
  const before = view[article - 1] === ' ' ? wordBefore(view, article - 1) : null;
  const subject = before && view[before.start - 1] === ' ' ? wordBefore(lower, before.start - 1) : null;
  if (before && SEEING_VERBS.has(before.word) && subject && SUBJECT_PRONOUNS.has(subject.word) && !lower.slice(runStart, end).includes(' ')) return true;
  const close = view.indexOf(')', bracket);
  if (close < 0) return false;
  const after = lower.slice(close + 1, close + 1 + (MAX_WORK_NOUN_GAP + 3) * (MAX_WORD + 1)).split(/[^\p{L}-]+/u);
  let w = after[0] === '' ? 1 : 0;
  if (!COPULAS.has(after[w] ?? '')) return false;
  w++;
  if (!ARTICLES.has(after[w] ?? '')) return false;
  for (let n = w + 1; n <= w + 1 + MAX_WORK_NOUN_GAP && n < after.length; n++) {
    const word = after[n] as string;
    if (WORK_NOUNS.has(word)) return true;
    if (OBJECT_PREPOSITIONS.has(word) || word === 'in') return false;
  }
  return false;
}
/** The copulas that call the run before a bracket something ("is a film"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
/** The articles before the work noun. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this']);

/**
 * True when the part at `part`..`end` is one acronym after `the` ("with A as the MC", "as the DJ",
 * "as the CEO"): a post or a standing in the story, not a name. A name after `the` is a word
 * ("as the Joker").
 */
function postAcronym(view: string, lower: string, part: number, end: number): boolean {
  const word = view.slice(part, end).replace(/\.$/u, '');
  return !word.includes(' ') && isInitialism(word) && lower.slice(part - 4, part) === 'the ' && !isLetter(view[part - 5] ?? '');
}

/** True when nothing but spaces and an opening quote stands between the start of the text or a sentence's end and `at`. */
function opensSentence(view: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && (view[j] === ' ' || view[j] === '"' || view[j] === '“')) j--;
  return j < 0 || SENTENCE_END.includes(view[j] as string);
}

/** Every word of `view` written in lower case, read once, so a capital at a sentence start can be told from a name's. */
function wordsInLowerCase(view: string): Set<string> {
  const out = new Set<string>();
  for (const match of view.matchAll(/\p{Ll}+/gu)) {
    if (!isLetter(view[match.index - 1] ?? '')) out.add(match[0]);
  }
  return out;
}

/**
 * Where the part at `part` ends when the casting phrase ends with it, or -1: a mark or a word of
 * {@link endsRole} after the whole run, or, after a noun of performance ("whose turn as C"), a verb
 * or a subject that goes on with the clause; a lone `I` there is the subject ("as C I enjoyed"),
 * else a numeral of the name ("as Elizabeth I was").
 */
function runEnd(view: string, lower: string, part: number): number {
  const end = partEnd(view, part, false);
  if (end < 0 || endsRole(view, lower, end)) return end;
  if (!performanceAs(view, part)) return -1;
  if (clauseGoesOn(view, lower, end)) return end;
  const short = partEnd(view, part, true);
  return short < end && clauseGoesOn(view, lower, short) ? short : -1;
}

/**
 * True when the run `words` at `part` follows a form of `play` (a `the` may stand between) and
 * names a place played ({@link playedPlace}; one word is a place only right after the plain verb,
 * and not where `cast` says the text casts it): a musician plays a venue, an actor a part.
 */
function playedVenue(view: string, part: number, words: readonly string[], cast: boolean): boolean {
  let verb = view[part - 1] === ' ' ? wordBefore(view, part - 1) : null;
  const article = verb?.word === 'the';
  if (article && verb) verb = view[verb.start - 1] === ' ' ? wordBefore(view, verb.start - 1) : null;
  // "to play the Emperor": the article makes one word a part.
  return !!verb && PLAY_FORMS.has(verb.word) && playedPlace(words, verb.word === 'play' && !article, article, cast);
}

/** The first code unit of each word {@link partAfter} reads as a casting cue. */
const CUE_FIRST_LETTERS: ReadonlySet<number> = new Set(['as', 'role', 'voice', ...PLAYS_VERBS, ...VOICE_VERBS, ...PLAIN_PLAY_VERBS, ...OWNED_PORTRAYAL_NOUNS].map((word) => word.charCodeAt(0)));

/**
 * Where the part after the casting cue that follows the actor (ending at `from`) starts, before
 * `limit` and within the sentence, or -1. With `asVerbs`, `as` casts only right after one of them.
 */
function partAfter(view: string, lower: string, blocked: Uint8Array, start: number, from: number, limit: number, asVerbs?: ReadonlySet<string>): number {
  let k = from;
  let sawWord = false;
  // Inside an aside in brackets ("A (my No. 1 actor) is great as C") a capital or a dot is no
  // other name or sentence; a cue there still reads ("A (also acting as C)"). The aside ends at
  // its `)`; a `(` that does not close before `limit` is no aside.
  let asideEnd = -1;
  // A dot right after the actor belongs to the name only when it ends an initial or a suffix ("Jr.").
  const dotInName = view[from] === '.' && nameDot(lower, from);
  while (k < limit) {
    const ch = view[k] as string;
    if (ch === '(' && k >= asideEnd) asideEnd = asideClose(view, k, limit);
    const aside = k < asideEnd;
    if (SENTENCE_END.includes(ch) && !(k === from && dotInName) && !aside) return -1;
    if (!isLetter(ch)) {
      k++;
      continue;
    }
    const wordStart = k;
    while (k < limit && (isLetter(view[k]) || isApostrophe(view[k]))) k++;
    // A capitalised word between is another name, unless it is part of a work's title.
    if (isUpper(view[wordStart]) && sawWord && !blocked[wordStart] && !aside) return -1;
    sawWord = true;
    // Most words open with a letter no cue word does: no string is made for them.
    if (!CUE_FIRST_LETTERS.has(lower.charCodeAt(wordStart))) continue;
    const word = lower.slice(wordStart, k);
    let cueEnd = -1;
    let verbCue = false;
    if (word === 'as') {
      if (asVerbs && !(view[wordStart - 1] === ' ' && asVerbs.has(wordBefore(lower, wordStart - 1)?.word ?? ''))) return -1;
      const before = lower.slice(from, wordStart);
      // The word before `as` counts only when it is not the actor's own ("Shelley Long as C").
      if ((/\p{L}/u.test(before) && notCastingAs(lower, wordStart)) || comparing(before, view.slice(sentenceStart(view, lower, wordStart, 2 * MAX_ACTOR_GAP), wordStart))) return -1;
      cueEnd = k;
    } else if ((PLAYS_VERBS.has(word) || VOICE_VERBS.has(word)) && !lower.startsWith(' by ', k)) {
      cueEnd = k;
      verbCue = true;
    }
    // "appears to portray C", "will play C": a plain verb, a cue only after its lead word.
    else if (PLAIN_PLAY_VERBS.has(word) && view[wordStart - 1] === ' ' && PLAIN_VERB_LEADS.has(wordBefore(view, wordStart - 1)?.word ?? '')) {
      cueEnd = k;
      verbCue = true;
    }
    else if (word === 'role' && lower.startsWith(' of ', k)) cueEnd = k + 3;
    // "A's portrayal of C", "A … his portrayal of C": someone's portrayal, not "a Solo portrayal of C".
    else if (OWNED_PORTRAYAL_NOUNS.has(word) && lower.startsWith(' of ', k) && ownedNoun(view, lower, start, from, wordStart)) cueEnd = k + 3;
    else if (word === 'voice' && (lower.startsWith(' of ', k) || lower.startsWith(' to ', k))) cueEnd = k + 3;
    if (cueEnd < 0) continue;
    if (otherSubject(lower.slice(from, wordStart))) return -1;
    if (view[cueEnd] !== ' ') return -1;
    let at = cueEnd + 1;
    if (lower.startsWith('the ', at)) at += 4;
    // "as the voice of C": the voice names the part.
    if (lower.startsWith('voice of ', at)) at += 9;
    if (isUpper(view[at])) return at;
    return verbCue ? partAfterDescription(view, lower, cueEnd + 1, limit) : -1;
  }
  return -1;
}

/**
 * The parts a `he` or `she` casts ("She played C in W", "In 1990 he starred as C"): the pronoun
 * opens its sentence, after at most {@link MAX_PRONOUN_LEAD_WORDS} lower-case words or numbers
 * (the first may be capitalised), and the last name before it is the text's topic `topic`, so the
 * pronoun can stand for no one else; the part is read as after a name ({@link partAfter}; `as`
 * only after a verb of {@link PRONOUN_AS_VERBS}) and must be a name no entity holds. The
 * pronouns are found in one walk over the text and `starts` is read with one pointer, so the pass
 * is linear.
 */
function pronounParts(input: NormalizedText, entities: readonly EntityDraft[], starts: readonly { start: number; end: number; entity: number }[], topic: number, covered: Uint8Array, blocked: Uint8Array): Part[] {
  const { view, lower } = input;
  const actor = entities[topic] as EntityDraft;
  const out: Part[] = [];
  let next = 0;
  for (let at = heOrSheAt(lower, 0); at >= 0; at = heOrSheAt(lower, at + pronounLength(lower, at))) {
    const end = at + pronounLength(lower, at);
    while (next < starts.length && (starts[next] as (typeof starts)[number]).start < at) next++;
    if (next === 0 || (starts[next - 1] as (typeof starts)[number]).entity !== topic) continue;
    const from = sentenceStart(view, lower, at, MAX_ACTOR_GAP);
    if (!openingLead(view, from, at)) continue;
    const limit = Math.min(view.length, end + MAX_ACTOR_GAP, starts[next]?.start ?? view.length);
    const part = partAfter(view, lower, blocked, at, end, limit, PRONOUN_AS_VERBS);
    if (part < 0 || blocked[part] || covered[part]) continue;
    const stop = runEnd(view, lower, part);
    if (stop < 0 || (view[part - 2] === ',' && !APPOSITION_CLOSE.includes(view[stop] ?? '.'))) continue;
    const words = lower.slice(part, stop).replace(/\.$/u, '').split(' ');
    if (NOT_PART_STARTS.has(words[0] as string) || jobTitle(words) || postAcronym(view, lower, part, stop)) continue;
    if (isApostrophe(view[stop]) || blocked.subarray(part, stop).some((b) => b === 1) || covered.subarray(part, stop).some((b) => b === 1)) continue;
    if (playedVenue(view, part, words, actor.roles.includes('actor') || castAfter(view, lower, stop, blocked))) continue;
    out.push({ start: part, end: stop, actor: topic });
  }
  return out;
}

/** True for a code unit of a word as `\b` reads one: an ASCII letter or digit, or `_`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The length of the pronoun {@link heOrSheAt} found at `at`: `she` or `he`. */
const pronounLength = (lower: string, at: number): number => (lower.charCodeAt(at) === 115 ? 3 : 2);

/**
 * Where the next whole word `he` or `she` of `lower` starts from `from` on, or -1: the matches of
 * `/\b(?:he|she)\b/g` in order, found by a native search for `he` and a look at the code units
 * around it, with no regular expression run over the whole text.
 */
export function heOrSheAt(lower: string, from: number): number {
  for (let j = lower.indexOf('he', from); j >= 0; j = lower.indexOf('he', j + 1)) {
    const after = j + 2;
    if (after < lower.length && isWordCode(lower.charCodeAt(after))) continue;
    // "she": the `s` must open the word; a word code before `he` other than that `s` joins it to a longer word.
    const at = j > from && lower.charCodeAt(j - 1) === 115 ? j - 1 : j;
    if (at === 0 || !isWordCode(lower.charCodeAt(at - 1))) return at;
  }
  return -1;
}

/**
 * True when the words from the sentence's start `from` to the pronoun at `at` let it open its
 * clause: at most {@link MAX_PRONOUN_LEAD_WORDS} words, lower case or numbers but the first, a
 * comma after any ("Later, she"), none a pronoun ("they said she").
 */
function openingLead(view: string, from: number, at: number): boolean {
  const lead = view.slice(from, at).trim();
  if (lead === '') return true;
  const words = lead.split(' ');
  if (words.length > MAX_PRONOUN_LEAD_WORDS) return false;
  return words.every((w, k) => {
    const word = w.endsWith(',') ? w.slice(0, -1) : w;
    return /^[\p{L}\p{Nd}'’-]+$/u.test(word) && (k === 0 || !/\p{Lu}/u.test(word)) && !SUBJECT_PRONOUNS.has(word.toLowerCase());
  });
}

/** How many words may describe the part between a casting verb and the part's name ("plays the brooding leader of the rebels, C"). */
const MAX_DESCRIPTION_WORDS = 7;

/**
 * The part named in apposition to the description a casting verb takes: `plays the brooding leader
 * of the rebels, C`, `played a small-town sheriff, C,` — where the name after the description's
 * comma starts, or -1. The description opens with a determiner ({@link DESCRIPTION_OPENERS}) and
 * holds only lower-case words, except a name after `of` (`the leader of the Wildlings`), since a
 * capitalised word elsewhere would be another name; it ends at the first comma, within `limit`.
 */
function partAfterDescription(view: string, lower: string, at: number, limit: number): number {
  let k = at;
  let afterOf = false;
  for (let n = 0; n < MAX_DESCRIPTION_WORDS && k < limit; n++) {
    const from = k;
    while (k < limit && k - from < MAX_WORD && view[k] !== '.' && isRunChar(view[k] as string)) k++;
    const word = lower.slice(from, k);
    if (word === '' || (n === 0 && !DESCRIPTION_OPENERS.has(word))) return -1;
    if (isUpper(view[from]) && !afterOf) return -1;
    afterOf = word === 'of' || (afterOf && (word === 'the' || isUpper(view[from])));
    if (view[k] === ',' && view[k + 1] === ' ' && n > 0) return k + 2 < limit && isUpper(view[k + 2]) ? k + 2 : -1;
    if (view[k] !== ' ') return -1;
    k++;
  }
  return -1;
}

/** Words that open the description a casting verb takes before the part's name: `plays the …, C`. */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** One character per new part, with every capitalised mention of its words the text holds. */
function addParts(input: NormalizedText, entities: readonly EntityDraft[], parts: readonly Part[], covered: Uint8Array, blocked: Uint8Array): EntityDraft[] {
  const { view, lower } = input;
  const created: EntityDraft[] = [];
  // Parts by their first word, so one walk over the text's capitalised words finds every mention.
  const byKey = new Map<string, number>();
  const byFirst = new Map<string, string[]>();
  for (const p of parts) {
    const key = lower.slice(p.start, p.end);
    if (byKey.has(key)) continue;
    byKey.set(key, created.push({ kind: 'character', kindConfidence: 0.5, mentions: [], roles: [], descriptors: [], playedBy: p.actor }) - 1);
    const first = key.split(' ', 1)[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), key]);
    const actor = entities[p.actor] as EntityDraft;
    if (actor.roles.length === 1 && actor.roles[0] === 'other') actor.roles[0] = 'actor';
    else if (!actor.roles.includes('actor')) actor.roles.push('actor');
  }
  for (const match of view.matchAll(/\p{Lu}[\p{L}\p{Nd}.'’-]*/gu)) {
    const at = match.index;
    if (covered[at] || blocked[at] || isLetter(view[at - 1] ?? '')) continue;
    const word = lower.slice(at, at + match[0].length);
    // The walk takes a dot or a possessive after a word into it ("Lulu.", "Lulu's"); a part's first word may hold neither.
    for (const key of byFirst.get(word.replace(/['’]s$|['’]$/u, '')) ?? byFirst.get(word) ?? byFirst.get(word.endsWith('.') ? word.slice(0, -1) : word) ?? []) {
      if (!lower.startsWith(key, at) || isLetter(view[at + key.length] ?? '')) continue;
      (created[byKey.get(key) as number] as EntityDraft).mentions.push({ start: at, end: at + key.length });
      break;
    }
  }
  return created;
}
