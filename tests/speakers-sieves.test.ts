// Each sieve of stage 6 alone (or after the sieves it builds on), on short texts written for it:
// what it answers, and what it must leave to the others or to nobody.
import { describe, expect, it } from 'vitest';
import { WORK_NOUNS } from '../src/data/work-cues';
import { attributeSpeakers, SIEVES } from '../src/stages/attribute-speakers';
import { annotate } from '../src/stages/annotate';
import { findNames } from '../src/stages/find-names';
import { findQuotes } from '../src/stages/find-quotes';
import { findWorks } from '../src/stages/find-works';
import { normalize } from '../src/stages/normalize';
import { segmentSections } from '../src/stages/segment-sections';
import { scanWords } from '../src/text/words';

/** Each quote's speaker as `name (via)`, or null, with only the named sieves asked, in the list's order. */
function withSieves(text: string, names: readonly string[]): (string | null)[] {
  const input = normalize(text);
  const seg = segmentSections(input);
  const ann = annotate(input, seg.blocks);
  const words = scanWords(input.view, input.lower, WORK_NOUNS);
  const works = findWorks(input, words, ann, seg.title, []);
  const entities = findNames(input, words, ann, seg, works, []);
  const { quotes } = findQuotes(input, seg, ann, works);
  const sieves = SIEVES.filter((s) => names.includes(s.name));
  return attributeSpeakers(input, ann, seg.blocks, entities, quotes, sieves).map((s) => (s ? `${text.slice(s.span.start, s.span.end)} (${s.via})` : null));
}

describe('the sieves', () => {
  it('are asked in this order', () => {
    expect(SIEVES.map((s) => s.name)).toEqual(['script', 'dash', 'verb', 'lead-in', 'continuation', 'prior-sentence']);
  });
});

type Case = [text: string, speakers: (string | null)[]];

const tables: [sieve: string, before: string[], cases: Case[]][] = [
  [
    'script',
    [],
    [
      ['Min-seo : Where were you last night?\nDo-hyun : At the station, waiting for you.', ['Min-seo (script)', 'Do-hyun (script)']],
      ['The café scene was my favourite. “Stay,” she says, and he does.', [null]],
    ],
  ],
  [
    'dash',
    [],
    [
      ['“Nobody leaves this island until the storm is over.” – Captain Hale', ['Captain Hale (dash)']],
      ['“Rules are for people without imagination.” – The Headmistress (Agnes Marlow)', ['Agnes Marlow (dash)']],
      ['“We lost the light by four.” – and then the crew packed up for the night.', [null]],
      ['Tomas Reyes said the first week was hard. “We lost the light by four,” he said.', [null]],
    ],
  ],
  [
    'verb',
    [],
    [
      ['“The budget ran out in the second month,” said Laura Benning.', ['Laura Benning (verb)']],
      ['Laura Benning said: “The budget ran out in the second month.”', ['Laura Benning (verb)']],
      ['“The budget ran out in the second month,” said award-winning producer Laura Benning.', ['Laura Benning (verb)']],
      ['Laura Benning told Pedro Alvarez that “the budget is gone” before the shoot.', ['Laura Benning (verb)']],
      ['Laura Benning spoke after the screening. “It is my last film,” she told BBC News.', ['Laura Benning (pronoun)']],
      ['“It is the best record of the year,” said Rolling Stone magazine.', [null]],
      ['The studio was quiet. “We start again on Monday,” said a spokesman.', [null]],
    ],
  ],
  [
    'lead-in',
    [],
    [
      ['The crowd waited. Finally Edgar Whitlock said:\n\n“I am done with touring.”', ['Edgar Whitlock (verb)']],
      ['The crowd waited for the band to say something:\n\n“I am done with touring.”', [null]],
    ],
  ],
  [
    'continuation',
    ['verb'],
    [
      ['“We finished on time,” said Grace Ellery. “And under budget, which nobody believed.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      ['Grace Ellery said: “We finished on time.” “Nobody believed it.”', ['Grace Ellery (verb)', 'Grace Ellery (context)']],
      ['“We finished on time,” said Grace Ellery. Her partner Owen Tate disagreed. “It was a mess.”', ['Grace Ellery (verb)', null]],
      ['“We finished on time,” said Grace Ellery.\n\n“It was a mess from start to finish.”', ['Grace Ellery (verb)', null]],
    ],
  ],
  [
    'prior-sentence',
    [],
    [
      ['The singer Harriet Vance remembered her first tour. “We slept in the van every night.”', ['Harriet Vance (context)']],
      ['Harriet Vance and Jon Pike remembered the tour. “We slept in the van every night.”', [null]],
      ['The van broke down twice. “We slept in it every night.”', [null]],
    ],
  ],
];

for (const [sieve, before, cases] of tables) {
  describe(`the ${sieve} sieve`, () => {
    it.each(cases)('%j → %j', (text, want) => {
      expect(withSieves(text, [...before, sieve])).toEqual(want);
    });
  });
}
