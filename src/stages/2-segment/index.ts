/**
 * Stage 2: segment sections.
 *
 * Reads the view line by line and groups the lines into a title, sections, paragraphs and script
 * lines; every non-blank character ends up inside exactly one section. The passes, in order (one
 * file each), each taking the lines and returning them read anew:
 * 1. read lines (`1-read-lines.ts`): the trimmed lines, each classified by the line rules of
 *    `1-classify-line.ts` (a heading and how it is marked, a question, a script line, a separator,
 *    a setext underline, a code fence, prose), see {@link LineClass};
 * 2. settle dialogue (`2-settle-dialogue.ts`): a script line whose words read like a title is
 *    speech only beside another script line;
 * 3. settle setext (`3-settle-setext.ts`): an underline makes the prose line above a heading (not
 *    a list item);
 * 4. settle headings (`4-settle-headings.ts`): headings that are not markdown read against their
 *    neighbours (indented, closing the text, inside prose, in a list, a lead-in sentence);
 * 5. front matter (`5-front-matter.ts`): YAML at the top is metadata, its `title:` the title;
 * 6. group (`6-group.ts`): the title, sections, paragraphs, blocks and script lines (also those of
 *    the shapes `../script-shapes.ts` reads);
 * 7. cover markup (`7-cover-markup.ts`): each section reaches over blanked-out markup up to the next.
 */
import type { NormalizedText, Segmentation } from '../stage-types';
import { readLines } from './1-read-lines';
import { settleDialogue } from './2-settle-dialogue';
import { settleSetext } from './3-settle-setext';
import { settleHeadings } from './4-settle-headings';
import { frontMatter } from './5-front-matter';
import { groupLines } from './6-group';
import { coverMarkup } from './7-cover-markup';
import type { LineClass } from './line-class';

/** Stage 2: title, sections with paragraphs, blocks for sentence splitting, script lines. */
export function segmentSections(input: NormalizedText): Segmentation {
  const read = readLines(input.view, input.text);
  const lines = settleHeadings(input.view, settleSetext(input.view, settleDialogue(read)));
  const grouped = groupLines(input.view, input.text, lines, frontMatter(input.view, lines));
  return { ...grouped, sections: coverMarkup(input.text, grouped.sections) };
}
