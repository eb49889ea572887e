import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/stages/2-segment/1-classify-line';
import { isTitleLine } from '../../src/stages/2-segment/title-shape';

// Each row: a line as review writers write it, and what a reader takes it for.
const HEADINGS: [string, 'heading' | 'question'][] = [
  ['The Funniest Scene', 'heading'],
  ['Best Lines & Lessons', 'heading'],
  ['Unimportant Character', 'heading'],
  ['Too Many People Want to Sacrifice', 'heading'],
  ['The Main Character is Unclear', 'heading'],
  ['Not Very in-depth in Discussing The Zombie & The Cure', 'heading'],
  ['Recognition – Best Acting Skills', 'heading'],
  ['Verdict', 'heading'],
  ['Everything we know about ‘All Of Us Are Dead’ season 2:', 'heading'],
  ['Where to watch it:', 'heading'],
  ['## Final Thoughts', 'heading'],
  ['# Why did I like it?', 'question'],
  ['**My Rating**', 'heading'],
  ['Do you have any favorite scene?', 'question'],
  ['Have you already watched all the episodes? And how long does it take to finish ‘em all?', 'question'],
  ['What can we expect from All Of Us Are Dead season two?\u00a0'.trim(), 'question'],
  // Numbered and lettered headings: Roman numerals, digits, capital letters, `.` or `)`.
  ['III. Verdict', 'heading'],
  ['IV) What Works', 'heading'],
  ['2) The cast', 'heading'],
  ['3. The soundtrack and the score', 'heading'],
  ['A. Story', 'heading'],
  ['B) Where it falls short', 'heading'],
  ['1. _The Opening Episode_', 'heading'],
  // A heading ending in a colon, and a bold-only line.
  ['My final thoughts:', 'heading'],
  ['**Where the second half loses its way**', 'heading'],
];

const NOT_HEADINGS: [string, string][] = [
  ['How are they doing', 'prose in sentence case'],
  ['Secure and Move them', 'too few capitalised words'],
  ['Don’t get lost or damaged', 'prose'],
  ['Cut to', 'one capitalised word that is no heading word'],
  ['I have one. This below', 'two sentences'],
  ['What’s wrong?', 'a short question is speech'],
  ['(Credit: Netflix)', 'a caption'],
  ['“Does waiting is the only good thing we can do?” – Cheong-San', 'quoted speech'],
  ['Gyeong-So : Yes, what?', 'a script line'],
  ['The director said:', 'a lead-in to a quote'],
  ['Another sad scene : When they were rescuing the students, they were told to leave.', 'prose with a colon'],
  ['- The Acting Was Great', 'a list item'],
  ['I loved it.', 'prose'],
  // A numbered line that is a sentence, or too long, is a list item of prose.
  ['1. It was a long wait for the second season.', 'a numbered sentence'],
  ['2) the cast', 'a numbered line opening in lower case'],
  ['3) The writers attempt to tell a strongly character driven drama here', 'a numbered line of many words'],
  // Emphasised asides are no headings.
  ['*(mild spoilers ahead)*', 'an emphasised aside in brackets'],
  ['_(Spoilers.)_', 'an emphasised aside'],
  ['*Spoilers below.*', 'an emphasised sentence'],
  ['**(contains spoilers)**', 'a bold aside in brackets'],
  // Signature lines of an embedded post or a quote's source.
  ['— Jane Doe (@janedoe) March 3, 2021', 'a signature with a handle'],
  ['– A Reviewer', 'a line opening with a dash'],
  ['-- The Editors', 'a line opening with two hyphens'],
  ['Posted by Sam Lee (@samlee)', 'a handle'],
  // A colon line in lower case is the wrapped end of a sentence.
  ['bloviating about it at length:', 'the end of a wrapped sentence'],
];

describe('classifyLine: headings', () => {
  it.each(HEADINGS)('%j is a %s', (line, kind) => {
    expect(classifyLine(line).kind).toBe(kind);
  });
});

describe('classifyLine: not headings', () => {
  it.each(NOT_HEADINGS)('%j is not a heading (%s)', (line) => {
    expect(['heading', 'question']).not.toContain(classifyLine(line).kind);
  });
});

describe('classifyLine: markdown and script details', () => {
  it('leaves the # marks out of a markdown heading', () => {
    const line = '### The Great Gatsby ###';
    expect(classifyLine(line)).toEqual({ kind: 'heading', mark: 'markdown', textStart: 4, textEnd: 20 });
    expect(line.slice(4, 20)).toBe('The Great Gatsby');
  });
  it('splits a script line into speaker and words', () => {
    const line = 'Gyeong-So : Yes, what?';
    expect(classifyLine(line)).toEqual({ kind: 'dialogue', speakerEnd: 9, textStart: 12, strongDialogue: true });
    expect([line.slice(0, 9), line.slice(12)]).toEqual(['Gyeong-So', 'Yes, what?']);
  });
  it('keeps a script line whose words look like a title as weak dialogue', () => {
    expect(classifyLine('Cheong-San : Gyeong-So')).toEqual({ kind: 'dialogue', speakerEnd: 10, textStart: 13, strongDialogue: false, fallback: 'heading' });
  });
  it('falls back to a heading for a lone title-like script shape', () => {
    expect(classifyLine('Batman: The Animated Series')).toEqual({ kind: 'dialogue', speakerEnd: 6, textStart: 8, strongDialogue: false, fallback: 'heading' });
  });
  it.each([
    ['III. Verdict', 'numbered'],
    ['My final thoughts:', 'colon'],
    ['The Funniest Scene', 'bare'],
  ] as const)('marks %j as a %s heading over the whole line', (line, mark) => {
    expect(classifyLine(line)).toEqual({ kind: 'heading', mark, textStart: 0, textEnd: line.length });
  });
  it.each([
    ['```ts', 'fence'],
    ['* * *', 'separator'],
    ['======', 'setext'],
    ['I loved it.', 'text'],
  ] as const)('gives %j, a %s line, no spans', (line, kind) => {
    expect(classifyLine(line)).toEqual({ kind });
  });
  it('reads no headings inside a code fence', () => {
    expect(classifyLine('Best Lines & Lessons', true).kind).toBe('text');
  });
});

describe('isTitleLine', () => {
  const title = (line: string): boolean => isTitleLine(line, classifyLine(line));
  it.each([
    'All of Us Are Dead – Will There Be All of Us Are Dead Season 2?',
    'Everything we know about ‘All Of Us Are Dead’ season 2',
    'Movie Log 2: The Great Gatsby',
  ])('%j is a title', (line) => expect(title(line)).toBe(true));
  it.each([
    'Yesterday I just rewatched this current trending movie, All of Us Are Dead, then I decide to make a review about it.',
    '“Hope is more important now than logic.”',
    '(Credit: Netflix)',
  ])('%j is not a title', (line) => expect(title(line)).toBe(false));
});
