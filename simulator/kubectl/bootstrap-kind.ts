import { dispatchDefaults } from "../k8s/api/defaults";
import type { KubeObject, NodeObject } from "../k8s/api/types";
import { dispatchCreate, type StoreContext } from "../k8s/store/store";
import { systemPod } from "./bootstrap";

/** The Kubernetes version of kind v0.23's default node image (kindest/node:v1.30.0, kind release notes). */
export const KIND_KUBE_VERSION = "v1.30.0";
/** kind's default node image for that release. */
export const KIND_NODE_IMAGE = "kindest/node:v1.30.0";

/** The names kind gives a cluster's nodes: `<cluster>-control-plane`, `<cluster>-worker`, `<cluster>-worker2`… (kind pkg/cluster/internal/create/actions/config, MakeNodeNamer). */
export function calculateKindNodeNames(cluster: string, workers: number): string[] {
  const names = [`${cluster}-control-plane`];
  for (let i = 1; i <= workers; i++) names.push(`${cluster}-worker${i === 1 ? "" : i}`);
  return names;
}

/** kind's node address on its `kind` Docker network (172.18.0.0/16, nodes from .2 in creation order). */
function nodeIp(index: number): string {
  return `172.18.0.${index + 2}`;
}

function kindNode(name: string, index: number, controlPlane: boolean, tainted: boolean): NodeObject {
  const labels: Record<string, string> = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": name,
    "kubernetes.io/os": "linux",
  };
  if (controlPlane) {
    labels["node-role.kubernetes.io/control-plane"] = "";
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
  }
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels },
    spec: { podCIDR: `10.244.${index}.0/24`, ...(tainted ? { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } : {}) },
    status: {
      capacity: { cpu: "8", "ephemeral-storage": "61202244Ki", memory: "8025424Ki", pods: "110" },
      allocatable: { cpu: "8", "ephemeral-storage": "61202244Ki", memory: "8025424Ki", pods: "110" },
      conditions: [
        { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory", message: "kubelet has sufficient memory available" },
        { type: "DiskPressure", status: "False", reason: "KubeletHasNoDiskPressure", message: "kubelet has no disk pressure" },
        { type: "PIDPressure", status: "False", reason: "KubeletHasSufficientPID", message: "kubelet has sufficient PID available" },
        { type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" },
      ],
      addresses: [{ type: "InternalIP", address: nodeIp(index) }, { type: "Hostname", address: name }],
      nodeInfo: { kubeletVersion: KIND_KUBE_VERSION, osImage: "Debian GNU/Linux 12 (bookworm)", kernelVersion: "6.6.32-linuxkit", containerRuntimeVersion: "containerd://1.7.15", operatingSystem: "linux", architecture: "amd64" },
    },
  };
}

function create(ctx: StoreContext, obj: KubeObject): KubeObject {
  dispatchDefaults(obj);
  dispatchCreate(ctx, obj);
  return obj;
}

function suffix(ctx: StoreContext): string {
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let s = "";
  for (let i = 0; i < 5; i++) s += alphabet[ctx.ids.int(alphabet.length)];
  return s;
}

function daemonSet(ctx: StoreContext, name: string, app: string, image: string, nodes: number): KubeObject {
  return create(ctx, {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: "kube-system", labels: { [app === "kindnet" ? "app" : "k8s-app"]: app } },
    spec: {
      selector: { matchLabels: { [app === "kindnet" ? "app" : "k8s-app"]: app } },
      template: { metadata: { labels: { [app === "kindnet" ? "app" : "k8s-app"]: app } }, spec: { containers: [{ name, image }], tolerations: [{ operator: "Exists" }], nodeSelector: { "kubernetes.io/os": "linux" } } },
    },
    status: { currentNumberScheduled: nodes, desiredNumberScheduled: nodes, numberAvailable: nodes, numberMisscheduled: 0, numberReady: nodes, observedGeneration: 1, updatedNumberScheduled: nodes },
  });
}

/**
 * A kind cluster as `kind create cluster` leaves it (kind v0.23, kindest/node
 * v1.30.0): nodes `<name>-control-plane` and `<name>-worker…`, the control
 * plane tainted node-role.kubernetes.io/control-plane:NoSchedule unless it is
 * the only node (kind removes the taint then), namespaces default,
 * kube-node-lease, kube-public, kube-system and local-path-storage, the
 * `kubernetes` and `kube-dns` Services, and the pods `kubectl get pods -A`
 * shows: coredns ×2, etcd/kube-apiserver/kube-controller-manager/
 * kube-scheduler-<control-plane>, kindnet and kube-proxy on every node,
 * local-path-provisioner.
 * Simplification: pod IPs still come from the store's 10.1.x counter, not each node's 10.244.N.0/24.
 */
