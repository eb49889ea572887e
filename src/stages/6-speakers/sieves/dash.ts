/** Sieve: a dash and a name after the quote (`“…” – Wu-Jin`). */
import { QUOTE_PAIRS } from '../../../data/quote-pairs';
import { isDash, isSpace, isUpper } from '../../../text/chars';
import { firstAtOrAfter } from '../../../text/search';
import { tagEndsAt } from '../../../text/speaker-tag';
import type { MarkedQuoteDraft, SpeakerDraft } from '../../stage-types';
import { speakerAt } from '../context';
import type { Context } from '../types';

/** Marks that end a listed name's speaker tag (`– Luffy.`, `– Steve, and then`). */
const TAG_STOPS: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

/** Longest speaker after a dash (`” – Assembly Woman (Park Eun-Hee)`), in characters. */
const MAX_DASH_SPEAKER = 80;

/** 2. `” – Name` or `” – Descriptor (Name)` up to the end of the line. */
export function byDash(ctx: Context, q: MarkedQuoteDraft): SpeakerDraft | null {
  const { view } = ctx.input;
  let i = q.close.end;
  while (i < view.length && view[i] === ' ') i++;
  // `”-Name` glued to the dash as fans write it: a capital right after one dash.
  if (!isDash(view[i]) || (view[i + 1] !== ' ' && !isUpper(view[i + 1]))) return null;
  i += 1;
  while (i < view.length && view[i] === ' ') i++;
  const lead = ctx.mentions[firstAtOrAfter(ctx.mentions, i)];
  // `” – Ilse after she opens the box.`, `” – Luffy. Genuinely…`, `”-Edward Elric Now let's talk…`: a
  // listed name that ends the tag (not `– Dark King ~Silvers Rayleigh~`, a longer tag).
  if (lead && lead.start === i && tagEndsAt(view, lead.end, TAG_STOPS)) return speakerAt(ctx, lead, 'dash');
  // The rest of the line, white space at its end left out; read no further than a speaker's
  // name can reach, so a long line of quotes and dashes is not read once per quote. A line of
  // lines run together (`“A” – Steve “B” – Diana`) gives each name up to the next opening mark.
  let end = i;
  for (let k = i; k < view.length && view[k] !== '\n'; k++) {
    if (isSpace(view[k])) continue;
    if (k > i && QUOTE_PAIRS.has(view[k] as string) && isSpace(view[k - 1])) break;
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
  // Not a sentence, nor a label glued on (`IlseBest lines:`).
  if (/[.!?:;,]$/.test(text) || text.split(' ').length > 5) return null;
  return speakerAt(ctx, { start: i, end }, 'dash');
}
