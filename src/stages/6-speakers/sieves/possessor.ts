/**
 * Sieve: a line given to the person or character named as its possessor right before it
 * ("Arnold's “I'll be back” is so famous", "Kyle Reese's famous “Come with me if you want to live”",
 * "the crowd loved Mace's “This party's over”"): reviews name a character's line so. A quote whose
 * words are title-cased is a work's name ("Spielberg's “Saving Private Ryan”"), never a line, and
 * one with no verb is a label or a title ("Jackson's “wardrobe malfunction”").
 */
import { LINE_WORDS } from '../../../data/speech-verbs';
import { isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import type { PersonRole } from '../../../types';
import type { MarkedQuoteDraft, SpeakerDraft, Token } from '../../stage-types';
import { lastMentionBefore } from '../context';
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

/** The listed entity whose possessive stands right before the quote (a few line words between), or null. */
export function byPossessor(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { tokens } = ctx.ann;
  const at = firstAtOrAfter(tokens, q.open.start);
  let k = at - 1;
  while (k >= 0 && at - 1 - k < MAX_LINE_WORDS && LINE_WORDS.has(tokens[k]?.normal ?? '')) k--;
  const mark = tokens[k];
  if (!mark || !POSSESSIVE_MARKS.has(mark.normal) || mark.sentence !== tokens[at]?.sentence) return null;
  const m = lastMentionBefore(ctx, mark.start);
  if (!m || m.end !== mark.start) return null;
  // A maker's possessive names their work (`Soderbergh's “sex, lies, and videotape”`), not a line.
  const roles = ctx.entities[m.entity]?.roles ?? [];
  if (roles.some((r) => MAKER_ROLES.has(r))) return null;
  if (titleCased(ctx.input.view.slice(q.start, q.end))) return null;
  // A line is said to someone: a verb and a pronoun, a contraction or a closing stop in it ("I'll
  // be back", "Come with me"); a noun phrase is a label the text hangs on the possessor
  // (`Jackson's “wardrobe malfunction”`), and a lower-case title has no voice (`“sex, lies, and videotape”`).
  let verb = false;
  let voiced = /[.!?]$/.test(ctx.input.view.slice(q.start, q.end).trimEnd());
  for (let t = at; t < tokens.length && (tokens[t] as Token).start < q.end; t++) {
    const w = tokens[t] as Token;
    if (w.pos === 'VERB' || w.pos === 'AUX') verb = true;
    if (w.pos === 'PRON' || CONTRACTIONS.has(w.normal.replace('’', "'"))) voiced = true;
  }
  if (!verb || !voiced) return null;
  return { span: { start: m.start, end: m.end }, entity: m.entity, via: 'verb' };
}
