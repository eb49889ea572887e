// An actor named in the title role plays the part the work is named after: the part's name is the
// work's title. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { links } from './helpers/links';

describe('the title role', () => {
  it.each([
    ['a relative clause with plays the eponymous character', 'Hilda Marsh is a quiet drama about a village nurse. It is up for six awards, among them best actress for Corinne Bale who plays the eponymous character. Hilda Marsh opens in May.', [['Hilda Marsh', 'Corinne Bale']]],
    ['in the title role after a comma and a word', 'I watched Tobo Rak last night. The acting laurels should go to Ivan Dorsey, moving in the title role. He gives the humble man great dignity.', [['Tobo Rak', 'Ivan Dorsey']]],
    ['as the titular character', 'I watched Zarko Venn last night. Paul Varden is superb as the titular character, and the script is sharp.', [['Zarko Venn', 'Paul Varden']]],
  ] as const)('%s', (_, text, want) => {
    expect(links(text)).toEqual(want);
  });

  it.each([
    ['nobody named plays it', 'I rewatched Hilda Marsh. Corinne Bale is fine, but whoever played the title role would struggle with this script.'],
    ['a title of common words names no part', 'I watched Silver River last night. It first ran on Broadway with Ada Venn in the title role, and it ran for a year.'],
    ['no work the text is about', 'Last week I watched Tobo Rak and then I watched Dax Onyx. Ivan Dorsey, moving in the title role, is the best thing in either.'],
  ] as const)('not: %s', (_, text) => {
    expect(links(text)).toEqual([]);
  });
});
