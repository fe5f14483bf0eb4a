import { findExecutable } from "../../engine/container-exec";
import { openContainerFs, resolveContainerLayers } from "../../engine/container-fs";
import { runInContainer } from "../../engine/rootfs-process";
import type { Pod } from "../../k8s/api/types";
import { calculateEnvMap } from "../../runtime/containers";
import { flagBool, flagString, failWith, type KubectlCommand, type KubectlHost } from "../command";
import { findPodContainer } from "../pod-containers";
import { createPodNetwork } from "../service-routing";
import { failTarget, findTarget } from "../target";
import { findForwardPod } from "./port-forward";

/** Prints what the remote command wrote and ends as kubectl does: a non-zero status is reported on stderr (`command terminated with exit code N`). */
function finish(host: KubectlHost, status: number): number {
  if (status !== 0) host.out.err(`command terminated with exit code ${status}\n`);
  return status;
}

/**
 * `kubectl exec [POD | TYPE/NAME] [-c C] [-i] [-t] -- COMMAND [args…]`
 * (kubectl pkg/cmd/exec/exec.go): runs the command in the pod's container
 * over its root file system, with the pod's network (Service names resolve
 * through cluster DNS). Errors in kubectl's and the kubelet's words; a
 * non-zero status prints `command terminated with exit code N` and becomes
 * kubectl's.
 * Simplification: `-it` does not open an interactive session; without a
 * terminal on stdin kubectl warns `Unable to use a TTY` and runs the command
 * as given, which is what happens here in every case.
 */
export const EXEC_COMMAND: KubectlCommand = {
  name: "exec",
  flags: [
    { name: "container", short: "c", kind: "string", usage: "Container name." },
    { name: "stdin", short: "i", kind: "bool", usage: "Pass stdin to the container" },
    { name: "tty", short: "t", kind: "bool", usage: "Stdin is a TTY" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only print output from the remote session" },
  ],
  run(host, args, flags) {
    const dash = host.argsLenAtDash ?? -1;
    const name = args[0];
    if (!name || dash === 0 || (dash < 0 && args.length === 1)) return failWith(host, "you must specify at least one command for the container");
    // kubectl 1.30+: the command must follow `--` (pkg/cmd/exec/exec.go Complete).
    if (dash < 0 || dash > 1) return failWith(host, "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead");
    const command = args.slice(1);
    if (command.length === 0) return failWith(host, "you must specify at least one command for the container");
    const target = findTarget(host, name.includes("/") ? [name] : ["pod", name]);
    if (!target.ok) return failTarget(host, target);
    const pod: Pod | undefined = target.object.kind === "Pod" ? (target.object as Pod) : findForwardPod(host, target.object.kind, target.object as { metadata: { namespace?: string }; spec?: unknown });
    if (!pod) return failWith(host, `no pods found for ${name}`);
    const phase = pod.status?.phase ?? "Pending";
    if (phase === "Succeeded" || phase === "Failed") return failWith(host, `cannot exec into a container in a completed pod; current phase is ${phase}`);
    const wanted = flagString(flags, "container");
    const names = pod.spec.containers.map((c) => c.name);
    if (wanted !== undefined && !names.includes(wanted)) {
      host.out.err(`Error from server (BadRequest): container ${wanted} is not valid for pod ${pod.metadata.name}\n`);
      return 1;
    }
    const containerName = wanted ?? names[0] ?? "";
    if (wanted === undefined && names.length > 1 && !flagBool(flags, "quiet")) host.out.err(`Defaulted container "${containerName}" out of: ${names.join(", ")}\n`);
    if (flagBool(flags, "tty") && !flagBool(flags, "quiet")) host.out.err("Unable to use a TTY - input is not a terminal or the right kind of file\n");
    const found = findPodContainer(host.cluster.snapshot, host.engine, pod, containerName);
    if (!found.ok) {
      host.out.err(`error: unable to upgrade connection: container not found ("${containerName}")\n`);
      return 1;
    }
    const record = found.record;
    const env = calculateEnvMap(record.config.Env);
    const workingDir = record.config.WorkingDir || "/";
    const layers = resolveContainerLayers(host.engine, record);
    if (!layers) return failWith(host, `unable to upgrade connection: container not found ("${containerName}")`);
    const missing = findExecutable(openContainerFs(host.engine, record, layers).fs, command[0] ?? "", env, workingDir);
    if (missing) {
      host.out.err(`OCI runtime exec failed: exec failed: unable to start container process: ${missing}: unknown\n`);
      return finish(host, 126);
    }
    const network = createPodNetwork(host.cluster, host.engine, pod, record);
    const ran = runInContainer(host.engine, record, layers, { argv: command, env, workingDir, user: record.config.User, tty: false, network });
    for (const chunk of ran.output) (chunk.stream === "stdout" ? host.out.out : host.out.err).call(host.out, chunk.text);
    return finish(host, ran.status);
  },
};
