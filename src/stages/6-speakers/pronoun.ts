/** "He said" / "she said": the person a pronoun means. */
import { isLetter, isUpper } from '../../text/chars';
import { containing, firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import type { EntityDraft, MarkedQuoteDraft, SpeakerDraft, Token } from '../stage-types';
import { FEMALE_NAMES, MALE_NAMES } from '../../data/given-names';
import { HONORIFICS } from '../../data/honorifics';
import { ROLE_NOUNS } from '../../data/role-words';
import { JOINING_WORDS, RELATIVE_OPENERS, SOMEONE_NOUNS, SUBORDINATORS } from '../../data/speaker-words';
import { NAMING_VERBS, SPEAKER_PRONOUNS, VERB_FILLERS } from '../../data/speech-verbs';
import { blockAt, isSpeechVerb, lastMentionBefore, MAX_PRIOR_SENTENCE_TOKENS, sentenceAt, sentenceOpen, SPEAKER_MEMORY_BLOCKS, tok } from './context';
import { descriptionEnd, isSubjectMention, pastFrontedPhrase, pastSentenceLink } from './described';
import { introducedAsHolder } from './complement';
import { genderOf, nounGender } from './gender';
import { salientPerson } from './salient';
import { isGroupNoun } from './group-noun';
import { isOutletAt, properNounAt, rankedName, wholeNameStart } from './phrases';
import { afterVerb, clausePronounBefore, isAppositiveSubject, possessive, PRONOUN_GENDER, reportsSpeech } from './subject-shapes';
import type { Context, Gender, Mention, RecentNames, SubjectFinder } from './types';

/** A class of {@link RecentNames}: person or not, times gender m / f / unknown. */
function classOf(kind: boolean, gender: Gender): number {
  return (kind ? 3 : 0) + (gender === 'm' ? 1 : gender === 'f' ? 2 : 0);
}


/** A possessive opening a sentence, read as the pronoun of its gender. */
const OPENING_POSSESSIVES: Readonly<Record<string, string>> = { his: 'he', her: 'she' };

/** Paragraphs back (besides the current one) where "he" / "she" looks for the person meant. */
const PRONOUN_WINDOW_BLOCKS = 2;

/**
 * "He said": in the paragraph of the last speaker's quote, that speaker; otherwise the one person
 * of the right gender that this paragraph and the two before it name, real people before
 * characters. When two or more fit, as in a dialogue between two women, nobody: a wrong speaker
 * is worse than none.
 */
export function pronounReferent(ctx: Context, offset: number, pronoun: string, subjectOf: SubjectFinder, depth = 0): SpeakerDraft | null {
  const found = referent(ctx, offset, pronoun, subjectOf, depth);
  // "Police said …. “…,” he said": "he" or "she" is one person, never a group ("Police", "Critics").
  if (found && PRONOUN_GENDER[pronoun] && isGroupNoun(ctx.input.lower.slice(found.span.start, found.span.end))) return null;
  const gender = PRONOUN_GENDER[pronoun] ?? null;
  if (found && found.entity !== null && gender !== null) ctx.pronounMet = { entity: found.entity, gender };
  return found;
}

/** {@link pronounReferent} before its last check. */
function referent(ctx: Context, offset: number, pronoun: string, subjectOf: SubjectFinder, depth: number): SpeakerDraft | null {
  const want = PRONOUN_GENDER[pronoun] ?? null;
  const block = blockAt(ctx, offset);
  const fits = (s: { span: Span; entity: number | null }): boolean => {
    const g = want ? genderOf(ctx, s) : null;
    return g === null || g === want;
  };
  // In the paragraph of the last speaker's quote, "he added" is that speaker; outside dialogue-heavy
  // text (news), so it is for a few paragraphs more: a report keeps quoting one person.
  // "Staunton arrived in green silk. “…,” she said": in a report, the one person the sentence
  // before names as its subject, plainly of that gender.
  const subject = want && !ctx.dialogueHeavy ? subjectBefore(ctx, offset, want, subjectOf, depth) : null;
  // A subject whose gender the text does not show will do when that sentence reports their words
  // ("Fox told the Post that …. “…,” he said").
  const gender = subject ? genderOf(ctx, subject) : null;
  // A surname alone ("Wilson believes …. “…,” he said") leaves the gender unknown: the subject
  // still, when nobody else named since the paragraph before could be meant.
  // "Ray Moss won. At the party with Tom Hale, he said": another person who could be meant, named
  // in the pronoun's own sentence before it, is nearer than any sentence before.
  const nearMention = want ? lastPersonIn(ctx, offset, want) : null;
  const near = nearMention?.entity ?? null;
  const own = nearMention ? ownSentenceSubject(ctx, offset, want, nearMention) : null;
  if (own) return own;
  // "Foxx could not come, but Mirren read his speech. “…” He apologised, joking: …": right after a
  // quote nobody was given that stands as a sentence of its own, "he" / "she" goes on with the
  // subject of the sentence before that quote, when plainly of that gender; not the last speaker.
  if (want !== null && subject === null) {
    const lone = loneQuoteBefore(ctx, offset);
    const before = lone ? subjectBefore(ctx, lone.open.start, want, subjectOf, depth) : null;
    if (before && genderOf(ctx, before) === want && (near === null || near === before.entity) && !unlistedWhoBetween(ctx, before.span.end, offset)) {
      return { span: before.span, entity: before.entity, via: 'pronoun' };
    }
  }
  // "DeLuca, who lost out to Marek, will face him again. “…,” he said": a name the names stage did
  // not list, brought in with ", who", is a rival of the subject found.
  if (subject && (near === null || near === subject.entity) && !unlistedWhoBetween(ctx, sentenceStartOf(ctx, subject.span.start), offset, subject.span) && (gender === want || subject.sure === true || (gender === null && (reportsSpeech(ctx, subject) || onlyCandidate(ctx, subject, offset, want) || objectsLeaveSubject(ctx, subject, want))))) return { span: subject.span, entity: subject.entity, via: 'pronoun' };
  // "The BBC spokeswoman said …. “…,” she said": the sentence before reports the words of someone
  // it does not name; the pronoun is theirs, no one named earlier.
  if (want && !subject && !ctx.dialogueHeavy && unnamedSpeakerBefore(ctx, offset, want, subjectOf)) return null;
  const last = ctx.lastSpeaker;
  const memory = ctx.dialogueHeavy ? 0 : SPEAKER_MEMORY_BLOCKS;
  const recent = ctx.recent;
  const upTo = firstAtOrAfter(ctx.mentions, offset);
  // The sweep answers questions in text order; one asked further back, or past a mention that
  // straddles the offset, is answered by walking back as before.
  const swept = recent !== null && offset >= recent.offset && !straddles(ctx, recent.swept, upTo, offset);
  if (swept) {
    sweep(ctx, recent, upTo);
    recent.offset = offset;
  }
  // "X called it “a mess”. … Ivo Marek … He added: …": another person who could be meant, named
  // since, leaves "he" unclear; the last speaker goes on only when nobody else was named.
  if (last && block - last.block <= memory && fits(last.speaker) && !(goesOn(ctx, offset) && namedSince(ctx, last, offset, want, false)) && !(want !== null && !ctx.dialogueHeavy && (namedSince(ctx, last, offset, want, true) || otherSubjectSince(ctx, last, offset, want) || unlistedWhoBetween(ctx, last.end, offset)))) {
    // "Weitz said he had visited Pullman, who had told him that “…”. He added: …": the last speaker
    // was quoted inside another person's report; "he" is the reporter when plainly of that gender,
    // else unclear: nobody.
    const reporter = ctx.dialogueHeavy ? null : reportedBy(ctx, last.speaker, want);
    if (reporter) return genderOf(ctx, reporter) === want ? reporter : null;
    // A last speaker whose gender the text does not show gives way to the one person plainly of
    // that gender named since ("Victoria Wood slated …" then "she said").
    const named = want && swept && last.speaker.entity !== null && genderOf(ctx, last.speaker) === null ? latestNamed(ctx, recent, block, want) : null;
    if (named && named.entity !== last.speaker.entity && genderOf(ctx, named) === want) return named;
    // "Hazel Moss, 23, gave up ballet. “…,” she said": a person the names stage did not list opened
    // a sentence since, and may be the one meant.
    if (want !== null && !ctx.dialogueHeavy && unplacedSubjectBetween(ctx, last.end, offset, want)) return null;
    return { ...last.speaker, via: 'pronoun' };
  }
  // "“…,” said X. Staunton is the choice of Y, executive editor of Z. … “…,” he told reporters": a
  // report that brings in its next source with a role between commas goes on quoting that source,
  // when they are the only one of that gender named since the last speaker's quote.
  if (last && want !== null && !ctx.dialogueHeavy && block - last.block <= memory) {
    const source = introducedSource(ctx, last, offset, want);
    if (source) return source;
  }
  const chain = (): SpeakerDraft | null => {
    const found = chainedSubject(ctx, offset, want);
    return found && (near === null || near === found.entity) ? found : null;
  };
  // "Ruth Okafor won. Whitlock arrived late. “…,” she said": a sentence since the one named whose
  // subject is a name nobody could place may be about the speaker meant; nobody then.
  // "Kit Vale beat Tom Dee. “…,” he said": nor one named after such a subject in their own sentence.
  // "Detective Inspector Ray Moss of Avon Police said …": a rank before a given name of the
  // pronoun's gender opens a sentence about a person, whatever the tagger read after the name.
  const unless = (s: SpeakerDraft | null): SpeakerDraft | null =>
    s && (unlistedWhoBetween(ctx, sentenceStartOf(ctx, s.span.start), offset, s.span) || unplacedSubjectBetween(ctx, s.span.end, offset, null) || (want !== null && unplacedSubjectBetween(ctx, s.span.end, offset, want)) || unplacedOpenerBefore(ctx, s)) ? null : s;
  // "Jon Amis thanked his agent Ray Dee. “…,” he said": with two or more who could be meant, the
  // one the report is about, when it plainly is about one.
  const salient = (): SpeakerDraft | null => {
    const found = salientPerson(ctx, offset, want);
    return found && (near === null || near === found.entity) ? found : null;
  };
  if (swept) return unless(latestNamed(ctx, recent, block, want) ?? chain() ?? salient());
  const found = new Map<number | string, SpeakerDraft>();
  for (let m = lastMentionBefore(ctx, offset); m && block - blockAt(ctx, m.start) <= PRONOUN_WINDOW_BLOCKS; m = lastMentionBefore(ctx, m.start)) {
    if (!found.has(m.entity) && fits({ span: m, entity: m.entity }) && !(want !== null && clausePronounBefore(ctx, m) === want)) found.set(m.entity, { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' });
  }
  const all = [...found.values()];
  const people = all.filter((s) => s.entity === null || (ctx.entities[s.entity] as EntityDraft).kind === 'person');
  const pick = people.length > 0 ? people : all;
  return unless(pick.length === 1 ? (pick[0] as SpeakerDraft) : (chain() ?? salient()));
}

/** Marks that close a sentence at the end of a quote's words. */
const LONE_QUOTE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * The speech quote right before offset `at` (only spaces between) when it stands as a sentence of
 * its own (it opens a paragraph or follows a sentence's stop, and its words end with a stop) and
 * no speaker was given it; else null. `at` must open a sentence: a capitalised word.
 */
function loneQuoteBefore(ctx: Context, at: number): MarkedQuoteDraft | null {
  const view = ctx.input.view;
  if (!isUpper(view[at] ?? '')) return null;
  const q = ctx.quotes[firstAtOrAfter(ctx.quotes, at) - 1];
  if (!q || q.kind !== 'speech' || q.close.end === q.close.start || q.close.end > at || view.slice(q.close.end, at).trim() !== '') return null;
  if (!LONE_QUOTE_STOPS.has(view.slice(q.start, q.end).trimEnd().slice(-1))) return null;
  // Given nobody: the last speaker's quote ends before this one does.
  const last = ctx.lastSpeaker;
  if (last && last.end >= q.end) return null;
  let k = q.open.start - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
  return k < 0 || view[k] === '\n' || LONE_QUOTE_STOPS.has(view[k] as string) ? q : null;
}

/** Where the sentence holding offset `at` starts. */
function sentenceStartOf(ctx: Context, at: number): number {
  const { tokens, sentences } = ctx.ann;
  const t = tokens[firstAtOrAfter(tokens, at)];
  const first = t ? sentences[t.sentence] : undefined;
  return first ? (tokens[first.firstToken] as Token).start : at;
}

/** Verbs after "who" that make the name before it a group ("Korn, who are …"). */
const PLURAL_AFTER_WHO: ReadonlySet<string> = new Set(['are', 'were', 'have']);

/** Most words read after a name for ", who" ("Ray Dee, who …"). */
const MAX_WHO_READ_TOKENS = 80;

/**
 * True when, between offsets `from` and `to` (at most {@link MAX_WHO_READ_TOKENS} words), a
 * capitalised proper noun no mention covers is followed by ", who" ("… met Imran Kapoor, who had
 * …"): a person the names stage did not list, who may be the one a "he" / "she" after means.
 * A name inside `except` (the candidate itself) is no rival.
 */
function unlistedWhoBetween(ctx: Context, from: number, to: number, except?: Span): boolean {
  const { tokens } = ctx.ann;
  const end = Math.min(firstAtOrAfter(tokens, to), firstAtOrAfter(tokens, from) + MAX_WHO_READ_TOKENS);
  for (let t = firstAtOrAfter(tokens, from) + 2; t < end; t++) {
    if ((tokens[t] as Token).normal !== 'who' || (tokens[t - 1] as Token).normal !== ',') continue;
    const name = tokens[t - 2] as Token;
    if (except && name.start >= except.start && name.end <= except.end) continue;
    // "Korn, who are known for …": a group, not one person.
    if (PLURAL_AFTER_WHO.has(tokens[t + 1]?.normal ?? '')) continue;
    if (name.pos === 'PROPN' && isUpper(name.value[0]) && containing(ctx.mentions, name.start) < 0 && containing(ctx.quotes, name.start) < 0) return true;
  }
  return false;
}

/**
 * True when the sentence before the one at `offset` (same paragraph, or closing the one before)
 * opens with a noun for a person that no one named fills ("The BBC spokeswoman said", "A lawyer
 * for the band told …"), or whose attribution after a quote does (`“…,” a spokeswoman said.`), as
 * the subject of a speech verb, of gender `want` or of none the noun tells: the pronoun after
 * means that unnamed person.
 */
function unnamedSpeakerBefore(ctx: Context, offset: number, want: Gender, subjectOf: SubjectFinder): boolean {
  const { tokens, sentences } = ctx.ann;
  const here = tokens[firstAtOrAfter(tokens, offset)];
  if (!here) return false;
  const before = sentences[here.sentence - 1];
  const current = sentences[here.sentence];
  if (!before || !current || (before.block !== current.block && before.block !== current.block - 1)) return false;
  const open = attributionAfterQuote(ctx, before.firstToken, current.firstToken) ?? pastSentenceLink(ctx, before.firstToken);
  // The subject: up to a few words from the sentence's start, the last a noun for a person.
  for (let v = open + 1; v < current.firstToken && v - open <= UNNAMED_SUBJECT_TOKENS + 1; v++) {
    if (!isSpeechVerb((tokens[v] as Token).normal)) continue;
    // The subject's head: its first noun for a person ("The BBC spokeswoman", "A spokesman for
    // distributor Toho").
    let noun: Token | undefined;
    for (let k = open; k < v && !noun; k++) {
      const w = tokens[k] as Token;
      if (w.value[0] === w.normal[0] && (SOMEONE_NOUNS.has(w.normal) || ROLE_NOUNS.has(w.normal) || nounGender(w.normal) !== null)) noun = w;
    }
    if (!noun) return false;
    const g = nounGender(noun.normal);
    if (g !== null && g !== want) return false;
    // No person named in the subject ("Cosby's lawyer said" may mean him), and no one found for it.
    const first = ctx.mentions[firstAtOrAfter(ctx.mentions, (tokens[open] as Token).start)];
    if (first && first.start < (tokens[v] as Token).start && (ctx.entities[first.entity] as EntityDraft).kind === 'person') return false;
    return subjectOf(ctx, v, offset) === null;
  }
  return false;
}

/**
 * When the sentence opening at token `first` opens inside a quote that closes before token `end`
 * (`“…,” a spokeswoman said.`), the token after the quote (past a comma): where its attribution,
 * read as a sentence of its own, opens. Null otherwise.
 */
function attributionAfterQuote(ctx: Context, first: number, end: number): number | null {
  const { tokens } = ctx.ann;
  const w = tokens[first];
  if (!w) return null;
  // The quote holding the token, or opening with it (its span starts after the mark).
  const q = ctx.quotes[containing(ctx.quotes, w.start)] ?? ctx.quotes[firstAtOrAfter(ctx.quotes, w.start)];
  if (!q || q.kind === 'dialogue' || q.open.start > w.start || q.close.end === q.close.start) return null;
  let k = firstAtOrAfter(tokens, q.close.end);
  if (tokens[k]?.normal === ',') k++;
  return k < end ? k : null;
}

/** Most words of an unnamed speaker's description ("The BBC's head of press"). */
const UNNAMED_SUBJECT_TOKENS = 6;

/**
 * The person, of gender `want` or unknown, that the sentence naming `speaker` opens with, when
 * their own speech verb follows: the speaker's words stand inside that person's report. Else null.
 */
function reportedBy(ctx: Context, speaker: SpeakerDraft, want: Gender): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const at = tokens[firstAtOrAfter(tokens, speaker.span.start)];
  const sentence = at ? sentences[at.sentence] : undefined;
  if (!at || !sentence) return null;
  const open = tokens[pastSentenceLink(ctx, sentence.firstToken)] as Token;
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, open.start)];
  if (!m || m.start !== open.start || m.quoted || m.start >= speaker.span.start || m.entity === speaker.entity) return null;
  if ((ctx.entities[m.entity] as EntityDraft).kind !== 'person') return null;
  const found: SpeakerDraft = { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
  const g = genderOf(ctx, found);
  return (g === null || g === want) && reportsSpeech(ctx, found) ? found : null;
}

/** Most words of a body's name after "of" ("of Thames Valley Police"). */
const MAX_BODY_WORDS = 5;

/**
 * True when "of", a body's capitalised name and a speech verb follow from token `t` ("… of Thames
 * Valley Police said"): the person before "of" speaks as its member.
 */
export function memberSpeaks(ctx: Context, t: number): boolean {
  const { tokens } = ctx.ann;
  if (tokens[t]?.normal !== 'of') return false;
  const sentence = (tokens[t] as Token).sentence;
  let k = t + 1;
  if (tokens[k]?.normal === 'the') k++;
  const start = k;
  while (k - start < MAX_BODY_WORDS && tokens[k] !== undefined && (tokens[k] as Token).sentence === sentence && isUpper((tokens[k] as Token).value[0])) k++;
  while (k < tokens.length && VERB_FILLERS.has((tokens[k] as Token).normal)) k++;
  return k > start && tokens[k]?.sentence === sentence && isSpeechVerb((tokens[k] as Token).normal);
}

/** Most sentences read back for a subject nobody could place. */
const MAX_SENTENCES_READ = 6;

/**
 * True when a sentence after the one holding offset `from`, and before the one holding offset
 * `to`, opens with a capitalised name no mention covers, followed by its verb ("Whitlock arrived
 * late"): a person the names stage did not list, who may be the one a pronoun means. With
 * `person` (the pronoun's gender), only a name that plainly is a person's counts: one followed by
 * an age or a description between commas ("Hazel Moss, 23, …"), or opening with a given name of
 * that gender; so a film or a place opening a sentence ("Chicago opened …") is no rival.
 */
function unplacedSubjectBetween(ctx: Context, from: number, to: number, person: Gender): boolean {
  const { tokens, sentences } = ctx.ann;
  const a = tokens[firstAtOrAfter(tokens, from)]?.sentence;
  const b = tokens[firstAtOrAfter(tokens, to)]?.sentence;
  if (a === undefined || b === undefined) return false;
  for (let s = b - 1; s > a && b - s <= MAX_SENTENCES_READ; s--) {
    const opener = unplacedOpener(ctx, (sentences[s] as { firstToken: number }).firstToken);
    if (!opener) continue;
    if (!person) {
      // "G Money, a presenter on a radio station, thinks …": an age or a description set after it too.
      if (verbFollows(ctx, opener, s) || appositiveAfter(ctx, opener)) return true;
      continue;
    }
    if (plainlyPerson(ctx, opener, person, true) !== null) return true;
  }
  return false;
}

/**
 * True when the sentence naming `found` opens, before it, with a capitalised name no mention covers
 * followed by its verb ("Kit Vale beat Tom Dee …"): a person the names stage did not list is that
 * sentence's subject, and may be the one a pronoun after it means rather than a name after its verb.
 */
function unplacedOpenerBefore(ctx: Context, found: SpeakerDraft): boolean {
  const { tokens, sentences } = ctx.ann;
  const at = tokens[firstAtOrAfter(tokens, found.span.start)];
  const sentence = at ? sentences[at.sentence] : undefined;
  if (!sentence) return false;
  const opener = unplacedOpener(ctx, pastSentenceLink(ctx, sentence.firstToken));
  return opener !== null && opener.end <= found.span.start && verbFollows(ctx, opener, at?.sentence);
}

/**
 * The capitalised name at token `at` when no mention covers it or starts inside it ("Director Baz
 * Luhrmann praised …": a listed name inside places it) and it is no outlet: a name the names stage
 * did not list. Null otherwise.
 */
function unplacedOpener(ctx: Context, at: number): Span | null {
  const opener = properNounAt(ctx, at);
  if (!opener || containing(ctx.mentions, opener.start) >= 0 || isOutletAt(ctx, opener.start, opener.end)) return null;
  const listed = ctx.mentions[firstAtOrAfter(ctx.mentions, opener.start)];
  return listed && listed.start < opener.end ? null : opener;
}

/** True when a verb or an auxiliary right after `span` stands in sentence `sentence`. */
function verbFollows(ctx: Context, span: Span, sentence: number | undefined): boolean {
  const { tokens } = ctx.ann;
  const verb = tokens[firstAtOrAfter(tokens, span.end)];
  return verb !== undefined && verb.sentence === sentence && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * How plainly a capitalised name opening its sentence (`opener`, which no mention covers) is a
 * person's, for a "he" / "she" of gender `person`: 'appositive' when an age or a description is
 * set after it between commas ("Hazel Moss, 23, an office manager, gave up …"), 'verb' when it opens
 * with a given name of that gender and its verb follows ("Hazel Moss gave up …"), or with
 * `ranked`, after ranks and titles ("Detective Inspector Ray Moss …"); null when neither (a film or
 * a place opening a sentence, "Chicago opened …").
 */
function plainlyPerson(ctx: Context, opener: Span, person: 'm' | 'f', ranked = false): 'appositive' | 'verb' | null {
  const { tokens } = ctx.ann;
  if (appositiveAfter(ctx, opener)) return 'appositive';
  // "Detective Inspector Ray Moss said …": past the ranks and titles written before the name.
  const start = firstAtOrAfter(tokens, opener.start);
  let f = start;
  while (f < tokens.length && (tokens[f] as Token).end < opener.end && isRankWord((tokens[f] as Token).normal)) f++;
  const first = tokens[f];
  if (!first || !givenNameOf(first.normal, person)) return null;
  // With `ranked`, a rank before a given name makes the sentence's subject a person whatever the
  // tagger read after it ("Detective Sergeant Ray Moss of Avon Police said"): a rival for "he",
  // though the name as the tagger cut it is no speaker to give.
  if (f > start) return ranked ? 'verb' : null;
  // A lone word the names stage did not list is no plain person even when a given name shares its
  // spelling: it kept it out as a place or a thing ("Chicago opened with …", "London hosted …").
  if (first.end >= opener.end) return null;
  return verbFollows(ctx, opener, first.sentence) ? 'verb' : null;
}

/** A title, rank or role written capitalised before a name ("Detective", "Chief", "Producer"). */
const isRankWord = (w: string): boolean => HONORIFICS.has(w) || ROLE_NOUNS.has(w) || RANK_WORDS.has(w);

/** Words of a rank besides the titles and roles ("Chief Superintendent", "Deputy Head"). */
const RANK_WORDS: ReadonlySet<string> = new Set(['chief', 'deputy', 'senior', 'assistant', 'superintendent', 'head']);

/** True when an age or a description is set after a name between commas ("X, 23, …", "X, a nurse from Leeds, …"). */
function appositiveAfter(ctx: Context, name: Span): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, name.end);
  const next = tokens[at + 1];
  return tokens[at]?.normal === ',' && next !== undefined && next.sentence === tokens[at]?.sentence && (/^\d+$/.test(next.value) || ARTICLES.has(next.normal));
}

/** True when `given` is a given name of gender `person` in the lists. */
const givenNameOf = (given: string, person: 'm' | 'f'): boolean => (person === 'f' ? FEMALE_NAMES : MALE_NAMES).has(given);

/** Articles opening a description set after a name ("X, an office manager, …"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Most mentions read back in a sentence for another person who could be meant. */
export const MAX_MENTIONS_READ = 12;

/**
 * The last person of gender `want` or unknown named, outside quotes, in the sentence at `offset`
 * before it; null when there is none.
 */
function lastPersonIn(ctx: Context, offset: number, want: Gender): Mention | null {
  const { tokens, sentences } = ctx.ann;
  const here = tokens[firstAtOrAfter(tokens, offset)];
  const first = here ? tokens[(sentences[here.sentence] as { firstToken: number }).firstToken] : undefined;
  if (!first) return null;
  const upTo = firstAtOrAfter(ctx.mentions, offset);
  // A sentence is read back only so far, so a huge one costs no more than a short one.
  for (let k = upTo - 1; k >= 0 && upTo - k <= MAX_MENTIONS_READ; k--) {
    const m = ctx.mentions[k] as Mention;
    if (m.start < first.start) break;
    if (m.quoted || m.end > offset || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (g === null || g === want) return m;
  }
  return null;
}

/**
 * "Actress Ruth Okafor left the club over what she called “…”": in a report, the person opening
 * the pronoun's own sentence as its subject, when they are `m`, the last person named before the
 * pronoun who could be meant (plainly of its gender, or not shown): a clause's "she" goes back to
 * the sentence's subject. Null when the subject is a possessor, one of two joined names, or an
 * outlet, and when the pronoun attributes words itself ("Okafor, she said, was …", "…, she added."):
 * an attribution set off by commas names the speaker, who need not be the subject.
 */
function ownSentenceSubject(ctx: Context, offset: number, want: Gender, m: Mention): SpeakerDraft | null {
  if (want === null || ctx.dialogueHeavy) return null;
  if (attributes(ctx, offset)) return null;
  if (!isSubjectMention(ctx, m) || possessive(ctx, m) || coordinated(ctx, m) || isOutletAt(ctx, m.start, m.end)) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
}

/**
 * True when the pronoun at `offset` comes before a speech verb that closes a clause or follows a
 * comma: an attribution ("…, she said", "… “a rock” she added.", "…, she said of the day, …"). A
 * verb that names a thing ("what she called “…”", also after a comma: "After the fair, she called
 * it “…”") or leads into words of its own ("after she sang of being “…”") is no attribution.
 */
function attributes(ctx: Context, offset: number): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, offset);
  const verb = tokens[at + 1];
  const after = tokens[at + 2];
  const closes = after === undefined || after.sentence !== verb?.sentence || after.type === 'punctuation';
  if (verb === undefined || !isSpeechVerb(verb.normal) || NAMING_VERBS.has(verb.normal)) return false;
  return closes || tokens[at - 1]?.value === ',';
}

