/** Descriptions of a person named before ("said the 74-year-old comedian"), and subject mentions. */
import { CALENDAR } from '../../data/not-names';
import { HEAD_PARTICIPLES, PERSON_NOUNS, RELATIVE_OPENERS, ROLE_APPOSITION_OPENERS } from '../../data/speaker-words';
import { VERB_FILLERS } from '../../data/speech-verbs';
import { isUpper } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft, Token } from '../stage-types';
import { blockAt, isSpeechVerb, lastMentionBefore, sentenceOpen, tok } from './context';
import { genderOf } from './gender';
import { DESCRIPTION_POS, isLyAdverb, isOutletAt, MAX_DESCRIPTION_TOKENS } from './phrases';
import { isMakingJobNoun, roleHolder } from './role-holder';
import type { Context, Gender, Mention } from './types';


/** True when token `t` is a noun for a public person, or ends an age ("the 23-year-old"). */
export function isPersonNoun(ctx: Context, t: number): boolean {
  const w = tok(ctx, t).normal;
  if (PERSON_NOUNS.has(w)) return true;
  if (w.endsWith('-year-old')) return /^\d+-year-old$/.test(w);
  return w === 'old' && t >= 4 && ctx.ann.tokens[t - 2]?.normal === 'year' && /^\d+$/.test(ctx.ann.tokens[t - 4]?.normal ?? '');
}

/** Paragraphs back (besides the current one) where a description looks for the person it means. */
const DESCRIPTION_WINDOW_BLOCKS = 1;

/**
 * "said the 74-year-old comedian", "the two-time Academy Award winner added": a phrase opening
 * with "the" and ending with a noun for a public person means the person named last before the
 * quote (outside quotes, this paragraph or the one before). Not "the band's spokesman" (a
 * possessive makes it someone else) nor "a spokesman".
 */
export function describedPerson(ctx: Context, phrase: { start: number; end: number }, quoteStart: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  // "said the director behind JFK" goes on about someone else: the phrase must close the clause.
  // A manner adverb may stand before the verb ("the auteur wryly said"), and so may an auxiliary
  // or "also" ("the 71-year-old also said").
  const adverb = isLyAdverb(tokens[phrase.end]);
  const next = tokens[adverb ? phrase.end + 1 : phrase.end];
  if (next && next.sentence === tok(ctx, phrase.start).sentence && next.pos !== 'PUNCT' && !isSpeechVerb(next.normal) && !CLAUSE_AFTER_DESCRIPTION.has(next.normal) && !VERB_FILLERS.has(next.normal)) return null;
  return describedSubject(ctx, phrase, quoteStart);
}

/**
 * {@link describedPerson} for a phrase already known to be its verb's subject ("the 71-year-old
 * also said", "the star of Rain Man said", "the veteran actor smiled and said"), whatever follows it.
 */
export function describedSubject(ctx: Context, phrase: { start: number; end: number }, quoteStart: number): SpeakerDraft | null {
  return describedFound(ctx, phrase, quoteStart)?.speaker ?? null;
}

/**
 * {@link describedSubject}, saying also whether the person is the one the sentence right before
 * names ({@link lonePersonBefore}), which {@link describedOpener} takes whatever was named after them.
 */