export function dispatchKindBootstrap(ctx: StoreContext, cluster: string, workers: number): void {
  for (const name of ["default", "kube-node-lease", "kube-public", "kube-system", "local-path-storage"]) create(ctx, { apiVersion: "v1", kind: "Namespace", metadata: { name } });
  const names = calculateKindNodeNames(cluster, workers);
  const nodes = names.map((name, i) => kindNode(name, i, i === 0, i === 0 && workers > 0));
  for (const n of nodes) dispatchCreate(ctx, n);
  const controlPlane = names[0] as string;
  const cpIp = nodeIp(0);
  create(ctx, { apiVersion: "v1", kind: "Service", metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } }, spec: { clusterIP: "10.96.0.1", clusterIPs: ["10.96.0.1"], ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }], type: "ClusterIP" } });
  dispatchCreate(ctx, { apiVersion: "v1", kind: "Endpoints", metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } }, subsets: [{ addresses: [{ ip: cpIp }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }] });
  create(ctx, {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" } },
    spec: { clusterIP: "10.96.0.10", clusterIPs: ["10.96.0.10"], selector: { "k8s-app": "kube-dns" }, ports: [{ name: "dns", port: 53, protocol: "UDP", targetPort: 53 }, { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 }, { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 }] },
  });
  // coredns tolerates the control-plane taint (kubeadm's manifest), and kind schedules it before any worker joins: it runs on the control plane.
  create(ctx, {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "coredns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { "k8s-app": "kube-dns" } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 } },
      template: {
        metadata: { labels: { "k8s-app": "kube-dns" } },
        spec: {
          containers: [{ name: "coredns", image: "registry.k8s.io/coredns/coredns:v1.11.1", args: ["-conf", "/etc/coredns/Corefile"], resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } } }],
          priorityClassName: "system-cluster-critical",
          serviceAccountName: "coredns",
          nodeSelector: { "kubernetes.io/hostname": controlPlane },
          tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }, { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
        },
      },
    },
  });
  const cp = nodes[0] as NodeObject;
  for (const [component, image] of [
    ["etcd", "registry.k8s.io/etcd:3.5.12-0"],
    ["kube-apiserver", `registry.k8s.io/kube-apiserver:${KIND_KUBE_VERSION}`],
    ["kube-controller-manager", `registry.k8s.io/kube-controller-manager:${KIND_KUBE_VERSION}`],
    ["kube-scheduler", `registry.k8s.io/kube-scheduler:${KIND_KUBE_VERSION}`],
  ] as const) systemPod(ctx, `${component}-${controlPlane}`, image, { component, tier: "control-plane" }, cp, { node: controlPlane, ip: cpIp });
  const kindnet = daemonSet(ctx, "kindnet", "kindnet", "docker.io/kindest/kindnetd:v20240513-cd2ac642", names.length);
  const proxy = daemonSet(ctx, "kube-proxy", "kube-proxy", `registry.k8s.io/kube-proxy:${KIND_KUBE_VERSION}`, names.length);
  names.forEach((node, i) => {
    systemPod(ctx, `kindnet-${suffix(ctx)}`, "docker.io/kindest/kindnetd:v20240513-cd2ac642", { app: "kindnet", "controller-revision-hash": "5f9cdf7cd4", "pod-template-generation": "1", "k8s-app": "kindnet", tier: "node" }, kindnet, { node, ip: nodeIp(i) });
    systemPod(ctx, `kube-proxy-${suffix(ctx)}`, `registry.k8s.io/kube-proxy:${KIND_KUBE_VERSION}`, { "k8s-app": "kube-proxy", "controller-revision-hash": "669fc44fbc", "pod-template-generation": "1" }, proxy, { node, ip: nodeIp(i) });
  });
  systemPod(ctx, `local-path-provisioner-988d74bc-${suffix(ctx)}`, "docker.io/kindest/local-path-provisioner:v20240513-b9bba138", { app: "local-path-provisioner", "pod-template-hash": "988d74bc" }, undefined, { node: controlPlane, ip: cpIp, namespace: "local-path-storage", podIp: "10.244.0.2" });
}