/** Most lower-case words of a role between a joining word and the name it joins ("and fellow actress"). */
const MAX_JOINED_ROLE_WORDS = 3;

/** Possessives that may open that role ("and her husband Tomas"). */
const JOINED_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * True when mention `m` is joined to a name after it ("Tomas Berg and Ivo Brandt"), a role
 * perhaps between ("Ruth Okafor and actress Dana Holt", "and her husband Tomas").
 */
export function coordinated(ctx: Context, m: Mention): boolean {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.end);
  const join = tokens[at];
  if (!join || !JOINING_WORDS.has(join.normal)) return false;
  let k = at + 1;
  if (JOINED_POSSESSIVES.has(tokens[k]?.normal ?? '')) k++;
  const roleStart = k;
  while (k - roleStart < MAX_JOINED_ROLE_WORDS && isRoleWord(tokens[k])) k++;
  const next = tokens[k];
  if (next === undefined || next.sentence !== join.sentence || !isUpper(next.value[0])) return false;
  // After a role, only a name the names stage listed: "and the band Y" is no person joined.
  return k === at + 1 || ctx.mentions[firstAtOrAfter(ctx.mentions, next.start)]?.start === next.start;
}

/** A lower-case noun or adjective of a role ("fellow", "actress"). */
const isRoleWord = (w: Token | undefined): boolean => w !== undefined && w.value[0] === w.normal[0] && (w.pos === 'NOUN' || w.pos === 'ADJ');

