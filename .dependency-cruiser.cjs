/**
 * The architecture, enforced: dependencies point one way (extensions → rules, serverless → rules), the
 * rules engine does no I/O, and nothing reaches into build output.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'rules-imports-nothing-of-ours',
      comment: 'rules/ is the pure core: it may not import serverless/, extensions/, src/, tools/ or test/.',
      severity: 'error',
      from: { path: '^rules/' },
      to: { path: '^(serverless|extensions|src|tools|test|bench)/' },
    },
    {
      name: 'rules-does-no-io',
      comment: 'rules/ takes data and time as parameters; I/O (fs, http, axios) and UI (react) belong to the adapters.',
      severity: 'error',
      from: { path: '^rules/' },
      to: {
        path: '(^|/)node_modules/(axios|axios-retry|bottleneck|react|react-dom|@hubspot/[^/]+)/|^(axios|react|@hubspot/.+)$|^(node:)?(fs|fs/promises|http|https|http2|net|dgram|dns|child_process|worker_threads|cluster|tls|readline)$',
      },
    },
    {
      name: 'extensions-never-import-serverless',
      comment: 'Cards reach functions only through hubspot.serverless, never by importing them.',
      severity: 'error',
      from: { path: '^(extensions|src/app/cards|src/app/settings)/' },
      to: { path: '^serverless/|node_modules/@leadops/serverless' },
    },
    {
      name: 'extensions-do-no-http',
      comment: 'Presentation only: the UI gets data from app functions, not from HTTP clients.',
      severity: 'error',
      from: { path: '^extensions/' },
      to: { path: '(^|/)node_modules/(axios|bottleneck)/|^axios$|^(node:)?(http|https|fs)$' },
    },
    {
      name: 'only-tools-import-the-cli',
      comment: 'cli/ is an adapter on top of rules/ and serverless/: the core, the functions and the UI never depend on it.',
      severity: 'error',
      from: { path: '^(rules|serverless|extensions|src)/' },
      to: { path: '^cli/|node_modules/@leadops/cli' },
    },
    {
      name: 'nothing-imports-function-bundles',
      comment: 'src/app/functions/dist is build output: import the source in serverless/ instead.',
      severity: 'error',
      from: {},
      to: { path: '^src/app/functions/dist/' },
    },
    {
      name: 'no-cycles',
      comment: 'Circular imports hide the direction of dependencies.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve fails at run time; install the package or fix the path.',
      severity: 'error',
      from: { pathNot: '^test/fixtures/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^test/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
  },
};