function describedFound(ctx: Context, phrase: { start: number; end: number }, quoteStart: number): { speaker: SpeakerDraft; lone: boolean } | null {
  const head = tok(ctx, phrase.start);
  const noun = tok(ctx, phrase.end - 1);
  if (head.normal !== 'the' || !isPersonNoun(ctx, phrase.end - 1)) return null;
  for (let k = phrase.start + 1; k < phrase.end; k++) {
    const w = tok(ctx, k);
    if (w.pos === 'PART' || w.normal === "'s" || w.normal === '’s' || w.normal === ',') return null;
  }
  // "the director said" where the text gave that job: the one person it gave it to, not merely
  // the one named last, who may hold another ("X will produce and Y direct").
  if (isMakingJobNoun(noun.normal)) {
    const held = roleHolder(ctx, noun.normal, Math.min(quoteStart, head.start));
    if (held !== undefined) return held && { speaker: held, lone: false };
  }
  const want: Gender = noun.normal === 'actress' || noun.normal === 'frontwoman' || noun.normal === 'diva' ? 'f' : null;
  // The nearest mention that is the subject of its sentence ("Corbett, soon to reunite with Ronnie
  // Barker, …": Corbett), or a name by its own speech verb ("…, Tom Hale said.", "said Tom Hale"),
  // a few mentions back at most: the source is nearer than the subject of the words they report
  // ("Ana was upset, Tom Hale said."), and the description means the source, unless the text gave
  // a source that is no sentence's subject a role of their own ("…, her agent Tom Hale said",
  // "said Lee Park, the band's manager"): such a source speaks for someone, who is the one described.
  // "… in the shape of Ada Quill, who plays Mia. The 14-year-old said": the one person the sentence
  // right before names is nearer than any subject before it.
  const lone = lonePersonBefore(ctx, phrase.start);
  if (lone) return want && genderOf(ctx, lone) !== want ? null : { speaker: lone, lone: true };
  let m = lastMentionBefore(ctx, Math.min(quoteStart, head.start));
  for (let n = 0; m && n < MAX_DESCRIPTION_LOOKBACK; n++, m = lastMentionBefore(ctx, m.start)) {
    if (blockAt(ctx, quoteStart) - blockAt(ctx, m.start) > DESCRIPTION_WINDOW_BLOCKS) return null;
    if (!isSubjectMention(ctx, m) && !(isSource(ctx, m) && !hasOwnRole(ctx, m))) continue;
    const entity = ctx.entities[m.entity] as EntityDraft;
    if (entity.kind !== 'person') return null;
    if (want && genderOf(ctx, { span: m, entity: m.entity }) !== want) return null;
    return { speaker: { span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' }, lone: false };
  }
  return null;
}

/**
 * "Also there was Ada Quill, who plays Mia in the series. The 14-year-old said": the one person
 * the sentence right before the description's names (in its paragraph or closing the one before),
 * with no "he" / "she" in it: a report brings in a person anywhere in a sentence and goes on
 * describing them. Names inside a relative clause after a person (", who plays Mia in …") are
 * about that person and do not count; two people named leave it unclear. Null otherwise.
 */
function lonePersonBefore(ctx: Context, t: number): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const here = tok(ctx, t);
  const current = sentences[here.sentence];
  const before = sentences[here.sentence - 1];
  if (!current || !before || current.block - before.block > DESCRIPTION_WINDOW_BLOCKS) return null;
  // The description opens its sentence (past a linking word): not "X said the 14-year-old …".
  if (pastSentenceLink(ctx, current.firstToken) !== t) return null;
  let found: Mention | null = null;
  let relative = false;
  let k = firstAtOrAfter(ctx.mentions, (tokens[before.firstToken] as Token).start);
  for (let i = before.firstToken; i < current.firstToken; i++) {
    const w = tokens[i] as Token;
    // "He thanked his co-star Ana Reyes": a "he" / "she" there is the subject, and may be the one meant.
    if (w.normal === 'he' || w.normal === 'she') return null;
    if (w.normal === ',') relative = found !== null && RELATIVE_OPENERS.has(tokens[i + 1]?.normal ?? '');
    for (; k < ctx.mentions.length && (ctx.mentions[k] as Mention).start < w.end; k++) {
      const m = ctx.mentions[k] as Mention;
      if (m.quoted || relative || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
      if (found && found.entity !== m.entity) return null;
      found = m;
    }
  }
  // "said Lee Parkes, the band's manager": a person with a role of their own speaks for someone else.
  if (!found || possessiveAt(ctx, found) || hasOwnRole(ctx, found)) return null;
  return { span: { start: found.start, end: found.end }, entity: found.entity, via: 'context' };
}

/** True when a possessive mark follows mention `m` ("X's film"): the sentence is about what X owns. */
function possessiveAt(ctx: Context, m: Mention): boolean {
  const next = ctx.ann.tokens[firstAtOrAfter(ctx.ann.tokens, m.end)];
  return next !== undefined && (next.normal === "'s" || next.normal === '’s' || next.normal === "'");
}

/**
 * True when the text gives the person at mention `m` a role of their own right beside the name: a
 * noun before it ("her agent Tom Hale", "producer Sam Ortiz") or a phrase after a comma ("Lee Park,
 * the band's manager"). Such a source speaks for someone; a later description is someone else's.
 */
function hasOwnRole(ctx: Context, m: Mention): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const before = tokens[at - 1];
  if (before !== undefined && before.sentence === tokens[at]?.sentence && before.pos === 'NOUN') return true;
  const after = firstAtOrAfter(tokens, m.end);
  return tokens[after]?.normal === ',' && ROLE_APPOSITION_OPENERS.has(tokens[after + 1]?.normal ?? '');
}

/**
 * True when mention `m` names a source by its speech verb: the verb after it, past an auxiliary or
 * "also" ("Tom Hale has said"), or the verb before it, after a comma or a quote's close ("“…,”
 * said Tom Hale"; not "told Tom Hale", whose name is the one told).
 */
function isSource(ctx: Context, m: Mention): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const before = tokens[at - 1];
  const joint = tokens[at - 2];
  if (before !== undefined && joint !== undefined && before.pos !== 'NOUN' && isSpeechVerb(before.normal) && (joint.normal === ',' || joint.pos === 'PUNCT')) return true;
  let t = firstAtOrAfter(tokens, m.end);
  const sentence = tokens[t]?.sentence;
  for (let n = 0; n < MAX_VERB_FILLERS && tokens[t] !== undefined && VERB_FILLERS.has((tokens[t] as Token).normal); n++) t++;
  const verb = tokens[t];
  return verb !== undefined && verb.sentence === sentence && verb.pos !== 'NOUN' && isSpeechVerb(verb.normal);
}

