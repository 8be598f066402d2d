/** Unit, golden and manifest tests run in node; browser tests drive Debian Chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts", "<rootDir>/test/setup/dom.ts"],
  // office-addin-mock's dependency chain is ESM-only and fails to load under Jest on Node 20.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/setup/office-addin-manifest-stub.js" },
  testTimeout: 60000,
};
