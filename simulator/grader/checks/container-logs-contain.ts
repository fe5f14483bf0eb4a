import { definePredicate } from "../define";
import { describeMatch, matchesText, selectContainers, SELECTOR, TEXT_MATCH } from "../params";

/** A container's log (what its process wrote to stdout/stderr, kept by the json-file driver; `docker logs`) contains text. */
export const containerLogsContain = definePredicate({
  kind: "container-logs-contain",
  source: "container",
  summary: "A container's output (`docker logs`) contains text.",
  params: { ...SELECTOR, ...TEXT_MATCH },
  example: { image: "hello-world", contains: "Hello from Docker!" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const hit = selected.containers.find((c) => matchesText(c.logs.map((l) => l.text).join(""), check));
    if (hit) return { passed: true, detail: `Container ${hit.name}'s logs ${describeMatch(check).replace(/^contain/, "contain")}.` };
    return { passed: false, detail: `No matching container's logs ${describeMatch(check)}.` };
  },
});
