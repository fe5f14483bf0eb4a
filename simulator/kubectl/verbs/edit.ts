import { Output } from "../../core/io";
import { formatKindPrefix, formatQualifiedResource } from "../../k8s/api/resources";
import type { KubeObject } from "../../k8s/api/types";
import { parseManifest } from "../../k8s/api/manifest";
import { failWith, type KubectlCommand, type KubectlHost } from "../command";
import { formatYaml } from "../output";
import { failTarget, findTarget } from "../target";
import { dispatchPatchedObject } from "./patch";

/** The comment kubectl puts above the object (kubectl pkg/cmd/util/editor/editoptions.go editHeaderTemplate). */
const EDIT_HEADER = `# Please edit the object below. Lines beginning with a '#' will be ignored,
# and an empty file will abort the edit. If an error occurs while saving this file will be
# reopened with the relevant failures.
#
`;

/** Times the editor is reopened after a failed save before giving up (kubectl loops until the file stops changing). */
const MAX_ROUNDS = 5;

/** Lines that are not comments (editoptions.go stripComments). */
export function calculateStrippedContent(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.trimStart().startsWith("#"))
    .join("\n");
}

/**
 * The editor kubectl runs (editor.NewDefaultEditor over KUBE_EDITOR, then
 * EDITOR, else vi): a command with spaces runs through `sh -c` with the file
 * appended quoted (editor.go args, Shell=true).
 */
export function calculateEditorLine(env: Record<string, string>, file: string): { line: string; shell: boolean; name: string } {
  const editor = (env.KUBE_EDITOR || env.EDITOR || "vi").trim();
  const shell = /\s/.test(editor);
  return { line: `${editor} ${shell ? JSON.stringify(file) : file}`, shell, name: shell ? `sh -c ${editor}` : editor };
}

/** The result of one save: the object parsed, or why it could not be stored (for the header and the error line). */
type Saved = { ok: true; object: KubeObject } | { ok: false; reason: string; invalid: boolean };

function parseEdited(text: string, file: string): Saved {
  const parsed = parseManifest(calculateStrippedContent(text), file);
  if (!parsed.ok) return { ok: false, reason: parsed.error, invalid: false };
  const docs = parsed.documents;
  const first = docs[0];
  if (!first) return { ok: false, reason: "", invalid: false };
  if (!first.ok) return { ok: false, reason: first.error, invalid: false };
  return { ok: true, object: first.object };
}

/**
 * `kubectl edit TYPE NAME` (kubernetes/kubectl pkg/cmd/edit, util/editor/
 * editoptions.go): writes the object's YAML under kubectl's header to
 * /tmp/kubectl-edit-N.yaml, runs $KUBE_EDITOR or $EDITOR (else vi) on it at
 * the host shell, then stores what was saved: `deployment.apps/web edited`;
 * `Edit cancelled, no changes made.` when nothing changed; an empty file
 * cancels; a save the API server rejects reopens the editor with the reason
 * on top, and when the file comes back unchanged kubectl gives up with
 * `error: deployments.apps "web" is invalid`, the preserved copy's path and
 * `error: Edit cancelled, no valid changes were saved.` (exit 1).
 * Simplification: the saved object replaces the live one (kubectl computes
 * a patch from the original); one object per edit; -o, --output-patch and
 * --windows-line-endings are not there. In the browser the world supplies
 * the editor (see README: kubectl edit in the browser).
 */
export const EDIT_COMMAND: KubectlCommand = {
  name: "edit",
  flags: [{ name: "output", short: "o", kind: "string", usage: "Output format." }],
  run(host, args) {
    if (args.length === 0) return failWith(host, "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
    const target = findTarget(host, args);
    if (!target.ok) return failTarget(host, target);
    const { object, type } = target;
    const file = `/tmp/kubectl-edit-${1000000000 + host.engine.ids.int(3000000000)}.yaml`;
    const original = formatYaml([object], false);
    let buffer = `${EDIT_HEADER}${original}`;
    let previous = original;
    let failed = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      host.fs.mkdir("/tmp", { recursive: true });
      host.fs.writeFile(file, buffer);
      const status = runEditor(host, file);
      if (status !== undefined) return status;
      const edited = host.fs.stat(file)?.type === "file" ? host.fs.readFile(file) : "";
      const stripped = calculateStrippedContent(edited);
      if (failed && stripped === calculateStrippedContent(previous)) return preserved(host, file, "Edit cancelled, no valid changes were saved.");
      if (stripped.trim() === "") {
        host.out.err("Edit cancelled, saved file was empty.\n");
        return 0;
      }
      if (!failed && stripped === calculateStrippedContent(original)) {
        host.out.err("Edit cancelled, no changes made.\n");
        return 0;
      }
      const saved = parseEdited(edited, file);
      let reason: string;
      if (saved.ok) {
        const next = saved.object;
        if (next.kind !== object.kind || next.apiVersion !== object.apiVersion || next.metadata.name !== object.metadata.name) {
          return preserved(host, file, "At least one of apiVersion, kind and name was changed");
        }
        const stored = dispatchPatchedObject(host, object, next);
        if (stored.ok) {
          host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} ${stored.changed ? "edited" : "skipped"}\n`);
          return 0;
        }
        host.out.err(`error: ${formatQualifiedResource(type)} "${object.metadata.name}" is invalid\n`);
        reason = stored.error;
      } else {
        reason = saved.reason;
        host.out.err(`error: ${reason}\n`);
      }
      failed = true;
      previous = edited;
      const lines = reason.split("\n").map((l) => `# ${l}`.trimEnd());
      buffer = `${EDIT_HEADER}# ${formatQualifiedResource(type)} "${object.metadata.name}" was not valid:\n${lines.join("\n")}\n#\n${calculateStrippedContent(edited).replace(/^\n+/, "")}`;
    }
    return preserved(host, file, "Edit cancelled, no valid changes were saved.");
  },
};

/** Runs the editor at the host shell: undefined when it exited 0, else the status after printing kubectl's error. */
function runEditor(host: KubectlHost, file: string): number | undefined {
  const { line, shell, name } = calculateEditorLine(host.env, file);
  if (!host.runHostLine) return failWith(host, `unable to launch the editor "${name}"`);
  const out = new Output();
  const status = host.runHostLine(line, out);
  const result = out.result(status);
  if (status === 127 && !shell) return failWith(host, `unable to launch the editor "${name}"`);
  host.out.append(result.chunks);
  if (status !== 0) return failWith(host, `there was a problem with the editor "${name}"`);
  return undefined;
}

/** editoptions.go preservedFile: names the kept copy, then the error. */
function preserved(host: KubectlHost, file: string, message: string): number {
  host.out.err(`A copy of your changes has been stored to "${file}"\n`);
  return failWith(host, message);
}