/** Sentences read back for the name a chain of "he" / "she" subjects starts from. */
const MAX_CHAIN_SENTENCES = 4;

/**
 * "Morgan Freeman beat Clive Owen and Jamie Foxx. He thanked Eastwood. This was his first win.
 * Backstage, he said …": in a report, the sentences before the pronoun's, read back, each opening
 * with a "he" / "she" of the pronoun's gender or naming no person who could be meant, back to one
 * whose subject is a person of that gender: a report keeps one person as its subject, and the
 * names after a verb are that subject's objects. Null when a sentence names someone else who could
 * be meant, opens with a name the names stage did not list or with a quote, or when the chain
 * runs past its paragraphs.
 */
function chainedSubject(ctx: Context, offset: number, want: Gender): SpeakerDraft | null {
  if (want === null || ctx.dialogueHeavy) return null;
  const { tokens, sentences } = ctx.ann;
  // "“…,” he said": the chain is read back from the quote the pronoun attributes.
  const quote = ctx.quotes[firstAtOrAfter(ctx.quotes, offset) - 1];
  const after = quote !== undefined && quote.kind !== 'dialogue' && quote.end <= offset && /^[\s,]*$/.test(ctx.input.view.slice(quote.close.end, offset));
  const from = after ? quote.open.start : offset;
  const here = tokens[firstAtOrAfter(tokens, from)];
  if (!here) return null;
  const block = (sentences[here.sentence] as { block: number }).block;
  // A "he" opening its own sentence, or its clause after the quote it attributes, is already a
  // link of the chain.
  const opens = after || pastSentenceLink(ctx, (sentences[here.sentence] as { firstToken: number }).firstToken) === firstAtOrAfter(tokens, offset);
  // True once a sentence opening with the pronoun has been read back over.
  let chained = false;
  // People named after a "he" of the chain: someone else than the one it means.
  const objects = new Set<number>();
  for (let s = here.sentence - 1; s >= 0 && here.sentence - s <= MAX_CHAIN_SENTENCES; s--) {
    const sentence = sentences[s] as { firstToken: number; block: number };
    if (block - sentence.block > PRONOUN_WINDOW_BLOCKS) return null;
    const end = (sentences[s + 1] as { firstToken: number } | undefined)?.firstToken ?? tokens.length;
    // "Born in New Jersey, Hill began …": the subject after a short phrase set before it.
    const linked = pastSentenceLink(ctx, sentence.firstToken);
    // "As their work drew notice, West announced …": the subject of the main clause after a clause
    // set before it, as a sentence opening with that name; the clause may be long, the names in it
    // are not the subject.
    const main = frontedSubject(ctx, linked, end, want);
    if (main && main.entity !== null && !objects.has(main.entity) && end - firstAtOrAfter(tokens, main.span.start) <= MAX_PRIOR_SENTENCE_TOKENS) {
      const g = genderOf(ctx, main);
      if (g === want || (g === null && chained)) return { span: main.span, entity: main.entity, via: 'pronoun' };
      if (g === null) return null;
    }
    const open = pastFrontedPhrase(ctx, linked, end);
    const opener = tokens[open];
    // A long sentence brings in others ("… and the man he wants to hit is a villain"): the chain stops.
    if (!opener || open >= end || opener.pos === 'PUNCT' || end - linked > MAX_PRIOR_SENTENCE_TOKENS) return null;
    const lastEnd = (tokens[end - 1] as Token).end;
    // "The veteran pop star played on": a description of a person as the subject goes on with the
    // one the chain means, as a "he" does, unless its noun is of the other gender ("the actress").
    const described = descriptionEnd(ctx, open, end);
    const describedGender = described >= 0 ? nounGender(tok(ctx, described - 1).normal) : null;
    if (describedGender !== null && describedGender !== want) return null;
    if (PRONOUN_GENDER[opener.normal] === want || described >= 0) {
      // "He hugged Hale": a person named after a "he" is not the one that "he" means.
      for (let k = firstAtOrAfter(ctx.mentions, opener.start); k < ctx.mentions.length && (ctx.mentions[k] as Mention).start < lastEnd; k++) {
        const m = ctx.mentions[k] as Mention;
        if (!m.quoted) objects.add(m.entity);
      }
      // A description does not show the person's gender, as a "he" does.
      if (described < 0) chained = true;
      continue;
    }
    const subject = ctx.mentions[firstAtOrAfter(ctx.mentions, opener.start)];
    // One person opening the sentence as its subject: not "X and Y thanked …", nor "X's film won";
    // a relative clause may stand after the name ("X, who had two nominations, thanked …").
    const one = subject !== undefined && !coordinated(ctx, subject) && (tokens[firstAtOrAfter(tokens, subject.end)]?.normal !== ',' || relativeClauseEnd(ctx, subject, end) >= 0);
    if (subject && objects.has(subject.entity)) return null;
    if (subject && one && subject.start === opener.start && !subject.quoted && !possessive(ctx, subject) && (open > linked || isSubjectMention(ctx, subject)) && (ctx.entities[subject.entity] as EntityDraft).kind === 'person') {
      const g = genderOf(ctx, { span: subject, entity: subject.entity });
      // A name whose gender the text does not show otherwise is shown it by the "he" that goes on:
      // by a sentence opening with it, or by the pronoun itself when nobody else in the subject's
      // sentence could be meant ("Whitlock met Ruth Okafor. “…,” she said" is unclear).
      // Anyone else of that gender named after the subject, up to the quote, could be meant too.
      const others = personIn(ctx, subject.end, lastEnd, want, subject.entity);
      const shown = chained || (opens && !others);
      if (g === want || (g === null && shown)) return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'pronoun' };
      if (g === null) return null;
      // A subject of the other gender: the people after its verb ("Helen Park handed the award to
      // Tom Hale") could be the one meant.
      if (others || namesSomeone(ctx, open, end)) return null;
      continue;
    }
    if (properNounAt(ctx, open)) return null;
    if (personIn(ctx, opener.start, lastEnd, want) || namesSomeone(ctx, open, end)) return null;
  }
  return null;
}

