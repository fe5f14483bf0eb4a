import { dispatchDefaults } from "../k8s/api/defaults";
import { formatTimestamp } from "../k8s/api/duration";
import type { KubeObject, NodeObject, Pod } from "../k8s/api/types";
import { dispatchCreate, type StoreContext } from "../k8s/store/store";

/** Kubernetes version of Docker Desktop's built-in cluster (Docker Desktop 4.3x ships v1.30.x). */
export const KUBE_VERSION = "v1.30.2";
/** The node's address on Docker Desktop's VM network. */
export const NODE_IP = "192.168.65.3";
/** How long before the first kubectl command the cluster was started (AGE of built-in objects). */
export const CLUSTER_AGE_MS = 10 * 24 * 3600_000;

/** Images the node has preloaded: everything the system pods run. */
export const SYSTEM_IMAGES: Record<string, number> = {
  "registry.k8s.io/coredns/coredns:v1.11.1": 18_182_961,
  "registry.k8s.io/etcd:3.5.12-0": 57_236_178,
  [`registry.k8s.io/kube-apiserver:${KUBE_VERSION}`]: 32_768_409,
  [`registry.k8s.io/kube-controller-manager:${KUBE_VERSION}`]: 31_138_657,
  [`registry.k8s.io/kube-scheduler:${KUBE_VERSION}`]: 19_208_660,
  [`registry.k8s.io/kube-proxy:${KUBE_VERSION}`]: 29_034_457,
  "docker/desktop-storage-provisioner:v2.0": 41_869_141,
  "docker/desktop-vpnkit-controller:dc331cb22850be0cdd97c84a9cfecaf44a1afb6e": 36_588_614,
};

function node(dockerVersion: string): NodeObject {
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: "docker-desktop",
      labels: {
        "beta.kubernetes.io/arch": "amd64",
        "beta.kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
        "kubernetes.io/hostname": "docker-desktop",
        "kubernetes.io/os": "linux",
        "node-role.kubernetes.io/control-plane": "",
        "node.kubernetes.io/exclude-from-external-load-balancers": "",
      },
    },
    spec: { podCIDR: "10.1.0.0/24" },
    status: {
      capacity: { cpu: "8", "ephemeral-storage": "61202244Ki", memory: "8025424Ki", pods: "110" },
      allocatable: { cpu: "8", "ephemeral-storage": "56403987978", memory: "7923024Ki", pods: "110" },
      conditions: [
        { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory", message: "kubelet has sufficient memory available" },
        { type: "DiskPressure", status: "False", reason: "KubeletHasNoDiskPressure", message: "kubelet has no disk pressure" },
        { type: "PIDPressure", status: "False", reason: "KubeletHasSufficientPID", message: "kubelet has sufficient PID available" },
        { type: "Ready", status: "True", reason: "KubeletReady", message: "kubelet is posting ready status" },
      ],
      addresses: [{ type: "InternalIP", address: NODE_IP }, { type: "Hostname", address: "docker-desktop" }],
      nodeInfo: { kubeletVersion: KUBE_VERSION, osImage: "Docker Desktop", kernelVersion: "6.6.32-linuxkit", containerRuntimeVersion: `docker://${dockerVersion}`, operatingSystem: "linux", architecture: "amd64" },
    },
  };
}

function ns(name: string): KubeObject {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name } };
}

/** Where a system pod runs: its node, the node's address, and its namespace. */
export interface SystemPodPlace {
  node: string;
  ip: string;
  namespace?: string;
  /** The pod's own IP when it is not on the host network. */
  podIp?: string;
}

/** A system pod that is already running when the cluster comes up (static pods and the add-ons the distribution installs). */
export function systemPod(ctx: StoreContext, name: string, image: string, labels: Record<string, string>, owner?: KubeObject, where: SystemPodPlace = { node: "docker-desktop", ip: NODE_IP }): Pod {
  const started = formatTimestamp(ctx.now);
  const pod: Pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: where.namespace ?? "kube-system", labels, ...(owner ? { ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid ?? "", controller: true }] } : {}) },
    spec: { containers: [{ name: name.endsWith(`-${where.node}`) ? name.slice(0, -where.node.length - 1) : name.replace(/-[a-z0-9]{5}$/, ""), image }], nodeName: where.node, priorityClassName: "system-node-critical" },
  };
  dispatchDefaults(pod);
  const hostNetwork = !name.startsWith("coredns") && name !== "storage-provisioner" && where.podIp === undefined;
  const podIp = hostNetwork ? where.ip : (where.podIp ?? "10.1.0.1");
  pod.status = {
    phase: "Running",
    hostIP: where.ip,
    podIP: podIp,
    podIPs: [{ ip: podIp }],
    startTime: started,
    qosClass: "Burstable",
    conditions: ["Initialized", "Ready", "ContainersReady", "PodScheduled"].map((type) => ({ type, status: "True" as const, lastProbeTime: null, lastTransitionTime: started })),
    containerStatuses: [{ name: pod.spec.containers[0]?.name ?? name, image, imageID: `docker-pullable://${image.replace(/:[^:/]*$/, "")}@sha256:${ctx.ids.hex(64)}`, containerID: `docker://${ctx.ids.hex(64)}`, ready: true, started: true, restartCount: 0, state: { running: { startedAt: started } }, lastState: {} }],
  };
  dispatchCreate(ctx, pod);
  return pod;
}

