/**
 * Stage 4b: find names of characters and real people.
 *
 * wink's lite model has no PERSON entities, so names come from capitalised word pieces, judged by
 * evidence that generalises across review text. The passes, in order (one file each):
 * 1. pieces (`1-pieces.ts`): runs of capitalised words (at most four), split at organisations,
 *    places, calendar words, `vs` (`X Vs Y`) and other capitalised non-names; an honorific joins the word after it
 *    (`Mrs.Park`); a listed first name goes on past middle initials and particles (`Edward G.
 *    Robinson`, `Olivia de Havilland`); a word that only describes a listed first name after it
 *    (`Dutch-born`, `Late`), or says where from before any name (`London-based Levy`), is no part of the name; a run stops before a title after describing
 *    words when a full name follows a rank or style (`Chief Inspector Ray Moss`, `Jedi Master
 *    Qui-Gon Jinn`, the title left out with the words) or a polite title or rank stands before one
 *    word (`Vice Admiral Holdo`); a suffix of likeness ends a name (`John Woo-style`, `Kubrick-esque`);
 *    words right before a score label a rating aspect (`Enjoyment: 9`, `Sound (8/10)`) and are no piece;
 * 2. strong shapes (`2-strong-shapes.ts`): a hyphenated romanised given name (`Cheong-San`, `Jeon
 *    bae-soo`; not a compound of English words, `Random-Funny`: `english-compound.ts`), a title, a full name, a script speaker (not one word speaking one line, named
 *    nowhere else: `Value: …` labels a review's part), a run led by a listed first name (`Daphne
 *    Moreau`), a name, one or two middle initials and a name (`Monkey D. Luffy`, not `Batman V
 *    Superman`): a name at one mention, once capitalised words that say who the named one is are
 *    left out before a full name (`New Zealander X Y`, `Police Chief X Y`: `described-full-name.ts`);
 *    any other piece is plain, or common when it holds an acronym
 *    or a word the text also writes in lower case (`Bullying` / `bullying`);
 * 3. cues (`3-cues.ts` and the `3-` files it reads with): a role noun before (`filmmaker X`, or
 *    before a stage name's number, `rapper 50 Cent`),
 *    `webtoon by X`, `the cast included A, B and C`, a plural role noun before a list (`singers A,
 *    B and C`, `artists including A and B`), a list said to be among performers (`A, B and C are
 *    among the artists`: `3-listed-among.ts`), a plural noun of a story's parts before one
 *    (`characters such as A and B`), and the casting phrases that tie an actor to a
 *    role (`C (A)`, `A as C`, `C, played by A`, `A plays C`, `A's portrayal of C`, `the role of C`;
 *    a hero's title-name before its player, `Iron Man (A)`, in `hero-title-part.ts`), and a
 *    performer praised for a part named by a common noun (`A is chilling as the killer`); a full
 *    name's possessive owns no part where the words call what follows a work (`A's C, a novel`,
 *    `A's C is a dull film`) or the surname is a maker's elsewhere (`director A`: `3-owned-work.ts`);
 *    a maker of the story by a verb of making with a work as its object, past adverbs and
 *    auxiliaries (`A decided to end the manga`, `A should have ended the arc`), or heading its
 *    clause (`the story A wrote`: `creator-headed-clause.ts`), and in a text about animation a
 *    maker's noun after the name (`A, the mangaka`, `A is a great storyteller`:
 *    `creator-named-maker.ts`) or a full name's craft (`A B's writing`), in `3-creator-cues.ts`;
 * 4. repetition (`4-repetition.ts`): a piece that is a work's title the works stage read as its
 *    hero's name there (`Iron Man's team`, `Naruto himself`: `4-works/5-hero-mentions.ts`), which
 *    no later step drops as no one; a plain piece seen twice, once mid-sentence outside a heading,
 *    or a full name seen once and its surname or given name alone once (`4-repeated-forms.ts`);
 *    at one mention, a listed first name not after a place preposition, or a lone word with a
 *    maker's or performer's work or manner after it (`Hitchcock's first film`, `Kipling's poem`,
 *    `another Kubrick film`, `the Lubitsch touch`, `X's road-trip comedy`), or once mid-sentence with a personal pronoun
 *    after it that refers back to it (`then Alluka shows up and he`) or a `who` clause of one
 *    subject (`we have X who appears to be`, not `Jawas who sell`), or opening a sentence
 *    before `, who` (`X, who keeps the inn,`); a two-word
 *    proper name with a performer's verb or word just after it (`X Y overacts`), a maker's work
 *    after its possessive (`Ridley Scott's masterpiece`) or, mid-sentence and ending in no
 *    lexicon word, a pronoun or `who` of one person after it (`Ruth Pike, who`); a lone word in a
 *    list beside an accepted name (`Kidman, Cassel & Kassovitz`; read again after the later one-mention
 *    passes, so `Luffy, Zoro and Nami` has all three where only `Luffy` is a known word), a lone word once
 *    set against an accepted name by `vs` (`Gon vs Neferpitou`: `4-match-ups.ts`), a lone word once the subject
 *    of a verb whose object opens with `his`/`her` and a noun (`when X finally makes her entrance`:
 *    `own-pronoun-object.ts`), a name once right before `from` and a work (`X from Some Show`:
 *    `4-from-work.ts`), a full name in a list of nominees
 *    each with the work they are up for (`A B for W1, C D for W2`: `nominee-gap.ts`), or a name once with a story told of
 *    it, as the kind model reads one (`X's sister`, `X's powers`, `X kills`, `X, a lonely old soldier`),
 *    or a name once right after a noun of a person with no comma (`the young man X`, `mercenary X`:
 *    `close-appositive.ts`),
 *    or a lone word once owning a common noun (`Zorg's ship`), or once in possessive form owning
 *    the lower-case word after it, after a preposition too (`in Eddie's eyes`, `Josh's concoction`,
 *    not `the Empire's fleet` nor `X's music`: `4-lone-owners.ts`), or a lone word once before `and his`
 *    or `and her` and a story's companions or course (`Luffy and his crew`, `X and her allies`, not
 *    `X and his editors`: `4-and-own.ts`), or a lone word once that many fans' texts read as a
 *    character (`Kakashi`: `4-known-words.ts`, the corpus's list), or a lone word once after a
 *    lower-case `the` that ends a longer title the text names, with a story, a being's possession
 *    or a person's pronoun around it (`The Incredible Hulk` … `the Hulk smashes`: `4-title-heroes.ts`);
 * 5. merging (`5-join-split.ts`, `5-merge-forms.ts` with `5-common-surname.ts`, `5-no-one.ts`): a name split by a particle or
 *    a quoted nickname is one (`Pepe le Moko`), and so is a cast part's name and its epithet
 *    (`as Johnny the Priest`); one key for case, hyphen and space variants
 *    (`Cheong-San` = `Cheong San` = `Cheongsan`); a lone family name joins the one full name it
 *    starts (`Lee` → `Lee Jae-Gyu`), an honorific form the one full name it ends or starts (`Mr
 *    Weitz` → `Chris Weitz`), and so does a name with a Japanese honorific after it whose bare name
 *    the text gives (`Kurosaki-kun` → `Ichigo Kurosaki`: `tie-honorific-suffix.ts`); entities that are no one by shape and use (`PG-13`, not a droid's
 *    `R2-D2` or `Rey and BB-8`: `5-designation.ts`; `MGM`, `the
 *    Beatles`, `a Brazilian family`, `X frontman Y`, `rock band X` and `X guitarist` in `5-band-word.ts`, `literary agency X` in `5-group.ts`; `Kings of X`, `at X Park`, `the X drama school` in
 *    `5-org-shapes.ts`) are dropped, and so are a story's places, peoples, ranks and
 *    powers (`5-not-someone.ts`: `a Warlock`, `in Kelthorne`, `Stormcraft users`) and the genres and
 *    faiths only written before a noun they sort (`Shonen anime`) that the text never speaks of as
 *    someone, and the parts a review rates when it capitalises two or more of them (`Sound: Sound
 *    is good`, `Art/Sound:`: `5-aspect-labels.ts`);
 * 6. kind (`6-kind.ts`): a logistic model, its weights learned from labelled reviews (`npm run
 *    train:names`), weighs each entity's evidence (`kind-features.ts`, read with `kind-document.ts`
 *    and `kind-readers.ts`; a name apposed to the story's lead, `X, our main protagonist,`, in
 *    `kind-story-lead.ts`; a name the story is said to follow or whose journey it tells, `the story
 *    follows X`, `X's arc`, in `kind-story-subject.ts`) into the probability that it is a real person (`kind-decision.ts`); a
 *    name the text says is played by a real person (`C, played in the film by A`), a name named
 *    only where a player the text does not name plays it (`the actress who plays C`, `in his next
 *    role, playing C`), and a work's
 *    title used as someone (the hero reading of step 4) with no cue of acting or making, stay a
 *    character whatever the model weighs; a text about music and no story (`album`, `chart`,
 *    `band` many times over any `film`, `role` or `novel`) names no parts, so its characters that
 *    no casting link ties are real people (`kind-music.ts`); last, a real person named by one word
 *    written after the same number at every mention is named by both (`50 Cent`: `6-number-led.ts`).
 *
 * Stage 4c ({@link tieNames}, `tie-names.ts`) then ties the names the caller knows
 * (`tie-known-names.ts`), descriptors and dash chains (`tie-descriptors.ts`), romanisation and
 * trailing-`s` variants (`tie-forms.ts`) and casting over whole entities (`link-casting.ts`),
 * merging through `tie-merge.ts`.
 */
