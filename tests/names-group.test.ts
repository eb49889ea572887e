import { describe, expect, it } from 'vitest';
import { analyzeReview } from '../src/index';

const found = (text: string): string[] => {
  const a = analyzeReview(text);
  return [...a.characters, ...a.people].map((e) => e.name);
};

describe('a name the text puts beside a noun for a group or a firm is no one', () => {
  it.each([
    ['The winner gets a book deal with literary agency Pemberton Hale. Last year Pemberton Hale signed three new writers.', 'Pemberton Hale'],
    ['The film took £2m in its first weekend, according to trade publication Reel Ledger. Reel Ledger said the sequel was next.', 'Reel Ledger'],
    ['Later that year the singer signed with record label Quartzhill, which released the album in May.', 'Quartzhill'],
    ['The rapper said he had thrown his protege out of his Vortex-Nine crew after the fight.', 'Vortex-Nine'],
    ['Fans cheered when rock band Velvet Harrow walked on stage, and Velvet Harrow played for two hours.', 'Velvet Harrow'],
    // A plural verb after the name alone: British English's verb for a band or a firm.
    ['Chart stars Velvet Harrow are to tour Japan in the spring, the singer said.', 'Velvet Harrow'],
    ['In May producers Quill Vantage were dropping the sequel, the paper said.', 'Quill Vantage'],
  ])('%j has no %j', (text, group) => {
    expect(found(text)).not.toContain(group);
  });

  it.each([
    // A group noun before two names joined by "and" names its members.
    ['The prize was handed out by comedy duo Marcus Pell and Oliver Strand, who wore matching suits.', ['Marcus Pell', 'Oliver Strand']],
    // A gang named after one of its members leaves the member someone.
    ['Tomas Varga rules the valley with an iron fist. The Varga gang robs every train, and Tomas Varga keeps the gold.', ['Tomas Varga']],
    // A role noun names a person, not a group.
    ['The album was produced by singer Delia Marsh, and Delia Marsh also wrote most of the songs.', ['Delia Marsh']],
    // A plural verb after several subjects, a longer subject or a condition says nothing of the name.
    ['Ravi Kohl and his old writing partner Delia Marsh are working on a new play.', ['Ravi Kohl', 'Delia Marsh']],
    ['Fans of Delia Marsh are queueing round the block for the new play.', ['Delia Marsh']],
    ['The bets on the next Delia Marsh were dismissed as a stunt, and Delia Marsh laughed.', ['Delia Marsh']],
    ['If Delia Marsh were to quit, the play would close, the producer said.', ['Delia Marsh']],
    // A verb or a relative pronoun before the name makes it an object inside the subject.
    ['Plays starring Delia Marsh are always sold out weeks ahead.', ['Delia Marsh']],
    ['Critics who mock Delia Marsh are missing what she does on stage.', ['Delia Marsh']],
    // A singular verb elsewhere names someone: the plural one is a slip.
    ['Delia Marsh are back on stage this week. Delia Marsh is the star of the play.', ['Delia Marsh']],
  ])('%j keeps %j', (text, names) => {
    for (const name of names) expect(found(text)).toContain(name);
  });
});

describe('a crew or casting cue outweighs a kin word before a short form', () => {
  it('keeps a filmmaker a real person when the film calls him the son of his parents', () => {
    const a = analyzeReview('Filmmaker Rupert Ashgrove turns the camera on his own family. By the end even his parents admit that their son Rupert was right to keep filming.');
    expect(a.people.map((p) => p.name)).toContain('Rupert Ashgrove');
    expect(a.characters.map((c) => c.name)).not.toContain('Rupert Ashgrove');
  });
});

// A place's or a body's name before a plural noun of the people who belong to it; a person's name
// takes a possessive there, and stands before `fans` or `supporters` as often as a place's does.
describe('a name right before a plural noun of its members is a place or a body', () => {
  it.each([
    ['Former Ashby Grange pupils met on Sunday to mark a hundred years of the school, the head said.', 'Ashby Grange'],
    ['Angry Mollie Vane residents packed the hall to oppose the new road, the council said.', 'Mollie Vane'],
    ['Laura Ingram staff were told of the closure by email on Friday, a spokesman said.', 'Laura Ingram'],
  ])('%j has no %j', (text, place) => {
    expect(found(text)).not.toContain(place);
  });

  it.each([
    ['Cheering Delia Marsh supporters filled the square, and Delia Marsh thanked them from the steps, her aide said.', 'Delia Marsh'],
    ["The head teacher praised Laura Ingram's pupils, and Laura Ingram thanked the parents.", 'Laura Ingram'],
  ])('%j keeps %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
});

// A band, a team or a family named as `the` and a plural of a common word; a person's full name
// takes `the` only before a noun it qualifies, and a surname that looks plural is no plural.
describe('a full name after `the` that ends in a plural is a group', () => {
  it.each([
    ['The prize for best group went to the Velvet Foxes, who played a gig in Leeds. The Velvet Foxes thanked their fans.', 'Velvet Foxes'],
    ['Also on the bill are the Copper Mondays and a string quartet from Bath, the organisers said.', 'Copper Mondays'],
    ['The court ruled in favour of the Marsh Brothers. Lawyers for the Marsh Brothers said they were pleased.', 'Marsh Brothers'],
    ['Fans of the Harbour Hillbillies queued all night, and the Harbour Hillbillies played until dawn.', 'Harbour Hillbillies'],
  ])('%j has no %j', (text, group) => {
    expect(found(text)).not.toContain(group);
  });

  it.each([
    // Before a noun the name qualifies it: the phrase is about the case, not a group.
    ['The jury heard the Delia Banks case on Monday. Delia Banks said she was innocent.', 'Delia Banks'],
    // A surname that looks plural, with no `the`.
    ['The album was produced by Oliver Woods, and Oliver Woods also wrote most of the songs.', 'Oliver Woods'],
    // Before `of`, a person's name made a type.
    ['No one has matched the Oliver Hawks of the silent era, and Oliver Hawk would have laughed.', 'Oliver Hawk'],
    // A surname whose singular is no common word is no plural, even after `the`.
    ['Critics compared the young singer to the Marcus Hughes of old. Marcus Hughes was flattered.', 'Marcus Hughes'],
  ])('%j keeps %j', (text, name) => {
    expect(found(text)).toContain(name);
  });
});
