// ESLint (flat config): typescript-eslint's recommended rules, React hooks rules for the pane, and
// Prettier's config last so formatting is Prettier's alone (npm run lint runs both).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-offline/", "build/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/browser/fake-office.js", "test/support/fake-excel.js", "scripts/bench-pane.js", "scripts/bench-checker.js"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  prettier,
);
