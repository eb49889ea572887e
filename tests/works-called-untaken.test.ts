import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { annotate } from '../src/stages/3-annotate';
import { normalize } from '../src/stages/1-normalize';
import { segmentSections } from '../src/stages/2-segment';
import { calledUntakenWorks } from '../src/stages/4-works';
import { WORK_NOUNS } from '../src/data/work-cues';
import { scanWords } from '../src/text/words';
import { WordFacts } from '../src/stages/word-facts';

/** The titles the pass adds to `text` when no other pass took anything there. */
function addedAlone(text: string): string[] {
  const input = normalize(text);
  const facts = new WordFacts(scanWords(input.view, input.lower, WORK_NOUNS), annotate(input, segmentSections(input).blocks), input.view);
  return calledUntakenWorks(input.view, facts, [], []).map((w) => input.view.slice(w.mentions[0]!.start, w.mentions[0]!.end));
}

// A capitalised run no stage took that the sentence calls a kind of work (`X is one of my
// favourite films`, `X remains the best thriller`) is a work's title there; a one-word title that
// also names a thing in its story (`the Harbinger sank`) counts by that frame, not by its word.
describe('an untaken run the sentence calls a work', () => {
  const cases: readonly { text: string; work: string; at: number }[] = [
    // One word, also a ship in the story written with `the`.
    { text: 'Harbinger is one of my favourite films. The sinking of the Harbinger still makes me cry.', work: 'Harbinger', at: 0 },
    // `remains` calls its subject too; the word is also a creature in lower case.
    { text: 'Stalker remains one of the most frightening films ever made, and the stalker itself is never fully seen.', work: 'Stalker', at: 0 },
    // An article and a capitalised word after `I think`.
    { text: 'I think The Quarry is a great action movie, even with its silly ending.', work: 'The Quarry', at: 8 },
    // The subject set in double quote marks.
    { text: 'Years later, "Gravelpit" was the film everyone at school talked about.', work: 'Gravelpit', at: 14 },
  ];
  it.each(cases)('$text', ({ text, work, at }) => {
    const a = analyzeReview(text);
    expect(a.works.find((w) => w.title === work)?.mentions.map((m) => m.start)).toContain(at);
  });
});

describe('a run the sentence does not call a work, or that is no title alone, is no work', () => {
  const cases: readonly { text: string; not: string }[] = [
    // A clause opener before the copula.
    { text: 'Overall this is one of my favourite films of the decade.', not: 'Overall' },
    // The end of a longer title joined by lower-case title words.
    { text: 'Their mean little Ballad of the Ferrets is a surprisingly warm film.', not: 'Ferrets' },
    { text: 'Frankly, Waiting for the Tide is a slow movie.', not: 'Tide' },
    // A common word written capitalised.
    { text: 'What was on afternoon TV is now a movie nobody asked for.', not: 'TV' },
    // The kind of work qualifies a noun after it.
    { text: 'Harbinger is a film studio in the north of the country.', not: 'Harbinger' },
    // No kind of work after the copula.
    { text: 'Harbinger is huge, and the crew are proud of her.', not: 'Harbinger' },
  ];
  it.each(cases)('$text', ({ text, not }) => {
    expect(analyzeReview(text).works.map((w) => w.title)).not.toContain(not);
  });
});

// The pass alone, with nothing taken before it: the end of a longer title joined by lower-case
// title words is refused even where no other pass found the longer title.
describe('the pass alone', () => {
  const cases: readonly { text: string; added: string[] }[] = [
    { text: 'Harbinger is one of my favourite films.', added: ['Harbinger'] },
    { text: 'This noisy Battle of the Ferrets is a surprisingly warm film.', added: [] },
    { text: "It's clear that All About the Ferrets is a formulaic movie.", added: [] },
    { text: 'Overall this is one of my favourite films.', added: [] },
    // A praise only a work earns, after the hero's kinds of work.
    { text: 'Harbinger is a true classic.', added: ['Harbinger'] },
    // An article and a kind of work written capitalised name the kind.
    { text: 'The Manga is a masterpiece, the anime less so.', added: [] },
    // A lower-case determiner, number or adjective before the run makes it the tail of a phrase.
    { text: 'Return to the 9th Lantern is a tense old western.', added: [] },
    { text: 'I still think the Harbinger is a great film.', added: [] },
    { text: 'That gloomy Harbinger is a great film.', added: [] },
  ];
  it.each(cases)('$text', ({ text, added }) => {
    expect(addedAlone(text)).toEqual(added);
  });
});
