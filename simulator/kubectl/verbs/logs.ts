import { matchesSelector } from "../../k8s/api/labels";
import type { Deployment, Pod } from "../../k8s/api/types";
import { listKind } from "../../k8s/store/store";
import { failWith, flagBool, flagString, type KubectlCommand } from "../command";
import { failTarget, findTarget } from "../target";

const WAITING_TEXT: Record<string, string> = {
  ImagePullBackOff: "trying and failing to pull image",
  ErrImagePull: "image can't be pulled",
};

/**
 * `kubectl logs POD|TYPE/NAME [-c C] [-p]` (kubernetes/kubectl pkg/cmd/logs,
 * pkg/polymorphichelpers/logsforobject.go; kubelet's errors for containers
 * that have not started, fidelity reference §5.8b).
 */
export const LOGS_COMMAND: KubectlCommand = {
  name: "logs",
  flags: [
    { name: "container", short: "c", kind: "string", usage: "Print the logs of this container" },
    { name: "previous", short: "p", kind: "bool", usage: "If true, print the logs for the previous instance of the container in a pod if it exists." },
    { name: "follow", short: "f", kind: "bool", usage: "Specify if the logs should be streamed." },
    { name: "tail", kind: "int", usage: "Lines of recent log file to display." },
    { name: "timestamps", kind: "bool", usage: "Include timestamps on each line in the log output" },
  ],
  run(host, args, flags) {
    if (args.length === 0) return failWith(host, "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    const target = findTarget(host, args[0]?.includes("/") ? [args[0]] : ["pods", args[0] as string]);
    if (!target.ok) return failTarget(host, target);
    let pod: Pod | undefined;
    if (target.object.kind === "Pod") pod = target.object as Pod;
    else {
      const selector = (target.object as Deployment).spec?.selector;
      const pods = listKind<Pod>(host.cluster.state, "Pod", target.object.metadata.namespace).filter((p) => matchesSelector(selector, p.metadata.labels));
      pod = pods[0];
      if (!pod) return failWith(host, `timed out waiting for the condition`);
      if (pods.length > 1) host.out.err(`Found ${pods.length} pods, using pod/${pod.metadata.name}\n`);
    }
    const containerName = flagString(flags, "container");
    const names = pod.spec.containers.map((c) => c.name);
    let name = containerName ?? names[0] ?? "";
    if (containerName === undefined && names.length > 1) {
      host.out.err(`Defaulted container "${name}" out of: ${names.join(", ")}\n`);
    }
    if (!names.includes(name)) {
      host.out.err(`error: container ${name} is not valid for pod ${pod.metadata.name}\n`);
      return 1;
    }
    const status = pod.status?.containerStatuses?.find((s) => s.name === name);
    const runtime = host.cluster.state.kubelet[pod.metadata.uid ?? ""]?.containers[name];
    if (flagBool(flags, "previous")) {
      if (!runtime?.previousLogs && !status?.lastState.terminated) {
        host.out.err(`Error from server (BadRequest): previous terminated container "${name}" in pod "${pod.metadata.name}" not found\n`);
        return 1;
      }
      host.out.out(runtime?.previousLogs ?? "");
      return 0;
    }
    const waiting = status?.state.waiting?.reason;
    if (!status || (waiting && !status.lastState.terminated && waiting !== "CrashLoopBackOff") || !runtime) {
      const reason = waiting ?? "ContainerCreating";
      host.out.err(`Error from server (BadRequest): container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${WAITING_TEXT[reason] ?? reason}\n`);
      return 1;
    }
    name = name.trim();
    host.out.out(waiting === "CrashLoopBackOff" ? (runtime.previousLogs ?? "") : runtime.logs);
    return 0;
  },
};
