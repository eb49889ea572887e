/** Noun phrases next to a speech verb: proper nouns, descriptions, the name closing them, outlets. */
import { RANK_TITLES } from '../../data/honorifics';
import { CALENDAR } from '../../data/not-names';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../../data/role-words';
import { NOT_DESCRIPTION, OUTLET_WORDS, SOMEONE_NOUNS } from '../../data/speaker-words';
import { WEEKDAYS } from '../../data/not-names';
import { isUpper, startsWithLetter } from '../../text/chars';
import { isHonorific } from '../../text/honorific';
import { containing, firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../stage-types';
import { mentionIn, tok } from './context';
import type { Context } from './types';

/**
 * True for the first-person "I" ("I", "I’m", "I'd", and "I." where the tokenizer kept a sentence's
 * stop on it): the writer or narrator, whatever the tagger says, never a name.
 */
export const isFirstPerson = (w: Token): boolean => w.normal === 'i' || w.normal === 'i.' || /^i['’]/.test(w.normal);

/**
 * Up to three capitalised proper-noun tokens from token `t`, in one sentence, and a number closing a
 * stage name after them ({@link wholeNameEnd}), as a span; or null.
 */
export function properNounAt(ctx: Context, t: number): Span | null {
  const { tokens } = ctx.ann;
  const first = tokens[t];
  if (!first || !isUpper(first.value[0])) return null;
  // "I", "I’m", "I'd": the writer; "I." too, unless a name goes on after it as after an initial ("I. M. Pei").
  if (isFirstPerson(first) && !(first.normal === 'i.' && isUpper(tokens[t + 1]?.value[0] ?? ''))) return null;
  // A title is a name's start whatever its tag ("Miss" is often read as a verb), when a name follows.
  if (first.pos !== 'PROPN' && !(isHonorific(first.normal) && isUpper(tokens[t + 1]?.value[0] ?? ''))) return null;
  let last = t;
  while (last - t < 2) {
    const next = tokens[last + 1];
    // "Mr Stamp": after a title the next capitalised word belongs to the name whatever its tag.
    const titled = isHonorific((tokens[last] as Token).normal);
    if (!next || (next.pos !== 'PROPN' && !titled) || !isUpper(next.value[0]) || next.sentence !== first.sentence || next.start !== (tokens[last] as Token).end + 1) break;
    // "said Spielberg Tuesday": a weekday after a name dates the words, it is no part of the name.
    if (WEEKDAYS.has(next.normal)) break;
    last++;
  }
  // "Andre 3000 thanked …": a number closing a stage name is the name's.
  return { start: first.start, end: wholeNameEnd(ctx, (tokens[last] as Token).end, null) };
}

/** True when a token is an adverb of manner ending in "-ly" ("coolly said", "said wryly"). */
export const isLyAdverb = (w: Token | undefined): boolean => w !== undefined && w.pos === 'ADV' && w.normal.endsWith('ly');

/** True when a capitalised phrase is a newspaper, broadcaster or magazine. */
export function isOutlet(text: string): boolean {
  return text.toLowerCase().split(/[\s'’-]+/).some((w) => OUTLET_WORDS.has(w));
}

/**
 * True when the text from `start` to `end` is an outlet: by its words ({@link isOutlet}), or as a
 * name the text uses only as an outlet ("told the Herald-Mail", see {@link Context.outlets}).
 */
export function isOutletAt(ctx: Context, start: number, end: number): boolean {
  const text = ctx.input.view.slice(start, end);
  return isOutlet(text) || ctx.outlets.has(text.toLowerCase());
}

/** True when a quote's words end with a full stop: what follows starts a sentence of its own. */
export function closesSentence(ctx: Context, q: MarkedQuoteDraft): boolean {
  return ctx.input.view.slice(q.start, q.end).trimEnd().endsWith('.');
}

/** Longest description between a speech verb and a name ("the festival's executive director"). */
export const MAX_DESCRIPTION_TOKENS = 9;

/** The mark of a plural's possessive ("the Networks' chief"). */
const PLURAL_POSSESSIVE: ReadonlySet<string> = new Set(["'", '’']);

/** Tags of the words a description of a person is made of. */
export const DESCRIPTION_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART']);

/** Adverbs that date a description after its article ("the now Oscar-nominated auteur"). */
const DATING_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'once', 'newly', 'recently', 'former']);

/** Prepositions inside a description before a capitalised place or body ("organiser in Uganda", "head of Xfm"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'for']);

/** Capitalised words read after "and" for the role that makes the pair an owner ("Tom and Jerry producer"). */
const MAX_OWNER_WORDS = 3;

/**
 * True when capitalised words from token `t` (after "and") run to a lower-case noun and then a
 * capitalised word: "Judy executive producer Amanda", the second name of a show or firm that owns
 * the role, not a second person joined to the first.
 */
function ownerBeforeRole(tokens: readonly Token[], t: number): boolean {
  const sentence = tokens[t - 1]?.sentence;
  let k = t;
  while (k - t < MAX_OWNER_WORDS && tokens[k]?.sentence === sentence && isUpper(tokens[k]?.value[0] ?? '') && startsWithLetter(tokens[k]?.value ?? '')) k++;
  if (k === t) return false;
  let noun = k;
  while (tokens[noun]?.sentence === sentence && tokens[noun]?.pos === 'NOUN' && !isUpper(tokens[noun]?.value[0] ?? '')) noun++;
  return noun > k && tokens[noun]?.sentence === sentence && isUpper(tokens[noun]?.value[0] ?? '');
}

/**
 * The token range [start, end) of a noun phrase from token `t` in its sentence: determiners,
 * adjectives, numbers, nouns, proper nouns and possessives ("the two-time Academy Award winner"),
 * and one comma when a name follows it ("the festival's director, Craig Prater"). Null when none.
 */
export function describedPhrase(ctx: Context, t: number): { start: number; end: number } | null {
  const { tokens } = ctx.ann;
  const first = tokens[t];
  if (!first) return null;
  let e = t;
  let comma = false;
  while (e < tokens.length && e - t < MAX_DESCRIPTION_TOKENS) {
    const k = tokens[e] as Token;
    if (k.sentence !== first.sentence || NOT_DESCRIPTION.has(k.normal)) break;
    const prev = tokens[e - 1];
    const titled = e > t && prev !== undefined && isHonorific(prev.normal) && isUpper(k.value[0]);
    // "Oscar-winning", "two-time": the word after a hyphen belongs to the compound whatever its tag.
    const compound = e > t && prev?.normal === '-' && prev.end === k.start;
    // "founder and director Elliot Grove": "and" between two words of the description.
    // ... or between two names of a show or firm before its role ("Tom and Ann executive producer X").
    const joined = k.normal === 'and' && e > t && prev !== undefined && (isUpper(prev.value[0]) ? ownerBeforeRole(tokens, e + 1) : DESCRIPTION_POS.has(prev.pos));
    // "Sky Networks' Sophie Turner Laing": a plural's possessive mark, read as punctuation.
    const plural = e > t && prev !== undefined && PLURAL_POSSESSIVE.has(k.value) && prev.end === k.start && prev.normal.endsWith('s');
    // "said RCA spokeswoman Sue Bradburn": a name the names stage found belongs to the phrase
    // even when the tagger read its first word as a verb.
    const named = e > t && isUpper(k.value[0]) && (mentionOrTitleAt(ctx, e) || containing(ctx.mentions, k.start) >= 0);
    // "the play's organiser in Uganda, Sarah Mukasa": a place or body after a preposition.
    const placed = e > t && PLACE_PREPOSITIONS.has(k.normal) && isUpper(tokens[e + 1]?.value[0] ?? '') && tokens[e + 1]?.sentence === first.sentence;
    // "the now Oscar-nominated auteur": an adverb right after the article dates the description.
    const dated = e > t && prev?.normal === 'the' && k.pos === 'ADV' && DATING_ADVERBS.has(k.normal);
    // "said Sideways producer Michael London": a capitalised word inside a sentence is a name or a
    // title's, whatever its tag.
    const capital = isUpper(k.value[0]) && startsWithLetter(k.value) && (tokens[(ctx.ann.sentences[k.sentence] as { firstToken: number }).firstToken] as Token) !== k;
    if (k.normal === '-' || DESCRIPTION_POS.has(k.pos) || titled || compound || joined || plural || named || placed || dated || capital) {
      e++;
      continue;
    }
    // One comma, and only before a name: the appositive "…, Craig Prater".
    const after = tokens[e + 1];
    if (k.normal === ',' && !comma && e > t && after && isUpper(after.value[0]) && after.sentence === first.sentence && mentionOrTitleAt(ctx, e + 1)) {
      comma = true;
      e++;
      continue;
    }
    break;
  }
  return e > t ? { start: t, end: e } : null;
}

/**
 * True when a mention stands right after "of" (or "of the") that follows a lower-case noun: "the
 * star of Amelie", "a friend of Ada Voss". It names what or whom a described person is known by,
 * never that person.
 */
export function afterNounOf(ctx: Context, m: Span): boolean {
  const { tokens } = ctx.ann;
  let k = firstAtOrAfter(tokens, m.start) - 1;
  if (tokens[k]?.normal === 'the') k--;
  const noun = tokens[k - 1];
  return tokens[k]?.normal === 'of' && noun !== undefined && noun.value[0] === noun.normal[0] && (noun.pos === 'NOUN' || SOMEONE_NOUNS.has(noun.normal));
}

/** True when token `t` starts an entity mention or is an honorific or "MP" before a name. */
function mentionOrTitleAt(ctx: Context, t: number): boolean {
  const k = tok(ctx, t);
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, k.start)];
  return (m !== undefined && m.start === k.start) || isHonorific(k.normal) || k.normal === 'mp';
}