/** Most auxiliaries and adverbs read between a name and its speech verb. */
const MAX_VERB_FILLERS = 2;

/** Mentions a description looks back over for the subject it means. */
const MAX_DESCRIPTION_LOOKBACK = 4;

/** Words after a description that keep it the whole subject ("said the comedian in an interview"). */
const CLAUSE_AFTER_DESCRIPTION: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'when', 'as', 'while', 'who', 'recently', 'earlier', 'later', 'yesterday']);

/** Words that link a sentence to the one before without being part of its subject. */
const SENTENCE_LINKS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still', 'now', 'later', 'instead']);

/**
 * Where a sentence's subject can start, from its first token `open`: past a linking word and its
 * comma ("But novelist Gore Vidal …", "Meanwhile, Lee said"), else `open` itself.
 */
export function pastSentenceLink(ctx: Context, open: number): number {
  if (!SENTENCE_LINKS.has(tok(ctx, open).normal)) return open;
  return ctx.ann.tokens[open + 1]?.normal === ',' ? open + 2 : open + 1;
}

/** Longest phrase set before a sentence's subject ("As for the future, X …"), in tokens. */
const MAX_FRONTED_TOKENS = 6;

/** Longest participle phrase set before a sentence's subject ("Having spent years away from film, X …"), in tokens. */
const MAX_PARTICIPLE_PHRASE_TOKENS = 14;

/** Participles that open a phrase set before the subject without being its verb ("Born in Leeds, X …"). */
const isHeadParticiple = (w: string): boolean => HEAD_PARTICIPLES.has(w) || w.endsWith('ing');

/** Words in "-ing" that do not head a participle phrase ("During the war, …", "Morning, …"). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'spring', 'string', 'thing']);

/**
 * True when a sentence's first word heads a participle phrase ("Shivering in …", "Having spent …",
 * "Born in …"), whatever the tagger read a capitalised "-ing" word as; not a pronoun or a noun
 * in "-ing" such as "Morning".
 */
function headsParticiplePhrase(w: Token): boolean {
  if (w.normal === 'having' || HEAD_PARTICIPLES.has(w.normal)) return true;
  return w.normal.endsWith('ing') && w.normal.length >= MIN_PARTICIPLE_LENGTH && !NOT_PARTICIPLES.has(w.normal) && (w.pos === 'VERB' || w.pos === 'PROPN' || w.pos === 'NOUN');
}

/** Shortest "-ing" word read as a participle heading a phrase ("Asking", not "King"). */
const MIN_PARTICIPLE_LENGTH = 6;

/** Possessives a participle phrase may hold ("Clutching her award, X …"): they name nobody new. */
const PHRASE_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** Words before a capitalised word that make it someone the participle is done to or with ("Speaking to G Money, …"). */
const ADDRESSEE_WORDS: ReadonlySet<string> = new Set(['to', 'with', 'by', 'for', 'from', 'and']);

