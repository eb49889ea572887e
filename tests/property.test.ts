import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { contractProblems } from './helpers/invariants';

const RUNS = 1000;

// First in the file, while the process has analysed nothing yet, as a fresh batch worker has: the
// contractions crashed only there (what an earlier text taught the caches hid the fault).
describe('texts that broke a fresh process', () => {
  it.each(['I cant.', 'You cant!', 'We cant?', 'i CANT...', 'Cant.', 'They cant?! Im sure it wont.', 'It isnt what youre thinking, dont.', 'Barbara Eden went on to play Genie on T.V. Micheal Ansara was her husband.', 'I loved it QP7... but it was boring.'])(
    'analyses %j',
    (text) => {
      const a = analyzeReview(text);
      expect(contractProblems(text, a)).toEqual([]);
      expect(a.stats.characters).toBe(text.length);
      expect(a.stats.sentences).toBeGreaterThanOrEqual(1);
    },
  );
});

/** Pieces of text that have broken parsers before: line ends, marks, markup, scripts, emoji. */
const FRAGMENTS = [
  '\r\n', '\r', '\n', '\n\n', '\n\n\n', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u00A0', '\u200B', '\t', '\u0000', '\u0007',
  '\uD800', '\uDFFF', '👩‍👩‍👧', '😀', '🇰🇷', 'é', 'e\u0301', '한국어 리뷰', 'שלום', 'مرحبا', '# ', '## Verdict', '**Bold**', '_x_', '*x*',
  '---', '```', '- item', '1. item', '<br />', '<br /><br />', '<BR>', '“', '”', '‘', '’', '"', "'", '«', '»', '「', '」', '„',
  '—', '–', '-', ':', ' : ', '?', '!', '.', '…', ',', '(', ')', '[', ']', 'Cheong-San', 'Cheong San', 'Name-', 'Mrs.Park',
  'Mr Weitz', 'said', ' said ', 'he said', ' as ', 'starred as', 'played by', 'Kim Mi So', 'All of Us Are Dead',
  'I love it', 'not good', 'too many', 'unimportant', 'Park Eun-Hee', 'The Funniest Scene', 'Do you like it?', 'GYEONG-SO: Yes?',
  '(Credit: Netflix)', 'title: "x"', ' ', '  ',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 12 });
const words = fc.constantFrom('the', 'show', 'was', 'great', 'boring', 'Nam-ra', 'Lee', 'Jae-Gyu', 'season', 'two', 'I', 'loved', 'it');

/** Strange documents: fragments, random code units (lone surrogates too) and words, joined. */
const strangeText = fc.array(fc.oneof(fragment, fragment, anyUnits, anyCodePoints, words), { maxLength: 40 }).map((parts) => parts.join(''));

/** Ordinary-looking documents with LF line ends only (for the CRLF and BOM comparison). */
const lfText = fc
  .array(fc.oneof(words, words, fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\n\n', '“', '”', '?', ': ', ' – ', 'Cheong-San', 'Mrs.Park', 'said')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('property: any string', () => {
  it(`never throws and keeps the contract (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(strangeText, (text) => {
        const a = analyzeReview(text);
        expect(contractProblems(text, a)).toEqual([]);
        for (const w of a.warnings) expect(w.start >= 0 && w.end <= text.length && w.end > w.start).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`gives plain JSON, the same on a second call (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(strangeText, (text) => {
        const json = JSON.stringify(analyzeReview(text));
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(analyzeReview(text))));
        expect(JSON.stringify(analyzeReview(text))).toBe(json);
      }),
      { numRuns: RUNS },
    );
  });
});

/*
 * Real-word grammar: sentences as people type them in reviews, built from words of several kinds,
 * so the tokenizer and the lemmatiser meet the forms they split or look up oddly.
 */
