/**
 * Step 5: the entities, one per name, with every form of it as a mention. One key for case, hyphen
 * and space variants (`Cheong-San` = `Cheong San` = `Cheongsan`; the spaced form of a lone
 * hyphenated name is that lone name, no full name, so both join the full name it starts: `Obi Wan`
 * and `Obi-Wan` of `Obi-Wan Kenobi`), a titled full name keyed without
 * its title (`Mr.Amitabh Bachan` = `Amitabh Bachan`), a rank as much as a polite title, so its given
 * name or surname alone joins it (`Lieutenant Dan` of `Lieutenant Dan Taylor`); a tail from a particle joins its full name
 * (`Di Girolamo` of `Titta Di Girolamo`), and so does a two-word full name a longer one spells out
 * (`Jack Palance` of `Walter Jack Palance`, see {@link subFormOwners}), and so does a two-word name
 * written the other way round (`Yuuji Itadori` of `Itadori Yuuji`, see {@link reversedPairOwners}); a lone word, a titled form or a nickname joins the full
 * name it stands for (see {@link fullNameFor}), and so does a word with a Japanese honorific after
 * it (`Kurosaki-kun`, see {@link honorificStem}) read as its bare name, except a titled form of a surname the text gives two
 * titles (`General Tilney`, `Mr Tilney`): that names a family, and each titled form is its own
 * unless its title's sex picks one full name written before it (see {@link familyMember}). The
 * one full name with a titled form's surname joins it even when nothing else made it a name
 * (`Denzel Washington` of `Mr Washington`), and its given name alone is then its form too. A
 * lone name no full name starts or ends that begins the listed given name of exactly one full name
 * is its short form (`Walt` of `Walter White`), and so is one that begins exactly one lone given
 * name (`Chris` of `Christopher`, `Ed` of `Edward`). A lone word a casting cue makes a part joins
 * no full name a cue makes an actor (`to play Tony` and `Tony Vance as Paulie` are two). A surname that is also a word (`Hunt`), kept by
 * step 2 as a common piece, joins the full name it ends where its place reads as a name's (`5-common-surname.ts`).
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { sexesAgree } from '../../text/first-names';
import { KOREAN_FAMILY_NAMES, KOREAN_FAMILY_NAMES_AMBIGUOUS } from '../../data/korean-names';
import { NAME_PARTICLES, NAME_SUFFIXES } from '../../data/name-cue-words';
import { bareTitle } from '../../text/bare-title';
import { nameKey } from '../../text/name-key';
import type { Word } from '../../text/words';
import type { EntityDraft } from '../stage-types';
import { isListedFirstName, type NameContext } from './context';
import type { Piece } from './piece';
import { addToSetMap } from './set-map';
import { subFormOwners, type FullNameWords } from './tie-sub-forms';
import { surnameShapedCommon } from './5-common-surname';
import { givenSex, sexesClash, titleSex } from './tie-title-sex';
import { familyMember } from './tie-title-family';
import { reversedPairOwners } from './tie-reversed';
import { honorificStem } from './tie-honorific-suffix';
import { readsAsReport } from '../../text/voice';

/**
 * The full names a lone word may stand for: a listed given name (`given`) looks first at the full
 * names it starts (`starts`), any other word at the names it ends (`ends`, a surname), and at the
 * other set only when that one is empty.
 */
export function formOwners(given: boolean, starts: ReadonlySet<number> | undefined, ends: ReadonlySet<number> | undefined): ReadonlySet<number> | undefined {
  const preferred = given ? starts : ends;
  return preferred && preferred.size > 0 ? preferred : given ? ends : starts;
}

/**
 * The full name a lone word stands for, among the full names it starts (`starts`) and ends
 * (`ends`), read as {@link formOwners} reads them. Among several surnames of a
 * lone word, the one named most recently before (`lastSeen`: two people who share a surname are
 * told apart by the last full name the reader met); otherwise (a given name or a Korean family
 * name several full names start, a titled form) the most mentioned, and undefined when they tie:
 * the text does not say which. A given name several full names start (`familyFirst` false: not a
 * Korean family name, which opens a full name as its surname) goes to the most mentioned only when
 * it is named {@link GIVEN_NAME_DOMINANCE} times as often as any other. A full name `fits` rejects (a woman's title before a man's name)
 * is none of them. The sets are walked, not spread into arrays: a spread here makes
 * the engine drop the caller's optimised code.
 */
