/**
 * Whether the writer judges in the first person: a text that gives its own opinion that way is
 * never read as a report.
 */
import { FIRST_PERSON_OPINION_MIN, FIRST_PERSON_OPINION_SHARE } from '../../data/sentiment-rules';
import type { SentenceScore } from './types';

/**
 * True when the writer judges in the first person, outside quoted and reported speech, in enough
 * of their own opinion sentences ({@link FIRST_PERSON_OPINION_MIN}, {@link FIRST_PERSON_OPINION_SHARE}):
 * such a text gives an opinion and is never a report.
 */
export function judgesInFirstPerson(sentences: readonly SentenceScore[], ids: readonly number[]): boolean {
  let own = 0;
  let first = 0;
  for (const s of ids) {
    const x = sentences[s] as SentenceScore;
    if (x.heading || x.writerHits === 0 || x.voice.quoting || x.voice.reported) continue;
    own++;
    if (x.voice.firstPerson) first++;
  }
  return first >= FIRST_PERSON_OPINION_MIN && first >= FIRST_PERSON_OPINION_SHARE * own;
}
