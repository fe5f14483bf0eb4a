import { simulated } from "../buildkit/findings";
import type { LintRule } from "../types";

/** BuildKit check SecretsUsedInArgOrEnv (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go validateNoSecretKey; linter/ruleset.go). */
export const SecretsUsedInArgOrEnv: LintRule = {
  code: "SecretsUsedInArgOrEnv",
  severity: "warning",
  title: "Possible secret in ARG or ENV",
  source: "buildkit",
  explanation: {
    why: "ARG and ENV values are recorded in the image: anyone who can pull it can read them with `docker history` or `docker inspect`.",
    fix: "Use a build secret (`RUN --mount=type=secret,id=\u2026`) for build-time credentials and pass runtime secrets when starting the container.",
    before: "FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN wget --header=\"Authorization: token $GITHUB_TOKEN\" https://api.github.com/x",
    after: "FROM alpine:3.20\nRUN --mount=type=secret,id=github_token \\\n    wget --header=\"Authorization: token $(cat /run/secrets/github_token)\" https://api.github.com/x",
  },
  check: (ctx) => simulated(ctx, SecretsUsedInArgOrEnv, "dispatch"),
};