/**
 * True when someone of gender `want` or unknown, other than entity `except`, is named between
 * offsets `from` and `to`, outside quotes: a person, or a character, who could be the one meant
 * as well ("Kit Vale beat Tom Dee. “…,” he said", whichever kind the names stage read Tom Dee as).
 */
function personIn(ctx: Context, from: number, to: number, want: Gender, except = -1): boolean {
  for (let k = firstAtOrAfter(ctx.mentions, from); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= to) break;
    if (m.quoted || m.entity === except) continue;
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (g === null || g === want) return true;
  }
  return false;
}

/**
 * True when tokens `from` to `to` (excluded) may bring in another person: a noun for one, or a
 * capitalised given name inside the sentence that no listed mention covers ("a villain (Gary
 * Merrill)").
 */
function namesSomeone(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx.ann;
  for (let k = from; k < to; k++) {
    const w = tokens[k] as Token;
    if (SOMEONE_NOUNS.has(w.normal)) return true;
    if (k > from && isUpper(w.value[0]) && (MALE_NAMES.has(w.normal) || FEMALE_NAMES.has(w.normal)) && containing(ctx.mentions, w.start) < 0) return true;
  }
  return false;
}

/**
 * The person that the sentence before the one at `offset` (in the same paragraph, or closing the
 * one before) names as its subject: a person's name opening it, with no other name in it but of the other gender ("Swank
 * paid tribute to Clint Eastwood. “…,” she said"). A sentence opening with the same pronoun and
 * naming nobody ("She arrived in green silk. “…,” she said") means the person that pronoun means,
 * looked up once more from there. Else nobody.
 */
