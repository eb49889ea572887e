/**
 * Stage 6: attribute speakers.
 *
 * For each speech or dialogue quote, in this order (the first that answers wins):
 * 1. `script`: the speaker of a `Name : words` line;
 * 2. `dash`: `“…” – Wu-Jin`, `“…” – Assembly Woman (Park Eun-Hee)` (the name in brackets wins over
 *    the descriptor);
 * 3. `verb`: a speech verb before the quote in its sentence, or right after the quote, with its
 *    subject: a name (`as On-Jo says`, `said Mr Weitz`, `Netflix has promised`), the name closing
 *    a description (`said Titanic actress X`, `William Hill spokesman X said`), a role noun
 *    (`the director elaborated` → the person with that role), a description of a person named
 *    just before (`said the 74-year-old comedian` → `context`), or a pronoun (→ `pronoun`: in
 *    reports the lone subject of the sentence before, if plainly of that gender; else the last
 *    speaker, or the one person of that gender named before the quote). Never an outlet
 *    (`told BBC News`), nor the listener after `told` (`Gatsby told Nick that “…”`).
 *    Or a paragraph-opening quote after a paragraph that ends "Matthew said:".
 * 4. a later quote in the same sentence as an attributed one, right after it with only the
 *    attribution between ("“A,” returned Marilla. “B”"), or with nothing but spaces and
 *    punctuation between in one paragraph, shares its speaker (`context`).
 * 5. in reports, a quote opening a sentence after "X remembered the night." is X's (`context`).
 * When nothing answers, the speaker stays null: a wrong speaker is worse than none.
 */
import { FEMALE_NAMES, MALE_NAMES } from '../data/given-names';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES } from '../data/honorifics';
import { QUOTE_CHARS } from '../data/quote-pairs';
import { DESCRIPTOR_NOUNS, ROLE_NOUNS } from '../data/role-words';
import { REPORTING_VERBS, SPEAKER_PRONOUNS, SPEECH_VERBS, VERB_FILLERS } from '../data/speech-verbs';
import type { Span } from '../types';
import { isDash, isSpace, isUpper } from '../text/chars';
import { containing, firstAtOrAfter } from '../text/search';
import { WordSet } from '../text/words';
import type { Annotation, Block, EntityDraft, NormalizedText, QuoteDraft, SpeakerDraft, Token } from './stage-types';

/** Speech verbs ("said", "told"), read at many tokens: most fail the set's first test. */
const SPEECH = new WordSet([...SPEECH_VERBS, ...REPORTING_VERBS]);
const isSpeechVerb = (normal: string): boolean => SPEECH.has(normal);

interface Mention extends Span {
  entity: number;
  /** True when the mention stands inside a quotation (not a script line). */
  quoted: boolean;
}

interface Context {
  input: NormalizedText;
  ann: Annotation;
  mentions: Mention[];
  entities: readonly EntityDraft[];
  quotes: readonly QuoteDraft[];
  /** The last named speaker so far and the block of their quote (news: "he said" is them). */
  lastSpeaker: { speaker: SpeakerDraft; block: number } | null;
  /** True for dialogue-heavy text (fiction), where speakers take turns paragraph by paragraph. */
  dialogueHeavy: boolean;
  /** Each entity's gender, worked out once ({@link genderOf} reads all its mentions). */
  genders: Map<number, Gender>;
  /** For each mention, the last one at or before it that is outside quotes (-1: none). */
  lastUnquoted: Int32Array;
  /** For each token, the last speech verb at or before it (-1: none); made when first asked. */
  lastVerb: Int32Array | null;
  /** Per role, the mentions (indices, rising) whose entity has it; made when first asked. */
  byRole: Map<string, number[]> | null;
  /** The entities most recently named, for "he" / "she"; null when the mentions overlap. */
  recent: RecentNames | null;
}

/**
 * The two entities most recently named outside quotes, for each kind (person or not) and gender,
 * as a sweep over the mentions in order brings them: "he said" needs only to know whether one or
 * more persons (else entities) of the right gender were named in the last paragraphs, so the two
 * latest of each kind and gender answer it without reading every mention of those paragraphs.
 */
interface RecentNames {
  /** Mentions before this index have been swept, for a question at this offset. */
  swept: number;
  offset: number;
  /** Per class ({@link classOf}), the two latest: entity, its mention index, that mention's block. */
  latest: { entity: number; mention: number; block: number }[][];
}

/** A class of {@link RecentNames}: person or not, times gender m / f / unknown. */
function classOf(kind: boolean, gender: Gender): number {
  return (kind ? 3 : 0) + (gender === 'm' ? 1 : gender === 'f' ? 2 : 0);
}

/** Share of paragraphs opening with a quote mark from which a text is dialogue-heavy fiction. */
const DIALOGUE_SHARE = 0.45;
/** How many paragraphs back, outside dialogue-heavy text, "he said" still means the last speaker. */
const SPEAKER_MEMORY_BLOCKS = 3;

/** True when many paragraphs open with a quote mark, as novels' dialogue does (news: rarely). */
function isDialogueHeavy(view: string, blocks: readonly Block[]): boolean {
  const paragraphs = blocks.filter((b) => !b.isHeading);
  if (paragraphs.length < 10) return false;
  const opening = paragraphs.filter((b) => QUOTE_CHARS.has(view[b.start] as string)).length;
  return opening / paragraphs.length >= DIALOGUE_SHARE;
}

type Gender = 'm' | 'f' | null;

