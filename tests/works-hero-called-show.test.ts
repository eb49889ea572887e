import { describe, expect, it } from 'vitest';
import { annotate } from '../src/stages/3-annotate';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import { calledWork } from '../src/stages/4-works/6-hero-titles';
import { WORK_NOUNS } from '../src/data/work-cues';
import { scanWords } from '../src/text/words';
import { WordFacts } from '../src/stages/word-facts';

/** True when the frame reads the first mention of `name` in `text` as called a kind of work. */
function called(text: string, name: string): boolean {
  const input = normalize(text);
  const facts = new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), annotate(input, segmentSections(input).blocks), input.view);
  const start = input.view.indexOf(name);
  const end = start + name.length;
  const first = facts.words.findIndex((w) => w.start === start);
  const last = facts.words.findIndex((w) => w.end === end);
  return calledWork(input.view, facts, { start, end }, first, last);
}

// The shows' words call a name a work as the films' words do: no one in a story is an anime or a
// series, so `X is a great anime` names the work even where X is also its hero.
describe('a name called a show, a series or an anime', () => {
  const cases: readonly { text: string; name: string }[] = [
    { text: 'Kestrel Vane is a great show for kids, and Kestrel Vane grows up fast in it.', name: 'Kestrel Vane' },
    { text: 'Tomo Hayase was the first anime I ever finished.', name: 'Tomo Hayase' },
    // `one of` takes the plural; `anime` and `series` are their own plurals.
    { text: 'Mira Sol is one of the longest running anime out there.', name: 'Mira Sol' },
    { text: 'Mira Sol is one of my favourite shows.', name: 'Mira Sol' },
    // A kind qualifying another kind is read on to the second.
    { text: 'Ryo Tanba is my favourite anime series of the decade.', name: 'Ryo Tanba' },
    { text: 'Ryo Tanba is not a bad manga at all.', name: 'Ryo Tanba' },
    // A comma and an article restating the kind still call it so.
    { text: 'Dead Lantern is a cheap mess, a lazy crime thriller.', name: 'Dead Lantern' },
    // A participle after an adverb or an article describes the kind.
    { text: 'To be fair, Ryo Tanba is the most overhyped show of its decade.', name: 'Ryo Tanba' },
    { text: 'Ryo Tanba is one of the longest running manga in print.', name: 'Ryo Tanba' },
    // An insertion between commas after the verb: the sentence goes on past it.
    { text: 'Mira Sol is, sadly, the weakest show of the season.', name: 'Mira Sol' },
  ];
  it.each(cases)('$text', ({ text, name }) => {
    expect(called(text, name)).toBe(true);
  });
});

describe('a name the sentence does not call a show', () => {
  const cases: readonly { text: string; name: string; why: string }[] = [
    { text: 'Kestrel Vane is the reason this show works so well.', name: 'Kestrel Vane', why: 'a determiner after a noun opens another clause' },
    { text: 'Kestrel Vane is a bit too calm, and the anime gives her little to do.', name: 'Kestrel Vane', why: 'a determiner after `and` opens another clause' },
    { text: 'Thing is, the show only has one joke.', name: 'Thing', why: 'a comma right after the verb' },
    { text: 'Kestrel Vane is able to show her anger only once.', name: 'Kestrel Vane', why: 'the kind word is a verb after `to`' },
    { text: 'Kestrel Vane is the best character of the series.', name: 'Kestrel Vane', why: 'a preposition breaks the phrase' },
    { text: 'Kestrel Vane is a manga character everyone copies.', name: 'Kestrel Vane', why: 'the kind qualifies a noun after it' },
    { text: 'Kestrel Vane is one of my favourite characters in any show.', name: 'Kestrel Vane', why: 'the kind stands past a preposition' },
    { text: 'Umm was I really watching the same show as you?', name: 'Umm', why: 'a pronoun between opens a clause' },
    { text: 'Kestrel Vane is watching the show with her brother.', name: 'Kestrel Vane', why: 'a participle right after the verb is the verb' },
  ];
  it.each(cases)('$text ($why)', ({ text, name }) => {
    expect(called(text, name)).toBe(false);
  });
});