function subjectBefore(ctx: Context, offset: number, want: Gender, subjectOf: SubjectFinder, depth: number): (SpeakerDraft & { sure?: boolean }) | null {
  const { tokens, sentences } = ctx.ann;
  const hereAt = firstAtOrAfter(tokens, offset);
  const here = tokens[hereAt];
  if (!here) return null;
  const current = sentences[here.sentence];
  // The pronoun's sentence as the text means it: it may start after a quote that closed the one
  // before it inside one wink sentence (`… get away.” “It's …,” he said`).
  const opensAt = sentenceOpen(ctx, hereAt);
  const glued = current !== undefined && opensAt > current.firstToken;
  const before = glued ? current : sentences[wholeSentenceStart(ctx, here.sentence - 1)];
  // News writes one sentence a paragraph: the sentence before may close the paragraph before.
  if (!before || !current || (before.block !== current.block && before.block !== current.block - 1)) return null;
  // Where the sentence before starts and ends (the token after it), past a quote closing one before it.
  const endAt = glued ? opensAt : current.firstToken;
  const lastAt = tokens[endAt - 1];
  const opened = sentenceOpen(ctx, endAt - 1);
  const startAt = lastAt && opened > (sentences[lastAt.sentence] as { firstToken: number }).firstToken ? opened : before.firstToken;
  const first = tokens[startAt];
  const lastTok = lastAt;
  if (!first || !lastTok || endAt - startAt > MAX_PRIOR_SENTENCE_TOKENS) return null;
  // "Bipin Bihari, deputy police chief, said Khan …": a name the names stage did not list opening
  // the sentence, when its verb reports speech, before any name listed after it.
  const opener = properNounAt(ctx, startAt);
  const listed = opener ? ctx.mentions[firstAtOrAfter(ctx.mentions, opener.start)] : undefined;
  // "Detective Inspector Paul Miller of Thames Valley Police said …. “…,” he said": a ranked name the
  // names stage did not list, of the pronoun's gender, whose speech verb follows (past the body).
  const ranked = want !== null ? rankedName(ctx, startAt) : null;
  if (ranked && !(listed && listed.start < ranked.span.end) && givenNameOf((tokens[firstAtOrAfter(tokens, ranked.span.start)] as Token).normal, want as 'm' | 'f')) {
    const draft: SpeakerDraft = { span: ranked.span, entity: null, via: 'pronoun' };
    if (reportsSpeech(ctx, draft) || memberSpeaks(ctx, ranked.after)) return draft;
  }
  if (opener && !(listed && listed.start < opener.end) && !isOutletAt(ctx, opener.start, opener.end)) {
    const unlisted: SpeakerDraft = { span: opener, entity: null, via: 'pronoun' };
    if (reportsSpeech(ctx, unlisted)) return unlisted;
    // "Hazel Moss, 23, an office manager, gave up ballet …. “…,” she said": plainly a person, brought
    // in with an age or a description as a report brings in its next source, in this paragraph,
    // and not with a given name of the other gender; or opening with one of the pronoun's gender.
    const plain = want !== null ? plainlyPerson(ctx, opener, want) : null;
    const other = want === 'f' ? 'm' : 'f';
    if (plain === 'appositive' && before.block === current.block && !givenNameOf(first.normal, other)) return { ...unlisted, sure: true };
    // A 'verb' answer already opened with a given name of the pronoun's gender.
    if (plain === 'verb' || (plain === 'appositive' && want !== null && givenNameOf(first.normal, want))) return unlisted;
  }
  // "Marit Oyelaran, a nurse, gave up …. “…,” she said": the same for a listed person whose gender
  // the text does not show (the name lists know more given names than the gender lists), brought in
  // so at the head of the sentence in this paragraph, and not with a given name of the other gender.
  if (want !== null && listed && listed.start === first.start && before.block === current.block && (ctx.entities[listed.entity] as EntityDraft).kind === 'person') {
    const draft: SpeakerDraft = { span: { start: listed.start, end: listed.end }, entity: listed.entity, via: 'pronoun' };
    if (genderOf(ctx, draft) === null && appositiveAfter(ctx, listed) && !givenNameOf(first.normal, want === 'f' ? 'm' : 'f')) return { ...draft, sure: true };
  }
  // "…, says Tim Dams, the news editor of …": the person a sentence closes by naming as its source.
  const source = closingSource(ctx, startAt, endAt) ?? relativeSource(ctx, startAt, endAt, want);
  if (source) return source;
  // "When X arrived, Y said …": the main clause's subject after a clause set before it.
  const main = depth === 0 ? frontedSubject(ctx, startAt, endAt, want) : null;
  if (main) return main;
  let subject: Mention | null = null;
  // Where a relative clause set after the subject ends ("X, whose film is Y, stayed …").
  let clauseEnd = -1;
  for (let k = firstAtOrAfter(ctx.mentions, first.start); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= lastTok.end) break;
    if (m.quoted || m.start < clauseEnd) continue;
    // Later names are the predicate's ("paid tribute to X"): the subject is the one meant, as
    // long as the names of the pronoun's gender among them are named after the verb.
    if (subject && m.entity !== subject.entity) {
      if (genderOf(ctx, { span: m, entity: m.entity }) === want && !afterVerb(ctx, subject, m)) return null;
      continue;
    }
    const next = ctx.mentions[k + 1];
    // "Cosby's lawyer, Walter Phillips, said": the possessor is not the subject, and one of the
    // pronoun's gender leaves it unclear, unless the name set after the possessor's role is.
    if (!subject && possessive(ctx, m)) {
      if (genderOf(ctx, { span: m, entity: m.entity }) === want && !(next && next.start < lastTok.end && isAppositiveSubject(ctx, next))) return null;
      continue;
    }
    // "Franz Ferdinand frontman Alex Kapranos has called …": the name after the role is the subject.
    if (!subject && next && next.start < lastTok.end && roleBetween(ctx, m, next)) continue;
    if (!subject) {
      // "Tomas Berg and Ivo Brandt beat …": two people are the subject, "he" is neither plainly.
      if (coordinated(ctx, m)) return null;
      subject = m;
      clauseEnd = relativeClauseEnd(ctx, m, endAt);
    }
  }
  if (!subject) {
    // "Her role has won awards. She said: …": "her" opening it means the one "she" means.
    const pronoun = OPENING_POSSESSIVES[first.normal] ?? first.normal;
    if (depth === 0 && PRONOUN_GENDER[pronoun] === want) return pronounReferent(ctx, first.start, pronoun, subjectOf, depth + 1);
    return depth === 0 ? speechVerbSubject(ctx, startAt, endAt, offset, subjectOf) : null;
  }
  if (!(isSubjectMention(ctx, subject) || isAppositiveSubject(ctx, subject))) return depth === 0 ? speechVerbSubject(ctx, startAt, endAt, offset, subjectOf) : null;
  return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'pronoun' };
}

