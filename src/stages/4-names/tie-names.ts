/**
 * Stage 4c: tie names together, once the entities of stage 4b exist.
 *
 * 1. Names the caller knows (`options.knownNames`) are found wherever they occur and merged as given.
 * 2. Descriptors: a title-case role phrase right before a name in brackets is the character's
 *    descriptor ("Assembly Woman (Park Eun-Hee)"); in a dash chain the name before the descriptor
 *    is another form of the bracketed name ("Mrs.Park – English Teacher (Park Sun-Hwa)").
 * 3. Romanisation variants of one Korean name merge ("Su-hyeok" / "Su Hyuk", "Woo-jin" / "Wu-Jin").
 * 4. A full name and the same name with an extra final `s` merge ("Jack Blacks", "Robin William"),
 *    a surname spelt two ways a letter apart is one ("Victor Lazlo" / "Victor Laszlo"), so is a lone
 *    name written with a vowel more or a letter doubled ("Yuji" / "Yuuji", `tie-lone-slips.ts`), so is a
 *    two-word name written in both orders ("Kurosaki Ichigo" / "Ichigo Kurosaki"), and a name
 *    used alone takes in the one capitalised word the text writes beside it where no name holds it
 *    ("Cassian" / "Rebel officer Cassian Andor"), and a lone pet form joins the one name of its kind
 *    it is made from ("Evie" / "Dame Eve Walton"), and so does a full name with a familiar given
 *    name ("Danny Vell" / "Daniel Vell", `tie-full-pet-forms.ts`).
 * 5. Casting read over whole entities: first a list of actors with their works in brackets
 *    ({@link dropFilmographyLinks}: "stars A (Work), B (Work) and C (Work)") loses the links its
 *    brackets made; then ({@link linkCasting}) `A is C`, `A's C`, `A's character (C)`,
 *    `C, a … played by A`; then `A … as C` past what the names stage reads ({@link linkCastingAs}),
 *    the news and blog shapes `A, who … played C`, `for his portrayal of C`, `He played C`
 *    ({@link linkCastingPlays}), a phrase opening the sentence, `As C, A …`, `Playing C, A …`
 *    ({@link linkCastingOpener}), and a part the casting words name that no entity holds becomes a
 *    character ({@link createCastParts}), with the names a list of parts after `as` holds that no
 *    entity does; last, an actor named in the title role plays the part the work's title names
 *    ({@link linkTitleRoles}: "A in the title role"), and so does one named before `as` and the
 *    title ({@link linkTitleParts}: "A is cast as Wonder Woman"), and one in brackets right after
 *    the title ({@link linkTitleBrackets}: "Forrest Gump (A)").
 *    Then a lone character name joins the one character's full name it fits, counted over the
 *    characters alone and the parts just made ({@link mergeLateLoneNames}: "Forrest" of the part
 *    "Forrest Gump" the bracket made).
 * 6. A second name right after a name ("X, known as Y", "X aka Y", "X (nicknamed Y)") is one
 *    entity with it ({@link mergeKnownAs}), read once the casting links say which names are an
 *    actor's parts.
 * 7. A hero's title-name and a personal name the text gives one actor are one character
 *    (`A played Wonder Woman`, `Diana Prince (A)`; {@link mergeHeroNames}).
 * 8. A part the text marks as a life lived (`the late C`, a biopic in its
 *    sentence) is a real person, with no player ({@link releaseRealParts}); in a report, so is a
 *    character with no player named as a real person's kin (`A's wife C`, `A, wife C`;
 *    {@link releaseRealKin}).
 * 9. A hero's title-name or a ranked form in a bracket right after a character's name is that
 *    character's other name (`C (Iron Man)`, `C (Queen Vell)`; {@link tieBracketOtherNames}).
 *
 * Then {@link compact} drops the emptied entities and renumbers the links.
 *
 * One file each: `tie-known-names.ts` (1), `tie-descriptors.ts` (2), `tie-forms.ts`, `tie-lone-slips.ts` and `tie-reversed.ts` (3, 4),
 * `link-casting-filmography.ts`, `link-casting.ts`, `link-casting-as.ts`, `link-casting-plays.ts`, `link-casting-opener.ts`, `link-casting-create.ts`, `link-casting-title-role.ts` and `link-casting-as-title.ts` (5, both casting through `link-casting-title-part.ts`), `tie-late-lone.ts` (5, last), `tie-known-as.ts` (6), `tie-hero-names.ts` (7), `link-casting-real-part.ts` and `tie-real-kin.ts` (8), `tie-bracket-other-name.ts` (9); `tie-merge.ts` merges and compacts.
 */
