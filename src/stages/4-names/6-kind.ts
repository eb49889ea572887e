/**
 * Step 6: character or real person. A logistic model, its weights learned from labelled reviews
 * (`npm run train:names`), weighs each entity's evidence from all its mentions (casting side, name
 * shape, titles, plot and family words, performance words, the text's voice; see
 * `kind-features.ts`; the model is in `kind-decision.ts`) into the probability that it is a real
 * person. A person the cues gave no role gets `other`.
 */
import { isGivenAndKoreanFamily, isKoreanFullName, isKoreanSyllable } from '../../text/korean';
import type { Word } from '../../text/words';
import type { EntityDraft } from '../stage-types';
import { isHyphenatedName, namedAsHero, type NameContext } from './context';
import { ANIMATION_PRIOR_CONFIDENCE } from '../../data/name-kind-animation';
import { decideKind, kindDecider, settledAsPerson } from './kind-decision';
import type { KindDocument, KindMention } from './kind-document';
import { FEATURE_INDEX, addDocumentFeatures, kindFeatures } from './kind-features';
import { animationCharacter } from './kind-animation';
import { joinedPartners, setJoinedFeatures } from './kind-joined';
import { listKinds, nameLists } from './kind-lists';
import { readsAsStudio } from './kind-studio';
import { hasAsciiDigit } from '../../text/chars';
import { NAME_KIND_WEIGHTS } from '../../data/name-kind-weights';
import { KNOWN_MAKER_SURNAMES } from '../../data/work-makers';
import type { Piece } from './piece';
import { writersOwn } from './kind-writer-kin';
import { musicPeople } from './kind-music';
import { knownPartUncued } from './kind-known-part-uncued';
import { headsWorkTitle } from './kind-title-head';

/** How many times at most the text names someone it calls the writer's own (`my nephew X`): more reads as a first-person story's cast. */
const MAX_WRITER_KIN_MENTIONS = 3;

/**
 * A romanised given name written one syllable a word (`Su Hyuk`, `Cheong San`), not a family name
 * and a given name. One syllable a word: English names split into syllables too ("Jason"). A word
 * is one syllable exactly when it is a syllable as a whole (no split of it is tried).
 */
function isGivenWrittenApart(view: string, ws: readonly Word[]): boolean {
  if (ws.length > 3) return false;
  const texts = ws.map((w) => view.slice(w.start, w.end));
  return texts.every(isKoreanSyllable) && !isKoreanFullName(texts) && !isGivenAndKoreanFamily(texts);
}

/** Each entity's mentions as the kind model reads them: their words and the cues recorded on them. */
export function kindMentions(ctx: NameContext, pieces: readonly Piece[], entities: readonly EntityDraft[], ofPiece: ReadonlyMap<Piece, number>): KindMention[][] {
  const { words, input } = ctx;
  // The pieces a casting cue names as who plays another, mentions or not: the actor side.
  const actorPieces = new Set<Piece>();
  for (const p of pieces) if (p.playedBy) actorPieces.add(p.playedBy);
  const mentionsOf: KindMention[][] = entities.map(() => []);
  for (const [p, e] of ofPiece) {
    (mentionsOf[e] as KindMention[]).push({
      first: p.first, last: p.last, start: p.start, honorific: p.titled, characterCue: p.character,
      actorCue: actorPieces.has(p) || p.roles.includes('actor'), crewCue: p.roles.some((r) => r !== 'actor'),
      hyphenatedGiven: p.first === p.last && (words[p.first] as Word).hyphenated && isHyphenatedName(input.view.slice(p.start, p.end)),
      givenApart: !p.titled && p.last > p.first && isGivenWrittenApart(input.view, words.slice(p.first, p.last + 1)),
    });
  }
  return mentionsOf;
}

/**
 * A name the text says is played by a real person is a part, whatever the model weighs ("Ruth,
 * played in the film by Dana Moss"): those words are explicit, the model only weighs hints. A
 * bracket's order is no such word (`Dana Moss (Ruth)` reads both ways), and a name that itself
 * plays someone is left as the model has it. So is one that a cue calls an actor or a maker when
 * the words named it by one word only: that lone form may have merged into someone else's full
 * name ("director Ansel Drury … A as Ansel"); a full name played stays the part ("Alfred
 * Hitchcock, played by A … director Hitchcock").
 */
function keepCastRoles(entities: readonly EntityDraft[], ofPiece: ReadonlyMap<Piece, number>): void {
  const actors = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) actors.add(entity.playedBy);
  const inWords = new Set<number>();
  const inWordsInFull = new Set<number>();
  for (const [p, e] of ofPiece) {
    if (!p.playedInWords || !p.playedBy || ofPiece.get(p.playedBy) !== entities[e]?.playedBy) continue;
    inWords.add(e);
    if (p.last > p.first) inWordsInFull.add(e);
  }
  entities.forEach((entity, e) => {
    const working = entity.roles.some((r) => r !== 'other');
    if (entity.kind !== 'person' || entity.playedBy === null || actors.has(e) || !inWords.has(e) || (working && !inWordsInFull.has(e))) return;
    if (entities[entity.playedBy]?.kind !== 'person') return;
    entity.kind = 'character';
    entity.kindConfidence = Math.max(0.5, 1 - entity.kindConfidence);
  });
}

