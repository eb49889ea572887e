/** Titles written before a name ("Mrs. Lift", "Dr Watson"), lower case, without the dot. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord',
  'madam', 'madame', 'mme', 'mlle', 'master', 'captain', 'capt', 'detective', 'officer', 'sergeant',
  'sgt', 'agent', 'inspector', 'judge', 'father', 'sister', 'brother', 'uncle', 'aunt', 'king',
  'queen', 'prince', 'princess', 'president', 'general', 'colonel', 'lieutenant', 'coach', 'teacher',
]);