/** What a name's first word tells of gender: a title (`Mrs`, `Sir`) or a common given name. */
function genderOfName(name: string): Gender {
  for (const word of name.toLowerCase().split(/[\s.]+/)) {
    if (!word) continue;
    if (MALE_TITLES.has(word) || MALE_NAMES.has(word)) return 'm';
    if (FEMALE_TITLES.has(word) || FEMALE_NAMES.has(word)) return 'f';
    if (!HONORIFICS.has(word)) return null;
  }
  return null;
}

/**
 * The gender the text shows for a speaker: a possessive or object pronoun right after its mentions
 * first (the text knows its people; a given-name list only guesses, and many names are borne by
 * both sexes), else a title or given name of any of its entity's forms, else a he / she opening
 * the sentence after a mention.
 */
function genderOf(ctx: Context, s: { span: Span; entity: number | null }): Gender {
  if (s.entity !== null && ctx.genders.has(s.entity)) return ctx.genders.get(s.entity) as Gender;
  const forms = s.entity === null ? [s.span] : (ctx.entities[s.entity] as EntityDraft).mentions;
  let gender: Gender = genderFromPronouns(ctx, forms, false);
  for (let k = 0; gender === null && k < forms.length; k++) {
    const m = forms[k] as Span;
    gender = genderOfName(ctx.input.view.slice(m.start, m.end));
  }
  gender ??= genderFromPronouns(ctx, forms, true);
  if (s.entity !== null) ctx.genders.set(s.entity, gender);
  return gender;
}

/** Mentions of one entity read for the pronouns after them, and tokens read after each. */
const PRONOUN_SAMPLE_MENTIONS = 12;
const PRONOUN_SAMPLE_TOKENS = 12;
const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/**
 * The gender the text's own pronouns give a name ("Cohen for his character", "Aaliyah … She
 * and"): the first his / her / him, or (with `opening`) he / she opening a sentence, in the few
 * tokens after each of its first mentions, before another name; the majority, and none on a tie.
 * A sentence-opening he / she may speak of someone named earlier, so it counts only when asked.
 */
function genderFromPronouns(ctx: Context, forms: readonly Span[], opening: boolean): Gender {
  const { tokens } = ctx.ann;
  let male = 0;
  let female = 0;
  for (const m of forms.slice(0, PRONOUN_SAMPLE_MENTIONS)) {
    const from = firstAtOrAfter(tokens, m.end);
    const nextMention = ctx.mentions[firstAtOrAfter(ctx.mentions, m.end)];
    for (let t = from; t < tokens.length && t - from < PRONOUN_SAMPLE_TOKENS; t++) {
      const k = tokens[t] as Token;
      if (nextMention && k.start >= nextMention.start) break;
      // "X said he was …" may speak of someone else: a bare he / she counts only opening a sentence.
      const opens = (ctx.ann.sentences[k.sentence] as { firstToken: number }).firstToken === t;
      if ((k.normal === 'he' || k.normal === 'she') && (!opens || !opening)) continue;
      if (MALE_PRONOUNS.has(k.normal)) male++;
      else if (FEMALE_PRONOUNS.has(k.normal)) female++;
      else continue;
      break;
    }
  }
  return male > female ? 'm' : female > male ? 'f' : null;
}

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', she: 'f' };

/** Paragraphs back (besides the current one) where "he" / "she" looks for the person meant. */
const PRONOUN_WINDOW_BLOCKS = 2;

/**
 * "He said": in the paragraph of the last speaker's quote, that speaker; otherwise the one person
 * of the right gender that this paragraph and the two before it name, real people before
 * characters. When two or more fit, as in a dialogue between two women, nobody: a wrong speaker
 * is worse than none.
 */