/**
 * The name a phrase after or before a speech verb ends with: its last entity mention, else its
 * last run of capitalised words when a role noun or title stands right before that run ("said
 * Titanic actress Kate Winslet"); never an outlet. Null when the phrase holds no name.
 */
export function nameInPhrase(ctx: Context, phrase: { start: number; end: number }): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const span = { start: tok(ctx, phrase.start).start, end: tok(ctx, phrase.end - 1).end };
  let m = mentionIn(ctx, span);
  // "said the star of Amelie": the work or person after a noun and "of" is what the person is
  // known by; a name after it may still close the phrase ("…, Jo Marsh").
  let known = -1;
  while (m && afterNounOf(ctx, m)) {
    known = m.end;
    m = mentionIn(ctx, { start: m.end, end: span.end });
  }
  if (!m && known >= 0) return unlistedName(ctx, phrase, known);
  // The mention must close the phrase (or its part before the comma): "said Winslet's co-star" is not Winslet.
  if (m) {
    const after = tokens[firstAtOrAfter(tokens, m.end)];
    const closes = !after || firstAtOrAfter(tokens, m.end) >= phrase.end || after.normal === ',';
    if (closes && !isOutletAt(ctx, m.start, m.end)) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    // "said Sideways producer Michael London,": a name cut short ("Michael") whose capitalised
    // words go on to close the phrase is the whole run.
    const run = capitalRunFrom(ctx, firstAtOrAfter(tokens, m.start), phrase.end);
    if (run && !isOutletAt(ctx, m.start, run.end)) return { span: { start: m.start, end: run.end }, entity: m.entity, via: 'verb' };
    // "said Cobain biographer Charles Cross": a name the names stage did not list may still close
    // the phrase after the one it did; the capitalised run below must then start after it.
    if (!closes) return unlistedName(ctx, phrase, m.end);
    return null;
  }
  return unlistedName(ctx, phrase, -1);
}

