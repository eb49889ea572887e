/**
 * Sieve: a line given to the person or character named as its possessor right before it
 * ("Marlo's “I'll see you at dawn” is so famous", "Ida Venn's famous “Run while you still can”",
 * "the crowd loved Tarik's “You're late, as always”"): reviews name a character's line so. A quote whose
 * words are title-cased is a work's name ("Spielberg's “Saving Private Ryan”"), never a line, and
 * one with no verb is a label or a title ("Okafor's “kitchen disaster”"); a noun for what was
 * said after the quote ("X's “…” remark", "X's “…” routine") makes any line a line, and an unlisted name its speaker.
 */
import { HONORIFICS } from '../../../data/honorifics';
import { LINE_AFTER_NOUNS, LINE_NOUNS, LINE_WORDS, REACTION_VERBS, SPEECH_NOUNS } from '../../../data/speech-verbs';
import { isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import type { PersonRole, Span } from '../../../types';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { lastMentionBefore } from '../context';
import { isOutletAt } from '../phrases';
import { POSSESSIVE_MARKS } from '../subject-shapes';
import type { Context } from '../types';

/** Roles whose possessive names a work of theirs rather than a line they said. */
const MAKER_ROLES: ReadonlySet<PersonRole> = new Set(['director', 'writer', 'author']);

/** Contractions that show a line is spoken ("this party's over", "don't"). */
const CONTRACTIONS: ReadonlySet<string> = new Set(["'s", "'ll", "n't", "'re", "'m", "'ve", "'d"]);

/** Most words of a line's kind between the possessive and the quote ("famous last words"). */
const MAX_LINE_WORDS = 3;

/** True when every word of two or more that opens with a letter opens with a capital (`Attack of the Clones` aside, short words may be lower). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return false;
  const capped = words.filter((w) => isUpper(w[0])).length;
  // A title keeps its short words ("of", "the") in lower case; a line's words are mostly lower.
  return capped * 3 >= words.length * 2;
}

/** Pronouns of a speaker or of the one spoken to: words that give a quote a voice of its own. */
const VOICE_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'you', 'your']);

/**
 * True when the possessor's name, past any titles (`Mr`, `Governor`), is the object of a verb of
 * reacting (`attacked Y's “…”`) and the quote has no voice of its own (no `I`, `we`, `you`, no
 * contracted verb): the words are the subject's handle on the thing reacted to, not Y's line.
 * A line keeps its speaker (`mocked Y's “I'll be back”`).
 */
function reactedPhrase(ctx: Context, nameStart: number, q: MarkedQuoteDraft): boolean {
  const { tokens } = ctx.ann;
  let k = firstAtOrAfter(tokens, nameStart) - 1;
  while (k >= 0 && ((tokens[k] as Token).normal === '.' || HONORIFICS.has((tokens[k] as Token).normal))) k--;
  if (k < 0 || !REACTION_VERBS.has((tokens[k] as Token).normal)) return false;
  for (let t = firstAtOrAfter(tokens, q.open.start); t < tokens.length && (tokens[t] as Token).start < q.end; t++) {
    const w = tokens[t] as Token;
    const written = w.value.toLowerCase().replace('’', "'");
    if (VOICE_PRONOUNS.has(w.normal) || (CONTRACTIONS.has(written) && (written !== "'s" || w.pos === 'AUX'))) return false;
  }
  return true;
}

/** Most capitalised words of a name the names stage did not list, before a possessive. */
const MAX_NAME_WORDS = 3;

/** The run of capitalised words (one to three) right before the possessive mark at token `k`, in its sentence; or null. */
function nameBefore(tokens: readonly Token[], k: number): Span | null {
  const sentence = tokens[k]?.sentence;
  let first = k;
  while (first > 0 && k - first < MAX_NAME_WORDS) {
    const w = tokens[first - 1] as Token;
    if (w.sentence !== sentence || !isUpper(w.value[0]) || w.pos !== 'PROPN') break;
    first--;
  }
  // The sentence's first word may be capitalised for that alone: a name must not open it.
  if (first === k || tokens[first - 1]?.sentence !== sentence) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[k - 1] as Token).end };
}

/** The listed entity whose possessive stands right before the quote (a few line words between), or null. */
export function byPossessor(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  let k = at - 1;
  // "Delia's line, “…”": a comma or colon may set the line off after its noun.
  if ((tokens[k]?.normal === ',' || tokens[k]?.normal === ':') && LINE_NOUNS.has(tokens[k - 1]?.normal ?? '')) k--;
  const top = k;
  let named = false;
  while (k >= 0 && top - k < MAX_LINE_WORDS && LINE_WORDS.has(tokens[k]?.normal ?? '')) {
    if (LINE_NOUNS.has((tokens[k] as Token).normal)) named = true;
    k--;
  }
  const mark = tokens[k];
  if (!mark || !POSSESSIVE_MARKS.has(mark.normal) || mark.sentence !== tokens[at]?.sentence) return null;
  if (titleCased(ctx.input.view.slice(q.start, q.end))) return null;
  const listed = lastMentionBefore(ctx, mark.start);
  const m = listed && listed.end === mark.start ? listed : null;
  // "Pell Dorsey's “nah, just a scratch” remark": a noun for what was said after the quote (or a
  // line noun before it) makes it a line, and the capitalised name before the possessive its
  // speaker, listed or not ("Delia's line “…”").
  const after = tokens[firstAtOrAfter(tokens, q.close.end)]?.normal ?? '';
  if (named || SPEECH_NOUNS.has(after) || LINE_AFTER_NOUNS.has(after)) {
    if (m) return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
    const name = nameBefore(tokens, k);
    // Never a paper's or a channel's (`the Guardian's “…” verdict`).
    return name && !isOutletAt(ctx, name.start, name.end) ? { span: name, entity: null, via: 'verb' } : null;
  }
  if (!m) return null;
  // "he attacked Mr Vale's “soft stance, born of …”": the subject's words, not Vale's.
  if (reactedPhrase(ctx, m.start, q)) return null;
  // A maker's possessive names their work (`Soderbergh's “sex, lies, and videotape”`), not a line.
  const roles = ctx.entities[m.entity]?.roles ?? [];
  if (roles.some((r) => MAKER_ROLES.has(r))) return null;
  // A line is said to someone: a verb and a pronoun, a contraction or a closing stop in it ("I'll
  // be back", "Come with me"); a noun phrase is a label the text hangs on the possessor
  // (`Okafor's “kitchen disaster”`), and a lower-case title has no voice (`“sex, lies, and videotape”`).
  let verb = false;
  let voiced = /[.!?]$/.test(ctx.input.view.slice(q.start, q.end).trimEnd());
  for (let t = at; t < tokens.length && (tokens[t] as Token).start < q.end; t++) {
    const w = tokens[t] as Token;
    if (w.pos === 'VERB' || w.pos === 'AUX') verb = true;
    // wink's normal form expands a contraction ("'ll" -> "will"), so the written form is read.
    if (w.pos === 'PRON' || CONTRACTIONS.has(w.value.toLowerCase().replace('’', "'"))) voiced = true;
  }
  if (!verb || !voiced) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}
