import type { Clock } from "../core/clock";
import type { Output } from "../core/io";
import { getOwn } from "../core/own";
import type { Engine } from "../engine/engine";
import { parseFlags, type FlagSpec } from "../cli/flags";
import type { FileSystem } from "../vfs/types";
import { Cluster, createClusterSnapshot, type ClusterSnapshot } from "./cluster";
import { flagBool, flagString, GLOBAL_FLAGS, type KubectlCommand, type KubectlHost } from "./command";
import { KUBECTL_COMMANDS } from "./registry";

/** What the world gives kubectl. */
export interface KubectlEnvironment {
  engine: Engine;
  clock: Clock;
  fs: FileSystem;
  cwd: string;
  stdin: string;
  env: Record<string, string>;
  /** The cluster's state, created on first use. */
  getCluster(): ClusterSnapshot | undefined;
  setCluster(snapshot: ClusterSnapshot): void;
  /** Runs a line at the host shell (kubectl edit's editor), when there is one. */
  runHostLine?(line: string, out: Output): number;
  /** Takes a command that keeps the terminal (get -w), in a terminal only. */
  foreground?: KubectlHost["foreground"];
}

/** `kubectl` with no arguments (kubectl's root help, the part learners read first). */
const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  get             Display one or many resources
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod

Advanced Commands:
  apply           Apply a configuration to a resource by file name or stdin

Other Commands:
  api-resources   Print the supported API resources on the server
  cluster-info    Display cluster information
  config          Modify kubeconfig files
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** Global flags that take a value, to skip over while looking for the verb. */
const VALUED_GLOBALS = new Set(["-n", "--namespace", "--context", "--kubeconfig", "-v", "--request-timeout"]);

function findVerb(argv: readonly string[]): { verb: KubectlCommand | undefined; name: string | undefined; index: number } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (VALUED_GLOBALS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith("-")) continue;
    const verb = KUBECTL_COMMANDS.find((c) => c.name === a || (c.aliases ?? []).includes(a));
    return { verb, name: a, index: i };
  }
  return { verb: undefined, name: undefined, index: -1 };
}

/** Positional arguments before `--` (cobra Command.ArgsLenAtDash), -1 without one. */
function calculateArgsLenAtDash(specs: FlagSpec[], rest: string[]): number {
  const dash = rest.indexOf("--");
  if (dash < 0) return -1;
  const before = parseFlags(specs, rest.slice(0, dash));
  return before.ok ? before.args.length : -1;
}

/**
 * `kubectl …` against the simulated Docker Desktop cluster: finds the verb,
 * parses its flags with the global ones (pflag, as cobra does), lets the
 * cluster catch up with the clock, runs the verb, and lets the controllers
 * react before returning. Unknown verbs and flags fail with kubectl's words.
 */
export function runKubectl(argv: readonly string[], environment: KubectlEnvironment, out: Output): number {
  const { verb, name, index } = findVerb(argv);
  if (name === undefined) {
    if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) {
      out.out(ROOT_HELP);
      return 0;
    }
    out.err(`error: unknown flag: ${argv[0] ?? ""}\nSee 'kubectl --help' for usage.\n`);
    return 1;
  }
  if (!verb) {
    out.err(`error: unknown command "${name}" for "kubectl"\n`);
    return 1;
  }
  const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
  const specs: FlagSpec[] = [...GLOBAL_FLAGS.filter((g) => !verb.flags.some((f) => f.name === g.name || (g.short && f.short === g.short))), ...verb.flags];
  if (!specs.some((s) => s.name === "all-namespaces")) specs.push({ name: "all-namespaces", short: "A", kind: "bool", usage: "", hidden: true });
  const parsed = parseFlags(specs, rest);
  if (!parsed.ok) {
    out.err(`error: ${parsed.error}\nSee 'kubectl ${verb.name} --help' for usage.\n`);
    return 1;
  }
  if (parsed.help) {
    out.out(`Usage:\n  kubectl ${verb.name} [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`);
    return 0;
  }
  let snapshot = environment.getCluster();
  if (!snapshot) {
    snapshot = createClusterSnapshot(environment.clock.now(), environment.engine);
    environment.setCluster(snapshot);
  }
  const cluster = new Cluster(snapshot, environment.engine);
  cluster.settle(environment.clock.now());
  const nsFlag = flagString(parsed.flags, "namespace");
  const host: KubectlHost = {
    cluster,
    engine: environment.engine,
    clock: environment.clock,
    out,
    fs: environment.fs,
    cwd: environment.cwd,
    stdin: environment.stdin,
    env: environment.env,
    namespace: nsFlag ?? cluster.state.namespace,
    explicitNamespace: nsFlag !== undefined,
    allNamespaces: flagBool(parsed.flags, "all-namespaces"),
    argsLenAtDash: calculateArgsLenAtDash(specs, rest),
    ...(environment.runHostLine ? { runHostLine: environment.runHostLine } : {}),
    ...(environment.foreground ? { foreground: environment.foreground } : {}),
  };
  const status = verb.run(host, parsed.args, parsed.flags);
  cluster.settle(environment.clock.now());
  return status;
}

/** Whether a verb exists (for help tables). */
export function hasKubectlVerb(name: string): boolean {
  return getOwn(Object.fromEntries(KUBECTL_COMMANDS.map((c) => [c.name, true])), name) === true;
}