function pronounReferent(ctx: Context, offset: number, pronoun: string): SpeakerDraft | null {
  const want = PRONOUN_GENDER[pronoun] ?? null;
  const { sentences, tokens } = ctx.ann;
  const blockAt = (at: number): number => sentences[tokens[firstAtOrAfter(tokens, at)]?.sentence ?? -1]?.block ?? -1;
  const block = blockAt(offset);
  const fits = (s: { span: Span; entity: number | null }): boolean => {
    const g = want ? genderOf(ctx, s) : null;
    return g === null || g === want;
  };
  // In the paragraph of the last speaker's quote, "he added" is that speaker; outside dialogue-heavy
  // text (news), so it is for a few paragraphs more: a report keeps quoting one person.
  // "Staunton arrived in green silk. “…,” she said": in a report, the one person the sentence
  // before names as its subject, plainly of that gender.
  const subject = want && !ctx.dialogueHeavy ? subjectBefore(ctx, offset) : null;
  if (subject && genderOf(ctx, subject) === want) return { ...subject, via: 'pronoun' };
  const last = ctx.lastSpeaker;
  const memory = ctx.dialogueHeavy ? 0 : SPEAKER_MEMORY_BLOCKS;
  const recent = ctx.recent;
  const upTo = firstAtOrAfter(ctx.mentions, offset);
  // The sweep answers questions in text order; one asked further back, or past a mention that
  // straddles the offset, is answered by walking back as before.
  const swept = recent !== null && offset >= recent.offset && !straddles(ctx, recent.swept, upTo, offset);
  if (swept) {
    sweep(ctx, recent, upTo, blockAt);
    recent.offset = offset;
  }
  if (last && block - last.block <= memory && fits(last.speaker)) {
    // A last speaker whose gender the text does not show gives way to the one person plainly of
    // that gender named since ("Victoria Wood slated …" then "she said").
    const named = want && swept && last.speaker.entity !== null && genderOf(ctx, last.speaker) === null ? latestNamed(ctx, recent, block, want) : null;
    if (named && named.entity !== last.speaker.entity && genderOf(ctx, named) === want) return named;
    return { ...last.speaker, via: 'pronoun' };
  }
  if (swept) return latestNamed(ctx, recent, block, want);
  const found = new Map<number | string, SpeakerDraft>();
  for (let m = lastMentionBefore(ctx, offset); m && block - blockAt(m.start) <= PRONOUN_WINDOW_BLOCKS; m = lastMentionBefore(ctx, m.start)) {
    if (!found.has(m.entity) && fits({ span: m, entity: m.entity })) found.set(m.entity, { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' });
  }
  const all = [...found.values()];
  const people = all.filter((s) => s.entity === null || (ctx.entities[s.entity] as EntityDraft).kind === 'person');
  const pick = people.length > 0 ? people : all;
  return pick.length === 1 ? (pick[0] as SpeakerDraft) : null;
}

/**
 * The person that the sentence before the one at `offset`, in the same paragraph, names as its
 * subject and names alone (a sentence with two names, or none, gives nobody).
 */
function subjectBefore(ctx: Context, offset: number): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const here = tokens[firstAtOrAfter(tokens, offset)];
  if (!here) return null;
  const before = sentences[here.sentence - 1];
  const current = sentences[here.sentence];
  if (!before || !current || before.block !== current.block) return null;
  const first = tokens[before.firstToken];
  const lastTok = tokens[current.firstToken - 1];
  if (!first || !lastTok || current.firstToken - before.firstToken > MAX_PRIOR_SENTENCE_TOKENS) return null;
  let subject: Mention | null = null;
  for (let k = firstAtOrAfter(ctx.mentions, first.start); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start >= lastTok.end) break;
    if (m.quoted) continue;
    if (subject && m.entity !== subject.entity) return null;
    subject ??= m;
  }
  if (!subject || !isSubjectMention(ctx, subject) || (ctx.entities[subject.entity] as EntityDraft).kind !== 'person') return null;
  return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'pronoun' };
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
function sweep(ctx: Context, recent: RecentNames, upTo: number, blockAt: (at: number) => number): void {
  for (let i = recent.swept; i < upTo; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.quoted) continue;
    const entity = ctx.entities[m.entity] as EntityDraft;
    const latest = recent.latest[classOf(entity.kind === 'person', genderOf(ctx, { span: m, entity: m.entity }))] as RecentNames['latest'][number];
    const named = { entity: m.entity, mention: i, block: blockAt(m.start) };
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
 * paragraphs, else the one entity of any kind; none when two or more fit.
 */
function latestNamed(ctx: Context, recent: RecentNames, block: number, want: Gender): SpeakerDraft | null {

  const inWindow = (kind: boolean): RecentNames['latest'][number] => {
    const genders: Gender[] = want === 'm' ? ['m', null] : want === 'f' ? ['f', null] : ['m', 'f', null];
    return genders
      .flatMap((g) => recent.latest[classOf(kind, g)] as RecentNames['latest'][number])
      .filter((x) => block - x.block <= PRONOUN_WINDOW_BLOCKS && !isOutlet(mentionText(ctx, x.mention)))
      .sort((a, b) => b.mention - a.mention)
      .slice(0, 2);
  };
  const people = inWindow(true);
  const pick = people.length > 0 ? people : inWindow(false);
  if (pick.length !== 1) return null;
  const m = ctx.mentions[(pick[0] as RecentNames['latest'][number][number]).mention] as Mention;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
}

function mentionText(ctx: Context, i: number): string {
  const m = ctx.mentions[i] as Mention;
  return ctx.input.view.slice(m.start, m.end);
}

/** The entity mention exactly at or inside a span, preferring the last one. */
function mentionIn(ctx: Context, span: Span): Mention | null {
  let found: Mention | null = null;
  for (let i = firstAtOrAfter(ctx.mentions, span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (m.end <= span.end) found = m;
  }
  return found;
}

function speakerAt(ctx: Context, span: Span, via: SpeakerDraft['via']): SpeakerDraft {
  const m = mentionIn(ctx, span);
  return m ? { span: { start: m.start, end: m.end }, entity: m.entity, via } : { span, entity: null, via };
}

/** Longest speaker after a dash (`” – Assembly Woman (Park Eun-Hee)`), in characters. */
const MAX_DASH_SPEAKER = 80;

/** 2. `” – Name` or `” – Descriptor (Name)` up to the end of the line. */
function byDash(ctx: Context, q: QuoteDraft): SpeakerDraft | null {
  const { view } = ctx.input;
  let i = q.close.end;
  while (i < view.length && view[i] === ' ') i++;
  if (!isDash(view[i]) || view[i + 1] !== ' ') return null;
  i += 1;
  while (i < view.length && view[i] === ' ') i++;
  // The rest of the line, white space at its end left out; read no further than a speaker's
  // name can reach, so a long line of quotes and dashes is not read once per quote.
  let end = i;
  for (let k = i; k < view.length && view[k] !== '\n'; k++) {
    if (isSpace(view[k])) continue;
    end = k + 1;
    if (end - i > MAX_DASH_SPEAKER) return null;
  }
  if (end <= i || !isUpper(view[i])) return null;
  if (view[end - 1] === ')') {
    let open = end - 2;
    while (open > i && view[open] !== '(') open--;
    if (open > i && isUpper(view[open + 1])) return speakerAt(ctx, { start: open + 1, end: end - 1 }, 'dash');
  }
  const text = view.slice(i, end);
  if (/[.!?]$/.test(text) || text.split(' ').length > 5) return null;
  return speakerAt(ctx, { start: i, end }, 'dash');
}

/** The last entity mention that ends before `offset`, outside quotes. */
function lastMentionBefore(ctx: Context, offset: number): Mention | null {
  // Stepping from one mention outside quotes to the one before, over any run of quoted ones.
  for (let i = firstAtOrAfter(ctx.mentions, offset) - 1; i >= 0; i--) {
    i = ctx.lastUnquoted[i] as number;
    if (i < 0) return null;
    const m = ctx.mentions[i] as Mention;
    if (m.end <= offset) return m;
  }
  return null;
}

/** The subject of the speech verb at token `v`: a name, a role noun or a pronoun before it. */
function subjectOf(ctx: Context, v: number, quoteStart: number): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  let t = v - 1;
  while (t >= 0 && VERB_FILLERS.has((tokens[t] as Token).normal)) t--;
  // "Mark Mackie, director of Regular Music, said": step back over the appositive.
  if (tokens[t]?.normal === ',') {
    for (let k = t - 1; k >= 0 && k >= t - MAX_APPOSITIVE_TOKENS; k--) {
      const tk = tokens[k] as Token;
      if (tk.sentence !== (tokens[v] as Token).sentence) break;
      if (tk.normal === ',') {
        t = k - 1;
        break;
      }
    }
  }
  const tok = tokens[t];
  if (!tok || tok.sentence !== (tokens[v] as Token).sentence) return null;
  const around = ctx.mentions[containing(ctx.mentions, tok.start)];
  const m = mentionIn(ctx, { start: tok.start, end: tok.end }) ?? (around && tok.end <= around.end ? around : null);
  if (m) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  if (SPEAKER_PRONOUNS.has(tok.normal)) {
    return pronounReferent(ctx, tok.start, tok.normal);
  }
  // "the director elaborated" names a role precise enough to find the person; "a spokesman" does not.
  const role = ROLE_NOUNS.get(tok.normal);
  if (role && role !== 'other') {
    // "the director elaborated" → the last person before the quote with that role: among the
    // mentions with that role, the last that starts before the quote and also ends before it.
    const withRole = mentionsWithRole(ctx, role);
    let lo = 0;
    let hi = withRole.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ctx.mentions[withRole[mid] as number] as Mention).start < quoteStart) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo - 1; j >= 0; j--) {
      const m2 = ctx.mentions[withRole[j] as number] as Mention;
      if (m2.end <= quoteStart) return { span: { start: m2.start, end: m2.end }, entity: m2.entity, via: 'verb' };
    }
    return null;
  }
  // "the 74-year-old comedian said": the person named last before, when the phrase fits one.
  if (PERSON_NOUNS.has(tok.normal)) {
    let s = t;
    while (s > 0 && t - s < MAX_DESCRIPTION_TOKENS && (tokens[s] as Token).normal !== 'the' && (tokens[s - 1] as Token).sentence === tok.sentence) s--;
    return describedPerson(ctx, { start: s, end: t + 1 }, quoteStart);
  }
  // An organisation or other proper noun that is not a known entity ("Netflix has promised").
  if (tok.pos === 'PROPN' && isUpper(tok.value[0])) {
    let s = t;
    while (s > 0 && (tokens[s - 1] as Token).pos === 'PROPN' && (tokens[s - 1] as Token).sentence === tok.sentence && isUpper((tokens[s - 1] as Token).value[0])) s--;
    const span = { start: (tokens[s] as Token).start, end: tok.end };
    return isOutlet(ctx.input.view.slice(span.start, span.end)) ? null : { span, entity: null, via: 'verb' };
  }
  return null;
}

