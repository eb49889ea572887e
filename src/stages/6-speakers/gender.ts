/** A speaker's gender, from the text's own pronouns, titles and given names. */
import { FEMALE_NAMES, MALE_NAMES } from '../../data/given-names';
import { FEMALE_TITLES, HONORIFICS, MALE_TITLES } from '../../data/honorifics';
import { FEMALE_NOUNS, MALE_NOUNS, NOT_MAN_NOUNS, UNSEXED_BEFORE_NAME } from '../../data/speaker-words';
import { firstAtOrAfter } from '../../text/search';
import type { Span } from '../../types';
import type { EntityDraft, Token } from '../stage-types';
import type { Context, Gender } from './types';

/** What a name's first word tells of gender: a title (`Mrs`, `Sir`) or a common given name. */
function genderOfName(name: string): Gender {
  for (const word of name.toLowerCase().split(/[\s.]+/)) {
    if (!word) continue;
    if (MALE_TITLES.has(word) || MALE_NAMES.has(word)) return 'm';
    if (FEMALE_TITLES.has(word) || FEMALE_NAMES.has(word)) return 'f';
    if (!HONORIFICS.has(word)) return null;
  }
  return null;
}

/**
 * The gender the text shows for a speaker: a possessive or object pronoun right after its mentions
 * first (the text knows its people; a given-name list only guesses, and many names are borne by
 * both sexes), else a title or given name of any of its entity's forms, else a he / she opening
 * the sentence after a mention.
 */
export function genderOf(ctx: Context, s: { span: Span; entity: number | null }): Gender {
  if (s.entity !== null && ctx.genders.has(s.entity)) return ctx.genders.get(s.entity) as Gender;
  const forms = s.entity === null ? [s.span] : (ctx.entities[s.entity] as EntityDraft).mentions;
  let gender: Gender = genderFromNounBefore(ctx, forms) ?? genderFromPronouns(ctx, forms, false);
  for (let k = 0; gender === null && k < forms.length; k++) {
    const m = forms[k] as Span;
    gender = genderOfName(ctx.input.view.slice(m.start, m.end));
  }
  gender ??= genderFromPronouns(ctx, forms, true);
  if (s.entity !== null) ctx.genders.set(s.entity, gender);
  return gender;
}

/**
 * The gender the text plainly shows for an entity: a possessive or object pronoun right after its
 * mentions, else a title or given name of one of its forms; never a he / she opening the next
 * sentence, which may speak of someone named earlier. Null when neither shows it.
 */
export function plainGenderOf(ctx: Context, entity: number): Gender {
  const forms = (ctx.entities[entity] as EntityDraft).mentions;
  let gender: Gender = genderFromNounBefore(ctx, forms) ?? genderFromPronouns(ctx, forms, false);
  for (let k = 0; gender === null && k < forms.length; k++) {
    const m = forms[k] as Span;
    gender = genderOfName(ctx.input.view.slice(m.start, m.end));
  }
  return gender;
}

/** Mentions of one entity read for the pronouns after them, and tokens read after each. */
const PRONOUN_SAMPLE_MENTIONS = 12;
const PRONOUN_SAMPLE_TOKENS = 12;
const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself']);
const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** The gender a third-person pronoun of any case tells (`he`, `him`, `his`: m; `she`, `her`: f), or null. */
export function pronounGender(word: string): Gender {
  return MALE_PRONOUNS.has(word) ? 'm' : FEMALE_PRONOUNS.has(word) ? 'f' : null;
}

/**
 * The gender the text's own pronouns give a name ("Cohen for his character", "Aaliyah … She
 * and"): the first his / her / him, or (with `opening`) he / she opening a sentence, in the few
 * tokens after each of its first mentions, before another name; the majority, and none on a tie.
 * A sentence-opening he / she may speak of someone named earlier, so it counts only when asked.
 */
function genderFromPronouns(ctx: Context, forms: readonly Span[], opening: boolean): Gender {
  const { tokens } = ctx.ann;
  let male = 0;
  let female = 0;
  for (const m of forms.slice(0, PRONOUN_SAMPLE_MENTIONS)) {
    const from = firstAtOrAfter(tokens, m.end);
    const nextMention = ctx.mentions[firstAtOrAfter(ctx.mentions, m.end)];
    for (let t = from; t < tokens.length && t - from < PRONOUN_SAMPLE_TOKENS; t++) {
      const k = tokens[t] as Token;
      if (nextMention && k.start >= nextMention.start) break;
      // "X said he was …" may speak of someone else: a bare he / she counts only opening a sentence.
      const opens = (ctx.ann.sentences[k.sentence] as { firstToken: number }).firstToken === t;
      if ((k.normal === 'he' || k.normal === 'she') && (!opens || !opening)) continue;
      if (MALE_PRONOUNS.has(k.normal)) male++;
      else if (FEMALE_PRONOUNS.has(k.normal)) female++;
      else continue;
      break;
    }
  }
  return male > female ? 'm' : female > male ? 'f' : null;
}

/** The gender a noun for a person tells ("spokeswoman" f, "chairman" m), or null. */
export function nounGender(w: string): Gender {
  if (FEMALE_NOUNS.has(w) || w.endsWith('woman')) return 'f';
  if (MALE_NOUNS.has(w) || (w.endsWith('man') && !NOT_MAN_NOUNS.has(w))) return 'm';
  return null;
}

/**
 * The gender a lower-case noun for a person right before a name tells ("her brother Tom", "the
 * actress Ann Lee", "spokeswoman Jo Reed"), the majority over its first mentions, none on a tie:
 * the text says it outright, where a pronoun after the name may mean someone else ("Tom sat
 * beside her").
 */
function genderFromNounBefore(ctx: Context, forms: readonly Span[]): Gender {
  const { tokens } = ctx.ann;
  let male = 0;
  let female = 0;
  for (const m of forms.slice(0, PRONOUN_SAMPLE_MENTIONS)) {
    const w = tokens[firstAtOrAfter(tokens, m.start) - 1];
    if (!w || w.value !== w.normal || UNSEXED_BEFORE_NAME.has(w.normal)) continue;
    const g = nounGender(w.normal);
    if (g === 'm') male++;
    else if (g === 'f') female++;
  }
  return male > female ? 'm' : female > male ? 'f' : null;
}
