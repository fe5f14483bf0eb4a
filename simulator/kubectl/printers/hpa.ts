import { calculateCpuTarget, type HorizontalPodAutoscaler } from "../../k8s/controllers/hpa";
import { formatAge } from "./age";
import type { KindPrinter } from "./types";

/**
 * The TARGETS cell: `cpu: 12%/50%`, `cpu: <unknown>/50%` before any metric
 * (printers.go formatHPAMetrics; the `cpu: ` metric name prefix is new in
 * 1.30, kubernetes/kubernetes#122804).
 */
export function formatHpaTargets(hpa: HorizontalPodAutoscaler): string {
  const current = hpa.status?.currentMetrics?.find((m) => m.type === "Resource" && m.resource.name === "cpu")?.resource.current.averageUtilization;
  return `cpu: ${current === undefined ? "<unknown>" : `${current}%`}/${calculateCpuTarget(hpa)}%`;
}

/** `kubectl get hpa`: NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE (printers.go printHorizontalPodAutoscaler). */
export const HPA_PRINTER: KindPrinter = {
  columns: ["NAME", "REFERENCE", "TARGETS", "MINPODS", "MAXPODS", "REPLICAS", "AGE"],
  cells(o, ctx) {
    const hpa = o as HorizontalPodAutoscaler;
    const ref = hpa.spec.scaleTargetRef;
    return [hpa.metadata.name, `${ref.kind}/${ref.name}`, formatHpaTargets(hpa), String(hpa.spec.minReplicas ?? "<unset>"), String(hpa.spec.maxReplicas), String(hpa.status?.currentReplicas ?? 0), formatAge(hpa, ctx.now)];
  },
};
