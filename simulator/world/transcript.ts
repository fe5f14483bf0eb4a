import type { World } from "./world";

/** What a script printed, as one text, and its last status. */
export interface Transcript {
  text: string;
  exitCode: number;
}

/**
 * Runs a script line by line the way the headless shell shows it: `$ <line>`,
 * then the terminal's output (stdout and stderr in the order written).
 * Stops after `exit`. CRLF line ends are accepted.
 */
export function runTranscript(world: World, script: string, onLine?: (text: string) => void): Transcript {
  const lines = script.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let text = "";
  let exitCode = 0;
  for (const line of lines) {
    let piece = `$ ${line}\n`;
    const result = world.run(line);
    for (const chunk of result.chunks) piece += chunk.text;
    if (onLine) onLine(piece);
    else text += piece;
    exitCode = result.exitCode;
    if (result.exit) break;
  }
  return { text, exitCode };
}
