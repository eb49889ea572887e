// A known name or title is looked up by its letters and digits alone, in lower case, so a text's
// spacing and punctuation do not hide it.
import { describe, expect, it } from 'vitest';
import { lettersKey } from '../src/text/letters-key';

describe('lettersKey', () => {
  it.each([
    ['a title with a colon', 'Harrow Vale: The Return', 'harrowvalethereturn'],
    ['the same title without it', 'Harrow Vale The Return', 'harrowvalethereturn'],
    ['a hyphenated name', 'Tal-Orin Vesk', 'talorinvesk'],
    ['a name with a doubled space', 'Tal Orin  Vesk', 'talorinvesk'],
    ['digits, which stay', 'Sector 9 Rising', 'sector9rising'],
    ['letters past ASCII', 'Zoë Ångström', 'zoëångström'],
    ['apostrophes and dots', "Ma'ii St. Clare", 'maiistclare'],
  ] as const)('%s: %s', (_, text, key) => {
    expect(lettersKey(text)).toBe(key);
  });
});
