import type { Transcript } from "./transcript";
import type { World } from "./world";

/**
 * runTranscript for worlds with host programs (world.ts HostProgram, e.g.
 * `git`): the same `$ <line>` transcript, awaiting a line's pending output
 * before the next line runs, as a terminal does.
 */
export async function runTranscriptAsync(world: World, script: string, onLine?: (text: string) => void): Promise<Transcript> {
  const lines = script.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let text = "";
  let exitCode = 0;
  for (const line of lines) {
    let piece = `$ ${line}\n`;
    const first = world.run(line);
    const result = first.pending ? await first.pending : first;
    for (const chunk of result.chunks) piece += chunk.text;
    if (onLine) onLine(piece);
    else text += piece;
    exitCode = result.exitCode;
    if (result.exit) break;
  }
  return { text, exitCode };
}
