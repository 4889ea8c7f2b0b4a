import tseslint from 'typescript-eslint'

// The dependency direction of DESIGN.md §3, enforced: domain imports nothing outside itself;
// data never reaches up into services or the web; features never import each other.
const OUTER_LAYERS = ['**/services/**', '**/data/**', '**/web/**', '**/api/**', '**/cli/**', '**/jobs/**']
const IO_PACKAGES = [
  'fastify',
  '@fastify/*',
  'kysely',
  'pg',
  'pg-cursor',
  '@electric-sql/*',
  'nunjucks',
  'argon2',
  'nodemailer',
]

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', '.threshold-test/**', 'e2e/screenshots/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through src/config.ts (DESIGN.md §3).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      [...OUTER_LAYERS, '**/config.js', ...IO_PACKAGES],
      'domain/ is pure: it imports nothing outside itself.',
    ),
  },
  {
    files: ['src/data/**/*.ts'],
    rules: restrict(
      ['**/services/**', '**/web/**', '**/api/**', '**/cli/**', '**/jobs/**'],
      'data/ sits below services and the web.',
    ),
  },
  {
    files: ['src/services/**/*.ts'],
    ignores: ['src/services/**/*.test.ts'],
    rules: restrict(
      ['**/web/**', '**/api/**', '**/cli/**', 'fastify', '@fastify/*'],
      'services/ never import the web, API or CLI.',
    ),
  },
  {
    files: ['src/web/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./[^./]', message: 'Features never import each other; move shared code down a layer.' },
            { group: ['**/data/repositories/**'], message: 'Features reach data through services.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/support/test-env.ts', 'scripts/**', 'bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['e2e/support/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
