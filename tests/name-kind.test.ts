import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitRound, KEEP_NATS, L2, L2_GRID, readDocuments, trainNames, WEIGHTS_FILE } from '../scripts/train-names.mjs';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { kindDecider, nameKindRows, setJoinedFeatures } from '../src/pipeline-stages';
import { NAME_KIND_WEIGHTS } from '../src/data/name-kind-weights';
import { ROOT } from './helpers/fixtures';

const kindsOf = (text: string) => {
  const a = analyzeReview(text);
  return {
    characters: a.characters.map((c) => c.name),
    people: a.people.map((p) => p.name),
    confidences: [...a.characters, ...a.people].map((e) => e.kindConfidence),
  };
};

describe('kind by weighed evidence', () => {
  it.each([
    ['a first-person review names an actor in full beside a performance word', 'I watched it twice, and Marcus Holloway gives a wonderful performance in the lead.', [], ['Marcus Holloway']],
    ['a plot summary names a lone first name who falls for someone and kills', 'The story follows a young farmer. Tobias falls for the miller’s daughter, and later Tobias kills the baron.', ['Tobias'], []],
    ['"X as Y": the actor a person, the role a character', 'Helena Marsh as Ruth Calloway is a delight.', ['Ruth Calloway'], ['Helena Marsh']],
    ['a titled form with plot verbs is a character', 'In the second act Professor Lindqvist discovers the map, and Professor Lindqvist decides to leave the island.', ['Professor Lindqvist'], []],
    ['a role noun before a full name makes a person', 'The director Sofia Brandt keeps the pace brisk.', [], ['Sofia Brandt']],
    ['a name before a work noun is a person ("every X film")', 'We loved every Martin Keller film we saw.', [], ['Martin Keller']],
    ['a list of full names praised together are people', 'Laura Finch, David Moss and Susan Hale are all excellent here.', [], ['Laura Finch', 'David Moss', 'Susan Hale']],
    ['a family word before a lone given name makes a character', 'The plot is thin. Her mother, Agnes, hides the letters, and Agnes lies to everyone.', ['Agnes'], []],
    ['a one-word name a story noun says it is, is a character', 'I watched every episode twice. Honestly Zorvan is the best villain the show has had.', ['Zorvan'], []],
    ['a one-word name called a dull heroine is a character', 'I finished the first arc last week. In the end Kessaly was just a dull heroine with no goal.', ['Kessaly'], []],
    ['a full name called a superb villain is the actor', 'I saw it last night. Honestly Marla Quint is a superb villain here.', [], ['Marla Quint']],
    ['a story noun beside a performance word is the actor', 'I watched every episode twice. Honestly Zorvan is the best villain, and his performance is chilling.', [], ['Zorvan']],
    // A narrator may be a real voice (a documentary's): the predicate says nothing of the kind.
    ['a one-word name called the narrator is no character', 'I watched every episode twice. This time Zorvan is the narrator, as in the first film.', [], []],
    ['a full name brought in as "a young shepherd named X" is a character', 'The film opens on a quiet farm. A young shepherd named Oren Valdis finds a wounded falcon, and Valdis nurses it back to health.', ['Oren Valdis'], []],
    ['a full name a plot brings in as "X, a young woman from …" is a character', 'Over supper the inspector learns the missing guest may be Marit Solberg, a young woman from the coast who rents the mill each summer.', ['Marit Solberg'], []],
    ['"an X called Y" brings in a character too', 'The story starts slowly, until a wizard called Edric Holm arrives at the inn.', ['Edric Holm'], []],
    ['a name brought in so with acting words is the actor', 'I liked it. An unknown named Petra Lindqvist steals every scene with a fine performance.', [], ['Petra Lindqvist']],
    ['"X as he crosses" is a clause of time, no casting', 'The second season is better. We follow Tomas as he crosses the desert to find his brother.', ['Tomas'], []],
    ['a full name in brackets after a common-noun part, in a text that casts, is the actor', 'Nora Vance as Tilly is lovely. Tilly moves to the city with her father (Gideon Marsh), and the two open a bakery.', ['Tilly'], ['Nora Vance', 'Gideon Marsh']],
    // A review brackets the actor after a part it names by a common noun, whether or not it casts anyone elsewhere.
    ['the same bracket in a text that casts no one is still the actor', 'The story is sad. Tilly moves to the city with her father (Gideon Marsh), and the two open a bakery.', [], ['Gideon Marsh']],
    ['any common noun phrase before the bracket, not only a listed role noun, marks the actor', 'The story is sad. A shy fisherman (Rupert Hale) rescues Tilly from the storm, and he falls for her.', ['Tilly'], ['Rupert Hale']],
    ['a bracketed full name the plot then calls by its given name alone is the part', 'The story is sad. Tilly falls for a shy fisherman (Rupert Hale) who rescues her from the storm, and Rupert marries her.', ['Rupert Hale'], []],
    ['a one-word name in such a bracket is still the part', 'Nora Vance as Tilly is lovely. Tilly moves to the city with her brother (Abe), and the two open a bakery.', ['Tilly', 'Abe'], ['Nora Vance']],
    ['a full name in a list whose other names are characters is a character', 'The heist crew is great fun: Tobias, Mirela, Quill and Ansel Varga rob the vault. Later Tobias kills the guard and Mirela escapes.', ['Tobias', 'Mirela', 'Quill', 'Ansel Varga'], []],
    ['a list split evenly between the kinds changes no one', 'The film follows a heist. Tobias, Mirela, Quill and Ansel Varga rob the vault, and Tobias falls for Mirela.', ['Tobias', 'Mirela'], ['Quill', 'Ansel Varga']],
    ['a list does not outvote a crew cue on the name', 'The heist crew is great fun: Tobias, Mirela, Quill and Ansel Varga rob the vault. Later Tobias kills the guard and Mirela escapes. Director Ansel Varga wrote it too.', ['Tobias', 'Mirela', 'Quill'], ['Ansel Varga']],
    ['a story noun after a comma is no predicate of the name', 'I read it all. A story by the brilliant Pellan-sensei, great character work and fights.', [], ['Pellan-sensei']],
  ])('%s', (_, text, characters, people) => {
    const k = kindsOf(text);
    expect([k.characters, k.people]).toEqual([characters, people]);
    // The confidence is the probability of the kind chosen: at least even, at most sure.
    for (const c of k.confidences) expect(c >= 0.5 && c <= 1).toBe(true);
  });

  describe('a news report: a name with no evidence of a part is a real person', () => {
    const report =
      "The singer's manager said on Monday that the summer tour of the band would go ahead as planned, despite the floods in the north of the country. Last year Tony joined the band as its drummer, and the manager said Tony was thrilled to be back on the road.";
    it.each([
      ['a report (third person, past-tense reporting verbs)', report, [], ['Tony']],
      ['a plot told in the present, with speech', 'In the film, a quiet story of a small town in the north of the country after the floods, Tony falls for the baker’s daughter. Later Tony tells her he is leaving for the city, and she says nothing at all to him.', ['Tony'], []],
      ['a report names kin with a kin word', 'The family said on Monday that the guitar would be sold at auction in the spring, along with letters and photographs from the tour. Her son Stephen, who is 57, told reporters he was sad to see it go.', [], ['Stephen']],
      ['a descriptor before a bracket still reads as a cast list in a report', 'The studio said on Monday that the series would return in the spring in the north. The cast list names the English Teacher (Ruth Pike) and the Scientist (Owen Vale), and the producer told reporters that filming had begun.', ['Ruth Pike', 'Owen Vale'], []],
      ['a report brings in a real person as "a woman called X"', 'The festival said on Monday that the prize would be handed out in May in the north of the country. Last year the winner stayed at home, and a woman called Edna Vorst collected the award for him; the organisers said she was cheered.', [], ['Edna Vorst']],
      ['a story noun before the naming word still brings in a part in a report', 'The festival said on Monday that the film would open in May in the north of the country, and the director told reporters it was finished. It follows a wizard called Edric Holm who loses his staff.', ['Edric Holm'], []],
      ['a report with a casting cue', 'The studio said on Monday that filming of the new drama would start in May in the north of the country, with a cast of unknowns. The story follows Tony, a baker, and Tony is played by Sam Vale, who told reporters he was delighted.', ['Tony'], ['Sam Vale']],
    ])('%s', (_, text, characters, people) => {
      const k = kindsOf(text);
      expect([k.characters, k.people]).toEqual([characters, people]);
    });
    it('is no surer than the model or an even chance', () => {
      const tony = analyzeReview(report).people.find((p) => p.name === 'Tony');
      expect(tony?.kindConfidence).toBeGreaterThanOrEqual(0.5);
      expect(tony?.kindConfidence).toBeLessThan(0.9);
    });
  });

  it('links the role to its actor and gives a model-made person with no cue the role "other"', () => {
    const a = analyzeReview('Helena Marsh as Ruth Calloway is a delight. We loved every Martin Keller film we saw.');
    const ruth = a.characters.find((c) => c.name === 'Ruth Calloway');
    expect(a.people.find((p) => p.id === ruth?.playedBy)?.name).toBe('Helena Marsh');
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([['Helena Marsh', ['actor']], ['Martin Keller', ['other']]]);
  });

  it('is sure of a kind the caller gave', () => {
    const a = analyzeReview('Tobias falls for the miller’s daughter.', { knownNames: [{ name: 'Tobias', kind: 'person' }] });
    expect(a.people.map((p) => [p.name, p.kindConfidence])).toEqual([['Tobias', 1]]);
  });

  it('is less sure of a lone name with little around it than of a full name beside performance words', () => {
    const weak = analyzeReview('The plot is thin. Tobias waits by the river, and Tobias waits again.').characters[0]?.kindConfidence ?? 0;
    const strong = analyzeReview('I watched it twice, and Marcus Holloway gives a wonderful performance in the lead.').people[0]?.kindConfidence ?? 0;
    expect(weak).toBeGreaterThan(0.5);
    expect(strong).toBeGreaterThan(weak);
  });
});