import type { EntityDraft, NormalizedText, Segmentation, WorkDraft } from '../stage-types';
import type { WordFacts } from '../word-facts';
import { nameContext } from './context';
import { findPieces } from './1-pieces';
import { judgePieces } from './2-strong-shapes';
import { applyCues } from './3-cues';
import { acceptNames } from './4-repetition';
import { joinSplitNames } from './5-join-split';
import { mergeForms } from './5-merge-forms';
import { dropNewsWords, noOnes } from './5-no-one';
import { kindMentions, weighKinds } from './6-kind';
import { takeLeadingNumbers } from './6-number-led';
import type { tieNames } from './tie-names';
import { isThirdPerson } from './voice';

/** What stage 4b finds: the entities before their names are tied, each one's kind features, the work mask. */
export interface NameDrafts {
  entities: EntityDraft[];
  /** Per entity, its vector in `KIND_FEATURES` order (what the kind model read). */
  features: number[][];
  /** Per entity, the other entities it is joined to in a list or a match-up (its joined features' source). */
  joinedTo: number[][];
  /** 1 at every offset inside a work mention. */
  blocked: Uint8Array;
  /** True when the text is written in the third person, as news is ({@link isThirdPerson}). */
  news: boolean;
}

/**
 * Stage 4b, steps 1–6: the entities, their kinds and the features the kinds were weighed on. The
 * pipeline hands the entities and the work mask to stage 4c ({@link tieNames}).
 */
