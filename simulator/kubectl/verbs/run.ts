import { failWith, flagString, type KubectlCommand } from "../command";
import { dispatchCreateAndPrint } from "./create";

/**
 * `kubectl run NAME --image=IMAGE [--port=P] [--restart=Never] [-- ARGS…]`
 * (kubernetes/kubectl pkg/cmd/run/run.go): a bare pod labelled `run=NAME`.
 */
export const RUN_COMMAND: KubectlCommand = {
  name: "run",
  flags: [
    { name: "image", kind: "string", usage: "The image for the container to run." },
    { name: "port", kind: "int", usage: "The port that this container exposes." },
    { name: "restart", kind: "string", usage: "The restart policy for this Pod." },
    { name: "labels", short: "l", kind: "string", usage: "Comma separated labels to apply to the pod(s)." },
    { name: "command", kind: "bool", usage: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default." },
    { name: "dry-run", kind: "string", usage: 'Must be "none", "server", or "client".' },
    { name: "env", kind: "list", usage: "Environment variables to set in the container." },
  ],
  run(host, args, flags) {
    const [name, ...rest] = args;
    if (name === undefined) return failWith(host, "NAME is required for run");
    const image = flagString(flags, "image");
    if (!image) return failWith(host, "--image is required");
    if (!/^[a-z0-9]+(?:[._/:@-][a-zA-Z0-9._-]+)*$/.test(image)) return failWith(host, `invalid image name "${image}": invalid reference format`);
    const restart = flagString(flags, "restart") ?? "Always";
    if (!["Always", "OnFailure", "Never"].includes(restart)) return failWith(host, `invalid restart policy: ${restart}`);
    const labels: Record<string, string> = {};
    for (const pair of (flagString(flags, "labels") ?? `run=${name}`).split(",")) {
      const [k, v] = pair.split("=");
      if (k) labels[k] = v ?? "";
    }
    const port = typeof flags.port === "number" ? flags.port : undefined;
    const container = {
      name,
      image,
      resources: {},
      ...(port ? { ports: [{ containerPort: port }] } : {}),
      ...(rest.length ? (flags.command === true ? { command: rest } : { args: rest }) : {}),
    };
    const dryRun = flagString(flags, "dry-run");
    const dry = dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
    const ok = dispatchCreateAndPrint(host, { apiVersion: "v1", kind: "Pod", metadata: { name, labels }, spec: { containers: [container], restartPolicy: restart, dnsPolicy: "ClusterFirst" } }, undefined, dry);
    return ok ? 0 : 1;
  },
};
