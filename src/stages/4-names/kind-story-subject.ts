/**
 * Stage 4b, kind: a name a story is said to be about (`the story follows X`, `the plot centres on
 * X`, `Wolf Brother tells the story of X`), read as evidence that the name is the story's part.
 */
import { REAL_LIFE_WORK_NOUNS, STORY_COURSE_LEADS, STORY_COURSE_NOUNS, STORY_SUBJECT_NOUNS, STORY_SUBJECT_PHRASES } from '../../data/story-lead-words';
import { SUBJECT_PRONOUNS } from '../../data/name-cue-words';
import { breakBefore, gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';
import type { Word } from '../../text/words';

/** How many words may stand between the story's noun and the phrase (`the plot of the movie revolves`, `the show also focuses`). */
const SUBJECT_WORDS = 4;
/** How far back in its sentence, and forward past the name, a real life's noun is looked for, in words. */
const REAL_LIFE_WORDS = 25;
/** How far past the name a real life's noun is looked for, in words (`follows X through his life`). */
const REAL_LIFE_AFTER = 8;

/** The last words of the {@link STORY_SUBJECT_PHRASES}: most mentions have none of them before them. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(STORY_SUBJECT_PHRASES.map((p) => p[p.length - 1] as string));

/** Word number of the first word of the {@link STORY_SUBJECT_PHRASES} phrase that ends right before word `at`, or -1. */
function phraseBefore(doc: KindDocument, at: number): number {
  if (gapBefore(doc, at) !== ' ' || !PHRASE_ENDS.has(lowerAt(doc, at - 1))) return -1;
  for (const phrase of STORY_SUBJECT_PHRASES) {
    const first = at - phrase.length;
    if (first < 0) continue;
    let k = 0;
    while (k < phrase.length && lowerAt(doc, first + k) === phrase[k] && (k === 0 || gapBefore(doc, first + k) === ' ')) k++;
    if (k === phrase.length) return first;
  }
  return -1;
}

/** True when a story's noun, or a work's title right before it, is the subject of the phrase opening at word `verb`. */
function storySubject(doc: KindDocument, verb: number): boolean {
  const prev = doc.words[verb - 1];
  if (prev && !breakBefore(doc, verb) && gapBefore(doc, verb) === ' ' && doc.workMask[prev.start] === 1) return true;
  for (let k = verb - 1; k >= Math.max(0, verb - SUBJECT_WORDS); k--) {
    if (breakBefore(doc, k + 1) || gapBefore(doc, k + 1).includes(',')) return false;
    if (STORY_SUBJECT_NOUNS.has(lowerAt(doc, k))) return true;
  }
  return false;
}

/** True when a real life's noun stands in the sentence before word `verb` or a few words past word `last`. */
function realLifeNear(doc: KindDocument, verb: number, last: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - REAL_LIFE_WORDS); k--) {
    if (REAL_LIFE_WORK_NOUNS.has(lowerAt(doc, k))) return true;
    if (breakBefore(doc, k)) break;
  }
  for (let k = last + 1; k <= Math.min(doc.words.length - 1, last + REAL_LIFE_AFTER); k++) {
    if (breakBefore(doc, k)) break;
    if (REAL_LIFE_WORK_NOUNS.has(lowerAt(doc, k))) return true;
  }
  return false;
}

/** True when `m` owns a {@link STORY_COURSE_NOUNS} noun or a two-word one (`X's journey`, `X's back story`). */
function storyCourseAfter(doc: KindDocument, m: KindMention): boolean {
  // The possessive's `'s` may stand in the gap (`X's journey`).
  if (!(doc.words[m.last] as Word).possessive || breakBefore(doc, m.last + 1) || gapBefore(doc, m.last + 1).includes(',')) return false;
  const a1 = lowerAt(doc, m.last + 1);
  if (STORY_COURSE_NOUNS.has(a1)) return true;
  const a2 = lowerAt(doc, m.last + 2);
  return STORY_COURSE_LEADS.has(a1) && gapBefore(doc, m.last + 2) === ' ' && a2 === 'story';
}

/**
 * True when mention `m` is what a story is said to be about (or owns its course, `X's journey`): right after a phrase of
 * {@link STORY_SUBJECT_PHRASES} whose subject is a story's noun within a few words (`the story
 * follows`, `the plot of the movie revolves around`) or a work's title right before it. Not a
 * possessive (`revolves around X's character` is the actor's), not a name followed by `as` and no
 * pronoun (`follows A as a lawyer` names an actor by the part; `follows X as he grows` is the plot),
 * not in a sentence that speaks of a real life (a documentary, a biopic, a true story), and not a
 * mention a casting cue already reads.
 */
export function storySubjectNamed(doc: KindDocument, m: KindMention): boolean {
  // A casting cue on the mention (`follows C (A)`) already says which side it is.
  if (m.characterCue || m.actorCue) return false;
  if (storyCourseAfter(doc, m)) return true;
  const verb = phraseBefore(doc, m.first);
  if (verb < 0 || !storySubject(doc, verb)) return false;
  if ((doc.words[m.last] as Word).possessive) return false;
  if (gapBefore(doc, m.last + 1) === ' ' && lowerAt(doc, m.last + 1) === 'as' && !SUBJECT_PRONOUNS.has(lowerAt(doc, m.last + 2))) return false;
  return !realLifeNear(doc, verb, m.last);
}
