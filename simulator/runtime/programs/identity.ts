import { calculateImmediateExit, type Program } from "./types";

/** `hostname`: the container's hostname (its short ID unless `--hostname`). */
export const runHostnameProgram: Program = (ctx) => calculateImmediateExit(ctx.hostname + "\n");

/** `pwd`: the working directory. */
export const runPwdProgram: Program = (ctx) => calculateImmediateExit(ctx.workingDir + "\n");

/** `whoami`: the user name (root unless `-u`/USER). */
export const runWhoamiProgram: Program = (ctx) => calculateImmediateExit((ctx.user || "root") + "\n");

/** `env` / `printenv`: the environment, one NAME=value a line; `printenv NAME` prints one value. */
export const runEnvProgram: Program = (ctx) => {
  const name = ctx.argv[1];
  if (name && !ctx.argv[0]?.endsWith("/env")) {
    const value = ctx.env[name];
    return value === undefined ? calculateImmediateExit("", 1) : calculateImmediateExit(value + "\n");
  }
  return calculateImmediateExit(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(""));
};

/** `true` and `false`. */
export const runTrueProgram: Program = () => calculateImmediateExit("");
export const runFalseProgram: Program = () => calculateImmediateExit("", 1);
