// Lint: the regular expressions are checked for ReDoS (super-linear backtracking) and mistakes by
// eslint-plugin-regexp; TypeScript is read by typescript-eslint's parser.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/', 'bench/build/', 'node_modules/', 'coverage/', '.readme-examples-*/'] },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { regexp },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
];
