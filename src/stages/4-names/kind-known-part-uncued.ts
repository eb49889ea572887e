/**
 * Stage 4b, kind: a name many texts give a part, with no cue that it is an actor's or a maker's.
 */
import { FEATURE_INDEX } from './kind-features';

/**
 * Features that keep a known part's name a real person's: a casting cue or a crew role on a
 * mention (`X as Y`, `directed by X`), a role noun near it (`director X`), the name's work or
 * craft (`X's film`, `a X movie`), and a surname many texts give real people.
 */
const PERSON_EVIDENCE = ['actorCue', 'crewCue', 'roleNounNear', 'possessiveWork', 'workNounAfter', 'knownPerson'].map((f) => FEATURE_INDEX[f] as number);

/**
 * True when a name many texts cast as a part (the `knownPart` feature: `Ichigo`, `Han Solo`) has
 * none of {@link PERSON_EVIDENCE}: whatever reads it as an actor's side is then only the shape of
 * its sentence (`X as a character`, `X's character`, `X gives up`, `X playing the hero`, a part in
 * brackets after its actor), which reviews write of parts as often as of actors. The settled
 * reading of a known part stops at any actor's side, since the training reviews cannot weigh it.
 */
export function knownPartUncued(x: readonly number[]): boolean {
  return x[FEATURE_INDEX.knownPart as number] === 1 && PERSON_EVIDENCE.every((i) => x[i] === 0);
}
