import { z } from "zod";
import { definePredicate } from "../define";
import { describeSelector } from "../params";
import { SELECTOR } from "../params";

/**
 * How many containers (`docker ps -a`, or only those in a state) match: at
 * least `min` and at most `max` (`max: 0` checks that they were removed:
 * `docker rm`, `docker container prune`, `--rm`).
 */
export const containerCount = definePredicate({
  kind: "container-count",
  source: "container",
  summary: "The number of containers matching (optionally in a state) is within bounds; `max: 0` means removed.",
  params: {
    ...SELECTOR,
    state: z.enum(["any", "running", "exited", "created", "paused"]).default("any").describe("only containers in this state"),
    min: z.number().int().min(0).optional().describe("at least this many"),
    max: z.number().int().min(0).optional().describe("at most this many"),
  },
  example: { image: "hello-world", state: "exited", min: 2 },
  evaluate(check, ctx) {
    const all = ctx.containers(check);
    const chosen = check.state === "any" ? all : all.filter((c) => c.state.Status === check.state);
    const what = `${check.state === "any" ? "" : `${check.state} `}container${chosen.length === 1 ? "" : "s"}`;
    const names = chosen.slice(0, 4).map((c) => c.name).join(", ");
    const subject = describeSelector(check).replace(/^a container/, "containers").replace(/^container /, "containers named ");
    if (check.max !== undefined && chosen.length > check.max) {
      return { passed: false, detail: `There ${chosen.length === 1 ? "is" : "are"} ${chosen.length} ${what} (${names}) matching ${subject}; at most ${check.max} expected.` };
    }
    if (check.min !== undefined && chosen.length < check.min) {
      return { passed: false, detail: `There ${chosen.length === 1 ? "is" : "are"} ${chosen.length} ${what} matching ${subject}; at least ${check.min} expected.` };
    }
    return { passed: true, detail: `${chosen.length} ${what} match${chosen.length === 1 ? "es" : ""}${names ? ` (${names})` : ""}.` };
  },
});