describe('kind features', () => {
  const featuresOf = (text: string, form: string): Set<KindFeature> => {
    const row = nameKindRows(text).find((r) => r.forms.includes(form));
    if (!row) throw new Error(`no entity ${form}`);
    return new Set(KIND_FEATURES.filter((_, i) => row.features[i] === 1));
  };
  it('is one number per listed feature', () => {
    for (const row of nameKindRows('Helena Marsh as Ruth Calloway is a delight.')) expect(row.features).toHaveLength(KIND_FEATURES.length);
  });
  it.each([
    ['Helena Marsh as Ruth Calloway is a delight.', 'Ruth Calloway', ['characterCue', 'characterSide', 'multiWord'], ['actorSide']],
    ['Helena Marsh as Ruth Calloway is a delight.', 'Helena Marsh', ['actorCue', 'actorSide', 'multiWord'], ['characterSide']],
    ['The doctor, Ruth Calloway, played by Helena Marsh, is a delight.', 'Helena Marsh', ['actorSide'], ['characterSide']],
    ['The doctor, Ruth Calloway, played by Helena Marsh, is a delight.', 'Ruth Calloway', ['characterSide'], ['actorSide']],
    ['The plot is thin. Her mother, Mary, hides the letters, and Mary lies to everyone.', 'Mary', ['family', 'twoMentions', 'loneGivenName'], ['multiWord']],
    ['Later Peter kills the baron, and he runs; Peter is caught at dawn.', 'Peter', ['plotVerbAfter', 'pronounAfter', 'loneGivenName'], ['speechVerb', 'firstAlone']],
    ['We loved every Martin Keller film we saw.', 'Martin Keller', ['workNounAfter', 'possessiveWork', 'givenName'], ['family']],
    ['Sadly Martin Keller’s direction is flat. I blame Keller.', 'Martin Keller', ['possessiveWork', 'surnameAlone', 'performanceNear'], ['firstAlone']],
    ['The film is long (Martin Keller) and slow.', 'Martin Keller', ['inBrackets'], ['nameList']],
    ['In the second act Professor Lindqvist discovers the map.', 'Professor Lindqvist', ['honorific', 'titledOnly'], ['multiWord']],
    ['After seeing Mary as the new nurse of the ward, I knew Mary would turn.', 'Mary', ['loneGivenName'], ['actorSide']],
    ['Later Mary as the new nurse is a delight, and Mary steals the film.', 'Mary', ['actorSide'], ['characterSide']],
    ['The tale follows Edwin Marsh, a retired boxer who lost everything.', 'Edwin Marsh', ['describedAppositive'], ['officeBefore']],
    ['Praise goes to Edwin Marsh, the director of three earlier thrillers.', 'Edwin Marsh', [], ['describedAppositive']],
    ['Praise goes to Edwin Marsh, the star of the show.', 'Edwin Marsh', [], ['describedAppositive']],
    // A work's title spells no acting: its `Star` is no star near the name.
    ['Corin Vael was a star of the stage long before this.', 'Corin Vael', ['performanceNear', 'performanceSentence'], []],
    ['The best scene of Star Wars has Corin Vael alone in the cockpit.', 'Corin Vael', [], ['performanceNear', 'performanceSentence']],
    ['I saw A Star Is Born twice, and Tessa Rayne sings every song herself.', 'Tessa Rayne', [], ['performanceNear', 'performanceSentence']],
    ["The weak point was the actress who plays 'Edwin Marsh'.", 'Edwin Marsh', ['quotedName'], []],
    ['The studio said on Monday that the film would open in May in the north of the country and the south. Edwin Marsh told reporters he was delighted and added that he hoped to return.', 'Edwin Marsh', ['reportedNews', 'newsVoice'], []],
    ['The studio says the film will open in May in the north of the country and the south. Edwin Marsh tells reporters he is delighted and adds that he hopes to come back.', 'Edwin Marsh', ['newsVoice'], ['reportedNews']],
    ['Edwin Marsh is the name the boy takes.', 'Edwin Marsh', [], ['quotedName']],
    ['According to the record label boss Edwin Marsh, sales are up.', 'Edwin Marsh', ['officeBefore'], ['descriptorBefore']],
    ['Later her brother Edwin Marsh returns.', 'Edwin Marsh', ['descriptorBefore'], ['officeBefore']],
    ['We meet the English Teacher (Edwin Marsh) early on.', 'Edwin Marsh', ['descriptorBefore'], ['officeBefore']],
    // A story noun right before the name, or in apposition to it between commas, names the part.
    ['Soon the main character Edwin Marsh loses his farm.', 'Edwin Marsh', ['descriptorBefore'], []],
    ['The heroine, Edwina Marsh, sells her farm.', 'Edwina Marsh', ['descriptorBefore'], []],
    ['I liked the film’s villain, Edwin Marsh.', 'Edwin Marsh', ['descriptorBefore'], []],
    // The comma only ends a phrase: the name opens the clause, the noun is no apposition.
    ['Like the hero, Edwin Marsh grew up on a farm.', 'Edwin Marsh', [], ['descriptorBefore']],
    ['Unlike our narrator, Edwin Marsh never left the farm.', 'Edwin Marsh', [], ['descriptorBefore']],
    // A name that plays the part the noun names is the actor: the noun is its verb's object.
    ['Every character Edwina Marsh plays turns out brittle.', 'Edwina Marsh', ['actorSide'], ['descriptorBefore']],
    ['It was the character Edwin Marsh played on the stage.', 'Edwin Marsh', ['actorSide'], ['descriptorBefore']],
    // Not so a conjunction or the part's own actor after it.
    ['Our hero, Edwin Marsh, as he grows older, sells the farm.', 'Edwin Marsh', ['descriptorBefore'], []],
    ['Soon the heroine Edwina Marsh played by Anna Hale sells the farm.', 'Edwina Marsh', ['descriptorBefore'], []],
    // A verb with an object of its own tells the story: the name is still the part.
    ['Every night the heroine Edwina Marsh plays the piano for her father.', 'Edwina Marsh', ['descriptorBefore'], []],
    ['Then the main character Edwin Marsh plays his last card.', 'Edwin Marsh', ['descriptorBefore'], []],
    ['Playing real-life boxing champ Edwin Marsh, the lead turns on the charm.', 'Edwin Marsh', ['characterSide'], []],
    ['Anna Hale was playing the lonely widow Edwina Marsh in a film.', 'Edwina Marsh', ['characterSide'], []],
    ['In the end Kessaly was just a dull heroine with no goal.', 'Kessaly', ['characterPredicate', 'characterNounNear'], []],
    ['Honestly Zorvan, the villain, never grows.', 'Zorvan', ['characterNounNear'], ['characterPredicate']],
    // An appositive that names someone by age, sex or lot alone is how a plot brings in its people.
    ['Then we meet Orla Brenn, a young woman from the coast who keeps bees.', 'Orla Brenn', ['describedAppositive', 'personAppositive'], []],
    ['The story follows Dario Vell, a shy boy who hates his school.', 'Dario Vell', ['describedAppositive', 'personAppositive'], []],
    ['Years later Orla Brenn, an elderly widow, sells the mill.', 'Orla Brenn', ['describedAppositive', 'personAppositive'], []],
    // A trade is how reports and reviews describe real people too; the noun must be in the appositive itself.
    ['Then we meet Orla Brenn, a retired baker who keeps bees.', 'Orla Brenn', ['describedAppositive'], ['personAppositive']],
    ['Then we meet Orla Brenn, a baker, and a woman who keeps bees.', 'Orla Brenn', ['describedAppositive'], ['personAppositive']],
    // A word of acting or of a work makes it no description of a part at all.
    ['I admire Orla Brenn, a woman whose films never bore.', 'Orla Brenn', [], ['describedAppositive', 'personAppositive']],
    ["Orla Brenn's, a woman's name, is on the door.", 'Orla Brenn', [], ['personAppositive']],
  ] as const)('%j: %s', (text, form, on, off) => {
    const f = featuresOf(text, form);
    for (const x of on) expect(f.has(x), x).toBe(true);
    for (const x of off) expect(f.has(x), x).toBe(false);
  });
});