const CONTRACTIONS = ['cant', 'wont', 'dont', 'Im', 'im', 'youre', 'isnt', 'doesnt', 'didnt', 'wasnt', 'werent', 'arent', 'havent', 'hasnt', 'couldnt', 'shouldnt', 'wouldnt', 'ive', 'Ill', 'hes', 'shes', 'theyre', 'thats', 'whats', 'lets', 'aint', 'yall', 'gonna', 'wanna', 'gotta', 'kinda', 'dunno', 'lemme', "can't", 'won’t', "I'm", 'ca', "n't"];
const MISSPELLINGS = ['recieve', 'definately', 'seperate', 'teh', 'becuase', 'alot', 'wierd', 'untill', 'thier', 'charachter', 'begining', 'occured', 'awsome', 'realy', 'amazzing', 'borring', 'goood', 'sooooo', 'loooove', 'actres', 'ending\'s', 'wsa', 'hte'];
const SLANG = ['lol', 'omg', 'tbh', 'imo', 'smh', 'lit', 'mid', 'based', 'cringe', 'sus', 'goat', 'slaps', 'fr', 'ngl', 'bruh', 'meh', 'yikes', 'stan', 'vibe', 'lowkey', 'af', 'no cap', 'xD', ':)', ':(', '<3'];
const ABBREVIATIONS = ['T.V.', 'T.V', 'U.S.', 'U.K.', 'Dr.', 'Mr.', 'Mrs.', 'Ms', 'St.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'a.m.', 'No.', 'QP7...', 'QP7', 'Ep.3', 'S01E02', 'K-drama', 'OST', 'MCU'];
const NUMBERS = ['10/10', '8/10', '4.5', '3.5 stars', '★★★★☆', '1990s', '2nd', '3rd', '100%', '$20', '#1', '1,000', '0', '-1', '7 out of 10', 'A+', 'B-'];
const PLAIN = ['the', 'show', 'movie', 'actor', 'acting', 'plot', 'was', 'is', 'great', 'boring', 'not', 'really', 'good', 'bad', 'I', 'it', 'loved', 'hated', 'ending', 'season', 'episode', 'but', 'and', 'so', 'very', 'too', 'never', 'best', 'worst', 'scene', 'character', 'cried', 'said', 'says', 'as', 'played', 'by', 'he', 'she', 'they', 'you', 'we', 'Cheong-San', 'On-Jo', 'Lee', 'Park Ji-hoo', 'Kim', 'Netflix', 'Star Wars', 'the director'];
const SENTENCE_ENDS = ['.', '. ', '!', '?', '...', '?!', '!!!', '…', '', '.\n', '!\n\n'];

/** A word in one of the cases people type: as listed, lower, UPPER, Capitalised, or aLtErNaTiNg. */
const cased = (word: fc.Arbitrary<string>) =>
  fc.tuple(word, fc.constantFrom('as is', 'as is', 'lower', 'upper', 'capital', 'alternate')).map(([w, c]) => {
    if (c === 'lower') return w.toLowerCase();
    if (c === 'upper') return w.toUpperCase();
    if (c === 'capital') return w.charAt(0).toUpperCase() + w.slice(1);
    if (c === 'alternate') return [...w].map((ch, i) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase())).join('');
    return w;
  });
const realWord = fc.oneof(
  { arbitrary: cased(fc.constantFrom(...PLAIN)), weight: 4 },
  { arbitrary: cased(fc.constantFrom(...CONTRACTIONS)), weight: 3 },
  { arbitrary: cased(fc.constantFrom(...MISSPELLINGS)), weight: 1 },
  { arbitrary: cased(fc.constantFrom(...SLANG)), weight: 1 },
  { arbitrary: fc.constantFrom(...ABBREVIATIONS, ...NUMBERS), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), weight: 1 },
);
/** A sentence: words with spaces (now and then none, or two), a comma, its end mark; sometimes quoted. */
const realSentence = fc
  .tuple(
    fc.array(fc.tuple(realWord, fc.constantFrom(' ', ' ', ' ', ' ', ', ', '  ', '')), { minLength: 1, maxLength: 12 }),
    fc.constantFrom(...SENTENCE_ENDS),
    fc.constantFrom('plain', 'plain', 'plain', 'curly', 'straight', 'said'),
  )
  .map(([words, end, quoting]) => {
    const body = words.map(([w, gap], i) => (i === 0 ? w : gap + w)).join('') + end;
    if (quoting === 'curly') return `“${body}”`;
    if (quoting === 'straight') return `"${body}"`;
    if (quoting === 'said') return `“${body}” said Kim Min-ji.`;
    return body;
  });
