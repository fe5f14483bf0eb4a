import { calculatePodSummary, type ClusterSnapshot, type Deployment, type EventObject, type KubeObject, type NodeObject, type Pod, type ReplicaSet, type Service } from "@/simulator";

/** How a pod is coloured: what its kubectl STATUS says about it. */
export type PodTone = "running" | "pending" | "creating" | "crash" | "pull" | "terminating" | "done" | "failed";

/** A pod in the cluster picture. */
export interface PodView {
  uid: string;
  namespace: string;
  name: string;
  /** kubectl get pods' STATUS cell (Running, ContainerCreating, CrashLoopBackOff…), the same function kubectl prints with. */
  status: string;
  tone: PodTone;
  /** READY: `1/1`. */
  ready: string;
  restarts: number;
  node?: string;
  ip?: string;
}

/** A node and the pods the scheduler put on it. */
export interface NodeView {
  name: string;
  ready: boolean;
  pods: PodView[];
  /** Pods of the system namespaces on this node (kube-system…): counted, not drawn. */
  systemPods: number;
}

/** A ReplicaSet and the pods it owns (metadata.ownerReferences). */
export interface ReplicaSetView {
  name: string;
  /** deployment.kubernetes.io/revision. */
  revision?: string;
  desired: number;
  pods: PodView[];
}

/** A Deployment with its ReplicaSets, newest revision first. */
export interface DeploymentView {
  namespace: string;
  name: string;
  /** READY as kubectl get deployments prints it: `ready/desired`. */
  ready: string;
  image: string;
  replicaSets: ReplicaSetView[];
}

/** A Service and the pods its selector matches. */
export interface ServiceView {
  namespace: string;
  name: string;
  type: string;
  clusterIP: string;
  /** `80/TCP`, `80:30080/TCP`. */
  ports: string;
  /** `app=web`, or undefined for a Service without a selector. */
  selector?: string;
  /** The pods the selector matches (ready or not), by name. */
  pods: PodView[];
}

/** One line of the events feed. */
export interface EventView {
  key: string;
  type: "Normal" | "Warning";
  reason: string;
  /** `pod/web-7957885594-nvsvs`. */
  object: string;
  message: string;
  count: number;
}

/** The cluster picture's view model. */
export interface ClusterView {
  nodes: NodeView[];
  /** Pods no node holds yet (Pending, unschedulable). */
  unscheduled: PodView[];
  deployments: DeploymentView[];
  /** Pods no ReplicaSet owns (kubectl run, a bare manifest). */
  barePods: PodView[];
  services: ServiceView[];
  /** Newest first, at most `EVENT_LIMIT`. */
  events: EventView[];
}

/** Namespaces the picture leaves out: the cluster's own machinery, not the learner's. */
const SYSTEM_NAMESPACES = new Set(["kube-system", "kube-public", "kube-node-lease"]);
/** How many events the feed shows. */
export const EVENT_LIMIT = 8;

/** The tone of a kubectl STATUS: `Init:0/1` and `Pending` wait, `ErrImagePull` and its back-off are image trouble, and so on. */
export function calculatePodTone(status: string, phase: string | undefined): PodTone {
  if (status === "Terminating") return "terminating";
  if (status === "Running") return "running";
  if (status === "ContainerCreating" || status === "PodInitializing" || status.startsWith("Init:")) return "creating";
  if (status === "ImagePullBackOff" || status === "ErrImagePull" || status === "InvalidImageName" || status === "ErrImageNeverPull") return "pull";
  if (status === "CrashLoopBackOff" || status === "Error" || status === "OOMKilled" || status.startsWith("ExitCode:") || status.startsWith("Signal:") || status === "RunContainerError" || status === "CreateContainerConfigError" || status === "CreateContainerError") return "crash";
  if (status === "Completed" || phase === "Succeeded") return "done";
  if (phase === "Failed") return "failed";
  return "pending";
}

function objects<T extends KubeObject>(cluster: ClusterSnapshot, plural: string): T[] {
  const bucket = Object.hasOwn(cluster.store.objects, plural) ? cluster.store.objects[plural] : undefined;
  return Object.values(bucket ?? {}) as T[];
}

function isUserObject(o: KubeObject): boolean {
  return !SYSTEM_NAMESPACES.has(o.metadata.namespace ?? "");
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function podView(pod: Pod, now: number): PodView {
  const summary = calculatePodSummary(pod, now);
  const restarts = (pod.status?.containerStatuses ?? []).reduce((n, c) => n + c.restartCount, 0);
  return {
    uid: pod.metadata.uid ?? `${pod.metadata.namespace ?? ""}/${pod.metadata.name}`,
    namespace: pod.metadata.namespace ?? "default",
    name: pod.metadata.name,
    status: summary.status,
    tone: calculatePodTone(summary.status, pod.status?.phase),
    ready: summary.ready,
    restarts,
    ...(pod.spec.nodeName ? { node: pod.spec.nodeName } : {}),
    ...(pod.status?.podIP ? { ip: pod.status.podIP } : {}),
  };
}

function controllerUid(o: KubeObject): string | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}

/** A Service's selector as a plain map matches a pod when every pair is among its labels (k8s.io/apimachinery labels.SelectorFromSet). */
function selects(selector: Record<string, string>, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector).every(([k, v]) => labels !== undefined && Object.hasOwn(labels, k) && labels[k] === v);
}

