/**
 * Step 5, first: one name split in pieces by a lower-case particle (`Pepe le Moko`), a quoted
 * nickname (`Cassie 'The Hyena' Mayweather`) or an epithet after `the` (`Brute the Hammer`)
 * becomes one piece.
 */
import { GIVEN_NAMES } from '../../data/given-names';
import { NAME_PARTICLES } from '../../data/name-cue-words';
import { isUpper } from '../../text/chars';
import { isListedFirstName } from '../../text/listed-first-name';
import { nameKey } from '../../text/name-key';
import type { Word } from '../../text/words';
import { isQuote, isStopWord, type NameContext } from './context';
import type { NicknamePiece, Piece } from './piece';

/** The longest gap (particles or a quoted nickname, with its spaces) that joins two pieces. */
const MAX_JOIN_GAP = 34;
const MAX_NICKNAME_WORDS = 3;

/** The longest gap of particles: two of the longest, each after a space, and a space. */
const MAX_PARTICLE_GAP = 2 * Math.max(...[...NAME_PARTICLES].map((p) => p.length + 1)) + 1;

/** True when `gap` is one or two lower-case particles between single spaces (` le `, ` van der `). */
function isParticleGap(gap: string): boolean {
  if (gap.length < 3 || gap.length > MAX_PARTICLE_GAP || gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  const parts = gap.slice(1, -1).split(' ');
  return parts.length <= 2 && parts.every((w) => NAME_PARTICLES.has(w));
}

/** The nickname inside `gap` when it is ` 'The Hyena' ` (capitalised words in quote marks), else null. */
function nicknameInGap(gap: string): string | null {
  if (gap.length < 5 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ' || !isQuote(gap[1]) || !isQuote(gap[gap.length - 2])) return null;
  const inner = gap.slice(2, -2);
  const parts = inner.split(' ');
  if (parts.length > MAX_NICKNAME_WORDS || [...inner].some((ch) => isQuote(ch))) return null;
  return parts.every((w) => w.length > 0 && isUpper(w[0] as string)) ? inner : null;
}

/**
 * True when `the` and the one-word piece `b` after the one-word name `a` are its epithet (`Brute the
 * Hammer`, `Gorlo the Hutt`): `a` is a name the text accepts on its own or a given name, no word
 * that opens a sentence (`Beyond the Wall`) and no surname of a longer name the text writes (`gave
 * Hale the Prize` after `Dana Hale`), and `b` is no given name (`told Rolf the Oscar`) and no plural (`took
 * Vell the Sisters`).
 */
function isEpithet(a: Piece, b: Piece, gap: string, words: readonly Word[], surnames: ReadonlySet<string>, acceptedKeys: ReadonlySet<string>): boolean {
  if (gap !== ' the ' || a.titled || a.first !== a.last) return false;
  const name = (words[a.first] as Word).lower;
  if (surnames.has(name) || isStopWord(name) || !(acceptedKeys.has(a.key) || GIVEN_NAMES.has(name))) return false;
  const epithet = (words[b.first] as Word).lower;
  return !isListedFirstName(epithet) && !epithet.endsWith('s');
}

/** Pieces `a` and `b` (neither common) as one, keyed by `key`: strong when either is, its cues the two's. */
function joined(a: Piece, b: Piece, key: string): Piece {
  const roles = [...new Set([...a.roles, ...b.roles])];
  const playedBy = a.playedBy ?? b.playedBy;
  const character = a.character || b.character;
  const playedInWords = a.playedBy ? a.playedInWords : b.playedInWords;
  // Literals with every field in the order of `pieceOf`, not a spread: the joined piece has the shape of every other.
  if (a.shape === 'strong' || b.shape === 'strong') {
    return { first: a.first, last: b.last, start: a.start, end: b.end, key, titled: a.titled, roles, playedBy, character, playedInWords, shape: 'strong', repeatable: false, fullName: null };
  }
  const repeatable = (a.shape === 'plain' && a.repeatable) || (b.shape === 'plain' && b.repeatable);
  return { first: a.first, last: b.last, start: a.start, end: b.end, key, titled: a.titled, roles, playedBy, character, playedInWords, shape: 'plain', repeatable, fullName: null };
}

/**
 * The pieces with each split name joined; the nickname becomes a piece of its own, another form of
 * the full one. A link to a joined part now points at the joined piece; joined keys are accepted.
 * Bounded: each piece looks at most four pieces ahead, within a short gap.
 */
export function joinSplitNames(ctx: NameContext, pieces: readonly Piece[], acceptedKeys: Set<string>): Piece[] {
  const { words, input } = ctx;
  const out: Piece[] = [];
  const replaced = new Map<Piece, Piece>();
  // The last words of the text's longer names: a lone one is a surname, not a name with an epithet.
  const surnames = new Set<string>();
  for (const p of pieces) if (p.shape !== 'common' && p.last > p.first) surnames.add((words[p.last] as Word).lower);
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i] as Piece;
    let done = false;
    if (a.shape !== 'common' && a.last - a.first <= 1 && !(words[a.last] as Word).possessive) {
      for (let j = i + 1; j < pieces.length && j <= i + 4; j++) {
        const b = pieces[j] as Piece;
        if (b.start - a.end > MAX_JOIN_GAP) break;
        if (b.shape === 'common' || b.titled || b.first !== b.last) continue;
        const gap = input.view.slice(a.end, b.start);
        const particles = j === i + 1 && (isParticleGap(gap) || isEpithet(a, b, gap, words, surnames, acceptedKeys));
        const nickname = particles ? null : nicknameInGap(gap);
        if (nickname === null && !particles) continue;
        const given = GIVEN_NAMES.has((words[a.titled ? a.first + 1 : a.first] as Word).lower);
        if (!given && !acceptedKeys.has(a.key) && !acceptedKeys.has(b.key) && a.shape !== 'strong' && b.shape !== 'strong') break;
        // Keyed without the quote marks: `Michael "Mac" Byrne` and `Michael Mac Byrne` are one form.
        const piece = joined(a, b, nameKey(nickname === null ? input.view.slice(a.start, b.end) : `${input.view.slice(a.start, a.end)} ${nickname} ${input.view.slice(b.start, b.end)}`));
        acceptedKeys.add(piece.key);
        out.push(piece);
        replaced.set(a, piece);
        replaced.set(b, piece);
        if (nickname !== null) {
          const start = a.end + 2;
          const end = start + nickname.length;
          let first = -1;
          let last = -1;
          for (let k = a.last + 1; k < b.first; k++) {
            const w = words[k] as Word;
            if (w.start >= start && w.end <= end) {
              if (first < 0) first = k;
              last = k;
            }
          }
          if (first >= 0) {
            const nick: NicknamePiece = {
              first, last, start, end, key: nameKey(nickname), titled: false, roles: [], playedBy: null, character: false, playedInWords: false, shape: 'nickname', repeatable: false, fullName: piece,
            };
            acceptedKeys.add(nick.key);
            out.push(nick);
          }
        }
        i = j;
        done = true;
        break;
      }
    }
    if (!done) out.push(a);
  }
  if (replaced.size > 0) for (const p of out) if (p.playedBy) p.playedBy = replaced.get(p.playedBy) ?? p.playedBy;
  return out;
}
