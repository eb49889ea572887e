/**
 * A speaker that is a title and no name ("the Bishop said", "said the Mayor of Lund") is the
 * person the text sets beside that title between commas: `The Bishop of Lund, the Rt Rev Dr Ana
 * Berg, said` or `Ana Berg, the Bishop of Lund, said`.
 */
import { HONORIFICS, NAME_TITLES } from '../../data/honorifics';
import { isUpper } from '../../text/chars';
import { firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft, Token } from '../stage-types';
import type { Context, Mention } from './types';

/** Most capitalised words of the place or body after "of" in a title ("of the Royal Opera House"). */
const MAX_OF_WORDS = 4;

/** Most words between the comma after a title and the person's name ("the Rt Rev Dr"). */
const MAX_LEAD_WORDS = 5;

/** The mention of a listed person that starts at token `t`; null when none does. */
function personAt(ctx: Context, t: Token | undefined): Mention | null {
  if (!t) return null;
  const m = ctx.mentions[firstAtOrAfter(ctx.mentions, t.start)];
  return m && m.start === t.start && !m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person' ? m : null;
}

/** True when token `t` closes an aside (a comma, a full stop, a bracket) or the sentence of token `from`. */
function closesAside(t: Token | undefined, from: Token): boolean {
  return !t || t.sentence !== from.sentence || t.normal === ',' || t.normal === '.' || t.normal === ')';
}

/** The person set beside the title at token `t` between commas, either side; null when none. */
function besideTitle(ctx: Context, t: number): Mention | null {
  const { tokens } = ctx.ann;
  const title = tokens[t] as Token;
  // `Ana Berg, the Bishop of Lund,`
  const before = tokens[t - 3];
  if (tokens[t - 1]?.normal === 'the' && tokens[t - 2]?.normal === ',' && before && before.sentence === title.sentence) {
    const m = ctx.mentions[firstAtOrAfter(ctx.mentions, before.end) - 1];
    if (m && m.end === before.end && !m.quoted && (ctx.entities[m.entity] as EntityDraft).kind === 'person') return m;
  }
  // `The Bishop of Lund, the Rt Rev Dr Ana Berg,`
  let j = t + 1;
  if (tokens[j]?.normal === 'of') {
    j++;
    if (tokens[j]?.normal === 'the') j++;
    const from = j;
    while (j - from < MAX_OF_WORDS && isUpper(tokens[j]?.value[0])) j++;
    if (j === from) return null;
  }
  if (tokens[j]?.normal !== ',') return null;
  for (let k = j + 1; k <= j + 1 + MAX_LEAD_WORDS; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== title.sentence || w.normal === ',') return null;
    const m = personAt(ctx, w);
    if (m) return closesAside(tokens[firstAtOrAfter(tokens, m.end)], title) ? m : null;
  }
  return null;
}

/**
 * The person holding the title a speaker names (`Bishop`, `Bishop of Lund`) when it is no listed
 * entity's name: the first that the text sets beside that title word, found once per title and
 * kept in `cache`. Null when the speaker is no bare title or nobody is set beside it.
 */
export function titleHolder(ctx: Context, speaker: SpeakerDraft, cache: Map<string, Mention | null>): SpeakerDraft | null {
  if (speaker.entity !== null) return null;
  const words = ctx.input.view.slice(speaker.span.start, speaker.span.end).split(' ');
  const head = (words[0] as string).replace(/\.$/, '');
  const lower = head.toLowerCase();
  if (!isUpper(head[0]) || !HONORIFICS.has(lower) || NAME_TITLES.has(lower) || (words.length > 1 && words[1] !== 'of')) return null;
  let m = cache.get(head);
  if (m === undefined) {
    m = null;
    const { tokens } = ctx.ann;
    for (let t = 0; t < tokens.length && !m; t++) if ((tokens[t] as Token).value === head) m = besideTitle(ctx, t);
    cache.set(head, m);
  }
  return m ? { span: { start: m.start, end: m.end }, entity: m.entity, via: speaker.via } : null;
}
