// Stage 4c over a long list of `Part (Other name)` pairs reads each entity and mention a bounded
// number of times: reads counted at one length and at four times it (linear gives about four
// times as many, a pass that asks every entity once per pair about sixteen).
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/3-annotate';
import { findNames } from '../src/stages/4-names';
import { findWorks } from '../src/stages/4-works';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import type { EntityDraft } from '../src/stages/stage-types';
import { tieNames } from '../src/stages/4-names/tie-names';
import { WORK_NOUNS } from '../src/data/work-cues';
import { scanWords } from '../src/text/words';
import { WordFacts } from '../src/stages/word-facts';
import { counted, type Counter } from './helpers/counted';

/** Reads of entities and mentions by stage 4c over `text`; the stages before run unwatched. */
function tieReads(text: string): { reads: number; entities: EntityDraft[] } {
  const input = normalize(text);
  const seg = segmentSections(input);
  const plain = annotate(input, seg.blocks);
  const facts = new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), plain, input.view);
  const { words } = facts;
  const works = findWorks(input, facts, seg.title, []);
  const drafts = findNames(input, facts, seg, works);
  const counter: Counter = { reads: 0 };
  const watched = counted(
    drafts.entities.map((e): EntityDraft => ({ ...e, mentions: counted(e.mentions, counter) })),
    counter,
  );
  const entities = tieNames(input, words, watched, [], drafts.blocked);
  return { reads: counter.reads, entities };
}

/** A made-up word of letters only, one per number (`ab`, `ac`, …), so each pair has names of its own. */
const letters = (i: number): string => {
  let s = '';
  for (let n = i + 27; n > 0; n = Math.floor(n / 26)) s = String.fromCharCode(97 + (n % 26)) + s;
  return s;
};

describe('second names in brackets are read in linear time', () => {
  // Each part is cast first, then named with a hero name in brackets: one part, two names.
  const unit = (i: number): string => `Tom Vor${letters(i)}x plays Ruth Vor${letters(i)}. Ruth Vor${letters(i)} (Night-O${letters(i)}) rules the inn.`;
  const text = (n: number): string => Array.from({ length: n }, (_, i) => unit(i)).join(' ');

  it('merges each hero name into its part', () => {
    const source = text(3);
    const { entities } = tieReads(source);
    const characters = entities.filter((e) => e.kind === 'character');
    expect(characters).toHaveLength(3);
    const forms = characters.map((e) => e.mentions.map((m) => source.slice(m.start, m.end)));
    expect(forms).toEqual([
      ['Ruth Vorbb', 'Ruth Vorbb', 'Night-Obb'],
      ['Ruth Vorbc', 'Ruth Vorbc', 'Night-Obc'],
      ['Ruth Vorbd', 'Ruth Vorbd', 'Night-Obd'],
    ]);
  });

  it('reads a list four times as long about four times as much', () => {
    const ratio = tieReads(text(160)).reads / tieReads(text(40)).reads;
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(6);
  });
});
