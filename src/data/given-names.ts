/**
 * Common English given names, lower case. A capitalised piece that starts with one and goes on with
 * a capitalised surname is a personal name ("Kate Winslet", "Ricky Gervais") even at one mention.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `aaron abigail adam adrian aidan alan albert alex alexander alexandra alice alicia alison amanda amber amy andrea andrew angela
  anna anne annie anthony antonio arthur ashley audrey austin barbara barry ben benjamin beth betty bill billy bob bobby
  bonnie brad bradley brandon brenda brian bridget britney brooke bruce bryan caitlin cameron carl carla carlos carol
  caroline carrie catherine cathy charles charlie charlotte chloe chris christian christina christine christopher cindy
  claire clara colin connor craig cynthia daisy dale dan daniel danielle danny darren dave david dawn dean debbie deborah
  denise dennis derek diana diane dominic donald donna doris dorothy doug douglas dylan ed eddie edward eileen elaine
  eleanor elizabeth ellen ellie elton emily emma eric erica erin ethan eugene eva evan evelyn fiona frances francis frank
  fred gary gavin gemma geoffrey george georgia gerald gina glen glenn gordon grace graham greg gregory hannah harold
  harriet harry hayley heather helen henry holly howard hugh hugo ian isaac isabel isabella jack jackie jacob jade jake
  james jamie jane janet janice jason jay jean jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy jo
  joan joanna joe joel john johnny jon jonathan jordan joseph josh joshua joss joy joyce judith judy jude julia julian
  julie justin karen kate katherine kathleen kathryn kathy katie keith kelly ken kenneth kevin kim kirsty kyle larry
  laura lauren lee leo leon lily linda lisa liz lorraine louis louise lucy luke lynn madonna maggie malcolm marc
  margaret maria marie marilyn mark martha martin mary matt matthew maureen max megan melanie melissa michael michelle
  mick mike miranda molly monica nancy naomi natalie nathan neil nicholas nick nicola nicole nigel noah norman oliver
  olivia oscar owen pamela pat patricia patrick paul paula peggy penny peter phil philip phillip rachel ralph ray
  rebecca richard ricky rita rob robbie robert robin roger ron ronald rose ross roy ruby russell ruth ryan sally sam
  samantha samuel sandra sarah scott sean sharon sheila shirley simon sophie stacy stanley stephanie stephen steve
  steven stuart sue susan suzanne tara teresa terry theresa thomas tim timothy tina toby todd tom tommy tony tracy
  trevor troy valerie vanessa victoria vincent virginia walter wayne wendy william willie zoe
  jake zack zach cody tyler brody logan mason liam noah elijah ava mia harper ella scarlett
  jenna leah hailey abby jackson jasper felix marcus rex rocky rosa nina vera lena ivan boris
  hans karl otto ana juan jose luis diego pablo marco luca sofia elena chloe joey ross monica
  rachel phoebe chandler sheldon leonard penny howard raj bernadette amy homer marge bart lisa
  maggie ned moe barney ted robin marshall lily dexter walter jesse skyler hank saul`.split(/\s+/),
);
