// Fans write a character's name in lower case as often as not. A word no dictionary holds that the
// text also writes capitalised mid-sentence is that name carelessly written where it is in lower
// case, not a common word, so the lower-case forms no longer veto the capitalised ones. Terms and
// places of a fandom are capitalised as names are, but take a determiner or a preposition of
// place. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import { annotate } from '../src/stages/3-annotate';
import { WordFacts } from '../src/stages/word-facts';
import { scanWords } from '../src/text/words';

/** The words the text writes in lower case, as the names stage reads them. */
function lowerWords(text: string): ReadonlySet<string> {
  const input = normalize(text);
  return new WordFacts(scanWords(input.view, input.lower), annotate(input, segmentSections(input).blocks), input.view).lowerWords;
}

describe('a name fans also write in lower case', () => {
  it.each([
    ['after a comma', 'The fillers drag on and tavik barely shows up. Even so, Tavik carries the season.', 'tavik'],
    ['after a lower-case word', 'I kept waiting for morrell to return, and the show only gives us Morrell for one scene.', 'morrell'],
  ] as const)('is no common word when written capitalised mid-sentence %s', (_, text, word) => {
    expect(lowerWords(text).has(word)).toBe(false);
  });

  it.each([
    ['when the dictionary holds it', 'The hunger in the city grows, and then Hunger walks in.', 'hunger'],
    ['when it is two words of the dictionary run together', 'The timeskip changes everything, and the show after Timeskip is better.', 'timeskip'],
    ['when it is a plural', 'The vorlans attack at night, and only Vorlans can stop them.', 'vorlans'],
    ['when the text writes it after a determiner', 'He trains to become the next tavik, and nobody doubts Tavik will win.', 'tavik'],
    ['when the text writes it after a preposition of place', 'The crew lands on tavik, and the arc about Tavik drags on.', 'tavik'],
    ['when it is capitalised only where a sentence opens', 'Tavik is gone. The show drags and tavik never returns.', 'tavik'],
    ['when it is capitalised only after a stop the tagger missed', 'The show drags:Tavik is gone and tavik never returns.', 'tavik'],
    ['when it is capitalised only after a capitalised word', 'I waited for tavik all season, but Orro Tavik never came back.', 'tavik'],
    ['when the capitalised form is all capitals', 'I waited for tavik all season and TAVIK never came back.', 'tavik'],
  ] as const)('stays a lower-case word %s', (_, text, word) => {
    expect(lowerWords(text).has(word)).toBe(true);
  });

  it('is a character named twice with capitals, though also written in lower case', () => {
    const text = 'The fillers drag on and tavik barely shows up. Even so, Tavik carries the season, and I think Tavik is the reason I watch.';
    const a = analyzeReview(text);
    const first = text.indexOf('Tavik');
    const second = text.indexOf('Tavik', first + 1);
    expect(a.characters.map((c) => ({ name: c.name, spans: c.mentions.map((m) => [m.start, m.end]) }))).toEqual([{ name: 'Tavik', spans: [[first, first + 5], [second, second + 5]] }]);
  });

  it('is no name where the text also writes it after a determiner', () => {
    const a = analyzeReview('The fillers drag on and the tavik barely shows up. Even so, Tavik carries the season, and I think Tavik is the reason I watch.');
    expect([...a.characters, ...a.people]).toEqual([]);
  });
});
