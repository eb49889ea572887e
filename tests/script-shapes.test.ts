// Script lines in the shapes besides `Name : words`: blockquoted, bracketed, and a cue in capitals
// over the speech. Each case: the text, and its script lines as [speaker, words].
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Each dialogue quote as [speaker, words]. */
const scriptLines = (text: string): [string | null, string][] =>
  analyzeReview(text)
    .quotes.filter((q) => q.kind === 'dialogue')
    .map((q) => [q.speaker?.name ?? null, q.text]);

describe('script lines in other shapes', () => {
  it.each<[string, [string, string][]]>([
    ['The best exchange of the film:\n\n> Nora: I sold the house.\n> Walter: Then where do we sleep tonight?', [['Nora', 'I sold the house.'], ['Walter', 'Then where do we sleep tonight?']]],
    ['A quote I love:\n\n> Captain Reyes: Nobody goes ashore.', [['Captain Reyes', 'Nobody goes ashore.']]],
    ['[Nora] I sold the house.\n[Walter] Then where do we sleep tonight?', [['Nora', 'I sold the house.'], ['Walter', 'Then where do we sleep tonight?']]],
    ['The scene I rewatch:\n\n**Nora:** I sold the house.\n**Walter**: Then where do we sleep tonight?', [['Nora', 'I sold the house.'], ['Walter', 'Then where do we sleep tonight?']]],
    ['The kitchen scene says it all.\n\nNORA\nI sold the house.\n\nWALTER\nThen where do we sleep\ntonight?\n\nThat is the whole film.', [['NORA', 'I sold the house.'], ['WALTER', 'Then where do we sleep\ntonight?']]],
    // cues in capitals inside a blockquote, a part named by a common noun among them
    [
      'Nobody sells a scene like Margo does:\n\n> MARGO\n> You call this a rescue?\n>\n> _(the boat drifts off)_\n>\n> FERRYMAN\n> It floats, does it not?',
      [['MARGO', 'You call this a rescue?'], ['FERRYMAN', 'It floats, does it not?']],
    ],
    // speakers in brackets inside a blockquote
    ['The exchange everyone quotes:\n\n> [Nora] I sold the house.\n> [Walter] Then where do we sleep tonight?', [['Nora', 'I sold the house.'], ['Walter', 'Then where do we sleep tonight?']]],
    // a stage direction between the speaker and the colon, beside a plain blockquoted line
    ['The best exchange:\n\n> Nora: I sold the house.\n>\n> Walter _(not looking up)_: Then where do we sleep tonight?', [['Nora', 'I sold the house.'], ['Walter', 'Then where do we sleep tonight?']]],
  ])('%j', (text, want) => {
    expect(scriptLines(text)).toEqual(want);
  });

  it.each([
    // A lone speaker in brackets is no exchange.
    ['[Nora] I sold the house.'],
    // Sound cues in a transcript are no speakers.
    ['[Music] playing softly\n[Applause] from the back'],
    // Labels of a review's parts.
    ['[Update] The film is now streaming.\n[Edit] Fixed a typo.'],
    // Review labels in bold are no speakers.
    ['**Verdict:** a slow start, a great finish.\n**Rating:** 8 out of 10.'],
    // Headings in capitals over paragraphs: the words are written in lower case in the text.
    ['THE PLOT\nThe plot is thin and the story drags.\n\nTHE ACTING\nThe acting saves it.'],
    // Aspect labels of a rating review are no names.
    ['ART\nThe art is lovely, every frame.\n\nSOUND\nThe soundtrack is forgettable.'],
    // A quoted line in a blockquote that is not a script line.
    ['> I sold the house, she said, and walked out.'],
    // Labels in capitals inside a blockquote name nobody.
    ['A note first:\n\n> WARNING\n> Spoilers below.\n>\n> UPDATE\n> The ending differs in the cut.'],
    // A bracket before a colon in a blockquote, with no script line beside it.
    ['> Verdict (for now): a slow start and a great finish.'],
  ])('%j has no script lines', (text) => {
    expect(scriptLines(text)).toEqual([]);
  });

  it('keeps a cue in capitals out of the headings', () => {
    const a = analyzeReview('NORA\nI sold the house.\n\nWALTER\nThen where do we sleep tonight?');
    expect(a.sections.map((s) => s.heading?.text ?? null)).toEqual([null]);
  });
});

describe('a speaker linked to the entity that bears the name', () => {
  it('links a family name alone to the full name', () => {
    const a = analyzeReview('The singer Harry Belafonte was honoured on Monday. “It was a surprise,” said Belafonte.');
    const q = a.quotes.find((x) => x.kind === 'speech');
    const person = a.people.find((p) => p.id === q?.speaker?.personId);
    expect(q?.speaker?.name).toBe('Belafonte');
    expect(person?.name).toBe('Harry Belafonte');
  });
  it('links a cue in capitals to the character named in the prose', () => {
    const a = analyzeReview('I loved how Nora and Walter argue.\n\nNORA\nI sold the house.\n\nWALTER\nThen where do we sleep tonight?');
    const names = a.quotes.filter((q) => q.kind === 'dialogue').map((q) => [...a.characters, ...a.people].find((e) => e.id === (q.speaker?.characterId ?? q.speaker?.personId))?.name);
    expect(names).toEqual(['Nora', 'Walter']);
  });
});