/**
 * A name a casting verb casts with an unnamed player as its subject ("the actress who plays
 * Nellie", "in his next role, playing Nellie") is a part, whatever the model weighs: only a part is
 * played, and no actor is named to say otherwise. The words settle only a name they are all the
 * text says of: one the text names elsewhere too ("… Actor Nellie Vane said") is left to the model,
 * and so is one that a cue calls an actor or a maker, or that itself plays someone.
 */
function keepUnnamedCast(entities: readonly EntityDraft[], mentionsOf: readonly KindMention[][], ofPiece: ReadonlyMap<Piece, number>): void {
  const cast = new Set<number>();
  const elsewhere = new Set<number>();
  for (const [p, e] of ofPiece) (p.castUnnamed ? cast : elsewhere).add(e);
  if (cast.size === 0) return;
  for (const e of elsewhere) cast.delete(e);
  const actors = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) actors.add(entity.playedBy);
  for (const e of cast) {
    const entity = entities[e] as EntityDraft;
    if (entity.kind !== 'person' || actors.has(e) || (mentionsOf[e] as KindMention[]).some((m) => m.actorCue || m.crewCue)) continue;
    entity.kind = 'character';
    entity.kindConfidence = NAME_KIND_WEIGHTS.settledCharacter;
  }
}

/**
 * Drops the entities the text names as studios (`studio Bones`, `animated by Madhouse`): no one.
 * Dropped after the kinds are read, as the names the no-one step drops are: the share of names
 * that read as characters is read over every candidate the text names. A name a casting link
 * ties to another is someone.
 */
function dropStudios(doc: KindDocument, entities: readonly EntityDraft[], mentionsOf: readonly KindMention[][]): void {
  const linked = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) linked.add(entity.playedBy);
  entities.forEach((entity, e) => {
    if (entity.mentions.length === 0 || entity.playedBy !== null || linked.has(e)) return;
    if (readsAsStudio(doc, mentionsOf[e] as KindMention[])) entity.mentions = [];
  });
}

/**
 * True when a mention is a full name every word of which the tagger reads as a proper noun and
 * the text never writes in lower case: a name, not a capitalised phrase (`Black Clover`, `No Name`).
 */
function properFullName(ctx: NameContext, m: KindMention): boolean {
  const core = m.honorific ? m.first + 1 : m.first;
  if (core >= m.last) return false;
  for (let k = core; k <= m.last; k++) {
    if (ctx.pos[k] !== 'PROPN' || ctx.lowerWords.has((ctx.words[k] as Word).lower)) return false;
  }
  return true;
}

/**
 * True when every mention of an entity is one word, not a title's, that the text never writes in
 * lower case and that is no maker's surname often named alone (`Miyazaki`, `Oda`), and the tagger
 * reads at least one as a proper noun: a bare name (`Asuna`), whom a text about animation names as
 * the part far more often than as anyone who made the work.
 */
function properLoneName(ctx: NameContext, mentions: readonly KindMention[]): boolean {
  let proper = false;
  for (const m of mentions) {
    if (m.honorific || m.first !== m.last) return false;
    const lower = (ctx.words[m.first] as Word).lower;
    if (ctx.lowerWords.has(lower) || KNOWN_MAKER_SURNAMES.has(lower)) return false;
    if (ctx.pos[m.first] === 'PROPN') proper = true;
  }
  return proper;
}

/** What step 6 read: per entity, its feature vector and the entities joined to it ({@link joinedPartners}). */
export interface KindReading {
  /** Per entity, its vector in `KIND_FEATURES` order. */
  features: number[][];
  /** Per entity, the other entities it is joined to in a list or a match-up, ascending. */
  joinedTo: number[][];
}

/**
 * Step 6: sets each entity's kind and confidence and returns the feature vectors the model read
 * and who each entity is joined to. The share of names that read as characters is a trait of the
 * text's style, read over every entity that still has mentions.
 */
