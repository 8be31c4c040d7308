// One Jest run for the whole repository: pure unit tests next to the backend code, the e2e suites that
// run the real app against a real PostgreSQL (started once by e2e/support/global-setup.ts), and the
// browser tests driving Chromium against the real app serving the built dashboard.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  // The contract package runs from its TypeScript sources here (its dist/ is for the built server).
  moduleNameMapper: {
    '^@credit/contract/labels$': '<rootDir>/contract/src/labels.ts',
    '^@credit/contract/api$': '<rootDir>/contract/src/api/index.ts',
  },
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
};

export default {
  // A real PostgreSQL per file and a real Chromium: hooks that set them up take longer than Jest's 5 s on a
  // busy 2-core machine, and a timeout there is not a finding.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/backend/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/e2e/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/e2e/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
    },
  ],
};
