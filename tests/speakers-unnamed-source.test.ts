// Sources a report does not name, and reports inside reports. A sentence whose speech verb has an
// unnamed person ("A studio spokeswoman said", "A spokesman for distributor Toho said") or a thing
// ("The complaint said") as its subject reports their words: the name after the verb opens what
// was reported, the body after "for" is not the speaker, and a "she said" / "he added" after it is
// that unnamed person, not the last one named. An initialism after "the" ("the BFC") is a body, no
// speaker; a title after "the star of" ("The star of Rain Man said") is what the person is known
// for (one word too: "The star of Amelie said", even when the title reads as a given name), so the
// noun means the person named before only when the text brought them in as a public person ("screen
// veteran X") or was quoting them; and so
// is a person after a noun and "of" ("said a friend of X"): the noun is the subject, the person named before. When the last speaker was quoted inside
// another person's report ("X said he had met Y, who had told him …"), "He added" is the reporter
// when plainly a man, else nobody.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';
import { canSpeak } from '../src/stages/6-speakers/speaking-noun';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

const cases: Case[] = [
  // controls: the shapes these rules must leave alone
  ['“We will open in May,” said festival director Ivo Marek.', ['Ivo Marek']],
  ['Sarah Collins of the BFC said: “We need more money for new writers.”', ['Sarah Collins']],
  ['Sarah Collins left the show in March. She said she would come back one day. “I miss it already,” she said.', ['Sarah Collins']],
  ['Tomas Berg told reporters the film would be “a long goodbye”. He added: “It is my last one.”', ['Tomas Berg', 'Tomas Berg']],
  ['Actor Dustin Hoffman has hit out at modern films. The star of Rain Man and Tootsie said the film culture was “in the craphouse” at a press conference.', ['Dustin Hoffman']],
  // the person a title after "the star of" describes: one brought in as a public person, or the source being quoted
  ['Screen veteran Ada Quill has hit out at modern cinema. The star of Harbour Lights and Paper Moon said the industry was “running on fumes” at a briefing.', ['Ada Quill']],
  ['“I never wanted to stop,” said Ada Quill. The star of Harbour Lights told the paper that retiring had been “the hardest call” of her life.', ['Ada Quill', 'Ada Quill']],
  // a name closing the phrase after the title is the speaker
  ['“It was a long night for all of us,” said the star of Amelie, Nora Vale.', ['Nora Vale']],
  ['Director James Cameron spoke on Monday. The director of Titanic said the sequel was “nearly done”.', ['James Cameron']],
  ['James Porter said he had met Tomas Berg, who had told him over a long dinner in Prague last winter after the festival had closed and the guests had all gone home that the new film would be “a long goodbye to the old studio and to everyone there”. He added: “I hope he is wrong about that.”', ['Tomas Berg', 'James Porter']],
];

const mustStayNobody: Case[] = [
  // a thing as the verb's subject: the name after the verb is inside the report
  ['The complaint said Dana Holt had suffered “lasting harm to her career”.', [null]],
  ['The court filing claimed Ivo Marek was “never paid for the second season”.', [null]],
  // an initialism after "the" is a body
  ['The BFC also criticised “the lack of money for young writers”, in a statement on Friday.', [null]],
  // a title after "the star of" / "the director of" is no speaker, and no one was named before
  ['The director of Titanic said the sequel was “nearly done”.', [null]],
  ['The star of Rain Man and Tootsie said the film culture was “in the craphouse”.', [null]],
  // a one-word title that reads as a given name is still the work, wherever the phrase stands
  ['Nora Vale flew in late. The star of Amelie said: “It was a long night for all of us.”', [null]],
  ['Nora Vale flew in late. “It was a long night for all of us,” said the star of Amelie.', [null]],
  ['Nora Vale flew in late. “It was a long night for all of us,” the star of Amelie told reporters.', [null]],
  ['Nora Vale flew in late. The star of Amelie, who is 60, said: “It was a long night for all of us.”', [null]],
  ['Ada Quill flew in on Monday. The star of Harbour Lights said the industry was “running on fumes” at a briefing.', [null]],
  // nor is a person after "a friend of" the friend
  ['“We will miss him,” said a friend of Tomas Berg.', [null]],
  // "he" / "she" is one person, never a group named before
  ['Police said the bridge would stay shut until Monday. “We ask drivers to keep away,” he said.', [null]],
  ['Critics praised the play all week. “It is a triumph,” she said.', [null]],
  // a body's unnamed spokesperson, and their "he added"
  ['A spokesman for the UK Film Council said: “It is a sad night for British film.”', [null]],
  ['James Porter directed the film. A spokesman for distributor Toho said the film “has found a large audience”. “We are very happy,” he added.', [null, null]],
  // an unnamed source, then a pronoun of their gender
  ['Dana Holt left the show in March. A studio spokeswoman said the series would return next year. “We are very excited about it,” she said.', [null]],
  ['Tomas Berg cancelled the tour on Monday. The band’s spokesman said the dates would be moved. “Nobody will lose their ticket,” he said.', [null]],
  // the unnamed source attributing a quote after it, then "she added" in the next sentence
  ['Lisa Dorn will host the show. “There are no plans for another series,” a spokeswoman said. She added that Dorn had “brought real warmth to the evenings”.', [null, null]],
  ['Tomas Berg left the band. “We wish him well on his way,” the label’s spokesman said. He added the tour would go on “with a new singer”.', [null, null]],
  // the last speaker quoted inside someone else's report
  ['Jordan Hale said he had met Tomas Berg, who had told him over a long dinner in Prague last winter after the festival had closed and the guests had all gone home that the new film would be “a long goodbye to the old studio and to everyone there”. He added: “I hope he is wrong about that.”', ['Tomas Berg', null]],
];

describe('named sources around unnamed ones keep their quotes', () => {
  it.each(cases)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

describe('must stay nobody: unnamed sources, things and bodies, reports inside reports', () => {
  it.each(mustStayNobody)('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});

// The noun before a speech verb that makes it the verb's subject (the name after the verb then opens
// what was reported): a person, a group, a document or a body; never a noun of time or manner.
const speakingNouns: [word: string, speaks: boolean][] = [
  ['spokeswoman', true], ['critics', true], ['fans', true], ['lawsuit', true], ['filing', true], ['corporation', true], ['letters', true],
  ['time', false], ['manner', false], ['pause', false], ['moment', false], ['voice', false],
];

describe('nouns that can say something', () => {
  it.each(speakingNouns)('%s → %s', (word, speaks) => {
    expect(canSpeak(word)).toBe(speaks);
  });
});
