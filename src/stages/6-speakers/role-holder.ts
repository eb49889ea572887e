/**
 * A job in the making of a work as a speaker ("The director said he was “thrilled”"): the one
 * person the text gave that job before the quote, by the names stage's roles ("director X") or by
 * a verb ("X will direct the film", "directed by X"). Two people given the job, or nobody: null.
 */
import { MAKING_JOB_FILLERS, MAKING_JOB_NOUNS, MAKING_JOB_PARTICIPLES, MAKING_JOB_VERBS } from '../../data/speaker-words';
import { firstAtOrAfter } from '../../text/search';
import type { EntityDraft, SpeakerDraft, Token } from '../stage-types';
import type { Context, JobHolder, Mention } from './types';

/** Most words between a name and the verb that gives it a job ("is set to direct", "has been chosen to direct"). */
const MAX_JOB_FILLERS = 4;

/** The jobs the names stage's roles give (its roles are the same words as the jobs). */
const ENTITY_JOBS: ReadonlySet<string> = new Set(MAKING_JOB_NOUNS.values());

/**
 * The jobs the verb after a person's name gives them ("X will direct", "X, who produced"), past a
 * few auxiliaries; none when the verb is a passive's ("X was directed by") or is not in the sentence.
 */
function jobsAfter(tokens: readonly Token[], m: Mention): readonly string[] {
  const at = firstAtOrAfter(tokens, m.end);
  const sentence = tokens[at]?.sentence;
  let k = at;
  // "X, who directed …": a comma only before a relative "who".
  if (tokens[k]?.normal === ',' && tokens[k + 1]?.normal === 'who') k++;
  for (let n = 0; n < MAX_JOB_FILLERS && tokens[k] !== undefined && MAKING_JOB_FILLERS.has((tokens[k] as Token).normal); n++) k++;
  const verb = tokens[k];
  if (!verb || verb.sentence !== sentence || tokens[k + 1]?.normal === 'by') return [];
  return MAKING_JOB_VERBS.get(verb.normal) ?? [];
}

/** The jobs a participle and "by" right before a person's name give them ("written and directed by X"). */
function jobsBefore(tokens: readonly Token[], m: Mention): readonly string[] {
  const at = firstAtOrAfter(tokens, m.start);
  if (tokens[at - 1]?.normal !== 'by' || tokens[at - 2]?.sentence !== tokens[at]?.sentence) return [];
  const jobs = [...(MAKING_JOB_PARTICIPLES.get(tokens[at - 2]?.normal ?? '') ?? [])];
  // "written and directed by X": both participles give a job.
  if (tokens[at - 3]?.normal === 'and') jobs.push(...(MAKING_JOB_PARTICIPLES.get(tokens[at - 4]?.normal ?? '') ?? []));
  return jobs;
}

/**
 * Every job given to a person outside quotes, per job, in text order: one pass over the mentions
 * (sorted, with `quoted` set), made at the context's first question about a job.
 */
export function jobHolders(tokens: readonly Token[], mentions: readonly Mention[], entities: readonly EntityDraft[]): Map<string, JobHolder[]> {
  const map = new Map<string, JobHolder[]>();
  for (const m of mentions) {
    const entity = entities[m.entity] as EntityDraft;
    if (m.quoted || entity.kind !== 'person') continue;
    const jobs = new Set([...jobsAfter(tokens, m), ...jobsBefore(tokens, m)]);
    for (const r of entity.roles) if (ENTITY_JOBS.has(r)) jobs.add(r);
    for (const job of jobs) {
      let list = map.get(job);
      if (!list) map.set(job, (list = []));
      const last = list[list.length - 1];
      list.push({ mention: m, alone: last === undefined || (last.alone && last.mention.entity === m.entity) });
    }
  }
  return map;
}

/** True when `noun` names a job in the making of a work ("director", "producer"). */
export const isMakingJobNoun = (noun: string): boolean => MAKING_JOB_NOUNS.has(noun);

/**
 * The one person the text gave the job `noun` names before offset `before` ("Ridley Scott will
 * direct …" for "the director"); null when two people were given it; undefined when nobody was
 * (then a description may still mean the person named last, as it does for any other noun).
 */
export function roleHolder(ctx: Context, noun: string, before: number): SpeakerDraft | null | undefined {
  const job = MAKING_JOB_NOUNS.get(noun);
  if (job === undefined) return undefined;
  ctx.jobHolders ??= jobHolders(ctx.ann.tokens, ctx.mentions, ctx.entities);
  const list = ctx.jobHolders.get(job);
  if (!list) return undefined;
  // The last holder that ends before `before` (the mentions rise), by halving.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as JobHolder).mention.end <= before) lo = mid + 1;
    else hi = mid;
  }
  const found = list[lo - 1];
  if (!found) return undefined;
  return found.alone ? { span: { start: found.mention.start, end: found.mention.end }, entity: found.mention.entity, via: 'context' } : null;
}
