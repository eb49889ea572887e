import { describe, expect, it } from 'vitest';
import { newFormContext, readMention, type FormContext } from '../src/index-build/form-context';
import { buildIndex } from '../src/review-index';
import { textChecksum } from '../src/text/checksum';
import type { ReviewAnalysis } from '../src/types';
import { analysisOf } from './helpers/index-docs';

/** The counts of the first mention of `name` in `text`. */
function around(text: string, name: string): FormContext {
  const counts = newFormContext();
  const start = text.indexOf(name);
  readMention(counts, text, start, start + name.length);
  return counts;
}

const crewCases: Array<[string, string, string, number]> = [
  ['a crew title right before', 'The mangaka Hirano Tessai plans every panel.', 'Hirano Tessai', 1],
  ['a making verb and "by"', 'The lead is voiced by Dara Quell this time.', 'Dara Quell', 1],
  ['a making verb right after', 'Oyama draws the fights with care.', 'Oyama', 1],
  ['a possessive of a made thing', "I adore Oyama's artwork in the later volumes.", 'Oyama', 1],
  ['"by" after a story verb is no crew word', 'The guard was killed by Renko in the second act.', 'Renko', 0],
  ['a possessive of kin is no crew word', "Renko's father leaves early on.", 'Renko', 0],
  ['a crew title after punctuation is not read', 'Ask the director. Renko would not know.', 'Renko', 0],
];

describe('words about making the work around a mention', () => {
  it.each(crewCases)('%s', (_, text, name, crew) => {
    expect(around(text, name).crew).toBe(crew);
  });
});

/** An analysis of `text` with one entity named `name` at each place it occurs, read as `kind`. */
function analysed(text: string, name: string, kind: 'character' | 'person', confidence: number): ReviewAnalysis {
  const base = analysisOf(kind === 'character' ? { characters: [{ forms: [name], confidence }] } : { people: [{ forms: [name], confidence }] });
  const mentions: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
  return {
    ...base,
    characters: base.characters.map((c) => ({ ...c, mentions })),
    people: base.people.map((p) => ({ ...p, mentions })),
    stats: { ...base.stats, characters: text.length },
    textChecksum: textChecksum(text),
  };
}

/** Six reviews of one work, each naming `name` once in `sentence`, every reading a coin toss leaning to a person. */
async function kindOf(name: string, sentence: (n: string) => string): Promise<[string, number]> {
  const inputs = Array.from({ length: 6 }, (_, i) => {
    const text = `Review ${i}. ${sentence(name)}`;
    return { id: `r${i}`, work: 'Tidewater', text, analysis: analysed(text, name, 'person', 0.55) };
  });
  const work = (await buildIndex(inputs)).works[0];
  const e = [...(work?.characters ?? []), ...(work?.people ?? [])].find((x) => x.name === name);
  return [e?.kind ?? 'none', e?.kindConfidence ?? 0];
}

// Each reading gives 0.55 to a person and 0.45 to a character (3.3 and 2.7 over six), the work's
// own mix (0.45 character) weighs two readings (0.9 and 1.1).
const workCases: Array<[string, string, (n: string) => string, 'character' | 'person', number]> = [
  // Six documents name it by one word only: 6 × 0.5 to a character, 6.6 of 11.
  ['a one-word name every document guesses at is a character', 'Renko', (n) => `${n} keeps the crew together when the storm hits.`, 'character', 0.6],
  // Named in full, nothing leans it: 4.4 of 8 for a person.
  ['a name written in full keeps the readings’ lean', 'Renko Valdane', (n) => `${n} keeps the crew together when the storm hits.`, 'person', 0.55],
  // One word, but each document also speaks of its art: 6 more to a person, 10.4 of 17.
  ['a one-word name whose art the reviews praise is a person', 'Oyama', (n) => `The story drags, though ${n}'s art is lovely.`, 'person', 0.612],
];

describe('kind from what the whole work says', () => {
  it.each(workCases)('%s', async (_, name, sentence, kind, confidence) => {
    expect(await kindOf(name, sentence)).toEqual([kind, confidence]);
  });
});