import type { KnownName } from '../../types';
import type { Word } from '../../text/words';
import type { EntityDraft, NormalizedText, WorkDraft } from '../stage-types';
import { linkCasting } from './link-casting';
import { dropFilmographyLinks } from './link-casting-filmography';
import { linkCastingAs } from './link-casting-as';
import { linkCastingPlays } from './link-casting-plays';
import { linkCastingOpener } from './link-casting-opener';
import { createCastParts } from './link-casting-create';
import { linkTitleRoles } from './link-casting-title-role';
import { linkTitleParts } from './link-casting-as-title';
import { linkTitleBrackets } from './link-casting-title-bracket';
import { mentionsInOrder, stillMentioned, type EntityMention } from './link-casting-words';
import { applyKnownNames } from './tie-known-names';
import { tieDescriptors } from './tie-descriptors';
import { mergeKnownAs } from './tie-known-as';
import { extendLoneNames, mergePetForms, mergeRomanisations, mergeSpellingSlips, mergeTrailingS } from './tie-forms';
import { mergeFullPetForms } from './tie-full-pet-forms';
import { mergeLoneSlips } from './tie-lone-slips';
import { claimLoneNames } from './tie-lone-claims';
import { mergeReversedNames } from './tie-reversed';
import { compact } from './tie-merge';
import { mergeHeroNames } from './tie-hero-names';
import { tieBracketOtherNames } from './tie-bracket-other-name';
import { releaseRealParts } from './link-casting-real-part';
import { linkCastingPronoun } from './link-casting-pronoun';
import { releaseRealKin } from './tie-real-kin';
import { mergeLateLoneNames } from './tie-late-lone';

/** Stage 4c: known names, descriptors and alias chains, romanisation variants, trailing `s`, spelling slips, names in both orders, lone names' full forms, pet forms, familiar full names, casting (sentence-opening phrases and title roles among it; `works` are the works stage's), second names, lone character names of one character's full name, hero title-names, real lives among the parts, real kin in news (`news`: the text is in the third person), bracketed other names, in that order; returns the tied entities, compacted. */
export function tieNames(input: NormalizedText, words: readonly Word[], entities: EntityDraft[], known: readonly KnownName[], blocked: Uint8Array, works: readonly WorkDraft[] = [], news = false): EntityDraft[] {
  if (known.length) applyKnownNames(input, entities, known, blocked);
  tieDescriptors(input, entities);
  mergeRomanisations(input, entities);
  mergeTrailingS(input, entities);
  mergeSpellingSlips(input, entities);
  mergeLoneSlips(input, entities);
  mergeReversedNames(input, entities);
  claimLoneNames(input, entities);
  extendLoneNames(input, entities, blocked);
  mergePetForms(input, entities);
  mergeFullPetForms(input, entities);
  // The casting passes read the mentions in text order, sorted once here: none of them moves a
  // mention, and the two that empty an entity (a work in a filmography, a part that is a work's
  // title) are caught up with by dropping its mentions.
  let order: readonly EntityMention[] = mentionsInOrder(entities, input.view);
  const listedWorks = dropFilmographyLinks(input, entities, order);
  linkCasting(input, entities, listedWorks, (order = stillMentioned(order, entities)));
  order = stillMentioned(order, entities);
  const leftOut = linkCastingAs(input, entities, order);
  linkCastingPlays(input, entities, order);
  linkCastingOpener(input, entities, order);
  // After the links said outright, so a character a person already plays is known as theirs.
  linkCastingPronoun(input, entities, order);
  // After the casting links, so an actor's part ("A, aka C") is known for what it is.
  mergeKnownAs(input, entities);
  const all = [...entities, ...createCastParts(input, entities, blocked, leftOut)];
  // Once every other link is read: an actor named in the title role plays the part the work is named after.
  all.push(...linkTitleRoles(input, all, works));
  // Then a part named by a work's title after `as` ("A is cast as Wonder Woman"), once the title roles have their parts.
  all.push(...linkTitleParts(input, all, works));
  // Then a part named by a work's title with its player in brackets ("Forrest Gump (A)").
  all.push(...linkTitleBrackets(input, all, works));
  // Once every part is made and the kinds are read: a lone character name joins the one character's full name it fits.
  mergeLateLoneNames(input, all);
  // Once every casting link is read: a hero's title-name and a personal name with one actor.
  mergeHeroNames(words, all);
  // Once every casting link is read: a part whose life the text marks as lived is a real person.
  releaseRealParts(input, all);
  // Once every casting link is read: in a report, a real person's kin named by the tie is a real person.
  if (news) releaseRealKin(input, all);
  // Once the kinds and links are final: a bracketed hero's title-name or ranked form after a character is its other name.
  tieBracketOtherNames(input, words, all);
  return compact(all);
}