/** The mentions whose entity has `role`, by index, rising; the index made at the first question. */
function mentionsWithRole(ctx: Context, role: string): number[] {
  if (!ctx.byRole) {
    const byRole = new Map<string, number[]>();
    ctx.mentions.forEach((m, i) => {
      for (const r of (ctx.entities[m.entity] as EntityDraft).roles) {
        let list = byRole.get(r);
        if (!list) byRole.set(r, (list = []));
        list.push(i);
      }
    });
    ctx.byRole = byRole;
  }
  return ctx.byRole.get(role) ?? [];
}

/** For each token, the last speech verb at or before it (-1: none), made when first asked. */
function lastVerbs(ctx: Context): Int32Array {
  if (!ctx.lastVerb) {
    const { tokens } = ctx.ann;
    const last = new Int32Array(tokens.length);
    let v = -1;
    for (let t = 0; t < tokens.length; t++) {
      if (isSpeechVerb((tokens[t] as Token).normal)) v = t;
      last[t] = v;
    }
    ctx.lastVerb = last;
  }
  return ctx.lastVerb;
}

/** Longest appositive stepped over between a subject and its verb ("X, director of Y, said"). */
const MAX_APPOSITIVE_TOKENS = 8;

/** One to three lower-case words between a speech verb and a name: a role ("keyboard player"). */
const APPOSITIVE = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,2}$/;

/** Up to three capitalised proper-noun tokens from token `t`, in one sentence, as a span; or null. */
function properNounAt(ctx: Context, t: number): Span | null {
  const { tokens } = ctx.ann;
  const first = tokens[t];
  if (!first || first.pos !== 'PROPN' || !isUpper(first.value[0])) return null;
  let last = t;
  while (last - t < 2) {
    const next = tokens[last + 1];
    // "Mr Stamp": after a title the next capitalised word belongs to the name whatever its tag.
    const titled = HONORIFICS.has((tokens[last] as Token).normal.replace(/\.$/, ''));
    if (!next || (next.pos !== 'PROPN' && !titled) || !isUpper(next.value[0]) || next.sentence !== first.sentence || next.start !== (tokens[last] as Token).end + 1) break;
    last++;
  }
  return { start: first.start, end: (tokens[last] as Token).end };
}

