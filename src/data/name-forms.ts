/** How the forms of one name are made from it, read by the merging of name forms (`src/stages/4-names/tie-forms.ts`). */

/** Endings of pet forms made from a given name ("Evie" of "Eve", "Tommy" of "Tom", "Eddie" of "Ed"). */
export const PET_FORM_ENDINGS: readonly string[] = ['ie', 'y'];

/**
 * Short forms of English given names that no ending or cut makes ("Dave" of "David", "Bill" of
 * "William", "Peggy" of "Margaret"): a lone one is read like a pet form of the name. A short form
 * that is the first letters of its name ("Walt" of "Walter") needs no entry here.
 */
export const GIVEN_NAME_SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['david', ['dave', 'davey']],
  ['michael', ['mike', 'mikey', 'mick', 'micky', 'mickey']],
  ['william', ['bill', 'billy', 'willy', 'willie', 'liam']],
  ['robert', ['bob', 'bobby', 'robbie', 'bert']],
  ['richard', ['dick', 'rick', 'ricky', 'richie']],
  ['james', ['jim', 'jimmy', 'jamie']],
  ['joseph', ['joe', 'joey']],
  ['thomas', ['tommy']],
  ['anthony', ['tony']],
  ['edward', ['ted', 'teddy', 'ned', 'eddie']],
  ['theodore', ['ted', 'teddy']],
  ['charles', ['charlie', 'chuck']],
  ['henry', ['hank', 'harry']],
  ['harold', ['harry', 'hal']],
  ['stephen', ['steve']],
  ['steven', ['steve']],
  ['jacob', ['jake']],
  ['lawrence', ['larry']],
  ['gerald', ['jerry']],
  ['patrick', ['paddy']],
  ['daniel', ['danny']],
  ['samuel', ['sammy']],
  ['nicholas', ['nicky']],
  ['frederick', ['freddie', 'freddy']],
  ['margaret', ['maggie', 'meg', 'peggy']],
  ['elizabeth', ['liz', 'lizzie', 'lizzy', 'beth', 'betty', 'bess', 'libby']],
  ['katherine', ['kate', 'katie', 'kathy', 'kitty']],
  ['catherine', ['kate', 'katie', 'cathy']],
  ['kathryn', ['kate', 'katie', 'kathy']],
  ['susan', ['sue', 'susie', 'suzy']],
  ['rebecca', ['becky', 'becca']],
  ['jennifer', ['jenny']],
  ['patricia', ['patty', 'trish']],
  ['victoria', ['vicky', 'tori']],
  ['deborah', ['debbie']],
  ['dorothy', ['dot', 'dottie', 'dolly']],
  ['eleanor', ['ellie', 'nell']],
  ['sarah', ['sally']],
]);
