// The layer rules of docs/architecture.md, checked by `npm test` (scripts/check-layers.mjs).
// Data flows one way: page → feature hook → gateway → cloud function → use case → core + ports → adapters.
// test/layers/ holds a small tree that breaks each rule, and a test that expects every rule to fire on it.

/** Libraries the domain core may use: pure JavaScript that runs in a mini-program's engine. */
const CORE_LIBRARIES = ['zod', '@noble/curves', '@noble/hashes', 'sm-crypto-v2', 'fflate', 'qrcode']
const escape = s => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const coreLibraries = `^node_modules/(${CORE_LIBRARIES.map(escape).join('|')})/`

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Import circles make load order matter and layers meaningless.',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'core-is-pure',
      comment: 'src/core runs in Node and in the mini-program engine: it imports only itself and its listed libraries.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: [`^src/core/`, coreLibraries] }
    },
    {
      name: 'ports-import-only-core',
      comment: 'Ports describe what use cases need in the domain\'s terms; they know no use case or adapter.',
      severity: 'error',
      from: { path: '^server/ports/' },
      to: { pathNot: ['^server/ports/', '^src/core/'] }
    },
    {
      name: 'use-cases-do-not-import-adapters',
      comment: 'A use case gets its adapters through ports in its constructor, composed in server/runtime/use-cases/.',
      severity: 'error',
      from: { path: '^server/usecases/' },
      to: { path: ['^server/(adapters|runtime|host|cli)/', '^cloudfunctions/', '^src/(?!core/)'] }
    },
    {
      name: 'adapters-implement-ports',
      comment: 'Adapters implement ports; they never call up into use cases or the runtime.',
      severity: 'error',
      from: { path: '^server/adapters/' },
      to: { path: ['^server/(usecases|runtime|host|cli)/', '^cloudfunctions/', '^src/(?!core/)'] }
    },
    {
      name: 'kernel-stands-alone',
      comment: 'server/kernel (ids, log) is used by every server layer and uses none of them.',
      severity: 'error',
      from: { path: '^server/kernel/' },
      to: { path: ['^server/(?!kernel/)', '^cloudfunctions/', '^src/(?!core/)'] }
    },
    {
      name: 'functions-are-thin',
      comment: 'A cloud function imports only the runtime (defineFunction), use cases and its contract.',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { pathNot: ['^server/runtime/', '^server/usecases/', '^src/core/api/contract/', '^node_modules/'] }
    },
    {
      name: 'only-the-registry-hosts-functions',
      comment: 'server/host/function-registry.ts is the one place outside cloudfunctions/ that imports a function.',
      severity: 'error',
      from: { path: '^(server|src)/', pathNot: '^server/host/function-registry\\.ts$' },
      to: { path: '^cloudfunctions/' }
    },
    {
      name: 'the-app-never-imports-the-server',
      comment: 'The mini-program bundle must not reach into server code; shared types live in src/core/api/contract.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^server/', '^cloudfunctions/'] }
    },
    {
      name: 'the-app-imports-contracts-as-types',
      comment: 'A contract file carries zod schemas; the app needs only their types (values it shares live in src/core/api/vocabulary.ts).',
      severity: 'error',
      from: { path: '^src/(?!core/)' },
      to: { path: '^src/core/api/contract/', dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'pages-do-not-call-services',
      comment: 'Pages and components are thin: every cloud call and platform service goes through a feature hook.',
      severity: 'error',
      from: { path: ['^src/pages/', '^src/packages/[^/]+/pages/', '^src/components/'] },
      to: { path: '^src/services/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.tsx?$', '\\.d\\.ts$', '^src/core/dcc/dcc-schema-validate\\.generated\\.js$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json']
    }
  }
}