/** 3. A speech verb before the quote in its sentence, or right after the quote. */
function byVerb(ctx: Context, q: QuoteDraft): SpeakerDraft | null {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  const first = tokens[at];
  const sentence = first ? sentences[first.sentence] : undefined;
  // The last speech verb before the quote in its sentence: only the token before the quote can
  // hold the quote mark inside it, and it does not count.
  let from = at - 1;
  const straddling = tokens[from];
  if (straddling && straddling.start < q.open.start && straddling.end > q.open.start) from--;
  const verb = sentence && from >= 0 ? (lastVerbs(ctx)[from] as number) : -1;
  if (sentence && verb >= sentence.firstToken) {
    const t = verb;
    // "said Mr Weitz, “…”": the name right after the verb; never after "told" / "asked", whose
    // next name is the listener or the outlet ("told Nick that", "told BBC News:").
    const next = tokens[t + 1];
    if (next && next.start < q.open.start && !OBJECT_VERBS.has((tokens[t] as Token).normal)) {
      const m = mentionIn(ctx, { start: next.start, end: q.open.start });
      if (m && m.start === next.start) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    }
    return subjectOf(ctx, t, q.start);
  }
  // "“…”, said Mr Weitz." / "“…” Lee said."
  let t = firstAtOrAfter(tokens, q.close.end);
  if (tokens[t]?.normal === ',') t++;
  const tok = tokens[t];
  if (!tok) return null;
  if (isSpeechVerb(tok.normal)) {
    const m = mentionIn(ctx, { start: tok.end, end: (tokens[t + 6] ?? tokens[tokens.length - 1] as Token).end });
    // "said Mr Weitz", or with a role between: "said keyboard player Nick Rhodes".
    const gap = m ? ctx.input.view.slice(tok.end, m.start).trim() : '-';
    if (m && (gap === '' || APPOSITIVE.test(gap))) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    // "said Oscar-winning star Kate Winslet", "said the festival's director, Craig Prater": the
    // name that ends the phrase after the verb.
    const phrase = describedPhrase(ctx, t + 1);
    const named = phrase && nameInPhrase(ctx, phrase);
    if (named) return named;
    // "said Gervais": a proper noun the names stage did not list is still the speaker, by name.
    const name = properNounAt(ctx, t + 1);
    const whole = name !== null && (!phrase || name.end >= (tokens[phrase.end - 1] as Token).end);
    if (name && whole && !isOutlet(ctx.input.view.slice(name.start, name.end))) return { span: name, entity: null, via: 'verb' };
    // "said the 74-year-old comedian": the person named last before the quote.
    return phrase ? describedPerson(ctx, phrase, q.open.start) : null;
  }
  const m = mentionIn(ctx, { start: tok.start, end: (tokens[t + 3] ?? tok).end });
  if (m && m.start === tok.start) {
    const after = firstAtOrAfter(tokens, m.end);
    if (isSpeechVerb(tokens[after]?.normal ?? '')) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  }
  // "” MP Kefa Ssempgani told parliament": a proper noun, then the verb.
  const lead = ROLE_NOUNS.has(tok.normal) || tok.normal === 'mp' ? t + 1 : t;
  const name = properNounAt(ctx, lead);
  if (name && !isOutlet(ctx.input.view.slice(name.start, name.end)) && isSpeechVerb(tokens[firstAtOrAfter(tokens, name.end)]?.normal ?? '')) return { span: name, entity: null, via: 'verb' };
  // "” William Hill spokesman Rupert Adams said", "” the 74-year-old comedian told Radio 1": a
  // phrase, then the verb.
  const phrase = closesSentence(ctx, q) ? null : describedPhrase(ctx, t);
  if (phrase && isSpeechVerb(tokens[phrase.end]?.normal ?? '')) {
    return nameInPhrase(ctx, phrase) ?? describedPerson(ctx, phrase, q.open.start);
  }
  if (SPEAKER_PRONOUNS.has(tok.normal) && isSpeechVerb(tokens[t + 1]?.normal ?? '')) {
    return pronounReferent(ctx, q.open.start, tok.normal);
  }
  return null;
}

/** Speech verbs whose next word is the listener, not the speaker ("told Nick", "asked BBC News"). */
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'reminded', 'reminds', 'assured', 'assures', 'warn', 'warns', 'warned',
  'urged', 'begged', 'begs', 'scolded',
]);

/** Token `t` of the annotation. */
const tok = (ctx: Context, t: number): Token => ctx.ann.tokens[t] as Token;

/** Words of press, radio and TV names: an outlet is never the speaker ("told BBC News"). */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'bbc', 'news', 'radio', 'times', 'reporter', 'magazine', 'variety', 'billboard', 'guardian', 'telegraph',
  'mirror', 'herald', 'journal', 'tribune', 'itv', 'cnn', 'nme',
  'mtv', 'channel', 'newspaper', 'associated', 'reuters', 'weekly', 'daily', 'tv',
]);

