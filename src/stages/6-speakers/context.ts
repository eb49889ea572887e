/** What the sieves share: the mentions, the text's kind, the last speaker, lazily built indexes. */
import { QUOTE_CHARS } from '../../data/quote-pairs';
import { NOUN_DETERMINERS, OUTLET_LEADS } from '../../data/speaker-words';
import { PARTICIPLE_VERBS, REPORTING_VERBS, SPEECH_VERBS } from '../../data/speech-verbs';
import { isUpper } from '../../text/chars';
import { KeptArray } from '../../text/kept-array';
import { firstAtOrAfter } from '../../text/search';
import { NumberedWords } from '../../text/word-numbers';
import { WordSet } from '../../text/words';
import type { Span } from '../../types';
import type { Annotation, Block, EntityDraft, MarkedQuoteDraft, NormalizedText, QuoteDraft, SpeakerDraft, Token } from '../stage-types';
import { lowerNounAfter } from './noun-after';
import type { Context, Mention } from './types';

/** Speech verbs ("said", "told"), read at many tokens: most fail the set's first test. */
const SPEECH = new WordSet([...SPEECH_VERBS, ...REPORTING_VERBS, ...PARTICIPLE_VERBS]);
export const isSpeechVerb = (normal: string): boolean => SPEECH.has(normal);
/** {@link NOUN_DETERMINERS}, asked by word number at every speech verb. */
const NOUN_DETERMINER = new NumberedWords(NOUN_DETERMINERS);

/** Share of paragraphs opening with a quote mark from which a text is dialogue-heavy fiction. */
const DIALOGUE_SHARE = 0.45;
/** How many paragraphs back, outside dialogue-heavy text, "he said" still means the last speaker. */
export const SPEAKER_MEMORY_BLOCKS = 3;

/** True when many paragraphs open with a quote mark, as novels' dialogue does (news: rarely). */
function isDialogueHeavy(view: string, blocks: readonly Block[]): boolean {
  let paragraphs = 0;
  let opening = 0;
  for (const b of blocks) {
    if (b.isHeading) continue;
    paragraphs++;
    if (QUOTE_CHARS.has(view[b.start] as string)) opening++;
  }
  if (paragraphs < 10) return false;
  return opening / paragraphs >= DIALOGUE_SHARE;
}

