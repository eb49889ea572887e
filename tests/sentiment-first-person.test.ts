// The voice model reads a text full of names, figures and "said" as news that reports. A writer who
// also judges in the first person, in enough of their own opinion sentences, gives an opinion: the
// document is labelled by it, never `neutral` only because the rest reads as news.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { judgesInFirstPerson } from '../src/stages/7-sentiment/first-person';
import type { SentenceScore, SentenceVoice } from '../src/stages/7-sentiment/types';

const NEWS = `Harbour Lights Opens In Leeds

The Harbour Lights, a drama by Nora Quill, opened at the Grand Theatre in Leeds on 12 March 2024, said producer Tom Avery. The cast of 14 includes Paul Dent and Mia Sole, the BBC reported. Tickets cost £25 to £60, the theatre said. The run of 40 nights ends on 21 April, organisers said. A tour of 9 cities follows in May, according to Avery.`;
const CLOSE = 'The show returns to London in 2025.';

describe('document label: first-person judgement is never read as a report', () => {
  it.each<[string, string, string]>([
    ['no first person: a report', '', 'neutral'],
    ['one aside in the first person: still a report', 'I loved the music.', 'neutral'],
    ['three first-person verdicts of praise', 'I thought the first act was wonderful. I loved the music and the sets. I enjoyed the brave ending.', 'positive'],
    ['three first-person verdicts of blame', 'I found the ending dull. I was bored by the songs. I hated the sets.', 'negative'],
  ])('%s → %s', (_, own, label) => {
    expect(analyzeReview(`${NEWS} ${own} ${CLOSE}`).sentiment.label).toBe(label);
  });
});

const voice = (firstPerson: boolean, extra: Partial<SentenceVoice> = {}): SentenceVoice => ({
  firstPerson,
  reported: false,
  quoting: false,
  addressed: false,
  pointing: false,
  exclaims: false,
  negated: false,
  plural: false,
  predicates: false,
  capitals: 0,
  digits: 0,
  ...extra,
});
const sentence = (writerHits: number, v: SentenceVoice, heading = false): SentenceScore => ({
  start: 0,
  end: 1,
  hits: writerHits,
  leaned: 0,
  writer: 0,
  writerHits,
  conceded: 0,
  concededHits: 0,
  weight: 1,
  stress: 1,
  heading,
  plot: false,
  others: false,
  words: 5,
  opensComments: false,
  voice: v,
});

describe('judgesInFirstPerson counts the writer’s own opinion sentences', () => {
  const mine = sentence(2, voice(true));
  const plain = sentence(2, voice(false));
  it.each<[string, SentenceScore[], boolean]>([
    ['three of four opinion sentences in the first person', [mine, mine, mine, plain], true],
    ['two are too few', [mine, mine], false],
    ['three among twenty others: a quarter is needed', [mine, mine, mine, ...Array<SentenceScore>(10).fill(plain)], false],
    ['first person without opinion words does not count', [sentence(0, voice(true)), sentence(0, voice(true)), sentence(0, voice(true))], false],
    ['headings do not count', [sentence(2, voice(true), true), sentence(2, voice(true), true), mine], false],
    ['quoted and reported sentences are left out of the share', [mine, mine, mine, ...Array<SentenceScore>(10).fill(sentence(2, voice(false, { quoting: true })))], true],
  ])('%s', (_, sentences, expected) => {
    expect(judgesInFirstPerson(sentences, sentences.map((__, k) => k))).toBe(expected);
  });
});
