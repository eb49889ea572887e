/**
 * What happens to a group of documents whose worker died: each document is tried again alone, so
 * a document that kills its worker fails alone and the rest of its group is kept.
 */
import { messageOf } from '../errors';
import type { WorkerOutcome } from './worker';

/** Runs a group of texts on some worker and gives back one outcome per text, in order. */
export type GroupRunner<O = WorkerOutcome> = (texts: string[]) => Promise<O[]>;

/**
 * The outcomes of `texts` run as one group by `run`. When the group's run fails as a whole (its
 * worker died: analysis errors are caught per document inside the worker), each text is run again
 * alone; a text whose own run fails too gets a failed outcome with the reason.
 */
export function runGroupWithRetry<O = WorkerOutcome>(run: GroupRunner<O>, texts: string[]): Promise<Array<O | { ok: false; error: string }>> {
  const failed = (e: unknown): { ok: false; error: string } => ({ ok: false, error: messageOf(e) });
  return run(texts).catch((e: unknown) =>
    texts.length === 1
      ? [failed(e)]
      : Promise.all(texts.map((text) => run([text]).then((o) => o[0] as O, failed))),
  );
}
