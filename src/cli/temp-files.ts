/**
 * Temporary files the CLI is writing: removed when the process exits in any way Node sees (a
 * second Ctrl-C, SIGTERM, an error), so no stray `*.tmp` is ever left beside the output.
 */
import { unlinkSync } from 'node:fs';

const temps = new Set<string>();

/** Marks a temporary file as to be removed if the process exits before it is renamed or dropped. */
export function trackTemp(path: string): void {
  temps.add(path);
}

/** The file was renamed into place or already removed: leave it alone at exit. */
export function untrackTemp(path: string): void {
  temps.delete(path);
}

/** Removes every tracked temporary file (at process exit). */
export function removeTemps(): void {
  for (const path of temps) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  temps.clear();
}