function fullNameFor(
  given: boolean,
  familyFirst: boolean,
  titled: boolean,
  starts: ReadonlySet<number> | undefined,
  ends: ReadonlySet<number> | undefined,
  mentionCount: ReadonlyMap<number, number>,
  lastSeen: ReadonlyMap<number, number>,
  fits: (e: number) => boolean,
): number | undefined {
  const set = formOwners(given, starts, ends);
  if (!set) return undefined;
  let recent: number | undefined;
  let seen = -1;
  let best: number | undefined;
  let top = -1;
  let tops = 0;
  let second = 0;
  let count = 0;
  for (const x of set) {
    if (!fits(x)) continue;
    count++;
    const at = lastSeen.get(x) ?? -1;
    if (at > seen) {
      seen = at;
      recent = x;
    }
    const n = mentionCount.get(x) ?? 0;
    if (n > top) {
      second = top;
      top = n;
      tops = 1;
      best = x;
    } else {
      if (n === top) tops++;
      if (n > second) second = n;
    }
  }
  if (recent !== undefined && set === ends && !titled) return recent;
  // A given name two full names start ("Mary" of "Mary King" and "Mary Bennet") does not say which
  // one it is unless the text names one of them far more often than any other: it stays a name of its own.
  if (given && !familyFirst && set === starts && count > 1) return top >= GIVEN_NAME_DOMINANCE * second ? best : undefined;
  return tops === 1 ? best : undefined;
}

/** How many of the full names `owners` the text has named so far (`lastSeen` holds them). */
function seenOf(owners: ReadonlySet<number>, lastSeen: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const x of owners) if (lastSeen.has(x)) n++;
  return n;
}

/** True when `owners` holds a full name and `fits` rejects every one of them. */
function noneFits(owners: ReadonlySet<number> | undefined, fits: (e: number) => boolean): boolean {
  if (!owners || owners.size === 0) return false;
  for (const x of owners) if (fits(x)) return false;
  return true;
}

/**
 * How many times more often than any other full name it starts the text must name one, for a lone
 * given name several full names start to be a form of that one (`John` of `John Wick`, named a
 * dozen times beside one `John Leguizamo`).
 */
const GIVEN_NAME_DOMINANCE = 3;

/** The shortest short form of a given name that joins its full name (`Walt` of `Walter`; not `Al`). */
const MIN_SHORT_FORM = 3;
/** The shortest short form of a lone given name, when the short form is a listed name itself (`Ed`, `Al`). */
const MIN_LISTED_SHORT_FORM = 2;
/** The longest such short form, in letters. */
const MAX_SHORT_FORM = 8;

/**
 * The short forms of a lone given name that may stand for it (`Chris` of `Christopher`): its first
 * letters, three at least, or two where they are a listed name themselves (`Ed` of `Edward`). All
 * of them, those of the other sex too: a short form two names begin says neither, and a name cut
 * short of a feminine ending is another name (`Eric` of `Erica`, `Dan` of `Daniela`; {@link sexesAgree}).
 */
export function loneShortForms(word: string): string[] {
  const out: string[] = [];
  for (let n = MIN_LISTED_SHORT_FORM; n < word.length && n <= MAX_SHORT_FORM; n++) {
    const short = word.slice(0, n);
    if (n >= MIN_SHORT_FORM || isListedFirstName(short)) out.push(short);
  }
  return out;
}

/** The entities of step 5 and the entity each name piece is a mention of. */
export interface MergedForms {
  entities: EntityDraft[];
  /** Every piece that became a mention, in text order, and its entity's index. */
  ofPiece: Map<Piece, number>;
}

