// Words held up by "so-called" are a label, not anyone's speech: the "called" of "so-called" is
// no speech verb, whatever the words' length or capitals. A real speech verb still makes speech.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

type Case = [text: string, kinds: string[]];

const kindsOf = (text: string): string[] => analyzeReview(text).quotes.map((q) => q.kind);

const cases: Case[] = [
  ['The film follows a boy who joins the so-called "Iron Ring" of street racers.', ['term']],
  ['Critics of the so-called "family friendly" cut were loud.', ['term']],
  ['Fans of the so called "slow burn" school of horror will be happy.', ['term']],
  // "called" as a verb of naming still reports someone's words
  ['She called it "a mess from start to finish".', ['speech']],
];

describe('"so-called" holds up a label', () => {
  it.each(cases)('%s', (text, kinds) => {
    expect(kindsOf(text)).toEqual(kinds);
  });
});
