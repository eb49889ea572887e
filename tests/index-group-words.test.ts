import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/review-index';
import { textChecksum } from '../src/text/checksum';
import type { ReviewAnalysis } from '../src/types';
import { analysisOf } from './helpers/index-docs';

/** An analysis of `text` naming each of `characters` (at every place it occurs) as one character. */
function analysed(text: string, characters: string[]): ReviewAnalysis {
  const base = analysisOf({ characters: characters.map((c) => ({ forms: [c] })) });
  const spans = (name: string) => {
    const out: Array<{ start: number; end: number }> = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({ start: at, end: at + name.length });
    return out;
  };
  return { ...base, characters: base.characters.map((c) => ({ ...c, mentions: spans(c.name) })), stats: { ...base.stats, characters: text.length }, textChecksum: textChecksum(text) };
}

/** The groups of forms of the index of `docs` (each a text and the names its analysis found). */
async function groupsOf(docs: Array<[string, string[]]>): Promise<string[][]> {
  const index = await buildIndex(docs.map(([text, names], i) => ({ id: `r${i}`, work: 'Ironvale', text, analysis: analysed(text, names) })));
  const work = index.works[0];
  return [...(work?.characters ?? []), ...(work?.people ?? [])].map((e) => e.forms.map((f) => f.text).sort()).sort();
}

/** Reviews naming Selka, once with a word before her name ("Varn Knight Selka"), and naming Varn in sentences `varn`. */
const reviews = (varn: string[]): Array<[string, string[]]> => [
  ['Varn Knight Selka is the heart of it, and she never bends.', ['Varn Knight Selka']],
  ['Selka fights the whole season and she wins.', ['Selka']],
  ['Selka decides to stay, and she is right.', ['Selka']],
  ...varn.map((text): [string, string[]] => [text, ['Varn', 'Selka']]),
];

const cases: Array<[string, string[], string[][]]> = [
  [
    'a word its uses make a group (plural verbs after it) stays apart from the name it stands before',
    ['Varn were cruel to Selka, and she hated it.', 'Varn have their reasons, Selka says, and she is not wrong.', 'Then Varn came for Selka and she ran.', 'Later Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.'],
    [['Selka', 'Varn Knight Selka'], ['Varn']],
  ],
  [
    'a word used as a name (no plural verb, never lower case) joins the one fuller form holding it',
    ['Then Varn came for Selka and she ran.', 'Later Varn met Selka and she smiled.', 'I liked Varn and Selka, and she shines.', 'Honestly Varn frightened Selka and she fled.'],
    [['Selka', 'Varn', 'Varn Knight Selka']],
  ],
];

describe('a one-word group or rank word joins no fuller name', () => {
  it.each(cases)('%s', async (_, varn, groups) => {
    expect(await groupsOf(reviews(varn))).toEqual(groups);
  });
});
