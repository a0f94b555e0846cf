// Lint only for defects the TypeScript compiler does not catch; formatting is prettier's job and
// style rules are deliberately absent. Type-aware (the rules need to know what is a Promise).
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".tmp/",
      ".sandbox/",
      "coverage/",
      "bench/.out/",
      "**/fixtures/",
      "test/usage-base/",
      // Compiled by the consumer test in its own project, against the packed package.
      "scripts/consumer-app/",
    ],
  },
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection or a silent failure).
      "@typescript-eslint/no-floating-promises": "error",
      // An async callback where a void one is expected (event handlers, forEach): its rejection is lost.
      "@typescript-eslint/no-misused-promises": "error",
      // `await` on a non-promise is usually a call that was meant to be async, or a missing call.
      "@typescript-eslint/await-thenable": "error",
      // Dead code: imports, variables and parameters nobody reads (prefix `_` to keep one on purpose).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
);
