// A chart report or a band's news tells of no story: the names it gives are of singers, rappers,
// players and the people around them, however a part's name they look (a lone stage name, a
// daughter named after her mother's kin word, `Dr` before a producer's name). A text that tells a
// story about a singer, or casts a part, keeps its characters. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const kinds = (text: string): Map<string, string> => {
  const a = analyzeReview(text);
  return new Map([...a.characters.map((c) => [c.name, 'character'] as const), ...a.people.map((p) => [p.name, 'person'] as const)]);
};

describe('a name in a text about music and no story', () => {
  it.each([
    [
      'a lone stage name in a chart report',
      'The band Lanterns went straight in at number one in the album chart this week. Their second single sits at number four, just behind Velzo, whose song has now spent nine weeks in the singles chart.',
      'Velzo',
    ],
    [
      "a singer's daughter",
      'The singer took two years away from the band to bring up her daughter Pippa, and only went back into the studio last spring. Her new album is out next month, and its first single reached the chart on Sunday.',
      'Pippa',
    ],
    [
      'a producer known by a title',
      'The rapper wrote every track on the album with Dr Krank, and their single has climbed to number three in the chart. Both rappers will play six concerts together in the autumn.',
      'Dr Krank',
    ],
  ])('%s: a real person', (_, text, name) => {
    expect(kinds(text).get(name)).toBe('person');
  });
});

describe('the same names where a story is told or a part cast', () => {
  it.each([
    [
      'a film about a singer',
      'In this film a young singer chases her dream. Marisol writes her first song in a bus shelter, and later Marisol loses her band. It is a moving drama.',
      'Marisol',
    ],
    [
      "a part in a band's video, cast with its player",
      'Singer Dana Moss plays Marisol in the video for the band\'s new single. The song has now topped the chart for three weeks, and the album follows in May.',
      'Marisol',
    ],
  ])('%s: still a character', (_, text, name) => {
    expect(kinds(text).get(name)).toBe('character');
  });
});
