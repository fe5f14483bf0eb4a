import type { LintRule } from "../types";

/** Ours: the Dockerfile cannot be parsed; lint.ts turns BuildKit's parse error into this finding (moby/buildkit: frontend/dockerfile/parser). */
export const ParseError: LintRule = {
  code: "parse-error",
  severity: "error",
  title: "The Dockerfile cannot be parsed",
  source: "dockyard",
  explanation: {
    why: "Before anything else, Docker splits the file into instructions. If that fails (an unterminated heredoc, a bad `# escape=`, an empty file, an invalid JSON array in exec form…) nothing is built and no other check can run.",
    fix: "Fix the reported line first; the other checks appear once the file parses.",
    before: "FROM alpine:3.20\nRUN <<EOF\necho hi",
    after: "FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF",
  },
  check: () => [],
};
