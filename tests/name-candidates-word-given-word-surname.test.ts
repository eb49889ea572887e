// A given name that is also an English word ("Dana", "Faith", "Hope") opening its sentence leads a
// full name before a surname that is a word too ("Moss", "Hill") when the tagger reads both as
// proper nouns and the clause goes on about it with a verb or an adverb. Where the text writes the
// given name in lower case too ("we hope", "he will"), the full name still opens its sentence
// before a surname the lexicon does not know and the clause about it; after a modal's tag only
// before a present verb of one subject, which no modal or auxiliary takes after its subject. A
// plural, a noun after the two words, a question, a wish or a condition keep them no name.
// Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity the analysis gives, characters and people: its name and its mentions' spans. */
function entities(text: string): { name: string; spans: [number, number][] }[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => ({ name: e.name, spans: e.mentions.map((m) => [m.start, m.end] as [number, number]) }));
}

/** Every name and alias the analysis gives. */
function allForms(text: string): string[] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].flatMap((e) => [e.name, ...e.aliases]);
}

describe('a given name that is also a word, opening its sentence before a surname that is a word', () => {
  it.each([
    ['before a past verb', 'Dana Moss said the new series would film in the spring.', 'Dana Moss'],
    ['before an adverb', 'Faith Hill then sang the closing number of the night.', 'Faith Hill'],
    ['after another sentence', 'The gala ran long. Dana Moss is the one everyone came to see.', 'Dana Moss'],
    ['as a modal the tagger reads before a verb of one subject', 'Will Farrowby plays a retired boxer in the new drama.', 'Will Farrowby'],
    ['where the text writes the modal in lower case too', 'Will Farrowby plays a retired boxer. He will be back next year.', 'Will Farrowby'],
    ['where the text writes the given name in lower case too', 'We hope it lasts. Hope Davenport plays the eldest sister.', 'Hope Davenport'],
  ] as const)('is a full name %s', (_, text, name) => {
    const start = text.indexOf(name);
    expect(entities(text)).toContainEqual({ name, spans: [[start, start + name.length]] });
  });

  it.each([
    ['a plural of a word', 'Happy Days is back on the small screen tonight.', 'Happy Days'],
    ['a noun after the two words', 'Happy Mondays fans queued all night.', 'Happy Mondays'],
    ['a question the modal opens', 'Will Power cure the boredom of the second act?', 'Will Power'],
    ['a noun a modal and a word of the lexicon make', 'Will Power is the theme, and the will to go on.', 'Will Power'],
    ['a wish after a modal', 'May Fortune smile on the cast and crew.', 'May Fortune'],
    ['a condition an auxiliary opens', "Had Orla's letter come sooner, the duel would never have happened. She had no idea.", "Had Orla"],
    ['a heading-like lead in capitals', 'ART Sorvanto is the weakest part of the show, and the art never improves.', 'ART Sorvanto'],
  ] as const)('is no name as %s', (_, text, name) => {
    expect(allForms(text)).not.toContain(name);
  });
});
