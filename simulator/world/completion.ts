import { getOwn } from "../core/own";
import type { DockerCommand } from "../docker/command";
import { DOCKER_COMMANDS, DOCKER_GROUPS } from "../docker/registry";
import type { Engine } from "../engine/engine";
import { createNetworkStore } from "../engine/networks";
import type { FileSystem } from "../vfs/types";

/** What Tab offers: the candidates replace the text from `replaceFrom` to the cursor. */
export interface Completion {
  replaceFrom: number;
  /** Whole words, sorted; a directory ends with `/` (no space follows it). */
  candidates: string[];
}

/** What completion reads: the host's command names, files and working directory, and the engine's objects. */
export interface CompletionSources {
  commandNames: readonly string[];
  fs: FileSystem;
  cwd: string;
  home: string;
  engine: Engine;
  /** The docker CLI is on this shell's PATH (the host; not inside a container). */
  docker: boolean;
}

type ArgKind = "container" | "running" | "image" | "volume" | "network" | "path" | "container-or-image";

/**
 * Which objects a verb's operands name, as docker's own completion offers
 * them (docker/cli: the ValidArgsFunction of each command, e.g.
 * completion.ContainerNames(…, running) for exec and attach,
 * completion.ImageNames for run and rmi).
 */
const OPERANDS: Record<string, ArgKind> = {
  "container attach": "running",
  "container exec": "running",
  "container stop": "running",
  "container kill": "running",
  "container pause": "running",
  "container top": "running",
  "container stats": "running",
  "container start": "container",
  "container restart": "container",
  "container rm": "container",
  "container logs": "container",
  "container rename": "container",
  "container wait": "container",
  "container port": "container",
  "container diff": "container",
  "container unpause": "container",
  "container inspect": "container",
  "container commit": "container",
  "container export": "container",
  "container update": "container",
  "container cp": "container",
  "container run": "image",
  "container create": "image",
  "image rm": "image",
  "image push": "image",
  "image tag": "image",
  "image history": "image",
  "image inspect": "image",
  "image save": "image",
  "volume rm": "volume",
  "volume inspect": "volume",
  "network rm": "network",
  "network inspect": "network",
  "network connect": "network",
  "network disconnect": "network",
  "buildx build": "path",
  "image build": "path",
  "builder build": "path",
  " inspect": "container-or-image",
};

/** Verbs whose first operand alone is completed (what follows is a command line for the container). */
const FIRST_OPERAND_ONLY = new Set(["container run", "container create", "container exec"]);

/** Splits the text before the cursor into the words of its last simple command; the last one is being typed. */
function calculateWords(text: string): { words: string[]; start: number } {
  const words: string[] = [];
  let start = 0;
  let current = "";
  let quote = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = "";
      else current += c;
      continue;
    }
    if (c === "'" || c === '"') {
      if (!inWord) start = i;
      inWord = true;
      quote = c;
    } else if (c === " " || c === "\t") {
      if (inWord) words.push(current);
      current = "";
      inWord = false;
    } else if (c === ";" || c === "|" || c === "&" || c === "(") {
      words.length = 0;
      current = "";
      inWord = false;
    } else {
      if (!inWord) start = i;
      inWord = true;
      current += c;
    }
  }
  if (!inWord) start = text.length;
  words.push(current);
  return { words, start };
}

function filterPrefix(names: Iterable<string>, prefix: string): string[] {
  return [...new Set(names)].filter((n) => n.startsWith(prefix)).sort();
}

/** Files under the word's directory, as bash's filename completion lists them (dotfiles only for a `.` prefix). */
function calculatePaths(src: CompletionSources, word: string, dirsOnly: boolean): string[] {
  const slash = word.lastIndexOf("/");
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : "";
  const base = word.slice(slash + 1);
  let dir = dirPart === "" ? src.cwd : dirPart.startsWith("~") ? src.home + dirPart.slice(1) : dirPart.startsWith("/") ? dirPart : `${src.cwd}/${dirPart}`;
  dir = dir.length > 1 ? dir.replace(/\/+$/, "") : dir;
  let names: string[];
  try {
    names = src.fs.readdir(dir || "/");
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base) || (name.startsWith(".") && !base.startsWith("."))) continue;
    const isDir = src.fs.stat(`${dir === "/" ? "" : dir}/${name}`)?.type === "dir";
    if (dirsOnly && !isDir) continue;
    out.push(`${dirPart}${name}${isDir ? "/" : ""}`);
  }
  return out.sort();
}

