/**
 * Common English given names, lower case. A capitalised piece that starts with one and goes on with
 * a capitalised surname is a personal name ("Kate Winslet", "Ricky Gervais") even at one mention.
 * Split by the gender they usually carry, so that "he" and "she" find the right person.
 */
import { firstNameSex } from '../text/first-names';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES } from './honorifics';

/** Titles the large lists hold as names ("Dame" among men's): a title's gender comes from the title. */
const isTitle = (n: string): boolean => HONORIFICS.has(n) || MALE_TITLES.has(n) || FEMALE_TITLES.has(n);


/** Curated given names usually borne by men. */
const CURATED_MALE: ReadonlySet<string> = new Set(
  `
  aaron adam adrian aidan al alan albert alex alexander andrew anthony antonio arthur austin barry ben
  benjamin bill billy bob bobby brad bradley brandon brian bruce bryan cameron carl carlos charles
  charlie chris christian christopher colin connor craig dan daniel danny darren dave david dean
  dennis derek dominic donald doug douglas dylan ed eddie edward elton eric ethan eugene evan
  francis frank fred gary gavin geoffrey george gerald glen glenn gordon graham greg gregory harold
  harry henry howard hugh hugo ian isaac jack jacob jake james jason jay jeff jeffrey jeremy jerry
  jesse jim jimmy joe joel john johnny jon jonathan joseph josh joshua joss jude julian justin
  keith ken kenneth kevin kyle larry leo leon louis luke malcolm marc mark martin matt matthew max
  michael mick mike nathan neil nicholas nick nigel noah norman oliver oscar owen patrick paul
  peter phil philip phillip ralph ray richard ricky rob robbie robert roger ron ronald ross roy
  russell ryan samuel scott sean simon stanley stephen steve steven stuart thomas tim timothy toby
  todd tom tommy tony trevor troy vincent walter wayne william willie jake zack zach cody tyler
  brody logan mason liam noah elijah jackson jasper felix marcus rex rocky ivan boris hans karl
  otto juan jose luis diego pablo marco luca joey ross chandler sheldon leonard howard raj homer
  bart ned moe barney ted marshall dexter walter jesse hank saul rick`.split(/\s+/).filter(Boolean),
);

/** Curated given names usually borne by women. */
const CURATED_FEMALE: ReadonlySet<string> = new Set(
  `
  abigail alexandra alice alicia alison amanda amber amy andrea angela anna anne annie audrey
  barbara beth betty bonnie brenda bridget britney brooke caitlin carla carol caroline carrie
  catherine cathy charlotte chloe christina christine cindy claire clara cynthia daisy danielle
  dawn debbie deborah denise diana diane donna doris dorothy eileen elaine eleanor elizabeth ellen
  ellie emily emma erica erin eva evelyn fiona frances gemma georgia gina grace hannah harriet
  hayley heather helen holly isabel isabella jackie jade jane janet janice jennifer jenny jessica
  jill joan joanna joy joyce judith judy julia julie karen kate katherine kathleen kathryn kathy
  katie kirsty laura lauren lily linda lisa liz lorraine louise lucy lynn madonna maggie margaret
  maria marie marilyn martha mary maureen megan melanie melissa michelle miranda molly monica nancy
  naomi natalie nicola nicole olivia pamela patricia paula peggy penny rachel rebecca rita rose
  ruby ruth sally samantha sandra sarah sharon sheila shirley sophie stacy stephanie sue susan
  suzanne tara teresa theresa tina tracy valerie vanessa victoria virginia wendy zoe ava mia harper
  ella scarlett jenna leah hailey abby rosa nina vera lena ana sofia elena chloe monica rachel
  phoebe penny bernadette amy marge lisa maggie lily skyler`.split(/\s+/).filter(Boolean),
);

/** Every listed given name, also those borne by both ("Sam", "Robin"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...CURATED_MALE, ...CURATED_FEMALE, 'ashley', 'dale', 'jamie', 'jean', 'jo', 'jordan', 'kelly', 'kim', 'lee', 'pat', 'robin', 'sam', 'terry', 'robin']);

/**
 * Given names that are also the Arabic article in names of firms, clubs and places (`Al Jazeera`,
 * `Al Hilal`, `El Paso`): such a name starts a full name at one mention only when a listed given
 * name follows it (`Al Franken` is not enough, `Al Jean` is) or the text gives it a part or a job.
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(['al', 'el']);

/** Given names usually borne by men: the curated ones and those the large lists give men only (a test, not a copy: no set built at load). */
export const MALE_NAMES: Pick<ReadonlySet<string>, 'has'> = {
  has: (n) => CURATED_MALE.has(n) || (firstNameSex(n) === 'm' && !CURATED_FEMALE.has(n) && !isTitle(n)),
};

/** Given names usually borne by women: the curated ones and those the large lists give women only (a test, not a copy). */
export const FEMALE_NAMES: Pick<ReadonlySet<string>, 'has'> = {
  has: (n) => CURATED_FEMALE.has(n) || (firstNameSex(n) === 'f' && !CURATED_MALE.has(n) && !isTitle(n)),
};