/** True when a capitalised phrase is a newspaper, broadcaster or magazine. */
function isOutlet(text: string): boolean {
  return text.toLowerCase().split(/[\s']+/).some((w) => OUTLET_WORDS.has(w));
}

/** True when a quote's words end with a full stop: what follows starts a sentence of its own. */
function closesSentence(ctx: Context, q: QuoteDraft): boolean {
  return ctx.input.view.slice(q.start, q.end).trimEnd().endsWith('.');
}

/** Longest description between a speech verb and a name ("the festival's executive director"). */
const MAX_DESCRIPTION_TOKENS = 9;

/** Tags of the words a description of a person is made of. */
const DESCRIPTION_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PART']);

/** Words that end a description: what follows them is another clause. */
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those', 'which', 'who', 'what', 'it', 'there']);

/**
 * The token range [start, end) of a noun phrase from token `t` in its sentence: determiners,
 * adjectives, numbers, nouns, proper nouns and possessives ("the two-time Academy Award winner"),
 * and one comma when a name follows it ("the festival's director, Craig Prater"). Null when none.
 */
function describedPhrase(ctx: Context, t: number): { start: number; end: number } | null {
  const { tokens } = ctx.ann;
  const first = tokens[t];
  if (!first) return null;
  let e = t;
  let comma = false;
  while (e < tokens.length && e - t < MAX_DESCRIPTION_TOKENS) {
    const k = tokens[e] as Token;
    if (k.sentence !== first.sentence || NOT_DESCRIPTION.has(k.normal)) break;
    const prev = tokens[e - 1];
    const titled = e > t && prev !== undefined && HONORIFICS.has(prev.normal.replace(/\.$/, '')) && isUpper(k.value[0]);
    // "Oscar-winning", "two-time": the word after a hyphen belongs to the compound whatever its tag.
    const compound = e > t && prev?.normal === '-' && prev.end === k.start;
    // "founder and director Elliot Grove": "and" between two words of the description.
    const joined = k.normal === 'and' && e > t && prev !== undefined && !isUpper(prev.value[0]) && DESCRIPTION_POS.has(prev.pos);
    if (k.normal === '-' || DESCRIPTION_POS.has(k.pos) || titled || compound || joined) {
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

/** True when token `t` starts an entity mention or is an honorific or "MP" before a name. */
function mentionOrTitleAt(ctx: Context, t: number): boolean {
  const k = tok(ctx, t);
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, k.start)];
  return (m !== undefined && m.start === k.start) || HONORIFICS.has(k.normal.replace(/\.$/, '')) || k.normal === 'mp';
}

/**
 * The name a phrase after or before a speech verb ends with: its last entity mention, else its
 * last run of capitalised words when a role noun or title stands right before that run ("said
 * Titanic actress Kate Winslet"); never an outlet. Null when the phrase holds no name.
 */
function nameInPhrase(ctx: Context, phrase: { start: number; end: number }): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const span = { start: tok(ctx, phrase.start).start, end: tok(ctx, phrase.end - 1).end };
  const m = mentionIn(ctx, span);
  // The mention must close the phrase (or its part before the comma): "said Winslet's co-star" is not Winslet.
  if (m) {
    const after = tokens[firstAtOrAfter(tokens, m.end)];
    const closes = !after || firstAtOrAfter(tokens, m.end) >= phrase.end || after.normal === ',';
    if (closes && !isOutlet(ctx.input.view.slice(m.start, m.end))) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    return null;
  }
  let last = phrase.end - 1;
  const capital = (k: number): boolean => isUpper(tok(ctx, k).value[0]) && (tok(ctx, k).pos === 'PROPN' || (k > phrase.start && HONORIFICS.has(tok(ctx, k - 1).normal.replace(/\.$/, ''))));
  if (!capital(last) || HONORIFICS.has(tok(ctx, last).normal.replace(/\.$/, ''))) return null;
  let first = last;
  while (first > phrase.start && capital(first - 1) && last - first < 2) first--;
  const before = tokens[first - 1];
  // A role before the name ("Arts minister Estelle Morris"): a lower-case noun, or a comma.
  const role = (w: Token): boolean => ROLE_NOUNS.has(w.normal) || DESCRIPTOR_NOUNS.has(w.normal) || (w.pos === 'NOUN' && !isUpper(w.value[0])) || w.normal === ',';
  const cued = first === phrase.start || (before !== undefined && first - 1 >= phrase.start && role(before));
  if (!cued) return null;
  const name = { start: tok(ctx, first).start, end: tok(ctx, last).end };
  if (isOutlet(ctx.input.view.slice(name.start, name.end))) return null;
  return { span: name, entity: null, via: 'verb' };
}

/** Nouns that describe a public person in a report ("the 74-year-old comedian", "the winner"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...[...ROLE_NOUNS.keys()].filter((w) => !['spokesman', 'spokeswoman', 'spokesperson', 'executive', 'boss', 'critic', 'journalist', 'actors', 'model'].includes(w)),
  'winner', 'nominee', 'veteran', 'legend', 'icon', 'performer', 'entertainer', 'comic', 'star', 'hitmaker', 'diva', 'crooner', 'frontwoman', 'vocalist', 'bassist', 'pianist',
]);

/** Paragraphs back (besides the current one) where a description looks for the person it means. */
const DESCRIPTION_WINDOW_BLOCKS = 1;

/**
 * "said the 74-year-old comedian", "the two-time Academy Award winner added": a phrase opening
 * with "the" and ending with a noun for a public person means the person named last before the
 * quote (outside quotes, this paragraph or the one before). Not "the band's spokesman" (a
 * possessive makes it someone else) nor "a spokesman".
 */
function describedPerson(ctx: Context, phrase: { start: number; end: number }, quoteStart: number): SpeakerDraft | null {
  const head = tok(ctx, phrase.start);
  const noun = tok(ctx, phrase.end - 1);
  if (head.normal !== 'the' || !PERSON_NOUNS.has(noun.normal)) return null;
  for (let k = phrase.start + 1; k < phrase.end; k++) {
    const w = tok(ctx, k);
    if (w.pos === 'PART' || w.normal === "'s" || w.normal === '’s' || w.normal === ',') return null;
  }
  const { sentences, tokens } = ctx.ann;
  // "said the director behind JFK" goes on about someone else: the phrase must close the clause.
  const next = tokens[phrase.end];
  if (next && next.sentence === head.sentence && next.pos !== 'PUNCT' && !isSpeechVerb(next.normal) && !CLAUSE_AFTER_DESCRIPTION.has(next.normal)) return null;
  const blockAt = (at: number): number => sentences[tokens[firstAtOrAfter(tokens, at)]?.sentence ?? -1]?.block ?? -1;
  const want: Gender = noun.normal === 'actress' || noun.normal === 'frontwoman' || noun.normal === 'diva' ? 'f' : null;
  // The nearest mention that is the subject of its sentence ("Corbett, soon to reunite with Ronnie
  // Barker, …": Corbett), a few mentions back at most.
  let m = lastMentionBefore(ctx, Math.min(quoteStart, head.start));
  for (let n = 0; m && n < MAX_DESCRIPTION_LOOKBACK; n++, m = lastMentionBefore(ctx, m.start)) {
    if (blockAt(quoteStart) - blockAt(m.start) > DESCRIPTION_WINDOW_BLOCKS) return null;
    if (!isSubjectMention(ctx, m)) continue;
    const entity = ctx.entities[m.entity] as EntityDraft;
    if (entity.kind !== 'person') return null;
    if (want && genderOf(ctx, { span: m, entity: m.entity }) !== want) return null;
    return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'context' };
  }
  return null;
}

/** Mentions a description looks back over for the subject it means. */
const MAX_DESCRIPTION_LOOKBACK = 4;

/** Words after a description that keep it the whole subject ("said the comedian in an interview"). */
const CLAUSE_AFTER_DESCRIPTION: ReadonlySet<string> = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'when', 'as', 'while', 'who', 'recently', 'earlier', 'later', 'yesterday']);

