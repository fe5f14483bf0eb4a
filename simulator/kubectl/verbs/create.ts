import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject, Service } from "../../k8s/api/types";
import { dispatchCreate } from "../../k8s/store/store";
import { failWith, flagBool, flagList, flagString, formatApiError, type KubectlCommand, type KubectlHost } from "../command";
import { dispatchServiceAllocation, prepareObject } from "../objects";
import { readManifestSources } from "../sources";
import { calculateCreateCronJob, calculateCreateJob } from "./create-batch";

/** The container name `kubectl create deployment` derives from an image: its last path part without tag or digest (create_deployment.go buildPodSpec). */
export function calculateContainerName(image: string): string {
  const base = image.split("@")[0]?.split("/").pop() ?? image;
  return (base.split(":")[0] ?? base).toLowerCase().replace(/[^a-z0-9-]/g, "-");
}

/** Stores one object and prints `kind/name created`, or its error. */
export function dispatchCreateAndPrint(host: KubectlHost, raw: KubeObject, source: string | undefined, dry: string): boolean {
  const prepared = prepareObject(raw, host.namespace, host.explicitNamespace, source ?? "STDIN");
  if (!prepared.ok) {
    host.out.err(`${prepared.api ? formatApiError(prepared.api, source ? `error when creating "${source}"` : undefined) : prepared.error}\n`);
    return false;
  }
  const { object, type } = prepared;
  if (!dry) {
    const created = host.cluster.run((ctx) => {
      if (object.kind === "Service") dispatchServiceAllocation(ctx.state, ctx.ids, object as Service);
      return dispatchCreate(ctx, object);
    });
    if (!created.ok) {
      host.out.err(`${formatApiError(created.error, source ? `error when creating "${source}"` : undefined)}\n`);
      return false;
    }
  }
  host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} created${dry}\n`);
  return true;
}

function generators(host: KubectlHost, kind: string, name: string, flags: Record<string, unknown>): KubeObject | string {
  switch (kind) {
    case "namespace":
    case "ns":
      return { apiVersion: "v1", kind: "Namespace", metadata: { name } };
    case "deployment":
    case "deploy": {
      const images = flagList(flags as never, "image");
      if (images.length === 0) return `required flag(s) "image" not set`;
      const replicas = typeof flags.replicas === "number" ? flags.replicas : 1;
      const port = typeof flags.port === "number" ? flags.port : undefined;
      const labels = { app: name };
      return {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, labels },
        spec: {
          replicas,
          selector: { matchLabels: labels },
          strategy: {},
          template: { metadata: { labels }, spec: { containers: images.map((image) => ({ name: calculateContainerName(image), image, resources: {}, ...(port ? { ports: [{ containerPort: port }] } : {}) })) } },
        },
      };
    }
    case "configmap":
    case "cm": {
      const data: Record<string, string> = {};
      for (const lit of flagList(flags as never, "from-literal")) {
        const eq = lit.indexOf("=");
        if (eq <= 0) return `invalid literal source ${lit}, expected key=value`;
        data[lit.slice(0, eq)] = lit.slice(eq + 1);
      }
      return { apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data };
    }
    case "job":
    case "cronjob":
    case "cj": {
      const dash = host.argsLenAtDash ?? -1;
      const input = { name, image: flagList(flags as never, "image")[0], command: dash >= 0 ? [...(flags.__command as string[] | undefined ?? [])] : [], schedule: typeof flags.schedule === "string" ? flags.schedule : undefined, restart: typeof flags.restart === "string" ? flags.restart : undefined };
      return kind === "job" ? calculateCreateJob(input) : calculateCreateCronJob(input);
    }
    default:
      return `unknown generator ${kind}`;
  }
}

/**
 * `kubectl create -f`, `create deployment NAME --image=…`, `create namespace
 * NAME`, `create configmap NAME --from-literal=k=v` (kubernetes/kubectl
 * pkg/cmd/create); an existing object fails with AlreadyExists.
 */
export const CREATE_COMMAND: KubectlCommand = {
  name: "create",
  flags: [
    { name: "filename", short: "f", kind: "list", usage: "Filename, directory, or URL to files to use to create the resource" },
    { name: "image", kind: "list", usage: "Image names to run." },
    { name: "replicas", short: "r", kind: "int", usage: "Number of replicas to create. Default is 1." },
    { name: "port", kind: "int", usage: "The containerPort that this deployment exposes." },
    { name: "from-literal", kind: "list", usage: "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)" },
    { name: "dry-run", kind: "string", usage: 'Must be "none", "server", or "client".' },
    { name: "schedule", kind: "string", usage: "A schedule in the Cron format the job should be run with." },
    { name: "restart", kind: "string", usage: "job's restart policy. supported values: OnFailure, Never" },
    { name: "recursive", short: "R", kind: "bool", usage: "Process the directory used in -f, --filename recursively." },
  ],
  run(host, args, flags) {
    const dryRun = flagString(flags, "dry-run");
    const dry = dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
    const files = flagList(flags, "filename");
    if (files.length > 0) {
      const read = readManifestSources(host, files, flagBool(flags, "recursive"));
      if (!read.ok) return failWith(host, read.error);
      let ok = true;
      for (const { source, documents } of read.sources) for (const doc of documents) {
        if (!doc.ok) {
          host.out.err(`error: ${doc.error}\n`);
          ok = false;
        } else ok = dispatchCreateAndPrint(host, doc.object, source, dry) && ok;
      }
      return ok ? 0 : 1;
    }
    const dash = host.argsLenAtDash ?? -1;
    const positional = dash >= 0 ? args.slice(0, dash) : args;
    const [kind, name, ...extra] = positional;
    if (kind === undefined) return failWith(host, "must specify one of -f and -k");
    if (name === undefined || extra.length > 0) return failWith(host, `exactly one NAME is required, got ${positional.length - 1}`);
    const made = generators(host, kind, name, { ...flags, __command: dash >= 0 ? args.slice(dash) : [] });
    if (typeof made === "string") return failWith(host, made);
    const prepared = prepareObject(made, host.namespace, host.explicitNamespace, "");
    if (prepared.ok) {
      const existing = host.cluster.state.objects[prepared.type.plural]?.[`${prepared.type.namespaced ? prepared.object.metadata.namespace : ""}/${name}`];
      if (existing && kind.startsWith("deploy")) return failWith(host, `failed to create deployment: deployments.apps "${name}" already exists`);
    }
    return dispatchCreateAndPrint(host, made, undefined, dry) ? 0 : 1;
  },
};