/**
 * The end of a run of capitalised words from token `t`, one space apart, that closes the phrase
 * ending at token `end` (or stops at its comma), at most three words; null when the run stops short.
 */
function capitalRunFrom(ctx: Context, t: number, end: number): Span | null {
  const { tokens } = ctx.ann;
  let k = t;
  // A day or month ends the name ("said director Steven Spielberg Tuesday").
  while (k + 1 < end && k - t < 2 && isUpper(tok(ctx, k + 1).value[0]) && tok(ctx, k + 1).start === tok(ctx, k).end + 1 && startsWithLetter(tok(ctx, k + 1).value) && !CALENDAR.has(tok(ctx, k + 1).normal)) k++;
  if (k === t) return null;
  const after = tokens[k + 1];
  return k + 1 >= end || after?.normal === ',' || (after !== undefined && CALENDAR.has(after.normal)) ? { start: tok(ctx, t).start, end: tok(ctx, k).end } : null;
}

/** The run of capitalised words closing a phrase after a role or title (starting after offset `after`), as a name; or null. */
function unlistedName(ctx: Context, phrase: { start: number; end: number }, after: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let last = phrase.end - 1;
  // "said Spielberg Tuesday": a weekday closing the phrase dates the words; the name is before it.
  if (last > phrase.start && WEEKDAYS.has(tok(ctx, last).normal)) last--;
  const capital = (k: number): boolean => isUpper(tok(ctx, k).value[0]) && (tok(ctx, k).pos === 'PROPN' || (k > phrase.start && isHonorific(tok(ctx, k - 1).normal)));
  if (!capital(last) || isHonorific(tok(ctx, last).normal)) return null;
  let first = last;
  while (first > phrase.start && capital(first - 1) && last - first < 2) first--;
  const before = tokens[first - 1];
  // A role before the name ("Arts minister Estelle Morris"): a lower-case noun, or a comma.
  // ... or a possessive ("the Observer's Philip French"), or "the" before a title ("the Reverend X").
  const titled = isHonorific(tok(ctx, first).normal);
  const role = (w: Token): boolean =>
    ROLE_NOUNS.has(w.normal) || DESCRIPTOR_NOUNS.has(w.normal) || (w.pos === 'NOUN' && !isUpper(w.value[0])) || w.normal === ',' || w.normal === "'s" || w.normal === '’s' || (titled && w.normal === 'the');
  const cued = first === phrase.start || (before !== undefined && first - 1 >= phrase.start && role(before));
  if (!cued || tok(ctx, first).start < after) return null;
  const name = { start: tok(ctx, first).start, end: tok(ctx, last).end };
  // "said Monday": a day or a month alone is no one; nor "said I." (the narrator, by no name).
  if (isOutletAt(ctx, name.start, name.end) || (first === last && (CALENDAR.has(tok(ctx, first).normal) || isFirstPerson(tok(ctx, first))))) return null;
  return { span: name, entity: null, via: 'verb' };
}

