/**
 * `npm run --silent sim -- dockerfile parse FILE...`: for each file a line
 * `==> FILE <==` and BuildKit's parse-tree dump, or `error: <message>`;
 * exits 1 if any file failed.
 * `npm run --silent sim -- dockerfile lint --json FILE...`: one JSON finding
 * per line, {"file","line","code","severity","message"}; exits 1 if any
 * finding is an error.
 */
import * as fs from "node:fs";
import { DockerfileParseError, formatDump, formatParseError, parseDockerfile } from "../simulator/index";

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

/** Runs `dockerfile <verb> …`; returns the exit status. */
export async function runDockerfileCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === "parse" && rest.length > 0) return runParse(rest);
  process.stderr.write("usage: npm run --silent sim -- dockerfile parse FILE...\n       npm run --silent sim -- dockerfile lint --json FILE...\n");
  return 2;
}
