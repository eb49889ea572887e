// A writer who names their own wording ("I say", "what I call", "I mean") puts words in marks as
// words, a term in the gold guide's sense (held up, nobody quoted as saying them), not speech. Talk
// the writer reports (told, an addressee, a line with sentence punctuation) and other people's
// words stay speech; "I said" is read as a mention only when the words stand earlier in the text.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src';

const kinds = (text: string): string[] => analyzeReview(text).quotes.map((q) => `${q.text}: ${q.kind}`);

const cases: [text: string, kinds: string[]][] = [
  ['The sequel mostly sets the monsters aside. Mark that I say "set aside", not "drop".', ['set aside: term', 'drop: term']],
  ['Honestly it is what I call "comfort viewing" and nothing more.', ['comfort viewing: term']],
  ["It is slow, and by slow I mean \"patient\" rather than \"boring\".", ['patient: term', 'boring: term']],
  ["I'd call it \"slow cinema\" at best.", ['slow cinema: term']],
  ['We call this \"the second act sag\" and the film has it bad.', ['the second act sag: term']],
  // "I said" pointing back at the writer's earlier words
  ['The music was brilliant for its day. See how I said "for its day"? It has aged.', ['for its day: term']],
];

const mustNot: [text: string, kinds: string[]][] = [
  // someone else's words under a speech verb
  ['The director said "keep it simple" to the crew.', ['keep it simple: speech']],
  ['In one interview he says "no sequels" and means it.', ['no sequels: speech']],
  // the writer's reported talk: another verb, an addressee, words never written before
  ['At the counter I told him "two tickets please" and sat down.', ['two tickets please: speech']],
  ['When the lights came up I said to my brother "never again" and left.', ['never again: speech']],
  ['When the lights came up I said "never again" and left.', ['never again: speech']],
  // longer than four words: not read as a named wording
  ["I'd call it \"a mood piece with a plot attached\" at best.", ['a mood piece with a plot attached: speech']],
  // a full sentence the writer says stays speech
  ['Every time the hero returns I say "welcome back!" to the screen.', ['welcome back!: speech']],
  // two quotes of others joined by "not" stay speech
  ['She says "wait here", not "run", in the last scene.', ['wait here: speech', 'run: speech']],
];

describe("the writer's own wording in marks", () => {
  it.each(cases)('%s', (text, want) => expect(kinds(text)).toEqual(want));
  it.each(mustNot)('not: %s', (text, want) => expect(kinds(text)).toEqual(want));
});