/** A number that opens a stage name ("50 Cent", "2 Chainz"): a few digits, never a year. */
const NAME_NUMBER = /^\d{1,3}$/;

/** The number word written right before offset `start`, one space apart, in its sentence; or null. */
function numberBefore(ctx: Context, start: number): string | null {
  const { tokens } = ctx.ann;
  const t = firstAtOrAfter(tokens, start);
  const before = tokens[t - 1];
  if (!before || tokens[t]?.start !== start || before.end + 1 !== start || before.sentence !== tokens[t]?.sentence) return null;
  return NAME_NUMBER.test(before.value) ? before.value : null;
}

/**
 * Where the whole name of entity `entity` starting at offset `start` begins, when the name the
 * names stage gave is cut short: a capitalised "The" inside a sentence ("protege The Game"),
 * which only a name's own "The" has; or a number that stands before every mention of the entity
 * ("50 Cent" each time, where "At 45 Madonna" is once). Else `start` itself.
 */
export function wholeNameStart(ctx: Context, start: number, entity: number | null): number {
  const { tokens } = ctx.ann;
  const t = firstAtOrAfter(tokens, start);
  const first = tokens[t];
  const before = tokens[t - 1];
  if (!first || !before || first.start !== start || before.end + 1 !== start || before.sentence !== first.sentence || !isUpper(first.value[0])) return start;
  const opensSentence = (ctx.ann.sentences[before.sentence] as { firstToken: number }).firstToken === t - 1;
  if (before.value === 'The') return opensSentence ? start : before.start;
  const number = numberBefore(ctx, start);
  if (number === null || entity === null) return start;
  const mentions = (ctx.entities[entity] as EntityDraft).mentions;
  return mentions.length > 1 && mentions.every((m) => numberBefore(ctx, m.start) === number) ? before.start : start;
}

