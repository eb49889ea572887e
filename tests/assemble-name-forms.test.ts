import { describe, expect, it } from 'vitest';
import { nameForms } from '../src/stages/8-assemble';

/** The spans of every occurrence of each form in `text`, in the order the forms are given. */
function spansOf(text: string, forms: readonly string[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      // Only whole forms: not a form inside a longer word.
      const before = text[at - 1] ?? ' ';
      const after = text[at + form.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      spans.push({ start: at, end: at + form.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

describe('nameForms: the canonical name of a set of mentions', () => {
  // Each case: the text, the forms mentioned (every whole occurrence is a mention), the name
  // expected and the aliases expected, in order.
  it.each<[string, string, string[], string, string[]]>([
    ['the fullest form wins over a more frequent short one', 'Mara met Ives. Mara left. Mara Quill stayed.', ['Mara', 'Mara Quill'], 'Mara Quill', ['Mara']],
    ['of equally full forms the more frequent wins', 'Tobin Ash rang. Tobin Esh wrote. Tobin Esh came.', ['Tobin Ash', 'Tobin Esh'], 'Tobin Esh', ['Tobin Ash']],
    ['of equally full and equally frequent forms the first wins', 'Dell Rowe spoke, then Dell Rowa.', ['Dell Rowe', 'Dell Rowa'], 'Dell Rowe', ['Dell Rowa']],
    ['a one-letter slip of one word gives way to the more frequent form', 'Ferro ran. Ferro hid. Ferroo laughed.', ['Ferro', 'Ferroo'], 'Ferro', ['Ferroo']],
    ['a slip as frequent as the other is still the fuller form', 'Ferro ran. Ferroo laughed.', ['Ferro', 'Ferroo'], 'Ferroo', ['Ferro']],
    ['a hyphen counts towards fullness', 'Anne Ray came, then Anne-Ray left.', ['Anne Ray', 'Anne-Ray'], 'Anne Ray', ['Anne-Ray']],
    ['three forms: the fullest, whatever its place', 'Quill. Mara. Mara Jo Quill. Mara Quill.', ['Quill', 'Mara', 'Mara Jo Quill', 'Mara Quill'], 'Mara Jo Quill', ['Quill', 'Mara', 'Mara Quill']],
    ['a titled form also gives its bare form as an alias', 'Dr Lena Oduya spoke. Dr Lena Oduya left.', ['Dr Lena Oduya'], 'Dr Lena Oduya', ['Lena Oduya']],
    ['an office written before a full name gives the titled form as an alias', 'Then Agent Tove Linde came. Linde left.', ['Tove Linde', 'Linde'], 'Tove Linde', ['Linde', 'Agent Tove Linde']],
    ["a minister's office keeps the capitalised word that qualifies it", 'Trade Minister Oro Vass spoke.', ['Oro Vass'], 'Oro Vass', ['Trade Minister Oro Vass']],
    ['two capitalised words may qualify a minister', 'Deputy Trade Minister Oro Vass spoke.', ['Oro Vass'], 'Oro Vass', ['Deputy Trade Minister Oro Vass']],
    ['a function word before the office is no qualifier', 'The Secretary Ida Marr spoke.', ['Ida Marr'], 'Ida Marr', ['Secretary Ida Marr']],
    ['an office before a one-word form gives no alias', 'Then Senator Vass spoke. Oro Vass left.', ['Vass', 'Oro Vass'], 'Oro Vass', ['Vass']],
    ['a common noun before a name is no office', 'The agent Tove Linde came.', ['Tove Linde'], 'Tove Linde', []],
    ['a long title before one word of a full name gives way to the full name', 'Ida Marr spoke. Judge Marr left. Judge Marr sat.', ['Ida Marr', 'Judge Marr'], 'Ida Marr', ['Judge Marr']],
    ['so does a title as long as the given name', 'Rosa Quill came. Miss Quill left.', ['Rosa Quill', 'Miss Quill'], 'Rosa Quill', ['Miss Quill']],
    ['a titled form of no full name keeps its fullness', 'Miss Quill came. Quill-Quill left.', ['Miss Quill', 'Quill-Quill'], 'Quill-Quill', ['Miss Quill']],
    ['a titled form beside a full name of another word keeps its fullness', 'Ida Marr spoke. Judge Tolliver left.', ['Ida Marr', 'Judge Tolliver'], 'Judge Tolliver', ['Ida Marr']],
  ])('%s', (_name, text, forms, name, aliases) => {
    expect(nameForms(text, spansOf(text, forms))).toEqual({ name, aliases });
  });

  it('gives an empty name for no mentions', () => {
    expect(nameForms('nothing here', [])).toEqual({ name: '', aliases: [] });
  });
});
