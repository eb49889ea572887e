/** Escaping for the HTML pages of the reports. */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * `s` with the five characters that are markup in HTML text and attributes escaped. Every value a
 * report prints goes through here, the analysis's own fields too: a caller may have edited an
 * analysis or an index, or built one by hand, so a name or a label is as untrusted as the text.
 */
export const escapeHtml = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
