import type { Service } from "../api/types";
import { dispatchStatusWrite, listKind, type StoreContext } from "../store/store";

/**
 * Docker Desktop's load-balancer controller (vpnkit-controller): every
 * LoadBalancer Service gets `status.loadBalancer.ingress: [{hostname:
 * localhost}]`, so `kubectl get svc` shows EXTERNAL-IP `localhost` and the
 * Service's port answers on the host's localhost
 * (docs.docker.com/desktop/features/kubernetes: "LoadBalancer services are
 * exposed on localhost").
 */
export function reconcileLoadBalancers(ctx: StoreContext): void {
  for (const svc of listKind<Service>(ctx.state, "Service")) {
    if (svc.spec.type !== "LoadBalancer") continue;
    const ingress = svc.status?.loadBalancer?.ingress;
    if (ingress && ingress.length === 1 && ingress[0]?.hostname === "localhost") continue;
    svc.status = { ...(svc.status ?? {}), loadBalancer: { ingress: [{ hostname: "localhost" }] } };
    dispatchStatusWrite(ctx, svc);
  }
}