/** Step 5: the accepted pieces and the forms that stand for them, merged into entities. */
export function mergeForms(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: ReadonlySet<string>): MergedForms {
  const { words, input } = ctx;
  const entities: EntityDraft[] = [];
  const byKey = new Map<string, number>();
  const firstWordOf = new Map<string, Set<number>>();
  const lastWordOf = new Map<string, Set<number>>();
  const ofPiece = new Map<Piece, number>();
  // The first core word of each full name's entity, for the sex a titled form must fit, and the
  // title a full name is written with (`Mrs. Peter Vane`: a woman, whatever her husband's name says).
  const givenOf = new Map<number, string>();
  const ownTitleOf = new Map<number, string>();
  // Where each full name's entity is first written in full.
  const fullFrom = new Map<number, number>();
  const entityFor = (key: string): number => {
    let e = byKey.get(key);
    if (e === undefined) {
      e = entities.push({ kind: 'character', kindConfidence: 0.5, mentions: [], roles: [], descriptors: [], playedBy: null }) - 1;
      byKey.set(key, e);
    }
    return e;
  };
  const lowerAt = (k: number): string => (words[k] as Word).lower;
  // A titled full name is keyed without its title, so `Mr.Amitabh Bachan` and `Amitabh Bachan` are one.
  const keyOf = (p: Piece): string => (p.titled && p.last > p.first + 1 ? nameKey(input.view.slice((words[p.first + 1] as Word).start, p.end)) : p.key);
  const accepted = pieces.filter((p) => acceptedKeys.has(p.key));
  // A full name's tail from a particle on (`Di Girolamo` of `Titta Di Girolamo`): the full name
  // when only one has it (null when several do).
  const tailOwner = new Map<string, string | null>();
  for (const p of accepted) {
    const core = p.titled ? p.first + 1 : p.first;
    for (let k = core + 1; k < p.last; k++) {
      if (!NAME_PARTICLES.has(lowerAt(k))) continue;
      const tail = nameKey(input.view.slice((words[k] as Word).start, p.end));
      const owner = tailOwner.get(tail);
      tailOwner.set(tail, owner === undefined || owner === keyOf(p) ? keyOf(p) : null);
    }
  }
  // A hyphenated lone name written elsewhere with a space (`Obi Wan` of `Obi-Wan`, `Dae Su` of
  // `Dae-su`): the two words are that one name, no full name of their own.
  const spaced = new Map<string, string>();
  for (const p of accepted) {
    if (p.first !== p.last || p.titled || !(words[p.first] as Word).hyphenated) continue;
    spaced.set(p.key, lowerAt(p.first));
  }
  const spacedWord = (p: Piece): string | undefined => (!p.titled && p.last === p.first + 1 ? spaced.get(p.key) : undefined);
  const fullName = (p: Piece): boolean => {
    const core = p.titled ? p.first + 1 : p.first;
    return p.last !== core && typeof tailOwner.get(p.key) !== 'string' && spacedWord(p) === undefined;
  };
  // A two-word full name a longer one spells out (`Jack Palance` of `Walter Jack Palance`).
  const fullNames: FullNameWords[] = [];
  for (const p of accepted) {
    if (!fullName(p)) continue;
    const words: string[] = [];
    for (let k = p.titled ? p.first + 1 : p.first; k <= p.last; k++) words.push(lowerAt(k));
    fullNames.push({ key: keyOf(p), words });
  }
  const alone = new Set<string>();
  for (const p of pieces) if (p.first === p.last && !p.titled && p.shape !== 'common') alone.add(lowerAt(p.first));
  // Two words that no cue made a name but that a longer name spells out ("Sandino Moreno" of
  // "Catalina Sandino Moreno", opening a sentence) are a form of it as much as an accepted pair;
  // not its first two words, which may be a rank or a title before the name ("Marine Captain").
  const openingPairs = new Set<string>();
  for (const { words } of fullNames) if (words.length > 2) openingPairs.add(`${words[0]} ${words[1]}`);
  const shortCandidates: FullNameWords[] = [];
  for (const p of pieces) {
    if (acceptedKeys.has(p.key) || p.titled || p.shape !== 'plain' || p.last !== p.first + 1) continue;
    const words = [lowerAt(p.first), lowerAt(p.last)];
    if (!openingPairs.has(words.join(' '))) shortCandidates.push({ key: p.key, words });
  }
  const subForms = subFormOwners([...fullNames, ...shortCandidates], ctx.lowerWords, alone);
  for (const p of accepted) {
    // Full names, titled ones too ("Sir Paul McCartney"), by their first and last core words.
    const core = p.titled ? p.first + 1 : p.first;
    if (!fullName(p) || subForms.has(keyOf(p))) continue;
    const e = entityFor(keyOf(p));
    const lastLower = lowerAt(p.last);
    // "John Jnr" names the son: a lone "John" is the father, so the suffixed form does not claim it.
    if (NAME_SUFFIXES.has(lastLower) && p.last - 1 === core) continue;
    addToSetMap(firstWordOf, lowerAt(core), e);
    givenOf.set(e, lowerAt(core));
    if (p.titled && !ownTitleOf.has(e)) ownTitleOf.set(e, lowerAt(p.first));
    if ((fullFrom.get(e) ?? Infinity) > p.start) fullFrom.set(e, p.start);
    // "Charles Evans Jr": the surname is the word before the suffix.
    const lastCore = NAME_SUFFIXES.has(lastLower) && p.last - 1 > core ? p.last - 1 : p.last;
    addToSetMap(lastWordOf, lowerAt(lastCore), e);
  }
  // The full names each short form of a first name starts (`Walt` of `Walter White`).
  const shortFormOf = new Map<string, Set<number>>();
  for (const [first, owners] of firstWordOf) {
    if (!isListedFirstName(first)) continue;
    for (let n = MIN_SHORT_FORM; n < first.length && n <= MAX_SHORT_FORM; n++) {
      for (const e of owners) addToSetMap(shortFormOf, first.slice(0, n), e);
    }
  }
  // The lone given names each short form starts (`Chris` of a lone `Christopher`); two letters
  // only where the short form is a listed name itself (`Ed` of `Edward`).
  const shortFormOfLone = new Map<string, Set<string>>();
  for (const p of accepted) {
    if (p.first !== p.last || p.titled) continue;
    const word = lowerAt(p.first);
    if (!isListedFirstName(word) || firstWordOf.has(word) || lastWordOf.has(word)) continue;
    for (const short of loneShortForms(word)) addToSetMap(shortFormOfLone, short, p.key);
  }
  // A short form's first word alone is then a form of the longer name too (`Jack` of `Walter Jack
  // Palance`); its second is the longer name's own surname or a middle name.
  for (const { key, words } of [...fullNames, ...shortCandidates]) {
    const e = byKey.get(subForms.get(key) ?? '');
    if (e === undefined || byKey.has(key)) continue;
    byKey.set(key, e);
    addToSetMap(firstWordOf, words[0] as string, e);
  }
  // A two-word name that no cue made a name, written the other way round from a full name the
  // text gives (`Yuuji Itadori` of `Itadori Yuuji`): reviews of Japanese, Chinese or Korean works
  // put the family name first or last as their sources do, often both ways in one text.
  const reversed = reversedPairOwners(fullNames);
  if (reversed.size > 0) {
    for (const p of pieces) {
      if (acceptedKeys.has(p.key) || byKey.has(p.key) || p.titled || p.shape !== 'plain' || p.last !== p.first + 1) continue;
      const owner = reversed.get(`${lowerAt(p.first)} ${lowerAt(p.last)}`);
      const e = typeof owner === 'string' ? byKey.get(owner) : undefined;
      if (e !== undefined) byKey.set(p.key, e);
    }
  }
  for (const [tail, owner] of tailOwner) {
    const e = owner === null ? undefined : byKey.get(owner);
    if (e !== undefined) byKey.set(tail, e);
  }
  for (const p of pieces) if (p.shape === 'nickname') byKey.set(p.key, entityFor(keyOf(p.fullName)));
  bindInitials(ctx, pieces, fullNames, byKey);
  // A titled surname no full name ends (`Mr. Karva`): a lone `Karva` is the same one.
  const titledSurname = new Map<string, number | null>();
  for (const p of accepted) {
    if (!p.titled || p.last !== p.first + 1) continue;
    const word = lowerAt(p.last);
    if (firstWordOf.has(word) || lastWordOf.has(word)) continue;
    const e = entityFor(p.key);
    const had = titledSurname.get(word);
    titledSurname.set(word, had === undefined || had === e ? e : null);
  }
  // Two titles before one surname ("General Tilney", "Mr Tilney") name a family: a titled form of
  // it does not say which of the family's full names it stands for.
  const titlesOf = new Map<string, Set<string>>();
  // Where each titled surname is first written: a family's titled form is read only against the
  // full names written before it (a writer names someone in full first, then by title).
  const titledFrom = new Map<string, number>();
  for (const p of pieces) {
    if (!p.titled || p.last !== p.first + 1 || p.shape === 'common') continue;
    addToSetMap(titlesOf, lowerAt(p.last), lowerAt(p.first));
    const form = `${lowerAt(p.first)} ${lowerAt(p.last)}`;
    if (!titledFrom.has(form)) titledFrom.set(form, p.start);
  }
  // "Denzel Washington" that no cue made a name, and "Mr Washington" that is one: the full name
  // spells out who the titled surname is, when it is the only such full name the text gives (two,
  // "Tom Hanks" and "Colin Hanks", leave the titled form to neither) and no accepted name ends or
  // starts with the surname.
  const fullOfSurname = new Map<string, string | null>();
  const firstOfFull = new Map<string, string>();
  for (const p of pieces) {
    if (acceptedKeys.has(p.key) || p.titled || p.shape === 'common' || p.last !== p.first + 1) continue;
    const word = lowerAt(p.last);
    const had = fullOfSurname.get(word);
    fullOfSurname.set(word, had === undefined || had === p.key ? p.key : null);
    firstOfFull.set(p.key, lowerAt(p.first));
  }
  for (const [word, key] of fullOfSurname) {
    const e = titledSurname.get(word);
    if (key === null || typeof e !== 'number' || (titlesOf.get(word)?.size ?? 0) > 1) continue;
    byKey.set(key, e);
    // Its given name alone ("Denzel") is then a form of it, as of any full name.
    addToSetMap(firstWordOf, firstOfFull.get(key) as string, e);
  }
  // A lone word a casting cue makes a part ("to play Tony") is no form of a full name a cue makes
  // an actor ("Tony Vance as Paulie"): a part often shares a given name with someone in the cast.
  const partWords = new Set<string>();
  const actors = new Set<number>();
  for (const p of pieces) {
    if (p.first === p.last && !p.titled && p.character) partWords.add(lowerAt(p.first));
    else if (p.last > p.first && p.roles.includes('actor')) {
      const e = byKey.get(keyOf(p));
      if (e !== undefined) actors.add(e);
    }
  }
  const mentionCount = new Map<number, number>();
  for (const p of accepted) {
    const e = byKey.get(keyOf(p));
    if (e !== undefined) mentionCount.set(e, (mentionCount.get(e) ?? 0) + 1);
  }
  const lastSeen = new Map<number, number>();
  let report: boolean | undefined;
  const reportText = (): boolean => (report ??= readsAsReport(input.view));
  // The full name a lone surname stood for while it was the only one of that surname met so far:
  // a writer who has made the surname alone someone's goes on naming that one by it after naming a
  // relative in full (`Ray Vell … Vell … his mother Ada Vell … Vell's car`).
  const surnameHeld = new Map<string, number>();
  for (const p of pieces) {
    let e = byKey.get(keyOf(p));
    let start = p.start;
    const asWritten = e === undefined ? spacedWord(p) : undefined;
    if (e === undefined && (p.first === p.last || p.titled || asWritten !== undefined) && p.last - p.first <= 1 && p.shape !== 'common') {
      // A lone family name ("Lee", "Weitz"), a lone given name or an honorific form ("Mr Weitz")
      // of a full name: see fullNameFor. A word with an honorific after it ("Kurosaki-kun") is a
      // titled form of the name before the hyphen, read as that name alone is; a lone name written
      // with a space for its hyphen ("Obi Wan") is read as the hyphenated word.
      const own = asWritten ?? lowerAt(p.last);
      const stem = p.titled ? undefined : honorificStem(own);
      const word = stem ?? own;
      const family = p.titled && (titlesOf.get(word)?.size ?? 0) > 1;
      // "Mrs. Vell" is not "Tom Vell": a title tells a sex the full name's given name must not contradict.
      const title = p.titled ? lowerAt(p.first) : '';
      const part = !p.titled && partWords.has(word);
      const fits = (x: number): boolean => (!p.titled || !sexesClash(title, givenOf.get(x) ?? '')) && !(part && actors.has(x));
      // A family's titled form is the one full name of its title's sex, where the titles and the given names say which.
      if (family) {
        const from = titledFrom.get(`${title} ${word}`) ?? p.start;
        const before = new Set<number>();
        for (const x of lastWordOf.get(word) ?? []) if ((fullFrom.get(x) ?? Infinity) < from) before.add(x);
        e = familyMember(title, titlesOf.get(word) as Set<string>, before, (x) => titleSex(bareTitle(ownTitleOf.get(x) ?? '')) ?? givenSex(givenOf.get(x) ?? ''));
      }
      else e = fullNameFor(!p.titled && GIVEN_NAMES.has(word), KOREAN_FAMILY_NAMES.has(word) || KOREAN_FAMILY_NAMES_AMBIGUOUS.has(word), p.titled, firstWordOf.get(word), lastWordOf.get(word), mentionCount, lastSeen, fits);
      if (e !== undefined && !p.titled && stem === undefined && lastWordOf.get(word)?.has(e)) {
        const held = surnameHeld.get(word);
        if (held === undefined) {
          if (seenOf(lastWordOf.get(word) as ReadonlySet<number>, lastSeen) === 1) surnameHeld.set(word, e);
        } else if (fits(held)) e = held;
      }
      // "Joss Stone … Ms Stone": a report names someone in full and then by title and surname, so
      // there the sex a given name usually tells gives way when it rules out every full name of
      // that surname; it still chooses among several (`Tom Vell`, `Anna Vell`, `Mrs Vell`).
      if (e === undefined && p.titled && !family && reportText() && noneFits(lastWordOf.get(word), fits)) {
        e = fullNameFor(false, false, true, undefined, lastWordOf.get(word), mentionCount, lastSeen, () => true);
      }
      // "Mr Gatsby" and a lone "Gatsby" the text names by itself are one, and so are "Sasuke-kun" and "Sasuke".
      if (e === undefined && (p.titled || stem !== undefined) && !family && acceptedKeys.has(nameKey(word))) e = entityFor(nameKey(word));
      if (e === undefined && !p.titled) e = titledSurname.get(word) ?? undefined;
      // "Walt" and "Walter White": a lone name that no full name starts or ends, the first letters
      // of the listed given name of exactly one full name, of the same sex as far as the lists tell.
      if (e === undefined && !p.titled && stem === undefined && acceptedKeys.has(p.key) && !firstWordOf.has(word) && !lastWordOf.has(word) && shortFormOf.get(word)?.size === 1) {
        for (const x of shortFormOf.get(word) as Set<number>) if (sexesAgree(word, givenOf.get(x) ?? '')) e = x;
      }
      // "Chris" and a lone "Christopher": the first letters of exactly one lone given name (not
      // "Eric" of "Erica").
      if (e === undefined && !p.titled && stem === undefined && acceptedKeys.has(p.key) && !firstWordOf.has(word) && !lastWordOf.has(word) && shortFormOfLone.get(word)?.size === 1) {
        for (const key of shortFormOfLone.get(word) as Set<string>) if (key !== p.key && sexesAgree(word, key)) e = entityFor(key);
      }
      // Each titled form of a family is someone of its own, named so at one mention.
      if (e === undefined && family) e = entityFor(p.key);
      // "le Moko" after "Pepe le Moko": the particle is part of the form.
      const before = words[p.first - 1];
      if (e !== undefined && !p.titled && before && NAME_PARTICLES.has(before.lower) && (words[p.first] as Word).spaceBefore) start = before.start;
    } else if (e === undefined && surnameShapedCommon(ctx, p)) {
      // A surname the text also writes as a word (`Hunt` of `Ethan Hunt`, beside `the hunt`): only
      // a full name led by a listed given name is surely someone's, so only such a name claims it.
      e = fullNameFor(false, false, false, undefined, lastWordOf.get(lowerAt(p.last)), mentionCount, lastSeen, (x) => isListedFirstName(givenOf.get(x) ?? ''));
    }
    if (e === undefined && acceptedKeys.has(p.key)) e = entityFor(keyOf(p));
    if (e === undefined) continue;
    lastSeen.set(e, p.start);
    const entity = entities[e] as EntityDraft;
    entity.mentions.push({ start, end: p.end });
    for (const r of p.roles) if (!entity.roles.includes(r)) entity.roles.push(r);
    ofPiece.set(p, e);
  }
  splitTwoActors(entities, ofPiece, (p) => byKey.get(keyOf(p)), entityFor, keyOf);
  // The casting links between pieces become links between entities.
  for (const [p, e] of ofPiece) {
    if (!p.playedBy) continue;
    const actor = ofPiece.get(p.playedBy);
    if (actor !== undefined && actor !== e) (entities[e] as EntityDraft).playedBy = actor;
  }
  return { entities, ofPiece };
}

