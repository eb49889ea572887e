/**
 * The progress of `review-lens batch` on stderr: a bar redrawn in place on a terminal, a plain
 * line every few seconds otherwise, and the summary at the end.
 */
import { plural } from '../../text/plural';

/** What the progress line shows. */
export interface ProgressState {
  /** Documents written (analysed or failed) in this run. */
  done: number;
  /** Documents that failed. */
  errors: number;
  /** Documents skipped because the output already had them (--resume). */
  skipped: number;
  /** Input bytes of the documents analysed in this run (the speed counts only these). */
  bytes: number;
  /** Input bytes of the documents that were refused or failed in this run (done, but not analysed). */
  failedBytes?: number;
  /** Input bytes of everything (0 when unknown). */
  totalBytes: number;
  /** Input bytes of the skipped documents. */
  skippedBytes: number;
  /** Seconds since the start. */
  seconds: number;
  /** Documents an earlier run recorded as failed, tried again in this one (--resume). */
  retried?: number;
}

const MB = 1024 * 1024;

/** `1m05s`, `42s`, `1h02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function rate(state: ProgressState): number {
  return state.seconds > 0 ? state.bytes / MB / state.seconds : 0;
}

/** The share done (0..1), or null when the total is unknown. */
function fraction(state: ProgressState): number | null {
  if (state.totalBytes <= 0) return null;
  return Math.min(1, (state.bytes + (state.failedBytes ?? 0) + state.skippedBytes) / state.totalBytes);
}

function eta(state: ProgressState): string {
  const left = state.totalBytes - state.bytes - (state.failedBytes ?? 0) - state.skippedBytes;
  if (state.totalBytes <= 0 || state.bytes === 0 || left <= 0) return '';
  return ` · ETA ${formatDuration((left / state.bytes) * state.seconds)}`;
}

/** One progress line: documents, errors, MB/s, share done and ETA. */
export function progressLine(state: ProgressState): string {
  const share = fraction(state);
  const percent = share === null ? '' : ` · ${(share * 100).toFixed(1)}%`;
  const errors = state.errors ? ` (${state.errors} failed)` : '';
  return `${plural(state.done, 'document')}${errors} · ${rate(state).toFixed(2)} MB/s${percent}${eta(state)}`;
}

/** The bar drawn on a terminal: `[#####-----] ` and the progress line. */
export function progressBar(state: ProgressState, width = 24): string {
  const share = fraction(state) ?? 0;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progressLine(state)}`;
}

/** The summary printed when the run ends. */
export function summaryLine(state: ProgressState): string {
  const skipped = state.skipped ? `, ${state.skipped} already done (skipped)` : '';
  const retried = state.retried ? `, ${state.retried} failed before and tried again` : '';
  return `review-lens: ${plural(state.done, 'document')}, ${state.errors} failed${skipped}${retried}, ${state.seconds.toFixed(1)} s, ${rate(state).toFixed(2)} MB/s`;
}
