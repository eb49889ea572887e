/** How the forms of one name are made from it, read by the merging of name forms (`src/stages/4-names/tie-forms.ts`). */

/** Endings of pet forms made from a given name ("Evie" of "Eve", "Tommy" of "Tom", "Eddie" of "Ed"). */
export const PET_FORM_ENDINGS: readonly string[] = ['ie', 'y'];