/**
 * Where a sentence's subject starts after a short phrase set before it and closed by a comma
 * ("As for the future, X …", "In 2003, X …", "Born in New Jersey, X …"), from token `open`: the
 * token after the comma; `open` itself when there is no such phrase. The phrase has no pronoun,
 * no name of a person, no verb but a participle heading it ("When the jury met, X …" is a clause
 * with a subject of its own), and a capitalised word only after "in" (a place or a year) or for a
 * day or a month ("On Tuesday, X …"). A phrase
 * headed by a participle ("Shivering in a long Armani dress, X …", "Having spent years away from
 * film, X …") or by "to" and a verb ("To promote the film, X …") may be longer, and hold more
 * verbs, a possessive and a capitalised word that is no person's name and no one the participle is
 * done to or with. A second such phrase may follow the first ("In 1950, back in England, X …",
 * "In Sweden, to collect an award, X …") when it opens with a preposition, an adverb, a participle
 * or "to": a description between commas ("On Tuesday, the singer, 45, …") is the subject's.
 */
export function pastFrontedPhrase(ctx: Context, open: number, end: number): number {
  const first = pastOnePhrase(ctx, open, end);
  if (first === open) return open;
  const head = ctx.ann.tokens[first];
  if (head === undefined || !(SECOND_PHRASE_POS.has(head.pos) || headsParticiplePhrase(head) || headsInfinitive(ctx, first))) return first;
  return pastOnePhrase(ctx, first, end);
}

/** Tags of the word that may open a second phrase set before the subject ("back in England", "at the party"). */
const SECOND_PHRASE_POS: ReadonlySet<string> = new Set(['ADP', 'ADV']);

/** True when token `k` is "to" before a verb: an infinitive of purpose ("To promote the film, X …"). */
function headsInfinitive(ctx: Context, k: number): boolean {
  const next = ctx.ann.tokens[k + 1];
  return tok(ctx, k).normal === 'to' && next !== undefined && next.pos === 'VERB';
}

/** One phrase of {@link pastFrontedPhrase}: the token after its comma, or `open` when there is none. */
function pastOnePhrase(ctx: Context, open: number, end: number): number {
  const { tokens } = ctx.ann;
  const head = tokens[open];
  const participle = head !== undefined && (headsParticiplePhrase(head) || headsInfinitive(ctx, open));
  const longest = participle ? MAX_PARTICIPLE_PHRASE_TOKENS : MAX_FRONTED_TOKENS;
  let comma = open + 1;
  while (comma < end && comma - open <= longest && tokens[comma]?.normal !== ',') comma++;
  if (comma >= end || comma - open > longest) return open;
  for (let k = open; k < comma; k++) {
    const w = tok(ctx, k);
    const before = k > open ? tok(ctx, k - 1) : undefined;
    if (participle) {
      if (k > open && w.pos === 'PRON' && !PHRASE_POSSESSIVES.has(w.normal)) return open;
      if (k > open && (w.pos === 'AUX' || w.pos === 'SCONJ')) return open;
      if (w.pos === 'PROPN' && before !== undefined && ADDRESSEE_WORDS.has(before.normal)) return open;
    } else {
      if (w.pos === 'PRON' || w.pos === 'AUX' || w.pos === 'SCONJ' || (w.pos === 'VERB' && !(k === open && isHeadParticiple(w.normal)))) return open;
      // A place or a year after "in", a day or a month anywhere ("At a press conference on Tuesday, X …").
      if (w.pos === 'PROPN' && !CALENDAR.has(w.normal) && !(before !== undefined && (before.normal === 'in' || before.pos === 'PROPN'))) return open;
    }
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, w.start)];
    // "Speaking to the Radio Times, X …": an outlet the names stage listed is no person in the phrase.
    if (m && m.start < w.end && (ctx.entities[m.entity] as EntityDraft).kind === 'person' && !isOutletAt(ctx, m.start, m.end)) return open;
  }
  return comma + 1 < end ? comma + 1 : open;
}

/** Tags of the word after a description opening a sentence that make it the subject ("the actor smiled"). */
const SUBJECT_NEXT_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADV']);