/**
 * True when a mention opens its sentence, alone or after a short description of the same person
 * ("Producer Kevin Wallace said", "Fletcher's daughter Jill said"): the sentence is about them.
 */
function isSubjectMention(ctx: Context, m: Mention): boolean {
  const { tokens, sentences } = ctx.ann;
  const at = firstAtOrAfter(tokens, m.start);
  const first = tok(ctx, at);
  const open = (sentences[first.sentence] as { firstToken: number }).firstToken;
  if (at - open > MAX_DESCRIPTION_TOKENS) return false;
  for (let k = open; k < at; k++) {
    const w = tok(ctx, k);
    if (!DESCRIPTION_POS.has(w.pos) && w.normal !== '-' && w.normal !== 'of') return false;
  }
  return true;
}

/** Stage 6: one speaker (or null) per quote, in the quotes' order. */
export function attributeSpeakers(
  input: NormalizedText,
  ann: Annotation,
  blocks: readonly Block[],
  entities: readonly EntityDraft[],
  quotes: readonly QuoteDraft[],
): (SpeakerDraft | null)[] {
  const mentions: Mention[] = entities
    .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity, quoted: false })))
    .sort((a, b) => a.start - b.start);
  // Which mentions stand inside a quotation: one sweep over both sorted lists.
  const spoken = quotes.filter((q) => q.kind !== 'dialogue');
  let k = 0;
  for (const m of mentions) {
    while (k < spoken.length && (spoken[k] as QuoteDraft).end < m.end) k++;
    const q = spoken[k];
    m.quoted = q !== undefined && q.start <= m.start && m.end <= q.end;
  }
  const lastUnquoted = new Int32Array(mentions.length);
  let unquoted = -1;
  mentions.forEach((m, i) => {
    if (!m.quoted) unquoted = i;
    lastUnquoted[i] = unquoted;
  });
  // The sweep reads the mentions outside quotes one after another, as the walk back does only when
  // none overlaps the next.
  let overlap = false;
  let previousEnd = -1;
  for (const m of mentions) {
    if (m.quoted) continue;
    if (m.start < previousEnd) overlap = true;
    previousEnd = m.end;
  }
  const ctx: Context = {
    input,
    ann,
    mentions,
    entities,
    quotes,
    lastSpeaker: null,
    dialogueHeavy: isDialogueHeavy(input.view, blocks),
    genders: new Map(),
    lastUnquoted,
    lastVerb: null,
    byRole: null,
    recent: overlap ? null : { swept: 0, offset: -1, latest: [[], [], [], [], [], []] },
  };
  const speakers: (SpeakerDraft | null)[] = [];
  interface Previous {
    quote: QuoteDraft | null;
    sentence: number;
    block: number;
    speaker: SpeakerDraft | null;
  }
  const last: Previous = { quote: null, sentence: -1, block: -1, speaker: null };
  for (const q of quotes) {
    let speaker: SpeakerDraft | null = null;
    if (q.kind === 'dialogue' && q.scriptSpeaker) speaker = speakerAt(ctx, q.scriptSpeaker, 'script');
    else if (q.kind === 'speech') {
      const at = ann.tokens[firstAtOrAfter(ann.tokens, q.open.start)];
      const sentence = at?.sentence ?? -1;
      const block = ann.sentences[sentence]?.block ?? -1;
      speaker = byDash(ctx, q) ?? byVerb(ctx, q) ?? byLeadIn(ctx, q);
      // 4. The same sentence, or "“A,” said X. “B”": only the attribution stands between them.
      const prev = last.speaker;
      if (!speaker && prev && last.quote && (last.sentence === sentence || (last.block === block && (onlyAttribution(ctx, last.quote, q) || nothingBetween(ctx, last.quote, q))))) {
        speaker = { ...prev, via: 'context' };
      }
      speaker ??= byPriorSentence(ctx, q, last.quote);
      Object.assign(last, { quote: q, sentence, block, speaker });
      if (speaker) ctx.lastSpeaker = { speaker, block };
    }
    speakers.push(speaker);
  }
  return speakers;
}

