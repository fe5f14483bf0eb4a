import { definePredicate } from "../define";
import { describeSelector, describeState, selectContainers, SELECTOR } from "../params";

/** A container is running now (`docker ps` lists it; State.Running). */
export const containerRunning = definePredicate({
  kind: "container-running",
  source: "container",
  summary: "A container is running now (`docker ps` lists it).",
  params: { ...SELECTOR },
  example: { name: "web", image: "python-helloworld" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const running = selected.containers.find((c) => c.state.Running);
    if (running) return { passed: true, detail: `Container ${running.name} is running.` };
    const last = selected.containers[selected.containers.length - 1];
    const logs = last?.logs.map((l) => l.text).join("").trim().split("\n").slice(-1)[0];
    const hint = last && last.state.StartedAt > 0 ? ` Read \`docker logs ${last.name}\` to see why${logs ? ` (last line: ${logs.slice(0, 100)})` : ""}.` : "";
    return { passed: false, detail: `${describeSelector(check)} is not running: ${last?.name} ${last ? describeState(last) : ""}.${hint}` };
  },
});