/**
 * "The veteran actor thanked his family and said", "Shivering, the Irish-born actress joked": a
 * description opening the sentence from token `first` (past a linking word and a short fronted
 * phrase), "the", then words of a description ending with a noun for a person, then its verb, all
 * before token `end`: the person it means ({@link describedSubject}) and the token after the
 * description; null for anything else.
 */
export function describedOpener(ctx: Context, first: number, end: number): { speaker: SpeakerDraft; after: number } | null {
  const s = pastFrontedPhrase(ctx, pastSentenceLink(ctx, first), end);
  const e = descriptionEnd(ctx, s, end);
  if (e < 0) return null;
  const found = describedFound(ctx, { start: s, end: e }, tok(ctx, s).start);
  // "The actor's friend X told …. The actor refused": another person named since the one found
  // (the actor himself, named but not as a subject) may be the one meant; nobody then.
  // The one person the sentence before names is the last one who could be meant, whatever it names after them.
  const last = lastMentionBefore(ctx, tok(ctx, s).start);
  if (!found || (!found.lone && (!last || last.entity !== found.speaker.entity))) return null;
  return { speaker: found.speaker, after: e };
}

/**
 * Where a description of a person that is its verb's subject ends, from token `s` (before token
 * `end`): "the", then words of a description ending with a noun for a person, then a verb, an
 * auxiliary or an adverb ("the veteran pop star played"); the token after the noun, or -1.
 */
export function descriptionEnd(ctx: Context, s: number, end: number): number {
  const { tokens } = ctx.ann;
  if (tokens[s]?.normal !== 'the') return -1;
  let e = s + 1;
  while (e < end && e - s < MAX_DESCRIPTION_TOKENS) {
    const w = tok(ctx, e);
    // "Irish-born", "two-time": the word after a hyphen belongs to the compound whatever its tag.
    const compound = tok(ctx, e - 1).normal === '-' && tok(ctx, e - 1).end === w.start;
    if (!DESCRIPTION_POS.has(w.pos) && w.normal !== '-' && !compound) break;
    e++;
  }
  const next = tokens[e];
  return e === s + 1 || e >= end || !next || !SUBJECT_NEXT_POS.has(next.pos) || !isPersonNoun(ctx, e - 1) ? -1 : e;
}

/** Tags the tagger gives a name's first word opening a sentence (not "When", "After"). */
const MISREAD_NAME_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ']);

/**
 * True when token `k`, opening the sentence, starts a run of capitalised names whatever its tag:
 * the tagger reads a band's first word as a verb there ("Scissor Sisters frontwoman Ana …").
 */
function nameRunOpener(ctx: Context, k: number, open: number): boolean {
  const next = ctx.ann.tokens[k + 1];
  const w = tok(ctx, k);
  return k === open && MISREAD_NAME_POS.has(w.pos) && !/(?:ing|ed)$/.test(w.normal) && isUpper(w.value[0]) && next !== undefined && next.pos === 'PROPN' && isUpper(next.value[0]);
}

/**
 * True when a mention opens its sentence, alone or after a short description of the same person
 * ("Producer Kevin Wallace said", "Fletcher's daughter Jill said"): the sentence is about them.
 */
export function isSubjectMention(ctx: Context, m: Mention): boolean {
  const at = firstAtOrAfter(ctx.ann.tokens, m.start);
  // A sentence may open after a quote that closed the one before it (`away.” DiCaprio, who …`).
  let open = sentenceOpen(ctx, at);
  // "But novelist Gore Vidal defended …", "Meanwhile, Lee said": a linking word opening the
  // sentence leaves its subject where it was.
  if (open < at) open = pastSentenceLink(ctx, open);
  // "On Tuesday, Lee gave …", "Shivering in a long dress, Lee joked": past a phrase set before it.
  if (open < at) {
    const end = ctx.ann.sentences[tok(ctx, at).sentence + 1]?.firstToken ?? ctx.ann.tokens.length;
    const past = pastFrontedPhrase(ctx, open, end);
    if (past <= at) open = past;
  }
  if (at - open > MAX_DESCRIPTION_TOKENS) return false;
  for (let k = open; k < at; k++) {
    const w = tok(ctx, k);
    if (!DESCRIPTION_POS.has(w.pos) && w.normal !== '-' && w.normal !== 'of' && !nameRunOpener(ctx, k, open)) return false;
  }
  return true;
}