export function findNames(input: NormalizedText, facts: WordFacts, seg: Segmentation, works: readonly WorkDraft[]): NameDrafts {
  const ctx = nameContext(input, facts, works);
  // 1–2: the capitalised pieces, each judged by its shape.
  const pieces = judgePieces(ctx, findPieces(ctx), seg);
  // 3: roles and casting links from the words around them.
  applyCues(ctx, pieces);
  // 4: which pieces are names.
  const acceptedKeys = acceptNames(ctx, pieces, seg.blocks);
  // 5: split names joined, forms merged into entities, the ones that are no one found.
  const joined = joinSplitNames(ctx, pieces, acceptedKeys);
  const { entities, ofPiece } = mergeForms(ctx, joined, acceptedKeys);
  const mentions = kindMentions(ctx, joined, entities, ofPiece);
  const news = isThirdPerson(facts.ann, input.view, works);
  if (news) dropNewsWords(ctx, entities, mentions);
  const dropped = noOnes(ctx, entities, mentions, news);
  // 6: character or real person.
  const { features, joinedTo } = weighKinds(ctx, entities, mentions, ofPiece, news);
  // Dropped only now: the share of names that read as characters, a trait of the text's style, is
  // read over every candidate the text names.
  for (const e of dropped) (entities[e] as EntityDraft).mentions = [];
  // A stage name led by a number (`50 Cent`): the pieces found its word alone.
  takeLeadingNumbers(input, entities);
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  return { entities, features, joinedTo, blocked: ctx.workMask, news };
}
