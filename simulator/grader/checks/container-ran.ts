import { z } from "zod";
import { definePredicate } from "../define";
import { describeSelector, describeState, selectContainers, SELECTOR } from "../params";

/** A container was started (State.StartedAt set) and, with `exitCode`, has exited with that code (`docker ps -a` STATUS `Exited (0)`). */
export const containerRan = definePredicate({
  kind: "container-ran",
  source: "container",
  summary: "A container has been started; with `exitCode`, it has exited with that code.",
  params: { ...SELECTOR, exitCode: z.number().int().min(0).max(255).optional().describe("expected exit code once it stopped") },
  example: { image: "hello-world", exitCode: 0 },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const started = selected.containers.filter((c) => c.state.StartedAt > 0);
    if (started.length === 0) return { passed: false, detail: `${describeSelector(check)} exists but never started (it is still Created).` };
    if (check.exitCode === undefined) return { passed: true, detail: `Container ${started[0]?.name} ran.` };
    const good = started.find((c) => !c.state.Running && c.state.ExitCode === check.exitCode);
    if (good) return { passed: true, detail: `Container ${good.name} ran and exited with code ${check.exitCode}.` };
    const last = started[started.length - 1];
    return { passed: false, detail: `Container ${last?.name} ${last ? describeState(last) : ""}; expected it to exit with code ${check.exitCode}.` };
  },
});
