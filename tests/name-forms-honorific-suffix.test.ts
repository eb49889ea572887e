// A Japanese honorific after a name (`-kun`, `-sensei`) makes a form of address, as a title before
// it does: the suffixed word joins the name the text also gives bare, and stays apart from a name
// it only resembles. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import { honorificStem } from '../src/stages/4-names/tie-honorific-suffix';

/** Every form of the entity that has `form` as its name or an alias, sorted. */
function formsOf(text: string, form: string): string[] | undefined {
  const a = analyzeReview(text);
  const e = [...a.characters, ...a.people].find((x) => x.name === form || x.aliases.includes(form));
  return e ? [e.name, ...e.aliases].sort() : undefined;
}

describe('the name before an honorific suffix', () => {
  it.each([
    ['tamaki-kun', 'tamaki'],
    ['hoshino-sensei', 'hoshino'],
    ['yuzu-chan', 'yuzu'],
    ['rei-senpai', 'rei'],
    ['kaede-sama', 'kaede'],
  ])('%s stands for %s', (word, stem) => {
    expect(honorificStem(word)).toBe(stem);
  });
  it.each(['tamaki', 'spider-man', 'jae-won', 'o-san', 'tamaki-like'])('%s has none', (word) => {
    expect(honorificStem(word)).toBeUndefined();
  });
});

describe('a suffixed form joins the name the text gives bare', () => {
  it.each([
    [
      'a full name it ends',
      'The lead, Haruto Tamaki, hears ghosts. His classmate keeps calling out Tamaki-kun in the hall, and Tamaki-kun never turns round.',
      'Haruto Tamaki',
      ['Haruto Tamaki', 'Tamaki-kun'],
    ],
    [
      'a lone given name',
      'Rin leaves the village at night. Kaede begs her to stay, crying Rin-chan at the gate, but Rin walks on.',
      'Rin',
      ['Rin', 'Rin-chan'],
    ],
    [
      'the author, by surname',
      'The manga is by Mitsuki Hoshino. Hoshino-sensei draws every fight by hand, and Hoshino never rushes a page.',
      'Hoshino',
      ['Hoshino', 'Hoshino-sensei', 'Mitsuki Hoshino'],
    ],
  ] as const)('%s', (_, text, form, expected) => {
    expect(formsOf(text, form)).toEqual([...expected].sort());
  });
});

describe('a suffixed word whose stem the text never gives bare stays as it is', () => {
  it('a Korean given name that ends in a syllable like an honorific', () => {
    const text = 'Min Ha-san and his friend Dae-ho hide in the school. Later Ha-san climbs onto the roof with Dae-ho.';
    expect(formsOf(text, 'Min Ha-san')).toEqual(['Ha-san', 'Min Ha-san']);
  });
});
