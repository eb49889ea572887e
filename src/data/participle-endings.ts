/** The endings that mark an English participle, by its form. */

/** A form of participle an ending marks. */
export type ParticipleForm = 'present' | 'past' | 'strongPast';

/**
 * Endings of each participle's form: the present "-ing" ("starring"), the past "-ed" ("directed")
 * and the strong past "-en" ("written", "chosen").
 */
export const PARTICIPLE_ENDINGS: Readonly<Record<ParticipleForm, readonly string[]>> = {
  present: ['ing'],
  past: ['ed'],
  strongPast: ['en'],
};
