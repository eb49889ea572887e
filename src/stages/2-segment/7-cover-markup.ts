/** Pass 7 of stage 2: sections stretched over what the view blanked out. */
import type { SectionDraft } from '../stage-types';

/**
 * The view blanks out markup (`<br />`) and control characters, but they are characters of the
 * text: each section reaches over them up to the next section, so none is left outside. A text
 * without sections gets one over its non-blank characters. Returns new sections.
 */
export function coverMarkup(text: string, sections: readonly SectionDraft[]): SectionDraft[] {
  const blank = (i: number): boolean => /\s/.test(text[i] as string);
  const first = sections[0];
  if (!first) {
    let s = 0;
    let e = text.length;
    while (s < e && blank(s)) s++;
    while (e > s && blank(e - 1)) e--;
    return e > s ? [{ start: s, end: e, heading: null, paragraphs: [] }] : [];
  }
  let s = 0;
  while (s < first.start && blank(s)) s++;
  return sections.map((section, i) => {
    const limit = sections[i + 1]?.start ?? text.length;
    let e = limit;
    while (e > section.end && blank(e - 1)) e--;
    return { ...section, start: i === 0 ? s : section.start, end: e };
  });
}