function portsText(service: Service): string {
  const ports = service.spec.ports ?? [];
  if (ports.length === 0) return "<none>";
  return ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}/${p.protocol ?? "TCP"}`).join(",");
}

function eventTime(e: EventObject): string {
  return e.lastTimestamp ?? e.metadata.creationTimestamp ?? "";
}

/**
 * Turns the cluster's stored objects into the picture: nodes holding pods
 * coloured by kubectl's STATUS, Deployment → ReplicaSet → Pod ownership,
 * Services with the pods their selectors match, and the newest events (as
 * `kubectl get events --sort-by=.lastTimestamp`, reversed). The learner's
 * namespaces only; the `kubernetes` Service (the API server's own, with no
 * selector) is left out too.
 */
export function calculateCluster(cluster: ClusterSnapshot): ClusterView {
  const now = cluster.store.settledMs;
  const allPods = objects<Pod>(cluster, "pods");
  const pods = allPods.filter(isUserObject).map((p) => podView(p, now)).sort(byName);
  const podByUid = new Map(pods.map((p) => [p.uid, p]));
  const userPods = allPods.filter(isUserObject);

  const nodes: NodeView[] = objects<NodeObject>(cluster, "nodes")
    .map((n) => ({
      name: n.metadata.name,
      ready: (n.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
      pods: pods.filter((p) => p.node === n.metadata.name),
      systemPods: allPods.filter((p) => !isUserObject(p) && p.spec.nodeName === n.metadata.name).length,
    }))
    .sort(byName);
  const nodeNames = new Set(nodes.map((n) => n.name));
  const unscheduled = pods.filter((p) => p.node === undefined || !nodeNames.has(p.node));

  const podsOwnedBy = (uid: string | undefined): PodView[] =>
    uid === undefined ? [] : userPods.filter((p) => controllerUid(p) === uid).map((p) => podByUid.get(p.metadata.uid ?? "")).filter((p): p is PodView => p !== undefined).sort(byName);
  const replicaSets = objects<ReplicaSet>(cluster, "replicasets").filter(isUserObject);
  const rsView = (rs: ReplicaSet): ReplicaSetView => {
    const revision = rs.metadata.annotations?.["deployment.kubernetes.io/revision"];
    return { name: rs.metadata.name, ...(revision !== undefined ? { revision } : {}), desired: rs.spec.replicas ?? 1, pods: podsOwnedBy(rs.metadata.uid) };
  };
  const deployments: DeploymentView[] = objects<Deployment>(cluster, "deployments")
    .filter(isUserObject)
    .map((d) => ({
      namespace: d.metadata.namespace ?? "default",
      name: d.metadata.name,
      ready: `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
      image: d.spec.template.spec.containers.map((c) => c.image).join(", "),
      replicaSets: replicaSets
        .filter((rs) => controllerUid(rs) !== undefined && controllerUid(rs) === d.metadata.uid)
        .map(rsView)
        .sort((a, b) => Number(b.revision ?? 0) - Number(a.revision ?? 0) || byName(a, b)),
    }))
    .sort(byName);
  const replicaSetUids = new Set(replicaSets.map((rs) => rs.metadata.uid));
  const barePods = userPods
    .filter((p) => !replicaSetUids.has(controllerUid(p)))
    .map((p) => podByUid.get(p.metadata.uid ?? ""))
    .filter((p): p is PodView => p !== undefined)
    .sort(byName);

  const services: ServiceView[] = objects<Service>(cluster, "services")
    .filter((s) => isUserObject(s) && !(s.metadata.namespace === "default" && s.metadata.name === "kubernetes"))
    .map((s) => {
      const selector = s.spec.selector;
      const namespace = s.metadata.namespace ?? "default";
      const matched = selector && Object.keys(selector).length > 0 ? userPods.filter((p) => (p.metadata.namespace ?? "default") === namespace && selects(selector, p.metadata.labels)) : [];
      return {
        namespace,
        name: s.metadata.name,
        type: s.spec.type ?? "ClusterIP",
        clusterIP: s.spec.clusterIP ?? "<none>",
        ports: portsText(s),
        ...(selector && Object.keys(selector).length > 0 ? { selector: Object.entries(selector).map(([k, v]) => `${k}=${v}`).sort().join(",") } : {}),
        pods: matched.map((p) => podByUid.get(p.metadata.uid ?? "")).filter((p): p is PodView => p !== undefined).sort(byName),
      };
    })
    .sort(byName);

  const events: EventView[] = objects<EventObject>(cluster, "events")
    .filter(isUserObject)
    .sort((a, b) => {
      const ta = eventTime(a);
      const tb = eventTime(b);
      if (ta !== tb) return ta < tb ? 1 : -1;
      return Number(b.metadata.resourceVersion ?? 0) - Number(a.metadata.resourceVersion ?? 0);
    })
    .slice(0, EVENT_LIMIT)
    .map((e) => ({
      key: `${e.metadata.namespace ?? ""}/${e.metadata.name}`,
      type: e.type === "Warning" ? "Warning" : "Normal",
      reason: e.reason,
      object: `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`,
      message: e.message,
      count: e.count,
    }));

  return { nodes, unscheduled, deployments, barePods, services, events };
}
