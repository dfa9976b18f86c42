// Lint rules, including the one that keeps the architecture honest: imports point from the edges to the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Which of our folders each layer may NOT import. `main` is a composition root that nothing imports. */
const forbidden = {
  core: [
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
  ],
  config: [
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
  ],
  ingest: [
    'config',
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
  ],
  extract: [
    'config',
    'ingest',
    'analyze',
    'link',
    'store',
    'alerts',
    'formats',
    'pipeline',
    'http',
    'cli',
    'main',
  ],
  analyze: [
    'config',
    'ingest',
    'extract',
    'link',
    'store',
    'alerts',
    'formats',
    'pipeline',
    'http',
    'cli',
    'main',
  ],
  link: ['config', 'ingest', 'extract', 'analyze', 'store', 'alerts', 'pipeline', 'http', 'cli', 'main'],
  store: ['config', 'ingest', 'extract', 'analyze', 'link', 'alerts', 'pipeline', 'http', 'cli', 'main'],
  alerts: ['config', 'ingest', 'extract', 'analyze', 'link', 'pipeline', 'http', 'cli', 'main'],
  formats: [
    'config',
    'ingest',
    'extract',
    'analyze',
    'link',
    'store',
    'alerts',
    'pipeline',
    'http',
    'cli',
    'main',
  ],
  pipeline: ['http', 'cli', 'main'],
  http: ['cli', 'main'],
  cli: ['http', 'main'],
};

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: layer === 'store' ? [] : driverBans(),
        patterns: [
          {
            regex: `^\\.\\.?/(\\.\\./)*(${banned.join('|')})(/|$)`,
            message: `src/${layer} may not import this layer: imports point inward (see STYLE.md).`,
          },
        ],
      },
    ],
  },
}));

function driverBans() {
  return ['better-sqlite3', 'pg'].map((name) => ({
    name,
    message: 'Only src/store/dialects talks to a database driver.',
  }));
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'demo/**', 'test/fixtures/**', 'bin/**', '.tmp/**'] },
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
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/dialects/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverBans(),
          patterns: [
            {
              regex:
                '^\\.\\.?/(\\.\\./)*(config|ingest|extract|analyze|link|alerts|pipeline|http|cli|main)(/|$)',
              message: 'src/store may not import this layer: imports point inward (see STYLE.md).',
            },
          ],
        },
      ],
    },
  },
  ...layerRules.filter((r) => r.files[0] !== 'src/store/**/*.ts'),
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
