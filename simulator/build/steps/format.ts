export { formatGoQuotedList } from "../../core/go-quote";

/** Go's `%v` of a []string: `[/bin/bash -c]` (history text of SHELL and VOLUME). */
export function formatGoList(words: readonly string[]): string {
  return `[${words.join(" ")}]`;
}

/** The shell-form command as the config stores it: the stage's SHELL (default `/bin/sh -c`) plus the line. */
export function calculateShellCommand(shell: readonly string[] | undefined, line: string): string[] {
  return [...(shell && shell.length > 0 ? shell : ["/bin/sh", "-c"]), line];
}