/**
 * A short or titled form joined to a full name (`Sergeant Vell` to `Anna Vell`) whose own bracket
 * names another actor than the full name's ("Anna Vell (A) and Sergeant Vell (B)") is someone else
 * sharing the surname: it becomes an entity of its own. So does a form the bracket casts its own
 * full name in ("Ben (Ben Vale)": a part named after its actor), with every mention of that form.
 * `ownEntity` is the entity a piece's own key names (undefined for a form joined by its words alone).
 */
function splitTwoActors(
  entities: EntityDraft[],
  ofPiece: Map<Piece, number>,
  ownEntity: (p: Piece) => number | undefined,
  entityFor: (key: string) => number,
  keyOf: (p: Piece) => string,
): void {
  // The actor each entity's own full name is played by, read off its pieces.
  const ownActor = new Map<number, Piece>();
  // "Ben (Ben Vale)": a form the bracket casts its own full name in is the part, the full name
  // its actor, so the form and every other mention of it leave the full name's entity.
  const ownPart = new Set<string>();
  for (const [p, e] of ofPiece) {
    if (!p.playedBy) continue;
    if (ownEntity(p) === e && !ownActor.has(e)) ownActor.set(e, p.playedBy);
    // Not "Martin (Campbell)": a lone surname in the bracket completes the name, it casts no one.
    if (ownEntity(p) !== e && ofPiece.get(p.playedBy) === e && p.playedBy.last > p.playedBy.first) ownPart.add(keyOf(p));
  }
  if (ownPart.size > 0) {
    const moves = new Moves(entities, ofPiece);
    for (const [p, e] of ofPiece) {
      if (!ownPart.has(keyOf(p)) || ownEntity(p) === e) continue;
      moves.plan(p, e, entityFor(keyOf(p)));
    }
    moves.apply();
  }
  if (ownActor.size === 0) return;
  const moves = new Moves(entities, ofPiece);
  for (const [p, e] of ofPiece) {
    const own = ownActor.get(e);
    if (!p.playedBy || own === undefined || ownEntity(p) === e) continue;
    const actor = ofPiece.get(p.playedBy);
    if (actor === undefined || actor === ofPiece.get(own)) continue;
    moves.plan(p, e, entityFor(keyOf(p)));
  }
  moves.apply();
}

