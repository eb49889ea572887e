import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe("a plural written beside its prize's name is the prize's event, no one", () => {
  it.each([
    // The singular before a prize noun, in either case, names the prize.
    ['Harlan Vey won two Brit awards last year. This time the Brits passed him over, and Brits voters chose a rapper instead.', 'Brits', 'Harlan Vey'],
    ['Mira Stoll collected her third Pellam Award on Friday. The Pellams were held in Leeds, where Pellams organisers praised the crowd.', 'Pellams', 'Mira Stoll'],
    ['The film earned four Zandor nominations. At the Zandors on Sunday it won best picture, and the Zandors also honoured its star Ada Quell.', 'Zandors', 'Ada Quell'],
  ])('%j has no %j but keeps %j', (text, event, person) => {
    const names = found(text);
    expect(names).not.toContain(event);
    expect(names).toContain(person);
  });

  it('keeps a prize winner whose name the text writes beside the prize', () => {
    expect(found('Harlan Vey won two Brit awards last year. Critics said Vey deserved them, and Vey agreed.')).toEqual(['Harlan Vey']);
  });
});

describe('a plural or place word after "the" in half its mentions is no one', () => {
  it.each([
    ['The Tullocks lived in the valley for years, the paper said. Tullocks never left it.', 'Tullocks'],
    ['He grew up near the Pellings, a family of farmers. Everyone knew Pellings from the market.', 'Pellings'],
  ])('%j has no %j', (text, group) => {
    expect(found(text)).not.toContain(group);
  });
});

describe('a lone word the text once calls a band is a band in the whole text', () => {
  it.each([
    // A band member's noun after the word, with the member named after it.
    ['Thornbury frontman Leo Haskett said the tour was over. Thornbury won best British group and Thornbury played two songs.', 'Thornbury', 'Leo Haskett'],
    ['Cobbold guitarist Ann Rey missed the show. Cobbold still played, and Cobbold sold out the hall.', 'Cobbold', 'Ann Rey'],
  ])('%j has no %j but keeps %j', (text, band, member) => {
    const names = found(text);
    expect(names).not.toContain(band);
    expect(names).toContain(member);
  });

  it.each([
    // A band noun before the word, with `the` between or not.
    ['Electro-rock group The Gravelings have come top of a poll of critics. The Gravelings, who were compared to older acts, played their first gig in May. Critics tipped The Gravelings early.', 'Gravelings'],
    ['It was a big night for the band Marrowvale, who took two prizes. Later Marrowvale thanked the crowd.', 'Marrowvale'],
  ])('%j has no %j', (text, band) => {
    expect(found(text)).not.toContain(band);
  });

  it.each([
    // A role noun before a name names a person; `singer` after a name is a show's as often as a band's.
    ['Singer Dana Brisk won the award. Brisk thanked her band, and Brisk sang two songs.', 'Dana Brisk'],
    ['Thornbury singer Leo Haskett said the tour was over. Leo Haskett played two songs.', 'Leo Haskett'],
    ['Frontman Leo Haskett said the tour was over. Haskett played two songs and Haskett left.', 'Leo Haskett'],
  ])('%j keeps %j', (text, person) => {
    expect(found(text)).toContain(person);
  });
});
