/** An HTTP GET probe action (core/v1 HTTPGetAction): a status in 200–399 is success. */
export interface HttpGetAction {
  path?: string;
  /** A number or the name of one of the container's ports. */
  port: number | string;
  host?: string;
  scheme?: string;
  httpHeaders?: { name: string; value: string }[];
}

/**
 * A container probe (core/v1 Probe): one action plus its timing. Defaults as
 * the API server sets them (SetDefaults_Probe): timeoutSeconds 1,
 * periodSeconds 10, successThreshold 1, failureThreshold 3.
 */
export interface Probe {
  httpGet?: HttpGetAction;
  tcpSocket?: { port: number | string; host?: string };
  exec?: { command?: string[] };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

/** The three probe kinds, as the kubelet's prober names them in events (pkg/kubelet/prober/prober.go probeType). */
export type ProbeKind = "Liveness" | "Readiness" | "Startup";

/**
 * One probe worker's state on the kubelet (pkg/kubelet/prober/worker.go):
 * when it next runs, the last result kept and the run of equal raw results
 * that the thresholds count. Plain data, kept in the store's kubelet record.
 */
export interface ProbeRun {
  next: number;
  /** The result the worker reports (undefined: no result yet). */
  result?: boolean;
  lastRaw?: boolean;
  run: number;
}
