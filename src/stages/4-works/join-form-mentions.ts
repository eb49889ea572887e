import type { Span } from '../../types';
import type { WorkDraft } from '../stage-types';

const byStart = (a: Span, b: Span): number => a.start - b.start;

/**
 * The works after a pass that reads another form of a title (its initials, its subtitle alone) as
 * the full title's mentions: a work found under that form alone keeps only the mentions `left`
 * gives it (and goes when none is left); a full title takes its `added` mentions, also as its
 * short forms ({@link WorkDraft.short}). Sorted by first mention, since a form written before the
 * full title moves the work's first mention.
 *
 * @param isFormWork - per work, true for a work found under another's form alone.
 * @param left - the mentions a form's own work keeps.
 * @param added - the mentions each full title (by index) takes.
 */
export function joinFormMentions(works: readonly WorkDraft[], isFormWork: readonly boolean[], left: (w: WorkDraft, k: number) => Span[], added: ReadonlyMap<number, Span[]>): WorkDraft[] {
  const out: WorkDraft[] = [];
  works.forEach((w, k) => {
    if (isFormWork[k]) {
      const kept = left(w, k);
      if (kept.length > 0) out.push(kept.length === w.mentions.length ? w : { ...w, mentions: kept });
      return;
    }
    const more = added.get(k);
    if (!more) {
      out.push(w);
      return;
    }
    const mentions = [...w.mentions, ...more].sort(byStart);
    out.push({ ...w, mentions, short: [...(w.short ?? []), ...more].sort(byStart) });
  });
  return out.sort((a, b) => (a.mentions[0] as Span).start - (b.mentions[0] as Span).start);
}
