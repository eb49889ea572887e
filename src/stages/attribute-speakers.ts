/**
 * Stage 6: attribute speakers.
 *
 * For each speech or dialogue quote, in this order (the first that answers wins):
 * 1. `script`: the speaker of a `Name : words` line;
 * 2. `dash`: `“…” – Wu-Jin`, `“…” – Assembly Woman (Park Eun-Hee)` (the name in brackets wins over
 *    the descriptor);
 * 3. `verb`: a speech verb before the quote in its sentence, or right after the quote, with its
 *    subject: a name (`as On-Jo says`, `said Mr Weitz`, `Netflix has promised`), a role noun
 *    (`the director elaborated` → the person with that role), or a pronoun (→ `pronoun`, the last
 *    named person before the quote);
 *    Or a paragraph-opening quote after a paragraph that ends "Matthew said:".
 * 4. a later quote in the same sentence as an attributed one, or right after it with only the
 *    attribution between ("“A,” returned Marilla. “B”"), shares its speaker (`context`).
 * When nothing answers, the speaker stays null: a wrong speaker is worse than none.
 */
import { FEMALE_NAMES, MALE_NAMES } from '../data/given-names';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES } from '../data/honorifics';
import { QUOTE_CHARS } from '../data/quote-pairs';
import { ROLE_NOUNS } from '../data/role-words';
import { SPEAKER_PRONOUNS, SPEECH_VERBS, VERB_FILLERS } from '../data/speech-verbs';
import type { Span } from '../types';
import { isDash, isSpace, isUpper } from '../text/chars';
import { containing, firstAtOrAfter } from '../text/search';
import { WordSet } from '../text/words';
import type { Annotation, Block, EntityDraft, NormalizedText, QuoteDraft, SpeakerDraft, Token } from './stage-types';

/** Speech verbs ("said", "told"), read at many tokens: most fail the set's first test. */
const SPEECH = new WordSet(SPEECH_VERBS);
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

/** The gender the text shows for a speaker: any of its entity's forms, else its own name. */
function genderOf(ctx: Context, s: { span: Span; entity: number | null }): Gender {
  if (s.entity !== null && ctx.genders.has(s.entity)) return ctx.genders.get(s.entity) as Gender;
  const forms = s.entity === null ? [s.span] : (ctx.entities[s.entity] as EntityDraft).mentions;
  let gender: Gender = null;
  for (const m of forms) {
    gender = genderOfName(ctx.input.view.slice(m.start, m.end));
    if (gender) break;
  }
  if (s.entity !== null) ctx.genders.set(s.entity, gender);
  return gender;
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
  const last = ctx.lastSpeaker;
  const memory = ctx.dialogueHeavy ? 0 : SPEAKER_MEMORY_BLOCKS;
  if (last && block - last.block <= memory && fits(last.speaker)) return { ...last.speaker, via: 'pronoun' };
  const recent = ctx.recent;
  const upTo = firstAtOrAfter(ctx.mentions, offset);
  // The sweep answers questions in text order; one asked further back, or past a mention that
  // straddles the offset, is answered by walking back as before.
  if (recent && offset >= recent.offset && !straddles(ctx, recent.swept, upTo, offset)) {
    sweep(ctx, recent, upTo, blockAt);
    recent.offset = offset;
    return latestNamed(ctx, recent, block, want);
  }
  const found = new Map<number | string, SpeakerDraft>();
  for (let m = lastMentionBefore(ctx, offset); m && block - blockAt(m.start) <= PRONOUN_WINDOW_BLOCKS; m = lastMentionBefore(ctx, m.start)) {
    if (!found.has(m.entity) && fits({ span: m, entity: m.entity })) found.set(m.entity, { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' });
  }
  const all = [...found.values()];
  const people = all.filter((s) => s.entity === null || (ctx.entities[s.entity] as EntityDraft).kind === 'person');
  const pick = people.length > 0 ? people : all;
  return pick.length === 1 ? (pick[0] as SpeakerDraft) : null;
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
      .filter((x) => block - x.block <= PRONOUN_WINDOW_BLOCKS)
      .sort((a, b) => b.mention - a.mention)
      .slice(0, 2);
  };
  const people = inWindow(true);
  const pick = people.length > 0 ? people : inWindow(false);
  if (pick.length !== 1) return null;
  const m = ctx.mentions[(pick[0] as RecentNames['latest'][number][number]).mention] as Mention;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'pronoun' };
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
  // An organisation or other proper noun that is not a known entity ("Netflix has promised").
  if (tok.pos === 'PROPN' && isUpper(tok.value[0])) {
    let s = t;
    while (s > 0 && (tokens[s - 1] as Token).pos === 'PROPN' && (tokens[s - 1] as Token).sentence === tok.sentence && isUpper((tokens[s - 1] as Token).value[0])) s--;
    return { span: { start: (tokens[s] as Token).start, end: tok.end }, entity: null, via: 'verb' };
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
    // "said Mr Weitz, “…”": the name right after the verb.
    const next = tokens[t + 1];
    if (next && next.start < q.open.start) {
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
    // "said Gervais": a proper noun the names stage did not list is still the speaker, by name.
    const name = properNounAt(ctx, t + 1);
    return name ? { span: name, entity: null, via: 'verb' } : null;
  }
  const m = mentionIn(ctx, { start: tok.start, end: (tokens[t + 3] ?? tok).end });
  if (m && m.start === tok.start) {
    const after = firstAtOrAfter(tokens, m.end);
    if (isSpeechVerb(tokens[after]?.normal ?? '')) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
  }
  // "” MP Kefa Ssempgani told parliament": a proper noun, then the verb.
  const lead = ROLE_NOUNS.has(tok.normal) || tok.normal === 'mp' ? t + 1 : t;
  const name = properNounAt(ctx, lead);
  if (name && isSpeechVerb(tokens[firstAtOrAfter(tokens, name.end)]?.normal ?? '')) return { span: name, entity: null, via: 'verb' };
  if (SPEAKER_PRONOUNS.has(tok.normal) && isSpeechVerb(tokens[t + 1]?.normal ?? '')) {
    return pronounReferent(ctx, q.open.start, tok.normal);
  }
  return null;
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
      if (!speaker && prev && last.quote && (last.sentence === sentence || (last.block === block && onlyAttribution(ctx, last.quote, q)))) {
        speaker = { ...prev, via: 'context' };
      }
      Object.assign(last, { quote: q, sentence, block, speaker });
      if (speaker) ctx.lastSpeaker = { speaker, block };
    }
    speakers.push(speaker);
  }
  return speakers;
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
