/**
 * Stage 4c, a part that is a real life: an actor who plays someone who lived plays a real person,
 * and the gold guide counts historical and public figures as people whoever plays them. A part
 * the casting passes linked stays a real person, with no player, when the text marks the life as
 * lived: a {@link LIVED_LEADS} word a few describing words before one of its mentions ("the late
 * Ray Vance", "late soul singer Ray Vance"), or a noun of a life
 * told ({@link LIFE_STORY_NOUNS}) in the sentence of one of its mentions ("A won for playing Ray
 * Vance in the biopic", "the Ray Vance biopic"). Each mention reads a bounded window, so the pass is
 * linear in mentions.
 */
import { KIN_NOUNS, LIFE_STORY_NOUNS, LIVED_LEADS, MAX_LIVED_LEAD_WORDS, NOT_ROLE_WORDS } from '../../data/casting-vocab';
import type { EntityDraft, NormalizedText } from '../stage-types';
import { SENTENCE_END } from './link-casting-as';

/** How far, in characters, a sentence is read on each side of a mention for a noun of a life told. */
const MAX_SENTENCE_SIDE = 240;

/**
 * True when a lead of {@link LIVED_LEADS} stands before `start`, past at most {@link
 * MAX_LIVED_LEAD_WORDS} lower-case describing words, none a word that opens another phrase
 * ({@link NOT_ROLE_WORDS}: "the real death of C" says nothing of a life) nor one of kin ({@link
 * KIN_NOUNS}: "his late wife C" is a death in the story).
 */
function livedLeadBefore(view: string, lower: string, start: number): boolean {
  let end = start - 1;
  let later = '';
  for (let n = 0; n <= MAX_LIVED_LEAD_WORDS + 1; n++) {
    if (end <= 0 || (view[end] !== ' ' && view[end] !== '-')) return false;
    let from = end;
    while (from > 0 && isLowerOrDigit(view[from - 1] as string)) from--;
    if (from === end) return false;
    const word = lower.slice(from, end);
    if (LIVED_LEADS.has(word) || (later !== '' && LIVED_LEADS.has(`${word} ${later}`))) return true;
    // "his late wife Ruth": a death in the story, the kin of a part.
    if (NOT_ROLE_WORDS.has(word) || KIN_NOUNS.has(word)) return false;
    later = word;
    end = from - 1;
  }
  return false;
}

/** True for a lower-case ASCII letter or a digit. */
function isLowerOrDigit(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

/** True when the sentence around the span `start`..`end` holds a word of {@link LIFE_STORY_NOUNS}. */
function lifeStoryAround(lower: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE_SIDE && !SENTENCE_END.includes(lower[from - 1] as string)) from--;
  let to = end;
  while (to < lower.length && to - end < MAX_SENTENCE_SIDE && !SENTENCE_END.includes(lower[to] as string)) to++;
  for (const w of lower.slice(from, to).split(/[^a-z]+/)) if (LIFE_STORY_NOUNS.has(w)) return true;
  return false;
}

/** Turns each linked part whose life the text marks as lived back into a real person with no player (see the file comment). */
export function releaseRealParts(input: NormalizedText, entities: EntityDraft[]): void {
  const { view, lower } = input;
  for (const e of entities) {
    if (e.kind !== 'character' || e.playedBy === null) continue;
    if (!e.mentions.some((m) => livedLeadBefore(view, lower, m.start) || lifeStoryAround(lower, m.start, m.end))) continue;
    e.kind = 'person';
    e.kindConfidence = Math.max(0.5, 1 - e.kindConfidence);
    e.playedBy = null;
    if (e.roles.length === 0) e.roles = ['other'];
  }
}
