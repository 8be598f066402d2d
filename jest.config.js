/** Unit, golden and manifest tests run in node; browser tests drive Debian Chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts", "<rootDir>/test/setup/dom.ts"],
  testTimeout: 60000,
};