/** A number that closes a stage name ("Andre 3000", "Zed 2000"): two to four digits. */
const CLOSING_NAME_NUMBER = /^\d{2,4}$/;

/**
 * Where the whole name of entity `entity` ending at offset `end` ends, when a number written right
 * after it, one space apart and in its sentence, closes a stage name ("Andre 3000 thanked …"): a
 * name the names stage did not list (`entity` null) takes the number written after it there; a
 * listed one, the number written after every mention of it. Not a number that counts the word
 * after it ("Tom 2000 fans"). Else `end` itself.
 */
export function wholeNameEnd(ctx: Context, end: number, entity: number | null): number {
  const after = (at: number): Token | null => {
    const { tokens } = ctx.ann;
    const t = firstAtOrAfter(tokens, at);
    const last = tokens[t - 1];
    const number = tokens[t];
    if (!last || !number || last.end !== at || number.start !== at + 1 || number.sentence !== last.sentence || !isUpper(last.value[0])) return null;
    if (!CLOSING_NAME_NUMBER.test(number.value)) return null;
    const next = tokens[t + 1];
    return next && next.sentence === number.sentence && next.pos === 'NOUN' ? null : number;
  };
  const number = after(end);
  if (number === null) return end;
  if (entity === null) return number.end;
  const mentions = (ctx.entities[entity] as EntityDraft).mentions;
  return mentions.every((m) => after(m.end)?.value === number.value) ? number.end : end;
}

/**
 * A speaker whose name was cut short given its whole name's span (see {@link wholeNameStart} and
 * {@link wholeNameEnd}).
 */
export function wholeName(ctx: Context, speaker: SpeakerDraft): SpeakerDraft {
  const start = wholeNameStart(ctx, speaker.span.start, speaker.entity);
  const end = wholeNameEnd(ctx, speaker.span.end, speaker.entity);
  if ((start === speaker.span.start && end === speaker.span.end) || isOutletAt(ctx, start, end)) return speaker;
  return { ...speaker, span: { start, end } };
}

/** Most rank words read before a name ("Detective Chief Inspector"). */
const MAX_RANK_WORDS = 3;

/** Most words of a name read after ranks ("Ann Marie Roe"). */
const MAX_RANKED_NAME_WORDS = 3;

/**
 * "Detective Inspector Paul Miller of Thames Valley Police", "Detective Sergeant Ann Roe said": from
 * token `t`, capitalised ranks of the police, the forces or the clergy (or job titles), then the
 * capitalised words of a name up to a word in lower case, "of" or a comma: the name's span without
 * the ranks, and the token after it. Null when no rank or no name is there.
 */
export function rankedName(ctx: Context, t: number): { span: Span; after: number } | null {
  const { tokens } = ctx.ann;
  const first = tokens[t];
  if (!first) return null;
  const isRank = (w: Token): boolean => isUpper(w.value[0]) && (RANK_TITLES.has(w.normal) || ROLE_NOUNS.has(w.normal));
  let k = t;
  while (k - t < MAX_RANK_WORDS && tokens[k] !== undefined && (tokens[k] as Token).sentence === first.sentence && isRank(tokens[k] as Token)) k++;
  if (k === t) return null;
  let e = k;
  while (e - k < MAX_RANKED_NAME_WORDS && tokens[e] !== undefined && (tokens[e] as Token).sentence === first.sentence && (tokens[e] as Token).pos === 'PROPN' && isUpper((tokens[e] as Token).value[0]) && !isRank(tokens[e] as Token)) e++;
  // A name of two words at least: "Detective Inspector Miller" may be read either way.
  if (e - k < 2) return null;
  return { span: { start: (tokens[k] as Token).start, end: (tokens[e - 1] as Token).end }, after: e };
}
