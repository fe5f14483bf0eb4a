import type { ShellContext } from "../session";
import { formatColumns } from "./ls";

/**
 * `help`: Dockyard's own summary of what this terminal runs (bash's `help`
 * lists bash builtins, which would not help a learner here).
 */
export function runHelp(ctx: ShellContext): number {
  const names = ctx.commandNames().filter((n) => n !== "help");
  ctx.out.out(
    "Dockyard terminal: a bash-like shell on your workspace, with a simulated Docker engine.\n" +
      "Commands:\n" +
      formatColumns(names, 76).trimEnd().replace(/^/gm, "  ") +
      "\n" +
      "Also: quotes, $VAR and $(cmd), VAR=value cmd, cmd1 && cmd2, cmd1 || cmd2, cmd1; cmd2, | and > >> < redirections.\n" +
      "Try: docker run hello-world\n",
  );
  return 0;
}