/** The entity mention exactly at or inside a span, preferring the last one. */
export function mentionIn(ctx: Context, span: Span): Mention | null {
  let found: Mention | null = null;
  for (let i = firstAtOrAfter(ctx.mentions, span.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as Mention;
    if (m.start >= span.end) break;
    if (m.end <= span.end) found = m;
  }
  return found;
}

export function speakerAt(ctx: Context, span: Span, via: SpeakerDraft['via']): SpeakerDraft {
  const m = mentionIn(ctx, span);
  return m ? { span: { start: m.start, end: m.end }, entity: m.entity, via } : { span, entity: null, via };
}

/** The last entity mention that ends before `offset`, outside quotes. */
export function lastMentionBefore(ctx: Context, offset: number): Mention | null {
  // Stepping from one mention outside quotes to the one before, over any run of quoted ones.
  for (let i = firstAtOrAfter(ctx.mentions, offset) - 1; i >= 0; i--) {
    i = ctx.lastUnquoted[i] as number;
    if (i < 0) return null;
    const m = ctx.mentions[i] as Mention;
    if (m.end <= offset) return m;
  }
  return null;
}

/** The mentions whose entity has `role`, by index, rising; the index made at the first question. */
export function mentionsWithRole(ctx: Context, role: string): number[] {
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

/**
 * {@link lastVerbs}' table, kept from one text to the next: the context that holds it lives only
 * while the stage runs on one text, and a long text's table is made for it alone.
 */
const LAST_VERBS = new KeptArray((n) => new Int32Array(n));

/** For each token, the last speech verb at or before it (-1: none), made when first asked. */
export function lastVerbs(ctx: Context): Int32Array {
  if (!ctx.lastVerb) {
    const { tokens } = ctx.ann;
    const last = LAST_VERBS.take(tokens.length);
    let v = -1;
    for (let t = 0; t < tokens.length; t++) {
      // "said the claims had “…”": a speech verb's word after a determiner is a noun.
      // By word number: this pass reads every token of a text with a quote.
      if (SPEECH.hasToken(tokens[t] as Token) && !(t > 0 && NOUN_DETERMINER.has((tokens[t - 1] as Token).number))) v = t;
      last[t] = v;
    }
    ctx.lastVerb = last;
  }
  return ctx.lastVerb;
}

/** Token `t` of the annotation. */
export const tok = (ctx: Context, t: number): Token => ctx.ann.tokens[t] as Token;

/** The sentence of the first token at or after `offset`, or -1 past the last token. */
export function sentenceAt(ctx: Context, offset: number): number {
  const { tokens } = ctx.ann;
  return tokens[firstAtOrAfter(tokens, offset)]?.sentence ?? -1;
}

/** The block (paragraph) of {@link sentenceAt}'s sentence, or -1. */
export function blockAt(ctx: Context, offset: number): number {
  return ctx.ann.sentences[sentenceAt(ctx, offset)]?.block ?? -1;
}

/** Longest sentence before a quote read for its subject, in tokens. */
export const MAX_PRIOR_SENTENCE_TOKENS = 40;

/**
 * Every entity's mentions in text order (of two at one start, the earlier entity's first, each
 * entity's in its own order). Sorted as numbers, each start times the mention count plus the
 * mention's place in entity order: a typed array sorts without a comparator called per pair.
 */
function sortedMentions(entities: readonly EntityDraft[]): Mention[] {
  let n = 0;
  for (const e of entities) n += e.mentions.length;
  const keys = new Float64Array(n);
  const all: Mention[] = [];
  for (let entity = 0; entity < entities.length; entity++) {
    for (const m of (entities[entity] as EntityDraft).mentions) {
      keys[all.length] = m.start * n + all.length;
      all.push({ start: m.start, end: m.end, entity, quoted: false });
    }
  }
  keys.sort();
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++) mentions.push(all[(keys[i] as number) % n] as Mention);
  return mentions;
}

/**
 * True when the mention at `m` stands after "the" and one of {@link OUTLET_LEADS} ("told the
 * Herald-Mail", "an interview with the Radio Times"), and no lower-case noun follows it (in
 * "with the Ben Stiller comedy" the name describes the noun).
 */
function outletPlace(ann: Annotation, m: Mention): boolean {
  const { tokens } = ann;
  const t = firstAtOrAfter(tokens, m.start);
  const article = tokens[t - 1];
  const lead = tokens[t - 2];
  if (article?.value !== 'the' || !lead) return false;
  const before = OUTLET_LEADS.get(lead.normal);
  if (!before || (before.size > 0 && !before.has(tokens[t - 3]?.normal ?? ''))) return false;
  return !lowerNounAfter(tokens, m.end);
}

/**
 * The names (lower-cased) of the entities every mention of which outside quotes is in an outlet's
 * place ({@link outletPlace}): a paper or a station the names stage took for a person ("told the
 * Herald-Mail"), never a speaker nor a rival for "he" / "she".
 */
function outletNames(input: NormalizedText, ann: Annotation, mentions: readonly Mention[]): ReadonlySet<string> {
  const state = new Map<number, boolean>();
  for (const m of mentions) {
    if (m.quoted || state.get(m.entity) === false) continue;
    state.set(m.entity, outletPlace(ann, m));
  }
  const names = new Set<string>();
  for (const m of mentions) if (state.get(m.entity) === true) names.add(input.view.slice(m.start, m.end).toLowerCase());
  return names;
}

/** The context of one text: its mentions in order, which stand inside quotes, the text's kind. */
export function makeContext(
  input: NormalizedText,
  ann: Annotation,
  blocks: readonly Block[],
  entities: readonly EntityDraft[],
  quotes: readonly QuoteDraft[],
): Context {
  const mentions = sortedMentions(entities);
  // Which mentions stand inside a quotation: one sweep over both sorted lists.
  const spoken = quotes.filter((q): q is MarkedQuoteDraft => q.kind !== 'dialogue');
  let k = 0;
  for (const m of mentions) {
    while (k < spoken.length && (spoken[k] as MarkedQuoteDraft).end < m.end) k++;
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
    blocks,
    mentions,
    entities,
    quotes,
    lastSpeaker: null,
    voice: { speaker: null, count: 0, mixed: false },
    dialogueHeavy: isDialogueHeavy(input.view, blocks),
    genders: new Map(),
    lastUnquoted,
    lastVerb: null,
    joined: null,
    jobHolders: null,
    byRole: null,
    interviewee: undefined,
    recent: overlap ? null : { swept: 0, offset: -1, latest: [[], [], [], [], [], []] },
    outlets: outletNames(input, ann, mentions),
    pronounMet: null,
  };
  return ctx;
}

/** Quotes read back inside a sentence for one that closes a sentence of its own. */
const MAX_GLUED_QUOTES = 4;

/** Stops that end a quoted sentence. */
const QUOTE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * Where the sentence holding token `t` starts as the text means it: wink reads on past a quote
 * that closes a sentence (`… can't get away.” DiCaprio, who lost …`), so after the last such
 * quote before `t` in the same sentence (its words ending with a stop, its closing mark there, a
 * capitalised word after it) the next sentence starts. Else the sentence's first token.
 */
export function sentenceOpen(ctx: Context, t: number): number {
  const { tokens, sentences } = ctx.ann;
  const at = tokens[t];
  const sentence = at ? sentences[at.sentence] : undefined;
  if (!at || !sentence) return t;
  const first = tokens[sentence.firstToken] as Token;
  const view = ctx.input.view;
  for (let i = firstAtOrAfter(ctx.quotes, at.start) - 1, n = 0; i >= 0 && n < MAX_GLUED_QUOTES; i--, n++) {
    const q = ctx.quotes[i] as QuoteDraft;
    if (q.start < first.start) break;
    if (q.kind === 'dialogue' || q.close.end === q.close.start || q.close.end > at.start || !QUOTE_STOPS.has(view[q.end - 1] as string)) continue;
    const next = firstAtOrAfter(tokens, q.close.end);
    // The next sentence may open with a quote of its own (`away.” “It's …`).
    let k = next;
    while (k < t && QUOTE_CHARS.has((tokens[k] as Token).value)) k++;
    const w = tokens[k];
    if (w && w.sentence === at.sentence && next <= t && isUpper(w.value[0])) return next;
  }
  return sentence.firstToken;
}
