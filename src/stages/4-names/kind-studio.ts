/**
 * Stage 4b, kind: a name the text gives as a studio's (`studio Bones`, `animated by Madhouse`,
 * `Madhouse's animation`) is no one, neither a character nor a real person. Fan reviews of anime
 * and films credit the studio by its bare name the way they credit a director, so nothing in the
 * name's shape tells it apart: only these words do.
 */
import { ANIMATED_WORDS, STUDIO_NOUNS, STUDIO_POSSESSIONS } from '../../data/name-kind-studio';
import type { Word } from '../../text/words';
import { gapBefore, lowerAt, type KindDocument, type KindMention } from './kind-document';

/** True when the words right around one mention name a studio. */
function studioMention(doc: KindDocument, m: KindMention): boolean {
  const b1 = lowerAt(doc, m.first - 1);
  const plainBefore = gapBefore(doc, m.first) === ' ';
  // `studio Bones`, `Studio Pierrot`; a studio noun inside the name (`Studio Ghibli`) too.
  if (plainBefore && STUDIO_NOUNS.has(b1)) return true;
  if (m.last > m.first && STUDIO_NOUNS.has(lowerAt(doc, m.first))) return true;
  // `animated by Ufotable`, `animation from MAPPA`.
  if (plainBefore && (b1 === 'by' || b1 === 'from') && ANIMATED_WORDS.has(lowerAt(doc, m.first - 2)) && gapBefore(doc, m.first - 1) === ' ') return true;
  const last = doc.words[m.last] as Word;
  const a1 = lowerAt(doc, m.last + 1);
  // `Madhouse's animation`; `Wit Studio`, `Marvel Studios`.
  if (last.possessive) return STUDIO_POSSESSIONS.has(a1);
  return gapBefore(doc, m.last + 1) === ' ' && STUDIO_NOUNS.has(a1);
}

/**
 * True when some mention of an entity names a studio and none reads as someone's: a casting cue
 * or a title (`Mr.`) on any mention means a person or a part, whatever else the text says.
 */
export function readsAsStudio(doc: KindDocument, mentions: readonly KindMention[]): boolean {
  let studio = false;
  for (const m of mentions) {
    if (m.actorCue || m.characterCue || m.honorific) return false;
    if (!studio && studioMention(doc, m)) studio = true;
  }
  return studio;
}
