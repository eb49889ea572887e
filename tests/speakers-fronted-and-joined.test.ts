// A participle phrase set before a sentence's subject ("Having spent years abroad, he …",
// "Trembling in a thin Lurex gown, the actress joked: …") is stepped over to find that subject, as a
// short fronted phrase is; one holding a pronoun other than a possessive, or someone the participle is
// done to ("Speaking to Ivo Marek, …"), is not. A second speech verb joined by "but" with no subject
// of its own ("He denied the story but joked that “…”") is the sentence subject's, as with "and".
// A day or a month may stand in a short fronted phrase ("On Tuesday, X …", "At a hearing in May, X
// …"), and a name after such a phrase opens its sentence as its subject: "she said" after it is
// that person, not the last speaker. Two phrases may stand before the subject ("In 1998, back in
// Leeds, X …"), the second perhaps "to" and a verb ("In Oslo, to collect an award, X …"), as may
// an infinitive of purpose alone ("To promote the film, X …"). An outlet the names stage listed is
// no person inside such a phrase ("Speaking to the Radio Times, the veteran actor said …"). A chain
// of "he" sentences read back for the one meant stops at a sentence opening with a clause of its
// own ("As his songs drew notice, Moss announced …") on the main clause's subject, however long the
// clause and whoever it names.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, speakers: (string | null)[]];

const speakersOf = (text: string): (string | null)[] => analyzeReview(text).quotes.map((q) => q.speaker?.name ?? null);

describe('a participle phrase before the subject', () => {
  it.each<Case>([
    ['Singer Ada Lindqvist arrived late. Trembling in a thin silver Lurex gown, the Swedish-born singer waved to the crowd and joked: “It is freezing but I love it.”', ['Ada Lindqvist']],
    ['Tom Hale won the prize for best score. Having spent six years away from the cinema, he missed the noise of a film set. “It was harder than I thought,” he said.', ['Tom Hale']],
    ['Tom Hale won the prize for best score. Clutching his award tightly, he thanked the orchestra. “It was harder than I thought,” he said.', ['Tom Hale']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a speech verb joined by "but"', () => {
  it.each<Case>([
    ['Tom Hale won the prize for best score. He said he had hoped to meet Ian Moss but joked that “he is probably too busy for me”.', ['Tom Hale']],
    ['DJ Nora Blake has said that disco is not dead, but has admitted it is going through a “quiet spell”.', ['Nora Blake']],
    // a new subject after "but" speaks for itself
    ['Tom Hale won the prize for best score, but Ian Moss said it was “a fix”.', ['Ian Moss']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a name after a fronted phrase with a day or a month', () => {
  it.each<Case>([
    ['“We came home to find the door open,” said Ines Park. On Tuesday, Ruth Vane gave details of the stolen items. “I always take them off at night,” she said.', ['Ines Park', 'Ruth Vane']],
    ['“We came home to find the door open,” said Ines Park. At a hearing in May, Ruth Vane gave details of the stolen items. “I always take them off at night,” she said.', ['Ines Park', 'Ruth Vane']],
    // no new subject: the last speaker goes on
    ['“We came home to find the door open,” said Ines Park. On Tuesday, the police gave details of the stolen items. “I always take them off at night,” she said.', ['Ines Park', 'Ines Park']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('two phrases, or an infinitive of purpose, before the subject', () => {
  it.each<Case>([
    ['“We came home to find the door open,” said Ines Park. In 1998, back in Leeds, Ruth Vane gave details of the stolen items. “I always take them off at night,” she said.', ['Ines Park', 'Ruth Vane']],
    ['Ruth Vane wrote the score. In Oslo last week, to collect an award at the Nordic Film Festival, Ian Moss thanked the orchestra. “I owe them everything,” said the director.', ['Ian Moss']],
    ['To promote the film, Ian Moss toured six cities. “I owe them everything,” said the director.', ['Ian Moss']],
    // a description between commas after the first phrase is the subject's own: no new subject
    ['“We came home to find the door open,” said Ines Park. On Tuesday, the actress, 45, gave details of the stolen items. “I always take them off at night,” she said.', ['Ines Park', 'Ines Park']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('an outlet inside a phrase before the subject', () => {
  it.each<Case>([
    ['Tom Hale has joined fellow actors Ian Moss and Ray Dee in attacking television. Speaking to the Radio Times, the veteran actor said there is too much swearing. “It is a shame,” he complained. Ada Brook told the Radio Times last month that she agreed.', ['Tom Hale']],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('a chain of "he" sentences back to a main clause after a clause set before it', () => {
  it.each<Case>([
    ['Ian Moss grew up in Leeds. As his songs for the rappers Tom Hale and Ray Dee and the singer Ada Brook began to sell in their millions around the world, Moss announced plans for an album of his own. Driving home from a studio in May, he crashed his car. “I was lucky,” he later said.', ['Moss']],
    ['Ian Moss grew up in Leeds. As his songs for Tom Hale drew notice, Moss announced an album. Driving home from a studio in May, he crashed his car. “I was lucky,” he later said.', ['Moss']],
    // the main clause's subject is a woman: the man in the clause or the one before could be meant
    ['Ian Moss grew up in Leeds. As his songs for Tom Hale drew notice, Ada Brook announced an album. Driving home from a studio in May, he crashed his car. “I was lucky,” he later said.', [null]],
  ])('%j → %j', (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
