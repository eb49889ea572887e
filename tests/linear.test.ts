// Linear work on hostile shapes, without timing: the stages' reads of tokens, entities and
// mentions are counted (through arrays that count the reads of their items), at one length and at
// four times it. A linear pass reads about four times as much; a walk back over a long sentence,
// a run of emoji or every mention per quote reads about sixteen times as much.
// The full timing table is bench/hostile.mjs.
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/3-annotate';
import { attributeSpeakers } from '../src/stages/6-speakers';
import { findNames } from '../src/stages/4-names';
import { findQuotes } from '../src/stages/5-quotes/index';
import { findWorks } from '../src/stages/4-works';
import { normalize } from '../src/stages/1-normalize';
import { scoreSentiment } from '../src/stages/7-sentiment';
import { sentimentOver } from '../src/stages/7-sentiment/aggregate';
import { segmentSections } from '../src/stages/2-segment';
import type { Annotation, EntityDraft } from '../src/stages/stage-types';
import { tieNames } from '../src/stages/4-names/tie-names';
import { WORK_NOUNS } from '../src/data/work-cues';
import { scanWords } from '../src/text/words';
import { WordFacts } from '../src/stages/word-facts';
import type { KnownName } from '../src/types';
import { counted, type Counter } from './helpers/counted';

/** Entities whose list and every mention list count their reads. */
function countedEntities(entities: EntityDraft[], counter: Counter): EntityDraft[] {
  return counted(
    entities.map((e) => ({ ...e, mentions: counted(e.mentions, counter) })),
    counter,
  );
}

/**
 * Reads of tokens, entities and mentions by stages 5-7 (and 4c for known names) over `text`; the
 * stages before run unwatched.
 */
function work(text: string, known: readonly KnownName[] = []): number {
  const counter: Counter = { reads: 0 };
  const input = normalize(text);
  const seg = segmentSections(input);
  const plain = annotate(input, seg.blocks);
  const facts = new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), plain, input.view);
  const { words } = facts;
  const works = findWorks(input, facts, seg.title, []);
  const drafts = findNames(input, facts, seg, works);
  const found = tieNames(input, words, drafts.entities, [], drafts.blocked);
  const ann: Annotation = { ...plain, tokens: counted(plain.tokens, counter) };
  const entities = known.length ? tieNames(input, words, countedEntities(found, counter), known, new Uint8Array(0)) : countedEntities(found, counter);
  const { quotes } = findQuotes(input, seg, ann, works);
  attributeSpeakers(input, ann, seg.blocks, known.length ? countedEntities(entities, counter) : entities, quotes);
  const masked = [...works.flatMap((w) => w.mentions), ...entities.flatMap((e) => e.mentions)];
  sentimentOver(scoreSentiment(ann, seg.blocks, masked, []), seg.blocks);
  return counter.reads;
}

/** `unit` repeated `times` times. */
const rep = (unit: string, times: number): string => unit.repeat(times);

/** Distinct made-up full names, as a caller's known names. */
const knownNames = (n: number): KnownName[] => Array.from({ length: n }, (_, i) => ({ name: `Kim Ha${i.toString(36)}ra`, kind: i % 2 ? 'person' : 'character' }));

describe('stages 5-7 read the tokens and mentions a bounded number of times each', () => {
  // Each case: a text of `times` units (and the known names for it), at 60 units and at 240.
  const cases: [string, (times: number) => [string, KnownName[]]][] = [
    ['one long run of emoji, each one an opinion', (t) => [`Not bad at all ${rep('😀🎉✨', t)} good`, []]],
    ['many short quotes in one sentence, a speech verb at its start', (t) => [`She said ${rep('“risk” and “the plot is fun” and ', t)}`, []]],
    ['"he said" after each quote, his name of no known gender', (t) => [rep('Ji-hoo Kim smiled. “No,” he said. ', t), []]],
    ['"she said" after many quotes that name two people', (t) => [`Min-ji Park and Ji-hoo Kim came in. ${rep('“Ji-hoo Kim and Min-ji Park!” she said. ', t)}`, []]],
    ['"she said" after each of many quotes in one paragraph that names two people before each', (t) => [rep('Min-ji Park and Ji-hoo Kim argued. “No,” she said. ', t), []]],
    ['"the director said" far after the last person with that role', (t) => [`Director Bong Joon-ho spoke. ${rep('Min-ji Park and Ji-hoo Kim smiled. ', t)}${rep('The director said, “Yes.” ', t)}`, []]],
    ['many known names, few of them in the text', (t) => [rep('Kim Ha1ra met Kim Ha2ra at the premiere. ', t), knownNames(t * 4)]],
    ['a quote reopened after every sentence, news style, with an attribution first', (t) => [`Min-ji Park said: "Yes. ${rep('"It was long. ', t)}"End."`, []]],
    ['"he added" after each of many quotes left unclear by two people named since, all long after the last speaker', (t) => [`“Yes,” said Tom Berg. ${rep('Anna Lund smiled. ', t)}${rep('Jack Hale and Owen Price, the chef, met. “No,” he added. ', t)}`, []]],
    ['a quote alone in each of many paragraphs after an attributed one', (t) => [`“Yes,” said Min-ji Park.\n\n${rep('“It was long.”\n\n', t)}`, []]],
    ['many known names in the text, two families sharing each given name as an alias', (t) => {
      const given = (i: number): string => `Ha${i.toString(36)}ra`;
      const names = ['Kim', 'Lee'].flatMap((family) => Array.from({ length: t }, (_, i) => ({ name: `${family} ${given(i)}`, aliases: [given(i)] })));
      return [names.map((k) => `${k.name} smiled at me.`).join(' '), names];
    }],
  ];
  it.each(cases)('%s', (_, make) => {
    const [small, smallKnown] = make(60);
    const [large, largeKnown] = make(240);
    const ratio = work(large, largeKnown) / work(small, smallKnown);
    // Linear: about 4 (sorting adds a little); quadratic: about 16.
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(6);
  });
});

describe('known names merge entities of any size', () => {
  it('merges two forms of one name, each mentioned 300,000 times (a spread of that many overflows the call stack), into one entity in text order', () => {
    const unit = 'Park Ji-hoo smiled. Ji-hoo Park left. ';
    const times = 300_000;
    const input = normalize(unit.repeat(times));
    const mentionsAt = (offset: number, length: number) => Array.from({ length: times }, (_, i) => ({ start: i * unit.length + offset, end: i * unit.length + offset + length }));
    const entity = (offset: number): EntityDraft => ({ kind: 'character', kindConfidence: 0.5, mentions: mentionsAt(offset, 11), roles: [], descriptors: [], playedBy: null });
    const tied = tieNames(input, [], [entity(0), entity(20)], [{ name: 'Park Ji-hoo', aliases: ['Ji-hoo Park'], kind: 'person' }], new Uint8Array(0));
    expect(tied).toHaveLength(1);
    const [one] = tied as [EntityDraft];
    expect(one.kind).toBe('person');
    expect(one.mentions).toHaveLength(2 * times);
    expect(one.mentions.slice(0, 3)).toEqual([{ start: 0, end: 11 }, { start: 20, end: 31 }, { start: unit.length, end: unit.length + 11 }]);
    expect(one.mentions.every((m, i) => i === 0 || (one.mentions[i - 1] as { start: number }).start < m.start)).toBe(true);
  }, 30_000);
});