const TRAIN = join(ROOT, '..', 'shared', 'train');
const PIPELINE = { nameKindRows, kindDecider, setJoinedFeatures };

describe.skipIf(!existsSync(join(TRAIN, 'gold')))('npm run train:names (needs ../shared/train)', () => {
  it('reproduces the shipped weights byte for byte and beats the majority kind in cross-validation', () => {
    // As `npm run train:names` trains: from the shipped weights, kept while they still fit.
    const { source, cv, grid, reproduces } = trainNames(TRAIN, PIPELINE, KIND_FEATURES, NAME_KIND_WEIGHTS, KEEP_NATS);
    expect(source).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
    expect(reproduces).toBe(true);
    expect(cv.accuracy).toBeGreaterThan(cv.majority + 0.1);
    // The penalty is fixed, not the folds' choice; it must stay within one standard error of the
    // best held-out log-loss of the grid, or the fixed prior no longer suits the data.
    expect(grid.map((c) => c.l2)).toEqual(L2_GRID);
    expect(cv.l2).toBe(L2);
    const best = grid.reduce((a, c) => (c.logLoss < a.logLoss ? c : a));
    expect(cv.logLoss).toBeLessThanOrEqual(best.logLoss + best.logLossError);
  }, 180_000);

  it('the shipped weights are a fixed point: read the joined features with them and fit, and they come back', () => {
    const docs = readDocuments(TRAIN, nameKindRows);
    const round = fitRound(docs, PIPELINE, KIND_FEATURES, NAME_KIND_WEIGHTS, KEEP_NATS);
    expect(round.source).toBe(readFileSync(WEIGHTS_FILE, 'utf8'));
    // Kept or refitted, a fresh fit beats them by less than the tolerance.
    expect(round.gap).toBeLessThan(KEEP_NATS);
  }, 180_000);
});

if (!existsSync(join(TRAIN, 'gold'))) {
  describe('npm run train:names', () => {
    it.skip('skipped: ../shared/train is not beside this clone, so the shipped weights cannot be checked against a fresh training', () => {});
    it.skip('skipped: ../shared/train is not beside this clone, so the shipped weights cannot be checked to be a fixed point of the fitting (tests/train-names-sets.test.ts checks it on made-up sets)', () => {});
  });
}
