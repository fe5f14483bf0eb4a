/**
 * How the lesson pane asks the terminal to run a command: a window event the
 * terminal listens for (components/Terminal.tsx), so Run buttons need no
 * reference to the terminal and work in any page that has one.
 */
export const RUN_COMMAND_EVENT = "dockyard:run-command";

/** The event's detail. */
export interface RunCommandDetail {
  command: string;
}

/** Asks the page's terminal to type `command` and press Enter (nothing happens on a page without a terminal). */
export function dispatchRunCommand(command: string): void {
  window.dispatchEvent(new CustomEvent<RunCommandDetail>(RUN_COMMAND_EVENT, { detail: { command } }));
}

/** The command of a run-command event, or undefined for anything else (events are untrusted input). */
export function readRunCommand(event: Event): string | undefined {
  const detail: unknown = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== "object" || detail === null) return undefined;
  const command = (detail as { command?: unknown }).command;
  // One line only: a newline in the text would run a second command.
  return typeof command === "string" && command.trim() !== "" && !/[\r\n]/.test(command) ? command : undefined;
}