/** A sentence with a subject and a verb ("I cant.", "the plot isnt great!"): the shape short reviews take. */
const SUBJECTS = ['I', 'i', 'You', 'We', 'They', 'He', 'She', 'It', 'it', 'the show', 'This movie', 'Cheong-San', 'Dr. Kim', 'the T.V. version', 'U.S. fans'];
const VERBS = ['cant', 'cant', 'wont', 'wont', 'dont', 'isnt', 'doesnt', 'didnt', 'wasnt', 'arent', 'havent', 'aint', 'can', 'will', 'is', 'was', 'loved', 'hated', 'recieve', 'slaps', 'gonna'];
const grammarSentence = fc
  .tuple(
    cased(fc.constantFrom(...SUBJECTS)),
    fc.option(cased(fc.constantFrom('Im', 'youre', 'really', 'just', 'lowkey', 'definately'))),
    cased(fc.constantFrom(...VERBS)),
    fc.array(realWord, { maxLength: 3 }),
    fc.constantFrom(...SENTENCE_ENDS, ', really.', ' lol.'),
  )
  .map(([subject, adverb, verb, rest, end]) => [subject, adverb, verb, ...rest].filter((w) => w !== null).join(' ') + end);

/** A review of such sentences, in paragraphs, sometimes under a heading line. */
const realText = fc
  .tuple(fc.array(fc.tuple(fc.oneof(realSentence, grammarSentence), fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '')), { minLength: 1, maxLength: 10 }), fc.option(fc.constantFrom('My Review', 'Why I Cant Stop Watching', 'T.V. Review: QP7...', 'Is it worth it?')))
  .map(([sentences, heading]) => (heading ? `${heading}\n\n` : '') + sentences.map(([s, gap]) => s + gap).join(''));

describe('property: real-word grammar', () => {
  it(`never throws and keeps the contract on typed-as-people-type reviews (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(realText, (text) => {
        expect(contractProblems(text, analyzeReview(text))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never throws on one sentence of every kind of word, with known names (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(realSentence, grammarSentence), fc.constantFrom(...CONTRACTIONS, ...ABBREVIATIONS), (sentence, word) => {
        const text = `${word} ${sentence}`;
        const a = analyzeReview(text, { knownNames: [{ name: 'Park Ji-hoo', kind: 'character' }, { name: 'Kim Min-ji', kind: 'person' }] });
        expect(contractProblems(text, a)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Sentences that tie a character to an actor, with names the caller may know under either kind. */
const NAMES = ['Kim Min-ji', 'Park Ji-hoo', 'Cheong-San', 'Yoon Chan-young', 'Jack Carver', 'Til Schweiger', 'Lee Jae-Gyu', 'On-Jo'];
const LINKS = ['{a} ({b}) is great.', '{a}, played by {b}, was brave.', '{a} as {b} steals the show.', '{a} starred as {b}, {c} as {d}.', 'The cast included {a}, {b} and {c}.', '“Run!” said {a}.', '{a} – English Teacher ({b}) said, “No.”'];
const linkText = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...LINKS), fc.shuffledSubarray(NAMES, { minLength: 4, maxLength: 4 })), { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n\n', '\nHeading Line\n\n'))
  .map(([sentences, gap]) => sentences.map(([t, [a, b, c, d]]) => t.replace('{a}', a as string).replace('{b}', b as string).replace('{c}', c as string).replace('{d}', d as string)).join(gap));
const knownNames = fc.array(
  fc.record({ name: fc.constantFrom(...NAMES), aliases: fc.subarray(NAMES, { maxLength: 2 }), kind: fc.constantFrom('character' as const, 'person' as const) }, { requiredKeys: ['name'] }),
  { maxLength: 4 },
);

describe('property: links between characters and people', () => {
  it(`playedBy names a person and plays names characters, whatever the known names say (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(linkText, knownNames, (text, known) => {
        const a = analyzeReview(text, { knownNames: known });
        expect(contractProblems(text, a)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('property: line ends and a BOM change nothing', () => {
  it(`reads CRLF and BOM text as the LF text, offsets shifted (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
        const a = analyzeReview(text);
        const b = analyzeReview(crlf);
        expect(contractProblems(crlf, b)).toEqual([]);
        expect(b.sections.map((s) => s.heading?.text ?? null)).toEqual(a.sections.map((s) => s.heading?.text ?? null));
        expect(b.sections.map((s) => s.sentiment)).toEqual(a.sections.map((s) => s.sentiment));
        expect(b.characters.map((c) => [c.name, c.mentions.length])).toEqual(a.characters.map((c) => [c.name, c.mentions.length]));
        expect(b.quotes.map((q) => [q.text.replace(/\r\n/g, '\n'), q.kind, q.speaker?.name ?? null])).toEqual(a.quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]));
      }),
      { numRuns: RUNS },
    );
  });
});
