import { describe, expect, it } from 'vitest';
import { KIND_FEATURES, type KindFeature } from '../src/data/name-kind-features';
import { analyzeReview } from '../src/index';
import { nameKindRows } from '../src/pipeline-stages';

// A list of names said to be among a work's performers (`A, B and C are among the artists who …`)
// names people of that trade, stage names too. Names and sentences are made up for these tests.

const rowOf = (text: string, form: string) => {
  const row = nameKindRows(text).find((r) => r.forms.includes(form));
  if (!row) throw new Error(`no entity ${form} in ${text}`);
  return row;
};
const featuresOf = (text: string, form: string): Set<KindFeature> => new Set(KIND_FEATURES.filter((_, i) => rowOf(text, form).features[i] === 1));
const person = (text: string, name: string) => analyzeReview(text).people.find((p) => p.name === name);
const character = (text: string, name: string) => analyzeReview(text).characters.find((c) => c.name === name);

const STUDIO = 'The old Harbour Lane studio will shut its doors in the spring after four decades. Owner Petra Lund said digital recording had cut bookings. ';

describe('a list said to be among performers names people', () => {
  it.each([
    ['a stage name with a hyphen', `${STUDIO}Tomas Rell, Anya Brook and Kay-Vee are also among artists who recorded there.`, ['Tomas Rell', 'Anya Brook', 'Kay-Vee']],
    ['among the other stars', `${STUDIO}Orla Finch and Dex-One were among the other stars at the farewell concert.`, ['Orla Finch', 'Dex-One']],
    ['among the performers, a serial comma', `${STUDIO}Rory Vance, Mira Sol, and Big-Tam are among the performers booked for the last night.`, ['Rory Vance', 'Mira Sol', 'Big-Tam']],
  ])('%s', (_, text, names) => {
    for (const name of names) {
      expect(featuresOf(text, name).has('crewCue')).toBe(true);
      expect(person(text, name)?.roles).toContain('other');
      expect(character(text, name)).toBeUndefined();
    }
  });
});

describe('the same words that name no performers give no role', () => {
  it.each([
    ['one name alone', `${STUDIO}Kay-Vee is among the artists who recorded there.`, 'Kay-Vee'],
    ['among a noun of no performer', `${STUDIO}Tomas Rell and Kay-Vee were among the winners last year.`, 'Kay-Vee'],
    ['a verb other than are or were', `${STUDIO}Tomas Rell and Kay-Vee sat among the artists at the dinner.`, 'Kay-Vee'],
  ])('%s', (_, text, name) => {
    expect(featuresOf(text, name).has('crewCue')).toBe(false);
  });

  it('a lone plain word in the list, as a band is named, gets no role from it', () => {
    const text = `${STUDIO}Tomas Rell, Grimwater and Anya Brook are among the stars who played there.`;
    expect(featuresOf(text, 'Tomas Rell').has('crewCue')).toBe(true);
    expect(featuresOf(text, 'Anya Brook').has('crewCue')).toBe(true);
    expect(nameKindRows(text).find((r) => r.forms.includes('Grimwater'))?.features[KIND_FEATURES.indexOf('crewCue')] ?? 0).toBe(0);
  });
});
