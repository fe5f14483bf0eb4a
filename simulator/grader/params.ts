import { z } from "zod";
import type { ImageRecord } from "../image/types";
import type { Verdict } from "./checks";
import type { ContainerRecord } from "../runtime/types";
import { formatReference, type ContainerSelector, type GradeContext } from "./context";

/** `name` and/or `image` picking containers (absent: any container). */
export const SELECTOR = {
  name: z.string().min(1).optional().describe("container name (as given to --name)"),
  image: z.string().min(1).optional().describe("image the container was created from (`python-helloworld`, `registry:2`)"),
};

/** `contains` (plain text) and/or `matches` (a JavaScript regular expression) over some text. */
export const TEXT_MATCH = {
  contains: z.string().optional().describe("text that must appear"),
  matches: z
    .string()
    .refine((s) => {
      try {
        new RegExp(s);
        return true;
      } catch {
        return false;
      }
    }, "not a valid regular expression")
    .optional()
    .describe("regular expression that must match"),
};

/** True when `text` satisfies both the `contains` and `matches` parts given. */
export function matchesText(text: string, match: { contains?: string | undefined; matches?: string | undefined }): boolean {
  if (match.contains !== undefined && !text.includes(match.contains)) return false;
  if (match.matches !== undefined && !new RegExp(match.matches, "m").test(text)) return false;
  return true;
}

/** How a text match reads in a message: `contain "x"` / `match /x/`. */
export function describeMatch(match: { contains?: string | undefined; matches?: string | undefined }): string {
  const parts: string[] = [];
  if (match.contains !== undefined) parts.push(`contain "${match.contains}"`);
  if (match.matches !== undefined) parts.push(`match /${match.matches}/`);
  return parts.join(" and ") || "exist";
}

/** How a selector reads in a message: `container web`, `a container from nginx`, `a container`. */
export function describeSelector(selector: ContainerSelector): string {
  if (selector.name !== undefined && selector.image !== undefined) return `container ${selector.name} (from ${selector.image})`;
  if (selector.name !== undefined) return `container ${selector.name}`;
  if (selector.image !== undefined) return `a container from ${selector.image}`;
  return "a container";
}

/**
 * The containers a selector picks, or a failing sentence when there are none
 * (shared by every container predicate).
 */
export function selectContainers(ctx: GradeContext, selector: ContainerSelector): { containers: ContainerRecord[] } | { missing: string } {
  const containers = ctx.containers(selector);
  if (containers.length > 0) return { containers };
  if (selector.name !== undefined) {
    const named = ctx.containers({ name: selector.name });
    if (named[0] && selector.image !== undefined) {
      return { missing: `Container ${selector.name} exists, but it runs ${named[0].config.Image}, not ${selector.image}.` };
    }
    return { missing: `There is no container named ${selector.name}.` };
  }
  return { missing: `No container has been created from ${selector.image ?? "any image"} yet.` };
}

/** Container state as `docker ps` would put it, for messages. */
export function describeState(container: ContainerRecord): string {
  if (container.state.Running) return "is running";
  if (container.state.StartedAt === 0) return "was created but never started";
  return `exited with code ${container.state.ExitCode}`;
}

/** Decimal size units as docker prints image sizes (go-units HumanSize: kB, MB, GB = 1000ⁿ). */
const DECIMAL: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/** `100MB`, `1.5GB`, `2048` → bytes (go-units FromHumanSize, decimal). */
export function parseHumanSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b)?$/i.exec(text.trim());
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (DECIMAL[(m[2] ?? "b").toLowerCase()] ?? 1));
}

/** Binary units as `--memory` reads them (go-units RAMInBytes: 200m = 200 MiB). */
const BINARY: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `200m`, `1G`, `512k` → bytes (docker/go-units RAMInBytes). */
export function parseRamSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg])?b?$/i.exec(text.trim());
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (BINARY[(m[2] ?? "").toLowerCase()] ?? 1));
}

/** A size refinement for zod: parses as a human size. */
export const HUMAN_SIZE = z.string().refine((s) => parseHumanSize(s) !== undefined, "a size such as 100MB");

/** A size refinement for zod: parses as `--memory` does. */
export const RAM_SIZE = z.string().refine((s) => parseRamSize(s) !== undefined, "a size such as 200m or 1G");

/** Bytes as docker prints sizes (decimal, 3 significant digits: `125MB`). */
export function formatSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${Number(value.toPrecision(3))}${units[unit]}`;
}

/** The image a check names, or the failing verdict when it is not stored locally. */
export function requireImage(ctx: GradeContext, reference: string): { image: ImageRecord } | { missing: Verdict } {
  const image = ctx.findImage(reference);
  if (image) return { image };
  return { missing: { passed: false, detail: `There is no image \`${formatReference(reference)}\` in your local images yet.` } };
}

/** `reference` as a parameter. */
export const REFERENCE = z.string().min(1).describe("image reference, e.g. `python-helloworld` or `localhost:5000/app:v1`");
