// A name the text uses alone ("Tavik") and once with one more capitalised word that no other name
// holds ("Tavik Orrel"): the two words are its full name, one entity with the lone form. Sentences
// are made up.
import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

/** Every entity as its name and sorted aliases, all forms sorted. */
function forms(text: string): string[][] {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => [e.name, ...e.aliases].sort());
}

/** The forms of the entity that has `form` as its name or an alias. */
function holder(text: string, form: string): string[] | undefined {
  return forms(text).find((f) => f.includes(form));
}

describe('a lone name and the one full name it starts or ends', () => {
  it.each([
    ['surname after, once, before the lone form', 'The scout Tavik Orrel crosses the dunes. Later Tavik and Mirra reach the wells. Tavik falls ill.', ['Tavik', 'Tavik Orrel']],
    ['surname after, once, after the lone form', 'Mirra and Tavik argue at dawn. Tavik sulks. At the wells Mirra meets the healer Tavik Orrel again.', ['Tavik', 'Tavik Orrel']],
    // The word before is longer than a name's and has a capital inside it: it is no third capitalised word.
    ['after a long word with a capital inside it', 'Mirra and Tavik argue at dawn. Tavik sulks. Then the overQuietlyunderwhelmingfina Tavik Orrel ends it.', ['Tavik', 'Tavik Orrel']],
    ['a listed given name before a lone surname', 'Nobody escapes Brannock. The hitman Anton Brannock never stops. Brannock even kills the pilot.', ['Anton Brannock', 'Brannock']],
  ] as const)('%s', (_, text, want) => {
    expect(holder(text, want[0])).toEqual([...want].sort());
  });

  it.each([
    ['two surnames after one given name', 'I met Tavik early. The scout Tavik Orrel crosses the dunes, and later Tavik Senn joins. Mirra and Tavik argue.', 'Tavik', ['Tavik Orrel', 'Tavik Senn']],
    ['the other word capitalised elsewhere without the name', 'I like Tavik. Fans call the finale Tavik Storm, and the Storm episode is loud. Mirra thinks Tavik wins.', 'Tavik', ['Tavik Storm']],
    ['a word the text also writes in lower case', 'I like Tavik. He slips, and soon Tavik Falls is the only thing he sees; the falls are cold. Mirra saves Tavik.', 'Tavik', ['Tavik Falls']],
    ['a place word after the name', 'I like Tavik. He is cruel, and Tavik Palace is where Tavik hides.', 'Tavik', ['Tavik Palace']],
    ['a label with a colon', 'Tavik is the hero. I liked Tavik a lot, and Tavik is great.\nTavik Sound: 4/5 for the score.', 'Tavik', ['Tavik Sound']],
    ['a capitalised word that opens the sentence', 'Tavik rides out. Then Mirra waits. Later Tavik returns. Tavik smiles.', 'Tavik', ['Later Tavik']],
  ] as const)('not: %s', (_, text, lone, notForms) => {
    const f = holder(text, lone);
    expect(f).toBeDefined();
    for (const x of notForms) expect(f).not.toContain(x);
  });
});