/** Verbs that make the subject of the sentence before a quote its speaker ("X remembered the night."). */
const PRIOR_SENTENCE_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...REPORTING_VERBS,
  'remembered', 'remembers', 'spoke', 'speaks', 'talked', 'talks', 'reminisced', 'recounted', 'recounts',
  'thanked', 'thanks', 'praised', 'praises', 'criticised', 'criticized', 'criticises', 'defended', 'defends',
  'hit', 'attacked', 'attacks', 'paid', 'pays', 'looked', 'looks', 'went', 'goes', 'dismissed', 'dismisses',
]);

/** Longest sentence before a quote read for its subject, in tokens. */
const MAX_PRIOR_SENTENCE_TOKENS = 40;

/**
 * 5. "Lee remembered the night. “…”": outside dialogue-heavy fiction, a quote that opens a
 * sentence right after one whose subject is a name and whose verb is one of speech or of
 * remembering, with no other name and no quote in it, is that person's.
 */
function byPriorSentence(ctx: Context, q: QuoteDraft, previous: QuoteDraft | null): SpeakerDraft | null {
  if (ctx.dialogueHeavy) return null;
  const { view } = ctx.input;
  const { tokens, sentences } = ctx.ann;
  let i = q.open.start - 1;
  while (i >= 0 && (view[i] === ' ' || view[i] === '\t')) i--;
  if (i < 0 || (view[i] !== '.' && view[i] !== '!')) return null;
  const endTok = firstAtOrAfter(tokens, i + 1) - 1;
  const lastTok = tokens[endTok];
  if (!lastTok) return null;
  const sentence = sentences[lastTok.sentence] as { firstToken: number };
  const open = sentence.firstToken;
  if (endTok - open > MAX_PRIOR_SENTENCE_TOKENS) return null;
  const startAt = tok(ctx, open).start;
  if (previous && previous.end > startAt) return null;
  // The sentence's one name, at its start: "Lee", "Producer Kevin Wallace".
  let subject: Mention | null = null;
  for (let k = firstAtOrAfter(ctx.mentions, startAt); k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k] as Mention;
    if (m.start > lastTok.end) break;
    if (subject && m.entity !== subject.entity) return null;
    subject ??= m;
  }
  if (!subject || !isSubjectMention(ctx, subject)) return null;
  let v = firstAtOrAfter(tokens, subject.end);
  while (v <= endTok && VERB_FILLERS.has(tok(ctx, v).normal)) v++;
  if (v > endTok || !PRIOR_SENTENCE_VERBS.has(tok(ctx, v).normal)) return null;
  if ((ctx.entities[subject.entity] as EntityDraft).kind !== 'person') return null;
  return { span: { start: subject.start, end: subject.end }, entity: subject.entity, via: 'context' };
}

/** Longest stretch between two quotes that can be only an attribution ("returned Marilla."). */
const MAX_ATTRIBUTION = 80;

/** True when the text between two quotes is a short attribution and no second sentence. */
function onlyAttribution(ctx: Context, before: QuoteDraft, q: QuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  if (between.length > MAX_ATTRIBUTION) return false;
  const ends = between.match(/[.!?](?=\s|$)/g)?.length ?? 0;
  return ends <= 1 && /\p{L}/u.test(between) === true && hasSpeechVerb(ctx, before.close.end, q.open.start);
}

/**
 * True when only white space and punctuation stand between two quotes of one paragraph
 * (`He said: "A." "B."`): the second goes on with the first's words; a name or a verb between
 * would make it someone else's.
 */
function nothingBetween(ctx: Context, before: QuoteDraft, q: QuoteDraft): boolean {
  const between = ctx.input.view.slice(before.close.end, q.open.start);
  return between.length <= MAX_ATTRIBUTION && !/[\p{L}\p{N}]/u.test(between);
}

function hasSpeechVerb(ctx: Context, start: number, end: number): boolean {
  const { tokens } = ctx.ann;
  for (let t = firstAtOrAfter(tokens, start); t < tokens.length && (tokens[t] as Token).start < end; t++) {
    if (isSpeechVerb((tokens[t] as Token).normal)) return true;
  }
  return false;
}

/** 3b. A quote that opens its paragraph after one ending "Matthew said:" or "He added:". */
function byLeadIn(ctx: Context, q: QuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const first = firstAtOrAfter(tokens, q.open.start);
  const colon = tokens[first - 1];
  if (!colon || colon.value !== ':' || ctx.input.view.slice(colon.end, q.open.start).indexOf('\n') < 0) return null;
  for (let t = first - 2; t >= 0 && t >= first - 4; t--) {
    if (isSpeechVerb((tokens[t] as Token).normal)) return subjectOf(ctx, t, q.start);
  }
  return null;
}
