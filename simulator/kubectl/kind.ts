import { parse } from "yaml";
import type { Output } from "../core/io";
import type { NodeObject } from "../k8s/api/types";
import { listKind } from "../k8s/store/store";
import { Cluster, createClusterSnapshot } from "./cluster";
import { KIND_NODE_IMAGE } from "./bootstrap-kind";
import type { KubectlEnvironment } from "./root";

/** How long `kind create cluster` takes on the virtual clock (kind v0.23 on a laptop: about 20 s for one node, a few more per worker). */
const CREATE_MS = 20_000;
const PER_WORKER_MS = 5_000;

/** Reads `nodes:` of a kind Cluster config (kind.x-k8s.io/v1alpha4) and counts its workers; a message on failure. */
export function parseKindConfig(text: string): { workers: number } | { error: string } {
  let doc: unknown;
  try {
    doc = parse(text, { logLevel: "silent" });
  } catch (e) {
    return { error: `failed to parse config: ${(e as Error).message.split("\n")[0] ?? ""}` };
  }
  if (doc === null || typeof doc !== "object") return { workers: 0 };
  const nodes = (doc as { nodes?: unknown }).nodes;
  if (nodes === undefined) return { workers: 0 };
  if (!Array.isArray(nodes)) return { error: "failed to parse config: nodes must be a list" };
  let controlPlanes = 0;
  let workers = 0;
  for (const n of nodes as unknown[]) {
    const role = n !== null && typeof n === "object" ? (n as { role?: unknown }).role : undefined;
    if (role === "control-plane") controlPlanes++;
    else if (role === "worker") workers++;
    else return { error: `invalid configuration: ${JSON.stringify(String(role))} is not a valid node role` };
  }
  // kind's config validation (pkg/internal/apis/config/validate.go): at least one control-plane node.
  if (controlPlanes === 0) return { error: "invalid configuration: must have at least one control-plane node" };
  // Simplification: one control plane; extra control-plane nodes (HA) are not modelled.
  if (controlPlanes > 1) return { error: "invalid configuration: the simulator supports one control-plane node" };
  return { workers };
}

function option(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === `--${name}`) return argv[i + 1] ?? "";
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/**
 * `kind create cluster [--name N] [--config FILE]`, `kind get clusters|nodes`,
 * `kind delete cluster`: the way a lesson (setup.sh) or a learner asks for a
 * multi-node cluster. Creating replaces Docker Desktop's cluster as kubectl's
 * target and switches the context to `kind-<name>`. Output follows kind
 * v0.23's non-TTY logger (pkg/cluster/internal/create/create.go; status lines
 * on stderr, " • step ..." then " ✓ step").
 * Simplification: the nodes are not Docker containers (`docker ps` does not list them); one cluster at a time.
 */
export function runKind(argv: readonly string[], environment: KubectlEnvironment, out: Output): number {
  const [verb, noun] = argv;
  const name = option(argv, "name") ?? "kind";
  const current = environment.getCluster()?.context;
  if (verb === "get" && noun === "clusters") {
    if (current?.startsWith("kind-")) out.out(`${current.slice(5)}\n`);
    else out.err("No kind clusters found.\n");
    return 0;
  }
  if (verb === "delete" && noun === "cluster") {
    out.err(`Deleting cluster "${name}" ...\n`);
    const snapshot = environment.getCluster();
    if (snapshot && current === `kind-${name}`) {
      // kind's delete lists every node container it removed (pkg/cluster/internal/delete), quoted, space-separated.
      const nodes = listKind<NodeObject>(snapshot.store, "Node").map((n) => `"${n.metadata.name}"`);
      out.err(`Deleted nodes: [${nodes.join(" ")}]\n`);
      environment.setCluster(createClusterSnapshot(environment.clock.now(), environment.engine));
    }
    return 0;
  }
  if (verb !== "create" || noun !== "cluster") {
    out.err(`ERROR: unknown command "${[verb, noun].filter(Boolean).join(" ")}" for "kind"\n`);
    return 1;
  }
  if (current === `kind-${name}`) {
    out.err(`ERROR: failed to create cluster: node(s) already exist for a cluster with the name "${name}"\n`);
    return 1;
  }
  let workers = 0;
  const configPath = option(argv, "config");
  if (configPath !== undefined) {
    const path = configPath.startsWith("/") ? configPath : `${environment.cwd}/${configPath}`;
    let text: string;
    try {
      text = environment.fs.readFile(path);
    } catch {
      out.err(`ERROR: failed to create cluster: error reading file: open ${configPath}: no such file or directory\n`);
      return 1;
    }
    const parsed = parseKindConfig(text);
    if ("error" in parsed) {
      out.err(`ERROR: failed to create cluster: ${parsed.error}\n`);
      return 1;
    }
    workers = parsed.workers;
  }
  const boxes = Array.from({ length: workers + 1 }, () => "📦").join(" ");
  const steps = [`Ensuring node image (${KIND_NODE_IMAGE}) 🖼`, `Preparing nodes ${boxes} `, "Writing configuration 📜", "Starting control-plane 🕹️", "Installing CNI 🔌", "Installing StorageClass 💾", ...(workers > 0 ? ["Joining worker nodes 🚜"] : [])];
  out.err(`Creating cluster "${name}" ...\n`);
  for (const step of steps) out.err(` • ${step} ...\n ✓ ${step}\n`);
  out.err(`Set kubectl context to "kind-${name}"\nYou can now use your cluster with:\n\nkubectl cluster-info --context kind-${name}\n\nHave a nice day! 👋\n`);
  const took = CREATE_MS + workers * PER_WORKER_MS;
  environment.clock.advance(took);
  environment.setCluster(createClusterSnapshot(environment.clock.now(), environment.engine, { kind: "kind", name, workers }, took));
  return 0;
}

/**
 * `docker stop|kill|start|restart <node>…` when every name is a node of the
 * current kind cluster: in kind a node is a Docker container, so stopping it
 * stops its kubelet (the node lifecycle controller then marks it NotReady
 * after 40 s and evicts its pods after 300 s) and starting it brings the
 * kubelet back. Prints each name, as `docker stop` does. Returns undefined
 * for anything else (the engine's docker handles it).
 * Simplification: the node containers are not in the engine, so `docker ps` does not list them.
 */
export function runKindNodeDocker(argv: readonly string[], environment: KubectlEnvironment, out: Output): number | undefined {
  const [verb, ...rest] = argv;
  if (verb !== "stop" && verb !== "kill" && verb !== "start" && verb !== "restart") return undefined;
  const snapshot = environment.getCluster();
  if (!snapshot?.context?.startsWith("kind-")) return undefined;
  const names = rest.filter((a) => !a.startsWith("-"));
  if (names.length === 0 || names.length !== rest.length) return undefined;
  const cluster = new Cluster(snapshot, environment.engine);
  const nodes = new Set(listKind<NodeObject>(cluster.state, "Node").map((n) => n.metadata.name));
  if (!names.every((n) => nodes.has(n))) return undefined;
  cluster.settle(environment.clock.now());
  const stopped = (snapshot.stoppedNodes ??= {});
  for (const name of names) {
    if (verb === "start" || verb === "restart") delete stopped[name];
    else if (!Object.prototype.hasOwnProperty.call(stopped, name)) stopped[name] = environment.clock.now();
    out.out(`${name}\n`);
  }
  // The controllers must look again even though no object changed.
  delete snapshot.quiescentRevision;
  return 0;
}
