// A bracket that opens with a casting verb (`(voiced by A`, `(warmly played by A`) is the casting
// itself, so lower-case words may go on after the actor (`in the dub`, `, who ...`) and A still
// plays the name before the bracket; a second player joined by `and`, or a bracket whose verb comes
// after words of its own subject, casts only when the actor closes it. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { namesAndLinks } from './helpers/links';

describe('a casting bracket that goes on after the actor', () => {
  it.each([
    ['words about the dub', 'We follow Renji Oda (voiced by Kaito Mori in the dub) across the desert.', ['Renji Oda <- Kaito Mori']],
    ['a relative clause after a comma', 'Later we meet Tessa Rowe (played by Dana Moss, who is superb) in the lab.', ['Tessa Rowe <- Dana Moss']],
    ['a description of the part after a comma', 'Then there is Dr. Ilse Varga (Voiced by Mina Toda, a surgeon who lost her hands in the war.', ['Dr. Ilse Varga <- Mina Toda']],
    ['a manner adverb before the verb', 'His rival Kex Morrow (warmly played by Abel Hart, if anyone steals the film it is him) arrives late.', ['Kex Morrow <- Abel Hart']],
    ['the closing bracket as before', 'We follow Renji Oda (voiced by Kaito Mori) across the desert.', ['Renji Oda <- Kaito Mori']],
  ] as const)('%s', (_, text, expected) => {
    expect(namesAndLinks(text).links).toEqual([...expected]);
  });

  it.each([
    ['a second player joined by `and`', 'We follow Renji Oda (played by Kaito Mori and Tomas Reed) across the desert.', 'Renji Oda'],
    ['the bracket has a subject of its own before the verb', 'A small robot bumps into Kex Morrow (that robot is played by Abel Hart, by the way) and runs.', 'Kex Morrow'],
  ] as const)('no link: %s', (_, text, part) => {
    expect(namesAndLinks(text).links.filter((l) => l.startsWith(part))).toEqual([]);
  });
});
