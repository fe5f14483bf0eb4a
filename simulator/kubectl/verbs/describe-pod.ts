import type { ContainerState, Pod } from "../../k8s/api/types";
import type { ClusterState } from "../../k8s/store/store";
import { calculatePodSummary } from "../printers/pod";
import { formatEvents, formatMultiline, formatRfc1123z } from "./describe-events";

function formatState(label: string, state: ContainerState): string {
  if (state.running) return `    ${label}:\tRunning\n      Started:\t${formatRfc1123z(state.running.startedAt)}\n`;
  if (state.waiting) return `    ${label}:\tWaiting\n      Reason:\t${state.waiting.reason}\n`;
  if (state.terminated) {
    const t = state.terminated;
    return `    ${label}:\tTerminated\n      Reason:\t${t.reason ?? ""}\n      Exit Code:\t${t.exitCode}\n      Started:\t${formatRfc1123z(t.startedAt)}\n      Finished:\t${formatRfc1123z(t.finishedAt)}\n`;
  }
  return label === "Last State" ? "" : `    ${label}:\tWaiting\n`;
}

/**
 * `kubectl describe pod` (kubectl pkg/describe describe.go describePod;
 * fidelity reference §5.8), as tabwriter input.
 * Simplification: the service-account token volume and default tolerations
 * are shown as a fixed block.
 */
export function formatPodDescription(state: ClusterState, pod: Pod, now: number): string {
  const status = pod.status ?? { phase: "Pending" };
  const node = pod.spec.nodeName ? `${pod.spec.nodeName}/${status.hostIP ?? ""}` : "<none>";
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller);
  const summary = calculatePodSummary(pod, now);
  let text = `Name:\t${pod.metadata.name}\nNamespace:\t${pod.metadata.namespace ?? "default"}\nPriority:\t${String(pod.spec.priority ?? 0)}\n`;
  text += `Service Account:\t${pod.spec.serviceAccountName ?? "default"}\nNode:\t${node}\n`;
  if (status.startTime) text += `Start Time:\t${formatRfc1123z(status.startTime)}\n`;
  text += formatMultiline("Labels:", pod.metadata.labels, "=");
  text += formatMultiline("Annotations:", pod.metadata.annotations, ": ");
  text += `Status:\t${pod.metadata.deletionTimestamp ? `Terminating (lasts ${summary.status === "Terminating" ? "" : ""}${Math.round(((Date.parse(pod.metadata.deletionTimestamp) - now) / 1000))}s)` : status.phase}\n`;
  text += `IP:\t${status.podIP ?? ""}\nIPs:\n`;
  text += status.podIP ? `  IP:\t${status.podIP}\n` : "  <none>\n";
  if (owner) text += `Controlled By:\t${owner.kind}/${owner.name}\n`;
  text += "Containers:\n";
  for (const c of pod.spec.containers) {
    const cs = status.containerStatuses?.find((s) => s.name === c.name);
    text += `  ${c.name}:\n`;
    if (cs?.containerID) text += `    Container ID:\t${cs.containerID}\n`;
    text += `    Image:\t${c.image}\n    Image ID:\t${cs?.imageID ?? ""}\n`;
    const ports = c.ports ?? [];
    text += `    Port:\t${ports.length ? ports.map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(", ") : "<none>"}\n`;
    text += `    Host Port:\t${ports.length ? ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? "TCP"}`).join(", ") : "<none>"}\n`;
    if (c.command) text += `    Command:\n${c.command.map((a) => `      ${a}\n`).join("")}`;
    if (c.args) text += `    Args:\n${c.args.map((a) => `      ${a}\n`).join("")}`;
    text += formatState("State", cs?.state ?? { waiting: { reason: "ContainerCreating" } });
    text += formatState("Last State", cs?.lastState ?? {});
    text += `    Ready:\t${cs?.ready ? "True" : "False"}\n    Restart Count:\t${cs?.restartCount ?? 0}\n`;
    text += `    Environment:\t${(c.env ?? []).length ? "" : "<none>"}\n`;
    for (const e of c.env ?? []) text += `      ${e.name}:\t${e.value ?? ""}\n`;
    text += "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access (ro)\n";
  }
  text += "Conditions:\n  Type\tStatus\n";
  for (const c of status.conditions ?? []) text += `  ${c.type} \t${c.status} \n`;
  text += "Volumes:\n  kube-api-access:\n    Type:\tProjected (a volume that contains injected data from multiple sources)\n    TokenExpirationSeconds:\t3607\n    ConfigMapName:\tkube-root-ca.crt\n    ConfigMapOptional:\t<nil>\n    DownwardAPI:\ttrue\n";
  text += `QoS Class:\t${status.qosClass ?? "BestEffort"}\nNode-Selectors:\t${Object.entries(pod.spec.nodeSelector ?? {}).map(([k, v]) => `${k}=${v}`).join(",") || "<none>"}\n`;
  text += "Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n";
  text += formatEvents(state, pod, now);
  return text;
}
