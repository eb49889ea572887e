import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { resolveOptions } from '../src/options';
import { runPipeline } from '../src/pipeline';

/** The text of each sentence stage 3 gives. */
const sentences = (text: string): string[] => runPipeline(text, resolveOptions({})).annotation.sentences.map((s) => text.slice(s.start, s.end));

/** The name of the actor the text gives the character `part`, if any. */
const actorOf = (text: string, part: string): string | undefined => {
  const a = analyzeReview(text);
  const c = a.characters.find((x) => x.name === part);
  return a.people.find((p) => p.id === c?.playedBy)?.name;
};

describe('the dot of a name suffix (Jr., Sr., Jnr., Snr.) ends no sentence that goes on', () => {
  it.each([
    ['Tomas Vell Jnr. plays the ferryman. The river is cold.', ['Tomas Vell Jnr. plays the ferryman.', 'The river is cold.']],
    ['Ivo Marne Snr. was never better. He retired after it.', ['Ivo Marne Snr. was never better.', 'He retired after it.']],
    // A capitalised word after the dot starts a new sentence.
    ['The score is by Harold Brisk Jr. The songs are short.', ['The score is by Harold Brisk Jr.', 'The songs are short.']],
    ['The score is by Harold Brisk Jnr. The songs are short.', ['The score is by Harold Brisk Jnr.', 'The songs are short.']],
  ])('%j is read as %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['The cast includes Harold Brisk Jr. as the pilot Jacoby, and he is superb.', 'Jacoby', 'Harold Brisk Jr'],
    ['Harold Brisk Jr. as Jacoby is the best thing in it.', 'Jacoby', 'Harold Brisk Jr'],
    ['Ivo Marne Snr. as the stern father Abelard is fine.', 'Abelard', 'Ivo Marne Snr'],
    ['Tomas Vell Jnr. plays Oskar, the ferryman.', 'Oskar', 'Tomas Vell Jnr'],
    ['Dennis Harlow Jr. is Jake, a pilot.', 'Jake', 'Dennis Harlow Jr'],
    ['Harold Brisk Jr., who plays Jacoby, steals the film.', 'Jacoby', 'Harold Brisk Jr'],
    ['Harold Brisk Jr. does fine work as Jacoby in the second half.', 'Jacoby', 'Harold Brisk Jr'],
    ['Jacoby is the son of Tess and Jacoby Sr. (Harold Brisk) and hates flying.', 'Jacoby Sr', 'Harold Brisk'],
  ])('%j casts %j with %j', (text, part, actor) => {
    expect(actorOf(text, part)).toBe(actor);
  });

  it('does not cast across the dot where a new sentence starts', () => {
    expect(actorOf('The score is by Harold Brisk Jr. Jacoby is a pilot who drinks.', 'Jacoby')).toBeUndefined();
  });
});

describe('a reader that looks back to the sentence start reads past the dot of a name suffix', () => {
  it.each([
    ['Marcus Teale Jr. plays the lead, Benno Kray, with a limp.', 'Benno Kray', 'Marcus Teale Jr'],
    ['Ivo Marne Snr. plays a weary doctor, Aldous Finch.', 'Aldous Finch', 'Ivo Marne Snr'],
    ['Tomas Vell Jnr. plays his uncle, Oskar Brandt.', 'Oskar Brandt', 'Tomas Vell Jnr'],
    // A capitalised word after the dot opens a new sentence, whose own subject plays the part.
    ['The music is by Harold Brisk Jr. Dana Moss plays a pilot, Jacoby.', 'Jacoby', 'Dana Moss'],
  ])('%j casts %j with %j', (text, part, actor) => {
    expect(actorOf(text, part)).toBe(actor);
  });
});
