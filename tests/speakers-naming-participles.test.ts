// A participle that names someone or something in words after a comma ("X praised the band,
// calling them “…”", "citing his hit as “…”") gives the quote to the sentence's subject; the name
// right after such a participle is what it names, never the speaker, and one opening a sentence
// after a quote ("“…” Describing Y as …, the singer said") is no attribution of that quote.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

describe('participles naming something in words', () => {
  it.each<Case>([
    ['Singer Lola Brandt introduced Percy Vane, citing his early hit Paper Moon as “the finest ballad I know”.', ['Lola Brandt']],
    ['Lola Brandt said she was “thrilled”, describing Percy Vane as “a singer I have loved all my life”.', ['Lola Brandt', 'Lola Brandt']],
    ['Director Ivo Marek defended the film, calling it “the bravest thing I have made”.', ['Ivo Marek']],
    // the quote before a sentence opened by such a participle keeps its own speaker
    ['His mother Ruth Vane spoke to reporters on Monday. “I know my son,” she said. “He is gentle.” Describing Percy Vane as “a kind man”, the retired teacher said she feared for him.', ['Ruth Vane', 'Ruth Vane', 'Ruth Vane']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