export function weighKinds(ctx: NameContext, entities: readonly EntityDraft[], mentionsOf: readonly KindMention[][], ofPiece: ReadonlyMap<Piece, number>, news: boolean): KindReading {
  const nameEnds = new Set<number>();
  const nameWords = new Set<number>();
  for (const p of ofPiece.keys()) {
    nameEnds.add(p.end);
    for (let k = p.first; k <= p.last; k++) nameWords.add(k);
  }
  const casts = entities.some((entity) => entity.playedBy !== null) || mentionsOf.some((ms) => ms.some((m) => m.actorCue || m.characterCue));
  const doc: KindDocument = { view: ctx.input.view, words: ctx.words, pos: ctx.pos, sentenceStarts: ctx.sentenceStarts, news, nameEnds, nameWords, animation: ctx.facts.readsAsAnimation(), casts, workMask: ctx.workMask };
  const features = entities.map((_, e) => kindFeatures(doc, mentionsOf[e] as KindMention[]));
  addDocumentFeatures(features.filter((_, e) => (entities[e] as EntityDraft).mentions.length > 0));
  const joinedTo = joinedPartners(doc, mentionsOf);
  setJoinedFeatures(features, joinedTo, NAME_KIND_WEIGHTS);
  // A text that casts someone as a part names its (voice) cast, and its cast lists read past what
  // the cues tie (`A, B & C are great as X, Y & Z`): the prior is off there.
  const castNamed = entities.some((entity) => entity.playedBy !== null) || features.some((x) => x[FEATURE_INDEX.actorCue as number] === 1 || x[FEATURE_INDEX.characterCue as number] === 1);
  // The entities whose kind only the model's hints or nothing told: what a list's other names may outvote.
  const open = new Set<number>();
  const players = new Set<number>();
  for (const entity of entities) if (entity.playedBy !== null) players.add(entity.playedBy);
  entities.forEach((entity, e) => {
    const { kind, confidence } = decideKind(features[e] as number[]);
    entity.kind = kind;
    entity.kindConfidence = confidence;
    // A designation with a digit the no-one step keeps is a droid's or a clone's (`R2-D2`): no real
    // person is named so, unless a cue says who acts or makes the work.
    const mentions = mentionsOf[e] as KindMention[];
    if (kind === 'person' && !mentions.some((m) => m.actorCue || m.crewCue) && entity.mentions.some((m) => hasAsciiDigit(ctx.input.view.slice(m.start, m.end)))) {
      entity.kind = 'character';
      entity.kindConfidence = NAME_KIND_WEIGHTS.settledCharacter;
      return;
    }
    // A work's title used as someone in this text is the work's hero (`Iron Man's team`, the film
    // Iron Man named elsewhere): someone inside the story, unless a cue says who acts or makes it.
    if (kind === 'person' && !mentions.some((m) => m.actorCue || m.crewCue) && namedAsHero(ctx, entity.mentions)) {
      entity.kind = 'character';
      entity.kindConfidence = NAME_KIND_WEIGHTS.settledCharacter;
      return;
    }
    // A name that heads a title the text names is the hero the work is named after, unless the
    // text gives it a life outside the story; a report's names are read as the report's.
    if (kind === 'person' && !settledAsPerson(features[e] as number[]) && headsWorkTitle(ctx, entity.mentions, features[e] as number[])) {
      entity.kind = 'character';
      entity.kindConfidence = NAME_KIND_WEIGHTS.settledCharacter;
      return;
    }
    // A part's name many texts give, read as an actor's only by its sentence's shape, is the part.
    if (kind === 'person' && knownPartUncued(features[e] as number[])) {
      entity.kind = 'character';
      entity.kindConfidence = NAME_KIND_WEIGHTS.settledCharacter;
      return;
    }
    // The prior turns only a person the model weighed from hints: no stronger reading is overruled.
    // It reads a full name, or a bare word no maker is named by (`Asuna` all through a review).
    const x = features[e] as number[];
    const named = (x[FEATURE_INDEX.multiWord as number] === 1 && mentions.some((m) => properFullName(ctx, m))) || (mentions.length > 0 && properLoneName(ctx, mentions));
    if (kind === 'person' && !castNamed && !settledAsPerson(x) && named && animationCharacter(doc, x, mentions)) {
      entity.kind = 'character';
      entity.kindConfidence = ANIMATION_PRIOR_CONFIDENCE;
      return;
    }
    // The writer's own nephew or friend (`my nephew Aaron`) is real, unless a cue ties the name to
    // a part or the text keeps coming back to it (a first-person story's cast).
    if (kind === 'character' && entity.playedBy === null && mentions.length <= MAX_WRITER_KIN_MENTIONS && !mentions.some((m) => m.characterCue || m.actorCue || m.crewCue) && mentions.some((m) => writersOwn(doc, m))) {
      entity.kind = 'person';
      entity.kindConfidence = Math.max(0.5, 1 - confidence);
      return;
    }
    const decider = kindDecider(x);
    if ((decider === 'model' || decider === 'unmarked') && entity.playedBy === null && !players.has(e) && !mentions.some((m) => m.characterCue || m.actorCue || m.crewCue)) open.add(e);
  });
  listKinds(entities, nameLists(doc, mentionsOf.map((ms, e) => ((entities[e] as EntityDraft).mentions.length > 0 ? ms : []))), open);
  keepCastRoles(entities, ofPiece);
  keepUnnamedCast(entities, mentionsOf, ofPiece);
  // A text about music and no story names no parts; one about animation names no one on screen.
  if (ctx.facts.readsAsMusic() && !doc.animation) musicPeople(entities);
  dropStudios(doc, entities, mentionsOf);
  for (const entity of entities) if (entity.kind === 'person' && entity.roles.length === 0) entity.roles.push('other');
  return { features, joinedTo };
}