/**
 * Mentions to move between entities, planned one by one and moved in one pass over each source
 * entity's mentions: a form mentioned many times would otherwise cost a search and a splice of
 * the whole list per mention. `ofPiece` follows each plan at once, as later plans read it.
 */
class Moves {
  /** The mention ends of each entity a plan touched, as the plans leave them. */
  private readonly ends = new Map<number, Set<number>>();
  /** Planned moves in order: the mention ending at `end` goes from entity `from` to entity `to`. */
  private readonly planned: { end: number; from: number; to: number }[] = [];

  constructor(
    private readonly entities: EntityDraft[],
    private readonly ofPiece: Map<Piece, number>,
  ) {}

  private endsOf(e: number): Set<number> {
    let set = this.ends.get(e);
    if (!set) {
      set = new Set((this.entities[e] as EntityDraft).mentions.map((m) => m.end));
      this.ends.set(e, set);
    }
    return set;
  }

  /** Plans the move of piece `p`'s mention from entity `from` to entity `to` (none when they are one or `from` lacks it). */
  plan(p: Piece, from: number, to: number): void {
    if (to === from || !this.endsOf(from).delete(p.end)) return;
    this.endsOf(to).add(p.end);
    this.planned.push({ end: p.end, from, to });
    this.ofPiece.set(p, to);
  }

