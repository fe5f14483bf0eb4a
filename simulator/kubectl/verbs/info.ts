import { RESOURCE_TYPES, formatGroupVersion } from "../../k8s/api/resources";
import { KUBE_VERSION } from "../bootstrap";
import { failWith, flagString, type KubectlCommand } from "../command";
import { formatKubectlTable } from "../table";

/** The API server address in Docker Desktop's kubeconfig. */
const SERVER = "https://kubernetes.docker.internal:6443";

/** `kubectl version` (kubernetes/kubectl pkg/cmd/version): client, bundled kustomize and server versions. */
export const VERSION_COMMAND: KubectlCommand = {
  name: "version",
  flags: [{ name: "client", kind: "bool", usage: "If true, shows client version only (no server required)." }, { name: "output", short: "o", kind: "string", usage: "One of 'yaml' or 'json'." }],
  run(host, _args, flags) {
    host.out.out(`Client Version: ${KUBE_VERSION}\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\n`);
    if (flags.client !== true) host.out.out(`Server Version: ${KUBE_VERSION}\n`);
    return 0;
  },
};

/** `kubectl cluster-info` (pkg/cmd/clusterinfo): the control plane and CoreDNS addresses. */
export const CLUSTER_INFO_COMMAND: KubectlCommand = {
  name: "cluster-info",
  flags: [],
  run(host, args) {
    if (args[0] === "dump") return failWith(host, "cluster-info dump is not available in this simulator");
    host.out.out(`Kubernetes control plane is running at ${SERVER}\nCoreDNS is running at ${SERVER}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
    return 0;
  },
};

/** `kubectl api-resources` (pkg/cmd/apiresources): NAME SHORTNAMES APIVERSION NAMESPACED KIND, sorted by group then name. */
export const API_RESOURCES_COMMAND: KubectlCommand = {
  name: "api-resources",
  flags: [
    { name: "namespaced", kind: "string", usage: "If false, non-namespaced resources will be returned." },
    { name: "output", short: "o", kind: "string", usage: "Output format. One of: (wide, name)." },
    { name: "api-group", kind: "string", usage: "Limit to resources in the specified API group." },
  ],
  run(host, _args, flags) {
    const ns = flagString(flags, "namespaced");
    const group = flagString(flags, "api-group");
    const list = RESOURCE_TYPES.filter((t) => (ns === undefined || String(t.namespaced) === ns) && (group === undefined || t.group === group));
    if (flagString(flags, "output") === "name") {
      host.out.out(list.map((t) => (t.group ? `${t.plural}.${t.group}` : t.plural)).join("\n") + "\n");
      return 0;
    }
    host.out.out(formatKubectlTable([["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"], ...list.map((t) => [t.plural, t.shortNames.join(","), formatGroupVersion(t), String(t.namespaced), t.kind])]));
    return 0;
  },
};

/**
 * `kubectl config current-context|get-contexts|use-context|set-context
 * --current --namespace=NS|view` over Docker Desktop's one context
 * `docker-desktop` (pkg/cmd/config).
 */
export const CONFIG_COMMAND: KubectlCommand = {
  name: "config",
  flags: [{ name: "current", kind: "bool", usage: "Modify the current context" }, { name: "minify", kind: "bool", usage: "Remove all information not used by current-context from the output" }],
  run(host, args, flags) {
    const [sub, name] = args;
    const state = host.cluster.state;
    // kind names its context kind-<cluster> (kind pkg/cluster/internal/kubeconfig); Docker Desktop docker-desktop.
    const cx = host.cluster.snapshot.context ?? "docker-desktop";
    switch (sub) {
      case "current-context":
        host.out.out(`${cx}\n`);
        return 0;
      case "get-contexts": {
        if (name !== undefined && name !== cx) return failWith(host, `context ${name} not found`);
        const nsCell = state.namespace === "default" ? "" : state.namespace;
        host.out.out(`${formatKubectlTable([["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ["*", cx, cx, cx, nsCell]]).replace(/\n$/, nsCell ? "\n" : "   \n")}`);
        return 0;
      }
      case "use-context":
        if (name !== cx) return failWith(host, `no context exists with the name: "${name ?? ""}"`);
        host.out.out(`Switched to context "${cx}".\n`);
        return 0;
      case "set-context": {
        if (flags.current !== true && name !== cx) return failWith(host, `you must specify a non-empty context name or --current`);
        const ns = flagString(flags, "namespace");
        if (ns !== undefined) state.namespace = ns || "default";
        host.out.out(`Context "${cx}" modified.\n`);
        return 0;
      }
      case "view":
        host.out.out(`apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: ${SERVER}\n  name: ${cx}\ncontexts:\n- context:\n    cluster: ${cx}\n${state.namespace !== "default" ? `    namespace: ${state.namespace}\n` : ""}    user: ${cx}\n  name: ${cx}\ncurrent-context: ${cx}\nkind: Config\npreferences: {}\nusers:\n- name: ${cx}\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n`);
        return 0;
      default:
        if (sub === undefined) return failWith(host, "Usage: kubectl config SUBCOMMAND");
        return failWith(host, `unknown command "${sub}" for "kubectl config"`);
    }
  },
};
