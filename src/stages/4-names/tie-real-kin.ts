/**
 * Stage 4c, the kin of a real person in news: news names the family and partners of the
 * people it reports on by their tie ("Tom Keel's wife Ruth", "Tom Keel, wife Ruth Keel", "Tom Keel
 * and his son Adam"), and the kind model, learned on reviews where kin are parts of a story,
 * weighs such a name a character. In news (a text in the third person), a character with no player
 * named right after a real person and a noun of kin ({@link REAL_KIN_NOUNS}) is a real person,
 * unless a casting word stands a few words before that person ({@link PART_LEAD_WORDS}: "plays
 * Tom Keel's wife Ruth" names a part). Each mention reads a bounded window before it, so the pass
 * is linear in mentions.
 */
import { MAX_PART_LEAD_WORDS, PART_LEAD_WORDS, REAL_KIN_NOUNS } from '../../data/casting-vocab';
import { isApostrophe, isLetter } from '../../text/chars';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { wordStartBefore } from './link-casting-words';

/** Determiners that may stand between the joining word and the noun of kin ("and his wife C"). */
const KIN_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Where the real person's mention that the kin phrase before `start` ties to ends, or -1: `P's
 * KIN C`, `P, KIN C`, `P and KIN C`, `P, his KIN C`, `P and her KIN C`.
 */
function ownerEnd(view: string, lower: string, start: number): number {
  if (view[start - 1] !== ' ') return -1;
  let from = wordStartBefore(lower, start - 1);
  if (!REAL_KIN_NOUNS.has(lower.slice(from, start - 1))) return -1;
  // `P's KIN C`: the owner's possessive right before the noun.
  if (view[from - 1] === ' ' && lower[from - 2] === 's' && isApostrophe(view[from - 3])) return from - 3;
  if (view[from - 1] === ' ' && isApostrophe(view[from - 2]) && lower[from - 3] === 's') return from - 2;
  if (view[from - 1] === ' ') {
    const det = wordStartBefore(lower, from - 1);
    if (KIN_DETERMINERS.has(lower.slice(det, from - 1))) from = det;
  }
  if (view[from - 1] === ' ' && view[from - 2] === ',') return from - 2;
  if (lower.slice(Math.max(0, from - 5), from) === ' and ') return from - 5;
  return -1;
}

/** True when a word of {@link PART_LEAD_WORDS} is among the {@link MAX_PART_LEAD_WORDS} words before `at`. */
function partLeadBefore(lower: string, at: number): boolean {
  let end = at;
  for (let n = 0; n < MAX_PART_LEAD_WORDS; n++) {
    while (end > 0 && !isLetter(lower[end - 1] as string)) {
      if ('.!?;:\n'.includes(lower[end - 1] as string)) return false;
      end--;
    }
    const from = wordStartBefore(lower, end);
    if (from === end) return false;
    if (PART_LEAD_WORDS.has(lower.slice(from, end))) return true;
    end = from;
  }
  return false;
}

/**
 * Makes each character with no player that the text names as a real person's kin a real person
 * (see the file comment). The caller runs it on news only (text in the third person).
 */
export function releaseRealKin(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, lower } = input;
  // The real person whose mention ends at each offset, and the first offset of that mention.
  const personEnd = new Map<number, number>();
  const players = new Set<number>();
  entities.forEach((e) => {
    if (e.playedBy !== null) players.add(e.playedBy);
    if (e.kind === 'person') for (const m of e.mentions) personEnd.set(m.end, m.start);
  });
  entities.forEach((e, k) => {
    if (e.kind !== 'character' || e.playedBy !== null || players.has(k)) return;
    const tied = e.mentions.some((m) => {
      const end = ownerEnd(view, lower, m.start);
      const ownerStart = personEnd.get(end);
      return ownerStart !== undefined && !partLeadBefore(lower, ownerStart);
    });
    if (!tied) return;
    e.kind = 'person';
    e.kindConfidence = Math.max(0.5, 1 - e.kindConfidence);
    if (e.roles.length === 0) e.roles = ['other'];
  });
}