  /** Moves every planned mention: one pass over each source's mentions, then each pushed to its target in plan order. */
  apply(): void {
    if (this.planned.length === 0) return;
    const leaving = new Map<number, Set<number>>();
    for (const { end, from } of this.planned) {
      let set = leaving.get(from);
      if (!set) leaving.set(from, (set = new Set()));
      set.add(end);
    }
    const moved = new Map<string, EntityDraft['mentions'][number]>();
    for (const [from, set] of leaving) {
      const source = this.entities[from] as EntityDraft;
      source.mentions = source.mentions.filter((m) => {
        if (!set.has(m.end)) return true;
        set.delete(m.end);
        moved.set(`${from}:${m.end}`, m);
        return false;
      });
    }
    for (const { end, from, to } of this.planned) {
      const mention = moved.get(`${from}:${end}`);
      if (mention) (this.entities[to] as EntityDraft).mentions.push(mention);
    }
  }
}

/** The fewest words (and letters) of a full name its initials stand for: two letters are too often a code. */
const MIN_INITIALS = 3;
/** The most words of a full name read for its initials. */
const MAX_INITIALS = 4;

/**
 * A word in capitals that spells the initials of exactly one full name of three or four words
 * (`RLS` of `Robert Louis Stevenson`, `JFK` of `John F. Kennedy`) is a form of it: writers name a
 * person so after giving the name in full. The word must be written in capitals alone, one letter
 * per word of the name; a name with an honorific counts by its core words.
 */
function bindInitials(ctx: NameContext, pieces: readonly Piece[], fullNames: readonly FullNameWords[], byKey: Map<string, number>): void {
  const owner = new Map<string, string | null>();
  for (const { key, words } of fullNames) {
    if (words.length < MIN_INITIALS || words.length > MAX_INITIALS || !byKey.has(key)) continue;
    const initials = words.map((w) => w[0] as string).join('');
    if (!/^\p{Ll}+$/u.test(initials)) continue;
    const had = owner.get(initials);
    owner.set(initials, had === undefined || had === key ? key : null);
  }
  if (owner.size === 0) return;
  for (const p of pieces) {
    if (p.first !== p.last || p.titled || byKey.has(p.key)) continue;
    const w = ctx.words[p.first] as Word;
    const text = ctx.input.view.slice(w.start, w.end);
    if (text.length < MIN_INITIALS || text.length > MAX_INITIALS || !/^\p{Lu}+$/u.test(text)) continue;
    const key = owner.get(w.lower);
    const e = typeof key === 'string' ? byKey.get(key) : undefined;
    if (e !== undefined) byKey.set(p.key, e);
  }
}