function listObjects(engine: Engine, kind: ArgKind): string[] {
  const state = engine.state;
  const containers = Object.values(state.runtime.containers);
  switch (kind) {
    case "running":
      return containers.filter((c) => c.state.Running).map((c) => c.name);
    case "container":
      return containers.map((c) => c.name);
    case "image":
      return engine
        .listImages()
        .filter((r) => r.repository !== "<none>")
        .flatMap((r) => (r.tag === "latest" ? [r.repository, `${r.repository}:latest`] : [`${r.repository}:${r.tag}`]));
    case "container-or-image":
      return [...listObjects(engine, "container"), ...listObjects(engine, "image")];
    case "volume":
      return Object.keys(state.volumes ?? {});
    case "network":
      return Object.values(state.networks ?? createNetworkStore()).map((n) => n.Name);
    default:
      return [];
  }
}

/** The docker command named by the words after `docker` (global flags skipped), and how many words it used. */
function resolveDocker(words: readonly string[]): { command?: DockerCommand; group?: string; used: number } {
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith("-")) i++;
  const first = words[i];
  if (first === undefined) return { used: i };
  if (getOwn(DOCKER_GROUPS, first) !== undefined) {
    const verb = words[i + 1];
    const command = verb === undefined ? undefined : DOCKER_COMMANDS.find((c) => c.group === first && (c.name === verb || c.aliases.includes(verb)));
    return command ? { command, used: i + 2 } : { group: first, used: i + 1 };
  }
  const command = DOCKER_COMMANDS.find((c) => (c.group === "" ? c.name === first : c.shortcut === first));
  return command ? { command, used: i + 1 } : { used: words.length };
}

function completeDocker(src: CompletionSources, args: readonly string[], word: string): string[] {
  const resolved = resolveDocker(args);
  if (resolved.used >= args.length && !resolved.command && !resolved.group) {
    if (word.startsWith("-")) return filterPrefix(["--help", "--version", "-v", "-D", "--debug"], word);
    const top = DOCKER_COMMANDS.map((c) => (c.group === "" ? c.name : c.shortcut)).filter((n): n is string => n !== undefined);
    return filterPrefix([...top, ...Object.keys(DOCKER_GROUPS).filter((g) => DOCKER_COMMANDS.some((c) => c.group === g)), "help"], word);
  }
  if (resolved.group !== undefined && !resolved.command) {
    if (resolved.used < args.length) return [];
    // Cobra offers command names, not their aliases.
    return filterPrefix(DOCKER_COMMANDS.filter((c) => c.group === resolved.group).map((c) => c.name), word);
  }
  const command = resolved.command;
  if (!command) return [];
  if (word.startsWith("-")) {
    return filterPrefix(["--help", ...command.flags.filter((f) => !f.hidden).flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])])], word);
  }
  const rest = args.slice(resolved.used);
  const previous = rest[rest.length - 1];
  const valueFlag = previous?.startsWith("-") && !previous.includes("=") ? command.flags.find((f) => `--${f.name}` === previous || `-${f.short}` === previous) : undefined;
  if (valueFlag && valueFlag.kind !== "bool") {
    if (valueFlag.name === "network") return filterPrefix(listObjects(src.engine, "network"), word);
    return calculatePaths(src, word, false);
  }
  const key = `${command.group} ${command.name}`;
  const kind = getOwn(OPERANDS, key);
  if (!kind) return calculatePaths(src, word, false);
  const operands = rest.filter((w, i) => !w.startsWith("-") && !(i > 0 && isValueFlag(command, rest[i - 1] as string)));
  if (FIRST_OPERAND_ONLY.has(key) && operands.length > 0) return [];
  if (kind === "path") return calculatePaths(src, word, true);
  return filterPrefix(listObjects(src.engine, kind), word);
}

function isValueFlag(command: DockerCommand, word: string): boolean {
  if (!word.startsWith("-") || word.includes("=")) return false;
  const flag = command.flags.find((f) => `--${f.name}` === word || `-${f.short}` === word);
  return flag !== undefined && flag.kind !== "bool";
}

/**
 * Tab completion at the host prompt, as bash with docker's completion
 * script offers it: command names for the first word (a word with `/` is a
 * path), docker's commands, management groups, their verbs, the resolved
 * verb's flags, and the containers, images, volumes or networks its
 * operands name; file names everywhere else (`cd`: directories only).
 * Inside a container's shell the names come from its own PATH and files.
 * Simplification: quoting inside a word is dropped, and kubectl's and
 * compose's own words are not completed (only their command names).
 */
export function calculateCompletion(src: CompletionSources, line: string, cursor: number): Completion {
  const text = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const { words, start } = calculateWords(text);
  const word = words[words.length - 1] ?? "";
  const before = words.slice(0, -1);
  let candidates: string[];
  if (before.length === 0) candidates = word.includes("/") ? calculatePaths(src, word, false) : filterPrefix(src.commandNames, word);
  else if (before[0] === "docker" && src.docker) candidates = completeDocker(src, before.slice(1), word);
  else candidates = calculatePaths(src, word, before[0] === "cd");
  return { replaceFrom: start, candidates };
}

/** The longest text every candidate starts with (what one Tab inserts when several match). */
export function calculateCommonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return "";
  let prefix = candidates[0] as string;
  for (const c of candidates) {
    while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
