// Lint rules, including the one that keeps the architecture honest: imports point from the edges to the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = [
  'core',
  'follow',
  'config',
  'ingest',
  'extract',
  'analyze',
  'link',
  'store',
  'alerts',
  'formats',
  'pipeline',
  'http',
  'cli',
  'main',
];
const STAGES = ['ingest', 'extract', 'analyze', 'link', 'formats'];

/** Which of our folders each layer may import besides itself. `main` is a composition root nothing imports. */
const ALLOWED = {
  core: [],
  follow: ['core'],
  config: ['core'],
  ingest: ['core'],
  extract: ['core'],
  analyze: ['core'],
  link: ['core'],
  formats: ['core'],
  store: ['core', 'follow'],
  alerts: ['core', 'follow', 'store'],
  pipeline: ['core', 'follow', 'config', 'store', 'alerts', ...STAGES],
  http: ['core', 'follow', 'config', 'store', 'alerts', 'pipeline', ...STAGES],
  cli: ['core', 'follow', 'config', 'store', 'alerts', 'pipeline', ...STAGES],
};

const DRIVER_BANS = ['better-sqlite3', 'pg'].map((name) => ({
  name,
  message: 'Only src/store/dialects talks to a database driver.',
}));

function layerRule(layer, files, ignores = []) {
  const banned = LAYERS.filter((other) => other !== layer && !ALLOWED[layer].includes(other));
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DRIVER_BANS,
          patterns: [
            {
              regex: `^\\.\\.?/(\\.\\./)*(${banned.join('|')})(/|$)`,
              message: `src/${layer} may not import this layer: imports point inward (see STYLE.md).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'demo/**', 'test/fixtures/**', 'bin/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's describe/it return promises the runner itself awaits.
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...Object.keys(ALLOWED).map((layer) =>
    layerRule(layer, [`src/${layer}/**/*.ts`], layer === 'store' ? ['src/store/dialects/**'] : []),
  ),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