/**
 * The sentence that sentence `s` is the end of, when a name's own "!" or "?" cut it short
 * ("X said the Kerrang! poll was …": "poll was …" opens in lower case after the "!"); else `s`.
 */
function wholeSentenceStart(ctx: Context, s: number): number {
  const { tokens, sentences } = ctx.ann;
  const sentence = sentences[s];
  const prior = sentences[s - 1];
  const first = sentence ? tokens[sentence.firstToken] : undefined;
  const stop = sentence ? tokens[sentence.firstToken - 1] : undefined;
  if (!first || !prior || !stop || prior.block !== sentence?.block || (stop.normal !== '!' && stop.normal !== '?')) return s;
  return isLetter(first.value[0]) && !isUpper(first.value[0]) ? s - 1 : s;
}

/**
 * "The director said he was thrilled. “…,” he said", "Speaking to the Times, the veteran star said
 * …": the subject of the sentence's first speech verb, a role or a description of a person named
 * before, found as the verb's own sieve finds it. Not a pronoun's (that one is looked up as such).
 */
function speechVerbSubject(ctx: Context, from: number, to: number, offset: number, subjectOf: SubjectFinder): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  for (let v = from; v < to; v++) {
    if (!isSpeechVerb((tokens[v] as { normal: string }).normal)) continue;
    if (v === from || SPEAKER_PRONOUNS.has((tokens[v - 1] as { normal: string }).normal)) return null;
    // The person found must be named in that sentence, or be the subject of the sentence naming
    // them, as a report introduces the one it goes on to quote (not the last of several named
    // with the role).
    const found = subjectOf(ctx, v, offset);
    const m = found ? ctx.mentions[firstAtOrAfter(ctx.mentions, found.span.start)] : undefined;
    const inSentence = m !== undefined && m.start >= (tokens[from] as { start: number }).start;
    return found && m && m.start === found.span.start && (inSentence || isSubjectMention(ctx, m)) ? { ...found, via: 'pronoun' } : null;
  }
  return null;
}

/**
 * The person a sentence (tokens `from` to `to`) closes by naming as the source of what it reports:
 * after a comma, a speech verb and a person's name ("…, says Tim Dams") or a name and a speech
 * verb ("…, Tim Dams said"), then at most an appositive with no verb ("…, the news editor of
 * Screen International"). The report is theirs, so the "he" that goes on is them, not a name
 * the report itself mentions ("Moore's film"). Null for any other sentence.
 */
function closingSource(ctx: Context, from: number, to: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  for (let v = from + 2; v < to; v++) {
    if (!isSpeechVerb((tokens[v] as Token).normal)) continue;
    const after = tokens[v + 1] as Token;
    const inverted = tokens[v - 1]?.normal === ',' ? ctx.mentions[firstAtOrAfter(ctx.mentions, after?.start ?? Infinity)] : undefined;
    const m = inverted && inverted.start === after.start ? inverted : ctx.mentions[firstAtOrAfter(ctx.mentions, (tokens[v] as Token).start) - 1];
    if (!m || m.quoted || (ctx.entities[m.entity] as EntityDraft).kind !== 'person' || isOutletAt(ctx, m.start, m.end)) continue;
    let rest: number;
    if (m === inverted) rest = firstAtOrAfter(tokens, m.end);
    else {
      // "…, Tim Dams said": the name right before the verb, a comma right before the name; or
      // "…, her lawyer, Tim Dams, said": the name set between commas after a noun for a person.
      const at = firstAtOrAfter(tokens, m.start);
      const set = tokens[v - 1]?.normal === ',' && m.end === tokens[v - 2]?.end && roleBefore(ctx, at - 1, from);
      if ((m.end !== (tokens[v - 1] as Token).end && !set) || tokens[at - 1]?.normal !== ',' || at - 1 <= from) continue;
      rest = v + 1;
    }
    return closesWithoutVerb(tokens, rest, to) ? { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' } : null;
  }
  return null;
}

/** Most words of a role set off by commas before a name ("…, the band's long-time lawyer, X, said"). */
const MAX_SET_ROLE_TOKENS = 6;

/** Pronouns that stand in a role as its owner ("her lawyer", "their manager"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * True when the comma at token `comma` closes a short role opened by a comma after token `from`,
 * its last word a lower-case noun for a person ("…, her lawyer, X", "…, the group's spokeswoman, X").
 */
function roleBefore(ctx: Context, comma: number, from: number): boolean {
  const { tokens } = ctx.ann;
  const noun = tokens[comma - 1];
  if (!noun || noun.value[0] !== noun.normal[0] || !(SOMEONE_NOUNS.has(noun.normal) || ROLE_NOUNS.has(noun.normal) || nounGender(noun.normal) !== null)) return false;
  for (let k = comma - 2; k > from && comma - k <= MAX_SET_ROLE_TOKENS; k--) {
    const w = tokens[k] as Token;
    if (w.normal === ',') return true;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || (w.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(w.normal))) return false;
  }
  return false;
}

/** Most tokens between a name and the "who" of its relative clause (", 49, who told …"). */
const MAX_BEFORE_WHO = 4;

/**
 * The person a sentence (tokens `from` to `to`) makes the subject of a relative clause ("… a
 * debut nomination for Staunton, 49, who told BBC News she had not expected it"): the only person
 * named in it who could be the pronoun's. `sure` when the clause's verb is one of speech, as the
 * sentence gives their words; with any other verb, only a person plainly of the pronoun's gender.
 * Null for any other sentence.
 */
function relativeSource(ctx: Context, from: number, to: number, want: Gender): (SpeakerDraft & { sure: boolean }) | null {
  const { tokens } = ctx.ann;
  let found: Mention | null = null;
  for (let k = firstAtOrAfter(ctx.mentions, (tokens[from] as Token).start); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= (tokens[to - 1] as Token).end) break;
    if (m.quoted || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (g !== null && g !== want) continue;
    if (found && found.entity !== m.entity) return null;
    found ??= m;
  }
  if (!found) return null;
  let t = firstAtOrAfter(tokens, found.end);
  if (tokens[t]?.normal !== ',') return null;
  const limit = t + MAX_BEFORE_WHO;
  while (t < to && t < limit && tokens[t]?.normal !== 'who') t++;
  if (tokens[t]?.normal !== 'who') return null;
  t++;
  while (t < to && VERB_FILLERS.has((tokens[t] as Token).normal)) t++;
  const verb = tokens[t];
  if (t >= to || !verb) return null;
  const speaker = { span: { start: found.start, end: found.end }, entity: found.entity, via: 'pronoun' as const };
  if (isSpeechVerb(verb.normal)) return { ...speaker, sure: true };
  // "… for DiCaprio, who paused to sign autographs": the subject of the clause, when the text shows
  // their gender as the pronoun's.
  return verb.pos === 'VERB' && genderOf(ctx, speaker) === want ? { ...speaker, sure: false } : null;
}

/** True when tokens `from` to `to` are the sentence's end: its closing mark, or a comma and words with no verb. */
function closesWithoutVerb(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || from >= to) return from >= to;
  if (first.pos === 'PUNCT' && first.normal !== ',') return from + 1 >= to || (tokens[from + 1] as Token).pos === 'PUNCT';
  if (first.normal !== ',') return false;
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k] as Token;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.normal === ',' || w.normal === 'who') return false;
  }
  return true;
}

/** Longest relative clause between a subject and its verb, in tokens. */
const MAX_RELATIVE_TOKENS = 25;

/**
 * Where a relative clause between commas right after mention `m` ends ("Mr Karger, whose
 * favourite film was Vera Drake, stayed upbeat"): the offset of its closing comma; -1 when none.
 * The names in it are not the sentence's subject.
 */
