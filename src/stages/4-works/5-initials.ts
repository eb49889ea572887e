/**
 * Pass 5c: a work's initials. Fans shorten a title of three words or more to its initials
 * (`Sword Art Online` … `SAO`, `Attack on Titan` … `AoT`, `Hunter x Hunter` … `HxH`, a sequel's
 * figure kept: `Final Fantasy 7` … `FF7`). Where the text names the work in full, a word written as
 * those initials is the same work: its mention, masked from the names like the title's. A work the
 * passes found under the initials alone joins the full title.
 *
 * The word must write every capitalised title word's initial in capitals and hold two capitals at
 * least; a lower-case title word's initial may be written either way (`AoT`, `AOT`). A word in
 * capitals that the text also writes in lower case is a shout, not a title (`GOT` beside `got`).
 */
import { isDigitCode, isLetter, isUpper } from '../../text/chars';
import type { Word } from '../../text/words';
import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';
import { coverTest } from './cover-test';
import { joinFormMentions } from './join-form-mentions';

/** True for a figure, 0 to 9. */
const isDigit = (ch: string): boolean => isDigitCode(ch.charCodeAt(0));

/** The fewest letters of initials read: two letters name too many things (`DN`, `FT`). */
const FEWEST = 3;

/** One place of a title's initials: the character, and whether it must be a capital. */
interface Initial {
  upper: string;
  capital: boolean;
}

/**
 * The initials of a title as first written, one per word split at spaces and hyphens (a figure
 * gives its digits), or null for a title with other marks, fewer than three words or fewer than
 * three initials (`Star Wars: A New Hope` is left alone: which part fans shorten is no rule).
 */
function initialsOf(title: string): Initial[] | null {
  const parts = title.split(/[\s\-‐‑]+/).filter((p) => p.length > 0);
  if (parts.length < FEWEST) return null;
  const out: Initial[] = [];
  for (const p of parts) {
    if ([...p].every(isDigit)) {
      for (const d of p) out.push({ upper: d, capital: false });
      continue;
    }
    for (const ch of p) if (!isLetter(ch) && !isDigit(ch) && ch !== "'" && ch !== '’') return null;
    const first = p[0] as string;
    if (!isLetter(first)) return null;
    out.push({ upper: first.toUpperCase(), capital: isUpper(first) });
  }
  return out;
}

/** True when `form` writes `initials` as the rule asks: each capital initial a capital, two capitals at least. */
function writes(form: string, initials: readonly Initial[]): boolean {
  if (form.length !== initials.length) return false;
  let capitals = 0;
  for (let k = 0; k < form.length; k++) {
    const ch = form[k] as string;
    const want = initials[k] as Initial;
    if (ch.toUpperCase() !== want.upper) return false;
    if (isUpper(ch)) capitals++;
    else if (want.capital) return false;
  }
  return capitals >= 2;
}

/**
 * The works with their initials' mentions added ({@link WorkDraft.short}), and the works found under
 * initials alone merged into their full titles; the same array when the text writes no initials.
 */
export function initialsMentions(view: string, facts: WordFacts, works: WorkDraft[]): WorkDraft[] {
  // The full titles by their initials in capitals; initials two titles share are left out.
  const byInitials = new Map<string, { work: number; initials: Initial[] } | null>();
  works.forEach((w, k) => {
    const first = w.mentions[0];
    if (first === undefined) return;
    const initials = initialsOf(view.slice(first.start, first.end));
    if (initials === null) return;
    const key = initials.map((i) => i.upper).join('');
    byInitials.set(key, byInitials.has(key) ? null : { work: k, initials });
  });
  if (byInitials.size === 0) return works;
  // A work whose title is another's initials: its mentions are read again as the initials.
  const isInitialsWork = works.map((w) => {
    const full = byInitials.get(w.key.toUpperCase());
    return full !== undefined && full !== null && works[full.work] !== w;
  });
  const covered = coverTest(works.flatMap((w, k) => (isInitialsWork[k] ? [] : w.mentions)));
  const added = new Map<number, Span[]>();
  const moved = new Set<number>();
  for (const w of facts.words as readonly Word[]) {
    const n = w.lower.length;
    if (n < FEWEST || n > 8 || !w.capitalised) continue;
    const full = byInitials.get(w.lower.toUpperCase());
    if (!full) continue;
    const form = view.slice(w.start, w.end);
    if (!writes(form, full.initials)) continue;
    if (form === form.toUpperCase() && facts.lowerWords.has(w.lower)) continue;
    if (covered({ start: w.start, end: w.start + 1 })) continue;
    const list = added.get(full.work) ?? [];
    list.push({ start: w.start, end: w.end });
    added.set(full.work, list);
    moved.add(w.start);
  }
  if (added.size === 0) return works;
  return joinFormMentions(works, isInitialsWork, (w) => w.mentions.filter((m) => !moved.has(m.start)), added);
}
