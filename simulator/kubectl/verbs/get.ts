import { formatLabels, matchesRequirements, parseLabelSelector, type LabelRequirement } from "../../k8s/api/labels";
import { formatKindPrefix } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { calculateNotFound, findObject, listObjects } from "../../k8s/store/store";
import { failWith, flagBool, flagString, formatApiError, type KubectlCommand, type KubectlHost } from "../command";
import { formatJson, formatYaml } from "../output";
import { calculateFieldSelectorError, matchesFields, parseFieldSelector, type FieldRequirement } from "../field-selector";
import { parseTemplateOutput } from "../get-output";
import { findPrinter } from "../printers/index";
import { parseResourceArgs } from "../resource-args";
import { formatKubectlTable } from "../table";

const OUTPUTS = ["wide", "yaml", "json", "name"];

function printTable(host: KubectlHost, objects: KubeObject[], withKind: string | undefined, wide: boolean, showLabels: boolean, allNs: boolean, noHeaders: boolean): string {
  const kind = (objects[0] as KubeObject).kind;
  const printer = findPrinter(kind);
  const ctx = { now: host.clock.now(), state: host.cluster.state };
  const header = [...(allNs ? ["NAMESPACE"] : []), ...printer.columns, ...(wide ? (printer.wide ?? []) : []), ...(showLabels ? ["LABELS"] : [])];
  const rows = objects.map((o) => {
    const cells = printer.cells(o, ctx);
    if (withKind && kind !== "Event") cells[0] = `${withKind}/${cells[0]}`;
    return [...(allNs ? [o.metadata.namespace ?? ""] : []), ...cells, ...(wide && printer.wideCells ? printer.wideCells(o, ctx) : []), ...(showLabels ? [formatLabels(o.metadata.labels)] : [])];
  });
  return formatKubectlTable(noHeaders ? rows : [header, ...rows]);
}

/**
 * `kubectl get` (kubernetes/kubectl pkg/cmd/get/get.go): server-side tables
 * per kind (fidelity reference §5.1), `-o wide|yaml|json|name`, `-l`, `-n`,
 * `-A`, `--show-labels`, several kinds (`get all`, `get deploy,svc`) as
 * separate tables with `kind/name` rows, and `No resources found in ⟨ns⟩
 * namespace.` on stderr when nothing matches.
 */
export const GET_COMMAND: KubectlCommand = {
  name: "get",
  flags: [
    { name: "output", short: "o", kind: "string", usage: "Output format." },
    { name: "selector", short: "l", kind: "string", usage: "Selector (label query) to filter on." },
    { name: "all-namespaces", short: "A", kind: "bool", usage: "List the requested object(s) across all namespaces." },
    { name: "show-labels", kind: "bool", usage: "When printing, show all labels as the last column." },
    { name: "no-headers", kind: "bool", usage: "When using the default or custom-column output format, don't print headers." },
    { name: "watch", short: "w", kind: "bool", usage: "After listing/getting the requested object, watch for changes." },
    { name: "field-selector", kind: "string", usage: "Selector (field query) to filter on, supports '=', '==', and '!='." },
  ],
  run(host, args, flags) {
    if (args.length === 0) {
      return failWith(host, "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n");
    }
    const output = flagString(flags, "output");
    const template = output === undefined ? undefined : parseTemplateOutput(output);
    if (template && !template.ok) return failWith(host, template.error);
    if (output !== undefined && !OUTPUTS.includes(output) && !template) {
      return failWith(host, `unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
    }
    const parsed = parseResourceArgs(args);
    if (!parsed.ok) return failWith(host, parsed.error);
    let requirements: LabelRequirement[] | undefined;
    const selector = flagString(flags, "selector");
    if (selector !== undefined) {
      const sel = parseLabelSelector(selector);
      if (!sel.ok) return failWith(host, sel.error);
      requirements = sel.requirements;
    }
    const fieldText = flagString(flags, "field-selector");
    let fields: FieldRequirement[] | undefined;
    if (fieldText !== undefined) {
      const parsedFields = parseFieldSelector(fieldText);
      if (!parsedFields.ok) return failWith(host, parsedFields.error);
      fields = parsedFields.requirements;
      for (const { type } of parsed.selections) {
        const error = calculateFieldSelectorError(type, fields, fieldText, selector ?? "");
        if (error) {
          host.out.err(`${error}\n`);
          return 1;
        }
      }
    }
    const allNs = host.allNamespaces;
    const state = host.cluster.state;
    const found: KubeObject[][] = [];
    const errors: string[] = [];
    for (const { type, names } of parsed.selections) {
      const ns = type.namespaced && !allNs ? host.namespace : undefined;
      if (names.length > 0) {
        const list: KubeObject[] = [];
        for (const name of names) {
          const o = findObject(state, type, host.namespace, name);
          if (o) list.push(o);
          else errors.push(formatApiError(calculateNotFound(type, name)));
        }
        found.push(list);
      } else {
        let list = listObjects(state, type, ns);
        if (requirements) list = list.filter((o) => matchesRequirements(o.metadata.labels, requirements as LabelRequirement[]));
        if (fields) list = list.filter((o) => matchesFields(o, fields as FieldRequirement[]));
        found.push(list);
      }
    }
    const objects = found.flat();
    const asTemplateList = objects.length > 1 || parsed.selections.some((s) => s.names.length === 0);
    if (template?.ok) {
      if (objects.length > 0 || !template.printer.reportsEmpty) host.out.out(template.printer.format(objects, asTemplateList, flagBool(flags, "no-headers")));
      if (!template.printer.reportsEmpty) {
        for (const e of errors) host.out.err(`${e}\n`);
        return errors.length > 0 ? 1 : 0;
      }
    } else if (output === "yaml" || output === "json") {
      if (objects.length > 0) {
        const asList = objects.length > 1 || parsed.selections.some((s) => s.names.length === 0);
        host.out.out(output === "yaml" ? formatYaml(objects, asList) : formatJson(objects, asList));
      }
    } else if (output === "name") {
      for (const o of objects) {
        const type = parsed.selections.find((s) => s.type.kind === o.kind)?.type;
        host.out.out(`${type ? formatKindPrefix(type) : o.kind.toLowerCase()}/${o.metadata.name}\n`);
      }
    } else {
      const chunks: string[] = [];
      parsed.selections.forEach((sel, i) => {
        const list = found[i] ?? [];
        if (list.length === 0) return;
        const allNsColumn = allNs && sel.type.namespaced;
        chunks.push(printTable(host, list, parsed.multiKind ? formatKindPrefix(sel.type) : undefined, output === "wide", flagBool(flags, "show-labels"), allNsColumn, flagBool(flags, "no-headers")));
      });
      host.out.out(chunks.join("\n"));
    }
    for (const e of errors) host.out.err(`${e}\n`);
    if (objects.length === 0 && errors.length === 0) {
      const namespaced = parsed.selections.some((s) => s.type.namespaced);
      host.out.err(allNs || !namespaced ? "No resources found\n" : `No resources found in ${host.namespace} namespace.\n`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};