function relativeClauseEnd(ctx: Context, m: Mention, end: number): number {
  const { tokens } = ctx.ann;
  const t = firstAtOrAfter(tokens, m.end);
  if (tokens[t]?.normal !== ',' || !RELATIVE_OPENERS.has(tokens[t + 1]?.normal ?? '')) return -1;
  for (let k = t + 2; k < end && k - t <= MAX_RELATIVE_TOKENS; k++) if ((tokens[k] as Token).normal === ',') return (tokens[k] as Token).start;
  return -1;
}

/**
 * The subject of a sentence (tokens `from` to `to`) that opens with a clause of its own ("And
 * while it has yet to grow, Mr Prater predicts …", "When 50 Cent appeared on the show, he said
 * …"): after the comma closing that clause, a name followed by its verb; or "he" / "she" of the
 * pronoun's gender followed by its verb, meaning the one person of that gender the opening clause
 * names (then `sure`, as the text gave their gender). Null for any other sentence.
 */
function frontedSubject(ctx: Context, from: number, to: number, want: Gender): (SpeakerDraft & { sure?: boolean }) | null {
  const { tokens } = ctx.ann;
  const t = pastSentenceLink(ctx, from);
  if (!SUBORDINATORS.has(tokens[t]?.normal ?? '')) return null;
  const clauseStart = (tokens[t] as Token).start;
  const isVerb = (k: number): boolean => {
    const w = tokens[k];
    return w !== undefined && k < to && (w.pos === 'VERB' || w.pos === 'AUX');
  };
  for (let c = t + 1; c < to - 2; c++) {
    if ((tokens[c] as Token).normal !== ',') continue;
    const next = tokens[c + 1] as Token;
    if (PRONOUN_GENDER[next.normal] === want && isVerb(c + 2)) {
      // The person the opening clause names as its own subject, right after its first word (not
      // "While he said Moore's film …"), with nobody else of that gender named in it; a name cut
      // short ("Cent" of "50 Cent") still opens the clause.
      const found = ctx.mentions[firstAtOrAfter(ctx.mentions, (tokens[t + 1] as Token).start)];
      if (!found || wholeNameStart(ctx, found.start, found.entity) !== (tokens[t + 1] as Token).start || found.quoted || possessive(ctx, found) || (ctx.entities[found.entity] as EntityDraft).kind !== 'person') return null;
      for (let k = firstAtOrAfter(ctx.mentions, clauseStart); k < ctx.mentions.length; k++) {
        const m = ctx.mentions[k] as Mention;
        if (m.start >= next.start) break;
        if (m.quoted || m.entity === found.entity) continue;
        const g = genderOf(ctx, { span: m, entity: m.entity });
        if (g === null || g === want) return null;
      }
      const g = genderOf(ctx, { span: found, entity: found.entity });
      return g === null || g === want ? { span: { start: found.start, end: found.end }, entity: found.entity, via: 'pronoun', sure: true } : null;
    }
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, next.start)];
    if (m && m.start === next.start && !m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person' && isVerb(firstAtOrAfter(tokens, m.end))) {
      return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
    }
  }
  return null;
}

/** Most lower-case words of a role between two names ("Franz Ferdinand frontman Alex Kapranos"). */
const MAX_ROLE_WORDS = 3;

/** True when only a few lower-case nouns stand between two mentions: a role, the second its bearer. */
function roleBetween(ctx: Context, m: Mention, next: Mention): boolean {
  const { tokens } = ctx.ann;
  let n = 0;
  for (let t = firstAtOrAfter(tokens, m.end); t < tokens.length && (tokens[t] as { start: number }).start < next.start; t++) {
    const w = tokens[t] as { pos: string; value: string; normal: string };
    if (w.pos !== 'NOUN' || w.value[0] !== w.normal[0] || ++n > MAX_ROLE_WORDS) return false;
  }
  return n > 0;
}

/** Fewest people of the pronoun's gender named after the subject's verb for none of them to be the one meant. */
const MIN_UNCLEAR_OBJECTS = 2;

/**
 * "Ray Hale, who had two nominations, thanked Tom Dee and Joe Lind. “…,” he said": with two or more
 * people who could be meant (of gender `want`, or of none the text shows) named after the verb of
 * the sentence before, a "he" / "she" could plainly mean none of them, and a writer who meant one
 * would have named them; it means that sentence's subject, whose gender the text does not show.
 * With one such person after the verb ("Whitlock met Ruth Okafor. “…,” she said") it stays unclear.
 */
function objectsLeaveSubject(ctx: Context, subject: SpeakerDraft, want: Gender): boolean {
  if (want === null || subject.entity === null) return false;
  const { tokens } = ctx.ann;
  const at = tokens[firstAtOrAfter(tokens, subject.span.start)];
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, subject.span.start)];
  if (!at || !m || m.start !== subject.span.start) return false;
  const others = new Set<number>();
  for (let k = firstAtOrAfter(ctx.mentions, subject.span.end); k < ctx.mentions.length; k++) {
    const o = ctx.mentions[k] as Mention;
    const w = tokens[firstAtOrAfter(tokens, o.start)];
    if (!w || w.sentence !== at.sentence) break;
    if (o.quoted || o.entity === subject.entity || (ctx.entities[o.entity] as EntityDraft).kind !== 'person') continue;
    const g = genderOf(ctx, { span: o, entity: o.entity });
    if (g !== null && g !== want) continue;
    if (!afterVerb(ctx, m, o)) return false;
    others.add(o.entity);
  }
  return others.size >= MIN_UNCLEAR_OBJECTS;
}

/**
 * True when no person but `subject` named outside quotes from the start of the paragraph before
 * the quote's up to it could be the one a pronoun of gender `want` means (of that gender, or of
 * a gender the text does not show), nor was the last speaker.
 */
function onlyCandidate(ctx: Context, subject: SpeakerDraft, offset: number, want: Gender): boolean {
  const block = blockAt(ctx, offset);
  const from = ctx.blocks[Math.max(0, block - 1)];
  if (!from) return false;
  const other = (entity: number | null, span: Span): boolean => {
    if (entity === subject.entity && entity !== null) return false;
    if (entity === null && ctx.input.view.slice(span.start, span.end) === ctx.input.view.slice(subject.span.start, subject.span.end)) return false;
    const g = genderOf(ctx, { span, entity });
    return g === null || g === want;
  };
  const last = ctx.lastSpeaker;
  if (last && last.block >= block - 1 && other(last.speaker.entity, last.speaker.span)) return false;
  for (let i = firstAtOrAfter(ctx.mentions, from.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= offset) break;
    if (m.quoted || m.start === subject.span.start || isOutletAt(ctx, m.start, m.end)) continue;
    if (other(m.entity, m)) return false;
  }
  return true;
}

/** Verbs by which a speaker goes on with what they said ("he added", "she continued", "he went on"). */
const GOES_ON_VERBS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'continue', 'continues', 'continued', 'go', 'goes', 'went']);

/**
 * True when the pronoun at `offset` is followed, after at most two fillers ("he also added"),
 * by a verb of going on: "added", "continued", "went on".
 */
function goesOn(ctx: Context, offset: number): boolean {
  const { tokens } = ctx.ann;
  let t = firstAtOrAfter(tokens, offset) + 1;
  const limit = t + 2;
  while (t < limit && VERB_FILLERS.has(tokens[t]?.normal ?? '')) t++;
  const verb = tokens[t]?.normal ?? '';
  if (!GOES_ON_VERBS.has(verb)) return false;
  return verb.startsWith('go') || verb === 'went' ? tokens[t + 1]?.normal === 'on' : true;
}

/**
 * In reports, true when a listed person other than the last speaker, plainly of gender `want`,
 * opens a sentence as its subject after the last speaker's quote and before `offset` ("“…,” said
 * Ray Dee. Best actor Jon Amis could not attend. … He apologised"): the report has moved on to
 * them, and "he" no longer plainly means the last speaker.
 */
