import { runFlaskCli } from "./flask-cli";
import { runGunicorn } from "./gunicorn";
import { runNodeApp } from "./node";
import { runPythonApp } from "./python";
import type { AppModel } from "./types";
import { runHttpdApp } from "./httpd";
import { runKuardApp } from "./kuard";
import { runNginxApp } from "./nginx";
import { runInitdbApp, runPgCtlApp, runPostgresApp } from "./postgres";
import { runPsqlApp } from "./psql";
import { runRedisCliApp, runRedisServerApp } from "./redis";

export type { AppContext, AppModel, AppOutcome } from "./types";

/**
 * App models by the basename of the program a container runs (`python3`,
 * `node`, `nginx`, `postgres`…): the place to add apps. A program found here
 * runs through its model whether it is the container's command or exec'd
 * by the image's entrypoint script; the servers they start answer HTTP
 * through engine/http-servers.ts.
 */
export const APP_MODELS: Record<string, AppModel> = {
  nginx: runNginxApp,
  python: runPythonApp,
  flask: runFlaskCli,
  node: runNodeApp,
  gunicorn: runGunicorn,
  "nginx-debug": runNginxApp,
  kuard: runKuardApp,
  httpd: runHttpdApp,
  "redis-server": runRedisServerApp,
  "redis-cli": runRedisCliApp,
  postgres: runPostgresApp,
  initdb: runInitdbApp,
  pg_ctl: runPgCtlApp,
  psql: runPsqlApp,
};

/** The app model for an executable's basename, if there is one (`python3.12` falls back to `python3`, then `python`). */
export function findAppModel(basename: string): AppModel | undefined {
  if (Object.hasOwn(APP_MODELS, basename)) return APP_MODELS[basename];
  const versionless = basename.replace(/\d+(\.\d+)*$/, "");
  if (versionless !== basename && Object.hasOwn(APP_MODELS, versionless)) return APP_MODELS[versionless];
  return undefined;
}
