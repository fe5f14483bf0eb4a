import { ComposeError } from "./types";

/** compose-go's rule for a project name given explicitly (`-p`, `name:`, COMPOSE_PROJECT_NAME). */
const VALID = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * A folder name made into a project name as compose-go's
 * NormalizeProjectName does: lowercase, only `[a-z0-9_-]` kept, leading
 * `_`/`-` trimmed (compose-spec `02-model.md`).
 */
export function calculateProjectNameFromDir(dirName: string): string {
  return dirName.toLowerCase().replace(/[^a-z0-9_-]/g, "").replace(/^[_-]+/, "");
}

/** An explicit project name must already be normal, or Compose refuses it (compose-go cli/options.go). */
export function parseExplicitProjectName(name: string): string {
  if (!VALID.test(name)) {
    throw new ComposeError(`invalid project name "${name}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`);
  }
  return name;
}
