import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Lint rules: typescript-eslint's recommended set, plus the engine's purity rules (DEVELOPERS.md). */
export default tseslint.config(
  { ignores: [".next/**", "out/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      // Docker tables are columns of spaces; a regex that spells them out reads like the output.
      "no-regex-spaces": "off",
    },
  },
  {
    files: ["**/*.mjs", "**/*.js", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", module: "writable", require: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["simulator/**/*.ts"],
    ignores: ["simulator/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "next", "next/*", "@monaco-editor/*", "monaco-editor", "@xterm/*"], message: "The engine never touches UI." },
            { group: ["node:*"], message: "The engine runs the same in Node and the browser: no Node built-ins." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage", "indexedDB", "navigator", "setTimeout", "setInterval"],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "Use the seeded IdSource." },
        { object: "Date", property: "now", message: "Use the injected Clock." },
        { object: "performance", property: "now", message: "Use the injected Clock." },
      ],
    },
  },
);
