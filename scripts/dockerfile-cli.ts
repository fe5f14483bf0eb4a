/**
 * `npm run --silent sim -- dockerfile parse FILE...`: for each file a line
 * `==> FILE <==` and BuildKit's parse-tree dump, or `error: <message>`;
 * exits 1 if any file failed.
 * `npm run --silent sim -- dockerfile lint --json FILE...`: one JSON finding
 * per line, {"file","line","code","severity","message"}; exits 1 if any
 * finding is an error.
 */
import * as fs from "node:fs";
import { DockerfileParseError, formatDump, formatParseError, lintDockerfile, parseDockerfile } from "../simulator/index";

function readSource(file: string): string | Error {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === "ENOENT" ? `open ${file}: no such file or directory` : (error as Error).message);
  }
}

function runParse(files: string[]): number {
  let status = 0;
  for (const file of files) {
    process.stdout.write(`==> ${file} <==\n`);
    const text = readSource(file);
    if (text instanceof Error) {
      process.stdout.write(`error: ${text.message}\n`);
      status = 1;
      continue;
    }
    try {
      process.stdout.write(formatDump(parseDockerfile(text)) + "\n");
    } catch (error) {
      if (!(error instanceof DockerfileParseError)) throw error;
      process.stdout.write(`error: ${formatParseError(error)}\n`);
      status = 1;
    }
  }
  return status;
}

function runLint(files: string[]): number {
  let status = 0;
  for (const file of files) {
    const text = readSource(file);
    const findings =
      text instanceof Error
        ? [{ line: 1, code: "read-error", severity: "error", message: text.message }]
        : lintDockerfile(text).map(({ line, code, severity, message }) => ({ line, code, severity, message }));
    for (const f of findings) {
      process.stdout.write(JSON.stringify({ file, line: f.line, code: f.code, severity: f.severity, message: f.message }) + "\n");
      if (f.severity === "error") status = 1;
    }
  }
  return status;
}

/** Runs `dockerfile <verb> …`; returns the exit status. */
export function runDockerfileCommand(args: string[]): number {
  const [verb, ...rest] = args;
  if (verb === "parse" && rest.length > 0) return runParse(rest);
  const files = rest.filter((a) => a !== "--json");
  if (verb === "lint" && rest.includes("--json") && files.length > 0) return runLint(files);
  process.stderr.write("usage: npm run --silent sim -- dockerfile parse FILE...\n       npm run --silent sim -- dockerfile lint --json FILE...\n");
  return 2;
}
