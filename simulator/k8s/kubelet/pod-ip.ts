import type { ClusterState } from "../store/store";

/**
 * The next pod IP from the node's pod CIDR. Docker Desktop's single node uses
 * 10.1.0.0/16 (kubectl get node docker-desktop -o yaml: podCIDR 10.1.0.0/24).
 * Simplification: addresses are handed out in order and never reused.
 */
export function calculateAllocatedPodIp(state: ClusterState): string {
  const n = state.nextPodIp++;
  return `10.1.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}
