import { pairs } from "../helpers";
import type { LintRule } from "../types";

const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;
const VALID = /^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/;

/** hadolint DL3048: invalid label key (hadolint: src/Hadolint/Rule/DL3048.hs; Docker's label key guidelines). */
export const DL3048: LintRule = {
  code: "DL3048",
  severity: "style",
  title: "Invalid label key",
  source: "hadolint",
  explanation: {
    why: "Docker's guidelines for label keys: lower-case letters, digits, `.` and `-`, starting with a letter, no doubled separators, and no com.docker.*, io.docker.* or org.dockerproject.* (reserved for Docker). Tools that read labels rely on this format.",
    fix: "Rename the key, ideally in reverse-DNS style such as org.opencontainers.image.title.",
    before: 'FROM alpine:3.20\nLABEL com.docker.version="1.0"',
    after: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0"',
  },
  check(ctx) {
    return ctx.items
      .filter((i) => i.keyword === "LABEL")
      .flatMap((i) => {
        const bad = pairs(i).map((p) => p.key).filter((k) => RESERVED.test(k) || !VALID.test(k));
        return bad.length === 0 ? [] : [ctx.at(DL3048, i.node, `Label key ${bad.join(", ")} breaks Docker's key format (lower-case letters, digits, single . or - separators, not in a reserved docker namespace).`)];
      });
  },
};
