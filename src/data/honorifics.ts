/** Titles written before a name ("Mrs. Lift", "Dr Watson"), lower case, without the dot. */

/** Titles that only ever stand before a name: a capitalised word after one is a name. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'madam', 'madame', 'mme', 'mlle',
  // A title only fiction gives (a Sith lord's): the name it leads is a part.
  'darth',
]);

/**
 * Every title, also the ones that are common nouns too ("General Feedback", "King the Land"): those
 * join the name after them but are no evidence of a name on their own.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...NAME_TITLES, 'lady', 'lord', 'master', 'captain', 'capt', 'detective', 'officer', 'sergeant', 'sgt',
  'agent', 'inspector', 'judge', 'father', 'sister', 'brother', 'uncle', 'aunt', 'king', 'queen',
  'prince', 'princess', 'president', 'general', 'colonel', 'lieutenant', 'coach', 'teacher',
  'commissioner', 'sheriff', 'marshal', 'constable', 'corporal', 'admiral', 'commander',
  'reverend', 'rev', 'pastor', 'bishop', 'cardinal', 'rabbi',
  // Abbreviated ranks, written with or without a dot and often glued to the name ("Lt.Tanny").
  'lt', 'col', 'cpl', 'det', 'insp', 'cmdr', 'gen', 'maj', 'adm', 'brig', 'pvt', 'supt',
]);

/** Titles that tell a man. */
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'master', 'father', 'brother', 'uncle', 'king', 'prince']);

/** Titles that tell a woman. */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam', 'madame', 'mme', 'mlle', 'sister', 'aunt', 'queen', 'princess']);

/**
 * Ranks of the forces and the police and titles of the clergy (`Inspector Vance`, `Father Amos`):
 * put before a person's name and seldom before a band's, a firm's or a place's, unlike royal, family
 * or trade titles (`King`, `Uncle`, `Coach`), which open names of works and bands as often.
 */
export const RANK_TITLES: ReadonlySet<string> = new Set([
  'captain', 'capt', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'cpl', 'admiral', 'commander', 'cmdr',
  'gen', 'maj', 'adm', 'brig', 'pvt', 'supt',
  'detective', 'det', 'inspector', 'insp', 'constable', 'sheriff', 'commissioner', 'officer',
  'father', 'reverend', 'rev', 'pastor', 'bishop', 'cardinal', 'rabbi',
]);

/**
 * Offices of state and of public bodies, written before a holder's name like a title (`Prime
 * Minister X Y`, `Culture Secretary X Y`, `President X Y`, `Agent X Y`). Before a full name the
 * office, and the words that qualify it, are no part of the name: news writes the office first and
 * calls the holder `Mr Y` after. Before one word (`Chancellor Palpatine`, `Secretary Kim`) the text
 * may call someone by the office itself, so that run is left as it is.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'chancellor', 'president', 'vice-president', 'senator', 'governor', 'mayor',
  'ambassador', 'congressman', 'congresswoman', 'councillor', 'premier', 'agent',
  // Offices of the courts, the police and local bodies that news writes the same way (`Judge Ann
  // Vale`, `County Sheriff Ben Ode`, `Assemblywoman Ann Vale`).
  'judge', 'sheriff', 'commissioner', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'alderman',
  // The short forms news writes before a holder's full name (`Sen Ann Vale`, `Gov Ben Ode`).
  'pres', 'gov', 'sen', 'rep',
  // Seats of a parliament or an assembly, written in capitals before a member's full name (`MP
  // Ann Vale`, `MEP Ben Ode`).
  'mp', 'mep', 'msp', 'mla',
]);

/** Courtesy titles news gives the people it reports on (`Mr Vale`, `Ms Ode`), lower case without the dot. */
export const REPORT_COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);

/**
 * Titles that are also common family names (`King`, `Bishop`, `Marshal`): after a courtesy title
 * ({@link NAME_TITLES}: `Ms King`, `Dr Bishop`) the word is the surname, not a second title, since
 * nobody is addressed as `Mr` and a title at once. Lower case.
 */
export const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'bishop', 'marshal', 'judge', 'major', 'constable', 'sheriff', 'pastor',
]);

/**
 * Words right before a courtesy-titled name that make it a part played (`she played Mrs Vale`, `as
 * Mr Ode`) or a type (`the Mr Nice of pop`), not the person a report is about.
 */
export const NOT_REPORTED_LEADS: ReadonlySet<string> = new Set(['as', 'played', 'plays', 'playing', 'play', 'the']);

/**
 * Abbreviated titles and the title each stands for, so a titled name written both ways is one
 * (`Lt. Dan` = `Lieutenant Dan`, `Sgt Vell` = `Sergeant Vell`). Lower case, without the dot.
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['capt', 'captain'], ['col', 'colonel'], ['lt', 'lieutenant'], ['sgt', 'sergeant'], ['cpl', 'corporal'],
  ['cmdr', 'commander'], ['det', 'detective'], ['insp', 'inspector'], ['rev', 'reverend'], ['prof', 'professor'],
  ['gen', 'general'], ['adm', 'admiral'],
]);

/**
 * Abbreviations that stand beside a name, written with a period that ends no sentence, besides
 * {@link NAME_TITLES}: ranks and church titles before a name (`Capt. Vey`, `Gen. Orla`), `St.`, and
 * the `Jr.` / `Sr.` after one. A capitalised word after one of them is no sentence's first word.
 * Lower case, without the dot; a set of its own, unlike {@link TITLE_ABBREVIATIONS}, which maps a
 * title's short form to its long one.
 */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'capt', 'sgt', 'lt', 'col', 'cpl', 'det', 'insp', 'cmdr', 'rev', 'gen', 'maj', 'adm', 'brig', 'pvt', 'supt', 'st', 'jr', 'sr',
]);

/** Short forms of church and state styles written between a title and a name ("the Rt Rev Dr X"). */
export const STYLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['rt', 'rev', 'revd', 'hon', 'very', 'most', 'right']);

/**
 * Japanese honorifics written after a name with a hyphen (`Kurosaki-kun`, `Oda-sensei`), lower
 * case: a form of address like a title before the name. Some are also syllables of Korean given
 * names (`Cheong-san`), so a suffixed word is read as a form only of a name the text gives bare.
 */
export const HONORIFIC_SUFFIXES: ReadonlySet<string> = new Set([
  'san', 'kun', 'chan', 'sama', 'sensei', 'senpai', 'sempai', 'dono', 'shi', 'tan', 'chama',
]);
