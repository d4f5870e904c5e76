/** jest runs in ESM mode (parse5 8 is ESM-only): `NODE_OPTIONS=--experimental-vm-modules jest`. */
export default {
  testEnvironment: "node",
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: false }] },
  testMatch: ["<rootDir>/tests/**/*.test.ts"],
  testTimeout: 60000,
};
