// A two-word name written in both orders, family name first and last, is one name; a title, or
// an actor and the part named by the same words, stays apart. Sentences are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';
import type { EntityDraft, NormalizedText } from '../src/stages/stage-types';
import { mergeReversedNames } from '../src/stages/4-names/tie-reversed';

/** Every entity as its list of forms (name first, then aliases). */
function entities(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases]);
}

describe('a two-word name in both orders', () => {
  it.each([
    ['family name first, then last', 'The manga follows Mori Akira, a shy student. Akira Mori grows up fast in the second half.', ['Mori Akira', 'Akira Mori']],
    ['with a lone given name too', 'In the anime, Sato Kenji fights the demon. Kenji Sato never gives up, and Kenji wins.', ['Sato Kenji', 'Kenji Sato', 'Kenji']],
  ] as const)('one entity: %s', (_, text, want) => {
    const holder = entities(text).find((forms) => forms.includes(want[0]));
    expect(holder).toBeDefined();
    expect([...(holder as string[])].sort()).toEqual([...want].sort());
  });

  // The pass itself, on entity drafts made by hand: the pipeline's other passes may join or drop
  // such forms before it runs.
  it('a title in one order is no reversed name; the same two plain words are', () => {
    const text = 'Captain Harlock waits. Harlock Captain runs. Mori Akira waits. Akira Mori runs.';
    const at = (form: string) => ({ start: text.indexOf(form), end: text.indexOf(form) + form.length });
    const draft = (form: string): EntityDraft => ({ kind: 'character', kindConfidence: 0.5, mentions: [at(form)], roles: [], descriptors: [], playedBy: null }) as unknown as EntityDraft;
    const drafts = ['Captain Harlock', 'Harlock Captain', 'Mori Akira', 'Akira Mori'].map(draft);
    mergeReversedNames({ lower: text.toLowerCase() } as unknown as NormalizedText, drafts);
    expect(drafts.map((d) => d.mentions.length)).toEqual([1, 1, 2, 0]);
  });
});
