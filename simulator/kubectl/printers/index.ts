import { getOwn } from "../../core/own";
import { CONFIGMAP_PRINTER, DEFAULT_PRINTER, ENDPOINTS_PRINTER, EVENT_PRINTER, NAMESPACE_PRINTER, NODE_PRINTER, SECRET_PRINTER, SERVICE_PRINTER } from "./core";
import { CRONJOB_PRINTER, JOB_PRINTER } from "./batch";
import { HPA_PRINTER } from "./hpa";
import { POD_PRINTER } from "./pod";
import type { KindPrinter } from "./types";
import { DAEMONSET_PRINTER, DEPLOYMENT_PRINTER, REPLICASET_PRINTER, STATEFULSET_PRINTER } from "./workloads";

/** Row printers by kind. */
export const PRINTERS: Record<string, KindPrinter> = {
  Pod: POD_PRINTER,
  Deployment: DEPLOYMENT_PRINTER,
  ReplicaSet: REPLICASET_PRINTER,
  ReplicationController: REPLICASET_PRINTER,
  StatefulSet: STATEFULSET_PRINTER,
  DaemonSet: DAEMONSET_PRINTER,
  Job: JOB_PRINTER,
  CronJob: CRONJOB_PRINTER,
  Service: SERVICE_PRINTER,
  Namespace: NAMESPACE_PRINTER,
  Node: NODE_PRINTER,
  Endpoints: ENDPOINTS_PRINTER,
  ConfigMap: CONFIGMAP_PRINTER,
  Secret: SECRET_PRINTER,
  Event: EVENT_PRINTER,
  HorizontalPodAutoscaler: HPA_PRINTER,
};

/** The printer for a kind, NAME/AGE when it has none. */
export function findPrinter(kind: string): KindPrinter {
  return getOwn(PRINTERS, kind) ?? DEFAULT_PRINTER;
}
