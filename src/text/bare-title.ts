/** A title's form as the title lists hold it. */

/**
 * A title (lower case) without its closing dot: `mrs.` is `mrs`, as the title lists hold it; a
 * title with no dot is itself.
 *
 * @param title - One word, in lower case.
 */
export const bareTitle = (title: string): string => (title.endsWith('.') ? title.slice(0, -1) : title);
