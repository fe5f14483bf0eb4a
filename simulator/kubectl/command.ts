import type { Clock } from "../core/clock";
import type { Output, OutputChunk } from "../core/io";
import type { Engine } from "../engine/engine";
import type { FlagSpec, FlagValues } from "../cli/flags";
import type { FileSystem } from "../vfs/types";
import type { Cluster } from "./cluster";
import type { ApiError } from "../k8s/store/store";
import { formatInvalidError } from "../k8s/api/validation";

/** What a kubectl verb can reach. */
export interface KubectlHost {
  cluster: Cluster;
  engine: Engine;
  clock: Clock;
  out: Output;
  fs: FileSystem;
  cwd: string;
  stdin: string;
  /** The namespace in effect: -n, else the context's. */
  namespace: string;
  /** -n was given (apply then insists the manifest's namespace matches). */
  explicitNamespace: boolean;
  /** -A/--all-namespaces. */
  allNamespaces: boolean;
  /** How many positional arguments came before `--` (cobra's ArgsLenAtDash), or -1 when there was none. */
  argsLenAtDash?: number;
  /** The script-mode shell: waiting verbs advance the virtual clock. */
  env: Record<string, string>;
  /** Runs a line at the host shell (kubectl edit's `$EDITOR file`); its status, 127 when the command is not found. Absent: no shell to run editors in. */
  runHostLine?(line: string, out: Output): number;
  /** Hands the terminal's foreground to a command that keeps running (`kubectl get -w`); absent in scripts. */
  foreground?(job: KubectlForegroundJob): void;
}

/** A command that keeps the terminal until it ends or Ctrl+C (the shape of docker/foreground.ts ForegroundJob, which the world runs). */
export interface KubectlForegroundJob {
  poll(): { chunks: OutputChunk[]; exitCode?: number };
  interrupt(): { chunks: OutputChunk[]; exitCode?: number };
}

/** One kubectl verb (kubectl pkg/cmd/<verb>), registered in kubectl/registry.ts. */
export interface KubectlCommand {
  name: string;
  aliases?: string[];
  /** Flags besides the global ones (-n, -A are global). */
  flags: FlagSpec[];
  run(host: KubectlHost, args: string[], flags: FlagValues): number;
}

/** Global flags every verb accepts (kubectl's persistent flags, the ones used here). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: "namespace", short: "n", kind: "string", usage: "If present, the namespace scope for this CLI request" },
  { name: "context", kind: "string", usage: "The name of the kubeconfig context to use" },
  { name: "kubeconfig", kind: "string", usage: "Path to the kubeconfig file to use for CLI requests." },
  { name: "v", short: "v", kind: "string", usage: "number for the log level verbosity" },
  { name: "request-timeout", kind: "string", usage: "The length of time to wait before giving up on a single server request." },
];

/** Prints an error line (`error: …`) and returns 1, as cmdutil.CheckErr does. */
export function failWith(host: KubectlHost, message: string): number {
  host.out.err(`error: ${message}\n`);
  return 1;
}

/**
 * An API error as kubectl prints it (cmdutil.CheckErr, StandardErrorMessage):
 * Invalid as `The Kind "name" is invalid: …`, others as
 * `Error from server (Reason): message`, with `error when creating "file": `
 * inserted for file-based writes.
 */
export function formatApiError(error: ApiError, context?: string): string {
  if (error.reason === "Invalid" && error.causes) return formatInvalidError(error.kind ?? "", error.name ?? "", error.causes);
  return `Error from server (${error.reason}): ${context ? `${context}: ` : ""}${error.message}`;
}

/** A string flag's value. */
export function flagString(flags: FlagValues, name: string): string | undefined {
  const v = flags[name];
  return typeof v === "string" ? v : undefined;
}

/** A bool flag's value. */
export function flagBool(flags: FlagValues, name: string): boolean {
  return flags[name] === true || flags[name] === "true";
}

/** A repeatable flag's values. */
export function flagList(flags: FlagValues, name: string): string[] {
  const v = flags[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