/**
 * Docker Desktop's built-in Kubernetes as it comes up: one node
 * `docker-desktop` (control-plane, not tainted), the four namespaces, the
 * `kubernetes` and `kube-dns` Services, and kube-system's pods: coredns ×2
 * (a Deployment), etcd, kube-apiserver, kube-controller-manager and
 * kube-scheduler (static pods named after the node), kube-proxy (a DaemonSet),
 * storage-provisioner and vpnkit-controller (Docker Desktop's add-ons)
 * (docs.docker.com/desktop/features/kubernetes; `kubectl get pods -n kube-system`
 * on Docker Desktop 4.3x).
 */
export function dispatchBootstrap(ctx: StoreContext, dockerVersion: string): void {
  for (const name of ["default", "kube-node-lease", "kube-public", "kube-system"]) {
    const n = ns(name);
    dispatchDefaults(n);
    dispatchCreate(ctx, n);
  }
  const theNode = node(dockerVersion);
  (theNode.status as unknown as { images: { names: string[]; sizeBytes: number }[] }).images = Object.entries(SYSTEM_IMAGES).map(([names, sizeBytes]) => ({ names: [names], sizeBytes }));
  dispatchCreate(ctx, theNode);
  const kubernetes: KubeObject = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: { clusterIP: "10.96.0.1", clusterIPs: ["10.96.0.1"], ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }], type: "ClusterIP" },
  };
  dispatchDefaults(kubernetes);
  dispatchCreate(ctx, kubernetes);
  dispatchCreate(ctx, { apiVersion: "v1", kind: "Endpoints", metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } }, subsets: [{ addresses: [{ ip: NODE_IP }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }] });
  const kubeDns: KubeObject = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" } },
    spec: {
      clusterIP: "10.96.0.10",
      clusterIPs: ["10.96.0.10"],
      selector: { "k8s-app": "kube-dns" },
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 },
      ],
    },
  };
  dispatchDefaults(kubeDns);
  dispatchCreate(ctx, kubeDns);
  const coredns: KubeObject = {
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
          containers: [{ name: "coredns", image: "registry.k8s.io/coredns/coredns:v1.11.1", args: ["-conf", "/etc/coredns/Corefile"], ports: [{ containerPort: 53, name: "dns", protocol: "UDP" }, { containerPort: 53, name: "dns-tcp", protocol: "TCP" }, { containerPort: 9153, name: "metrics", protocol: "TCP" }], resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } } }],
          priorityClassName: "system-cluster-critical",
          serviceAccountName: "coredns",
        },
      },
    },
  };
  dispatchDefaults(coredns);
  dispatchCreate(ctx, coredns);
  const proxy: KubeObject = {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels: { "k8s-app": "kube-proxy" } },
    spec: { selector: { matchLabels: { "k8s-app": "kube-proxy" } }, template: { metadata: { labels: { "k8s-app": "kube-proxy" } }, spec: { containers: [{ name: "kube-proxy", image: `registry.k8s.io/kube-proxy:${KUBE_VERSION}` }], nodeSelector: { "kubernetes.io/os": "linux" } } } },
    status: { currentNumberScheduled: 1, desiredNumberScheduled: 1, numberAvailable: 1, numberMisscheduled: 0, numberReady: 1, observedGeneration: 1, updatedNumberScheduled: 1 },
  };
  dispatchDefaults(proxy);
  dispatchCreate(ctx, proxy);
  const nodeObj = theNode;
  for (const [name, image, component] of [
    ["etcd-docker-desktop", "registry.k8s.io/etcd:3.5.12-0", "etcd"],
    ["kube-apiserver-docker-desktop", `registry.k8s.io/kube-apiserver:${KUBE_VERSION}`, "kube-apiserver"],
    ["kube-controller-manager-docker-desktop", `registry.k8s.io/kube-controller-manager:${KUBE_VERSION}`, "kube-controller-manager"],
    ["kube-scheduler-docker-desktop", `registry.k8s.io/kube-scheduler:${KUBE_VERSION}`, "kube-scheduler"],
  ] as const) systemPod(ctx, name, image, { component, tier: "control-plane" }, nodeObj);
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let suffix = "";
  for (let i = 0; i < 5; i++) suffix += alphabet[ctx.ids.int(alphabet.length)];
  systemPod(ctx, `kube-proxy-${suffix}`, `registry.k8s.io/kube-proxy:${KUBE_VERSION}`, { "k8s-app": "kube-proxy", "controller-revision-hash": "7c9b8f6d4f", "pod-template-generation": "1" }, proxy);
  systemPod(ctx, "storage-provisioner", "docker/desktop-storage-provisioner:v2.0", { "component": "storage-provisioner" });
  systemPod(ctx, "vpnkit-controller", "docker/desktop-vpnkit-controller:dc331cb22850be0cdd97c84a9cfecaf44a1afb6e", { "component": "vpnkit-controller" });
}
