import { formatLabels } from "../../k8s/api/labels";
import type { PodTemplateSpec } from "../../k8s/api/types";

/**
 * The `Pod Template:` block of describe and rollout history (kubectl
 * pkg/describe DescribePodTemplate), as tabwriter input (tab after each key).
 */
export function formatPodTemplate(template: PodTemplateSpec): string {
  const labels = Object.entries(template.metadata?.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  let text = "Pod Template:\n";
  text += labels.length ? labels.map(([k, v], i) => `${i === 0 ? "  Labels:" : ""}\t${k}=${v}\n`).join("") : "  Labels:\t<none>\n";
  const annotations = Object.entries(template.metadata?.annotations ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (annotations.length) text += annotations.map(([k, v], i) => `${i === 0 ? "  Annotations:" : ""}\t${k}: ${v}\n`).join("");
  text += "  Containers:\n";
  for (const c of template.spec.containers) {
    text += `   ${c.name}:\n    Image:\t${c.image}\n`;
    const ports = c.ports ?? [];
    text += `    Port:\t${ports.length ? ports.map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`).join(", ") : "<none>"}\n`;
    text += `    Host Port:\t${ports.length ? ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? "TCP"}`).join(", ") : "<none>"}\n`;
    if (c.command) text += `    Command:\n${c.command.map((a) => `      ${a}\n`).join("")}`;
    if (c.args) text += `    Args:\n${c.args.map((a) => `      ${a}\n`).join("")}`;
    text += `    Environment:\t${(c.env ?? []).length ? "" : "<none>"}\n`;
    for (const e of c.env ?? []) text += `      ${e.name}:\t${e.value ?? ""}\n`;
    text += "    Mounts:\t<none>\n";
  }
  text += `  Volumes:\t<none>\n  Node-Selectors:\t${formatLabels(template.spec.nodeSelector)}\n  Tolerations:\t<none>\n`;
  return text;
}