function otherSubjectSince(ctx: Context, last: NonNullable<Context['lastSpeaker']>, offset: number, want: Gender): boolean {
  // The subject of the pronoun's own sentence is no rival: "X was a marvel, she said" is not X's report.
  const own = sentenceAt(ctx, offset);
  const from = firstAtOrAfter(ctx.mentions, last.end);
  for (let i = from; i < ctx.mentions.length && i - from < MAX_NAMED_SINCE_READ; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= offset || sentenceAt(ctx, m.start) === own) break;
    if (m.quoted || m.entity === last.speaker.entity || (ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    if (!isSubjectMention(ctx, m) || possessive(ctx, m) || isOutletAt(ctx, m.start, m.end)) continue;
    if (genderOf(ctx, { span: m, entity: m.entity }) === want) return true;
  }
  return false;
}

/**
 * Most mentions {@link namedSince} reads after the last speaker's quote: a stretch naming more
 * is read as naming someone else, so "he added" far after the last speaker stays unclear and a
 * long report of unclear quotes is read in linear time.
 */
const MAX_NAMED_SINCE_READ = 48;

/**
 * True when someone other than the last speaker (a person or a character), of gender `want` or
 * of a gender the text does not show, is named outside quotes after the last speaker's quote and
 * before `offset`; when `introduced`, only a person brought in with a role between commas
 * ("Y, executive editor of Z"). True too when more than {@link MAX_NAMED_SINCE_READ} mentions
 * stand between them.
 */
function namedSince(ctx: Context, last: NonNullable<Context['lastSpeaker']>, offset: number, want: Gender, introduced: boolean): boolean {
  const { speaker } = last;
  const name = ctx.input.view.slice(speaker.span.start, speaker.span.end);
  const from = firstAtOrAfter(ctx.mentions, last.end);
  for (let i = from; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= offset) break;
    if (i - from >= MAX_NAMED_SINCE_READ) return true;
    if (m.quoted || isOutletAt(ctx, m.start, m.end)) continue;
    // Not a rival: the owner of a thing ("Moore's film"), nor a name in the clause of a "he" of
    // that gender ("He hoped Jay-Z would …"), who is not that "he".
    if (possessive(ctx, m) || (want !== null && clausePronounBefore(ctx, m) === want)) continue;
    if (speaker.entity !== null ? m.entity === speaker.entity : ctx.input.view.slice(m.start, m.end) === name) continue;
    if (introduced) {
      // "Y, executive editor of Z": a person brought in with a role between commas, as a report
      // brings in its next source; or named as a role's holder ("The new director is Y").
      if (roleAfterComma(ctx, m) === null && !introducedAsHolder(ctx, m, true)) continue;
      if ((ctx.entities[m.entity] as EntityDraft).kind !== 'person') continue;
    }
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (want === null || g === null || g === want) return true;
  }
  return false;
}

/**
 * The word after a comma right after mention `m`, in its sentence, when it is a lower-case word
 * ("Y, executive editor of Z", "Y, who won"): where a role between commas would open; else null.
 */
function roleAfterComma(ctx: Context, m: Mention): Token | null {
  const { tokens } = ctx.ann;
  const comma = firstAtOrAfter(tokens, m.end);
  const role = tokens[comma + 1];
  if (tokens[comma]?.normal !== ',' || !role || role.sentence !== (tokens[comma] as Token).sentence) return null;
  return role.value[0] === role.normal[0] && /^\p{L}/u.test(role.value) ? role : null;
}

/** Parts of speech a role between commas opens with ("executive editor", "its producer", "the head of"). */
const ROLE_OPENING_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'NUM']);

/**
 * The one person, plainly of gender `want`, named outside quotes after the last speaker's quote and
 * before `offset` and brought in with a role between commas ("Y, executive editor of Z"), outside
 * any reported clause (no speech verb before them in their sentence); null when anyone else who
 * could be meant (of that gender or of none the text shows) is named there too, or when the
 * stretch names more than {@link MAX_NAMED_SINCE_READ}.
 */
function introducedSource(ctx: Context, last: NonNullable<Context['lastSpeaker']>, offset: number, want: Gender): SpeakerDraft | null {
  const { speaker } = last;
  const { tokens, sentences } = ctx.ann;
  const name = ctx.input.view.slice(speaker.span.start, speaker.span.end);
  const from = firstAtOrAfter(ctx.mentions, last.end);
  let found: Mention | null = null;
  for (let i = from; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= offset) break;
    if (i - from >= MAX_NAMED_SINCE_READ) return null;
    if (m.quoted || isOutletAt(ctx, m.start, m.end) || possessive(ctx, m)) continue;
    if (speaker.entity !== null ? m.entity === speaker.entity : ctx.input.view.slice(m.start, m.end) === name) continue;
    const g = genderOf(ctx, { span: m, entity: m.entity });
    if (g !== null && g !== want) continue;
    if (found !== null) {
      // "But while he tipped Y to win": a name in the clause of a "he" of that gender is not that "he".
      if (m.entity !== found.entity && clausePronounBefore(ctx, m) !== want) return null;
      continue;
    }
    // Plainly of that gender, a person, brought in with a role between commas or as a role's
    // holder ("The new director is Y").
    if (g !== want || (ctx.entities[m.entity] as EntityDraft).kind !== 'person' || clausePronounBefore(ctx, m) !== null) return null;
    if (!introducedAsHolder(ctx, m)) {
      const role = roleAfterComma(ctx, m);
      // A role ("executive editor of", "its producer"), not a clause going on ("who won", "will
      // face him") nor the rest of a phrase ("Katharine Hepburn, for paving the way").
      if (role === null || !ROLE_OPENING_POS.has(role.pos)) return null;
    }
    // Not inside what someone is reported to have said ("X said Y, head of Z, was wrong").
    const at = firstAtOrAfter(tokens, m.start);
    const open = (sentences[(tokens[at] as Token).sentence] as { firstToken: number }).firstToken;
    // Nor in a sentence about a "he" / "she" of that gender already in play ("She thanked the woman
    // she played, Y, …").
    for (let k = open; k < at; k++) if (isSpeechVerb((tokens[k] as Token).normal) || PRONOUN_GENDER[(tokens[k] as Token).normal] === want) return null;
    found = m;
  }
  return found ? { span: { start: found.start, end: found.end }, entity: found.entity, via: 'pronoun' } : null;
}

/** True when a mention outside quotes among those from `from` to `upTo` ends after `offset`. */
function straddles(ctx: Context, from: number, upTo: number, offset: number): boolean {
  for (let i = from; i < upTo; i++) {
    const m = ctx.mentions[i] as Mention;
    if (!m.quoted && m.end > offset) return true;
  }
  return false;
}

/** Brings {@link RecentNames} up to the mentions before index `upTo`. */
function sweep(ctx: Context, recent: RecentNames, upTo: number): void {
  for (let i = recent.swept; i < upTo; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.quoted) continue;
    const entity = ctx.entities[m.entity] as EntityDraft;
    const gender = genderOf(ctx, { span: m, entity: m.entity });
    // "While he praised Ivo Marek's film, he said": a name in the clause of a "he" before it is
    // not whom that "he" means, nor the "he" after it.
    const bound = clausePronounBefore(ctx, m);
    if (bound !== null && (gender === null || gender === bound)) continue;
    const latest = recent.latest[classOf(entity.kind === 'person', gender)] as RecentNames['latest'][number];
    const named = { entity: m.entity, mention: i, block: blockAt(ctx, m.start) };
    if (latest[0]?.entity === m.entity) latest[0] = named;
    else {
      if (latest[0]) latest[1] = latest[0];
      latest[0] = named;
    }
  }
  recent.swept = upTo;
}

/**
 * "he" / "she" from {@link RecentNames}: the one person of the right gender named in the window of
 * paragraphs, else the one entity of any kind; none when two or more fit, or when a character who
 * could be meant is named after them or in their sentence.
 */
function latestNamed(ctx: Context, recent: RecentNames, block: number, want: Gender): SpeakerDraft | null {
  const inWindow = (kind: boolean): RecentNames['latest'][number] => {
    const genders: Gender[] = want === 'm' ? ['m', null] : want === 'f' ? ['f', null] : ['m', 'f', null];
    return genders
      .flatMap((g) => recent.latest[classOf(kind, g)] as RecentNames['latest'][number])
      .filter((x) => block - x.block <= PRONOUN_WINDOW_BLOCKS && !isOutletAt(ctx, (ctx.mentions[x.mention] as Mention).start, (ctx.mentions[x.mention] as Mention).end))
      .sort((a, b) => b.mention - a.mention)
      .slice(0, 2);
  };
  const people = inWindow(true);
  const characters = inWindow(false);
  // "Kit Vale beat Tom Dee. “…,” he said": a character who could be meant, named after the one
  // such person or in their sentence ("Tom Dee and Joe Lind"), could be the one meant as well,
  // even the part that person plays: a review quotes the part's lines ("Hale is Ivan. “…” he yells").
  const one = people.length === 1 ? (people[0] as RecentNames['latest'][number][number]) : null;
  if (one) {
    const sentence = sentenceAt(ctx, (ctx.mentions[one.mention] as Mention).start);
    if (characters.some((c) => c.mention > one.mention || sentenceAt(ctx, (ctx.mentions[c.mention] as Mention).start) === sentence)) return null;
  }
  const pick = people.length > 0 ? people : characters;
  if (pick.length !== 1) return null;
  const m = ctx.mentions[(pick[0] as RecentNames['latest'][number][number]).mention] as Mention;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
}
