/** jest runs in ESM mode (parse5 8 is ESM-only): `NODE_OPTIONS=--experimental-vm-modules jest`. */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: false }] },
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: one worker on a 2-core CI machine, while the
  // slowest suites (the pre-commit and install tests) mostly wait on npm and git child processes.
  // Every core: jest 342 s instead of 471-608 s on the 2-core machine.
  maxWorkers: "100%",
};
