// Speakers where the sentences are cut otherwise than the text means: a quote glued to the stop of
// the sentence before it, a name's own "!" cutting a sentence short, an attribution set between
// commas inside the sentence before a quote.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Speaker name (or null) of each speech quote, in order. */
const speakers = (text: string): (string | null)[] =>
  analyzeReview(text)
    .quotes.filter((q) => q.kind === 'speech')
    .map((q) => q.speaker?.name ?? null);

describe('a quote glued to the stop before it opens a sentence of its own', () => {
  it.each<[string, (string | null)[]]>([
    // "shouted" before the quote is the fans' verb, in the sentence before; "he told" is the quote's.
    ['Tour news\n\nThe actor Tom Reyes starred in a film. The fans shouted as he walked by."It was very loud," he told the BBC.', ['Tom Reyes']],
    ['Tour news\n\nThe actor Tom Reyes starred in a film. The fans screamed when he walked on the stage."It was very loud," he told the BBC.', ['Tom Reyes']],
    // With a space the sentences were cut right already: the same answer.
    ['Tour news\n\nThe actor Tom Reyes starred in a film. The fans shouted as he walked by. "It was very loud," he told the BBC.', ['Tom Reyes']],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('a sentence cut short by the "!" of a name', () => {
  it.each<[string, (string | null)[]]>([
    // "poll was a triumph" opens in lower case: it ends the sentence whose subject is Lomax.
    [
      'Pop band tops poll\n\nMagazine editor Robin Price said: "It is a fine list."\n\nThe band formed in 1968. Tony Lomax played guitar. Lomax said the win in the Rock! poll was a triumph. He said: "We lived by a canal."',
      ['Robin Price', 'Lomax'],
    ],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('an attribution between commas inside the sentence before a quote', () => {
  it.each<[string, (string | null)[]]>([
    ['Tour news\n\nThe singer Tom Reyes starred in a film. He is a patient man by nature, he says, happy to wait for parts. "I never stress about the gaps."', ['Tom Reyes']],
    ['Tour news\n\nThe singer Tom Reyes starred in a film. The part, Reyes says, was written for him. "I read it in one night."', ['Reyes']],
    // No speech verb between the commas: nobody.
    ['Tour news\n\nThe singer Tom Reyes starred in a film with Ray Cole. The part, he hopes, was written for him. "I read it in one night."', [null]],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('a sentence that opens after a quote closing the one before it', () => {
  it.each<[string, (string | null)[]]>([
    // "… in LA.” Leonardo DiCaprio, who …" is one wink sentence; DiCaprio opens the second, and
    // Foxx, named in his relative clause, is not the subject.
    [
      'Awards night\n\nBest actor Jamie Foxx could not come, but actress Helen Mirren read his speech. He apologised, joking: "I am stuck in LA." Leonardo DiCaprio, who lost out on the best actor prize to Foxx, will face him again at the Oscars.\n\n"It is the first time I have come here," he told reporters on the carpet.',
      ['Jamie Foxx', 'Leonardo DiCaprio'],
    ],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('a description of a person as a subject in a chain of "he"', () => {
  it.each<[string, (string | null)[]]>([
    // "The veteran pop star" goes on with the subject before it; the mayor is an object.
    ['Gala night\n\nSir Elton John played hits to a crowd which included the mayor Paul Brandt and his wife Ana. The veteran pop star played piano for three hours.\n\nHe told the crowd: "I was a nightmare once."', ['Sir Elton John']],
    // A description of the other gender is someone else: nobody.
    ['Gala night\n\nSir Elton John played hits to a crowd which included the mayor Paul Brandt and his wife Ana. The veteran actress sang for three hours.\n\nHe told the crowd: "I was a nightmare once."', [null]],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});

describe('a name\'s "!" inside an attribution between two quotes', () => {
  it.each<[string, (string | null)[]]>([
    // "Zing! Records" is a name: one attribution, the same person goes on.
    ['Film news\n\nThe studio has a new hero. "We believe it is a whole new world," said Ada Moss, head of the label Zing! Records. "People want something different."', ['Ada Moss', 'Ada Moss']],
    // "arrived!" ends a sentence of its own about someone else: nobody.
    ['Film news\n\nThe studio has a new hero. "We believe it is a whole new world," said Ada Moss, the head of the label. Tom Fry arrived! "People want something different."', ['Ada Moss', null]],
  ])('%j → %j', (text, want) => {
    expect(speakers(text)).toEqual(want);
  });
});
