import { z } from "zod";
import { definePredicate } from "../define";
import { selectContainers, SELECTOR } from "../params";

/** A container's environment (Config.Env: the image's ENV plus `-e`) sets a variable, optionally to a value. */
export const containerEnv = definePredicate({
  kind: "container-env",
  source: "container",
  summary: "A container's environment sets a variable (`-e NAME=value` or the image's ENV), optionally to a value.",
  params: { ...SELECTOR, env: z.string().min(1).describe("variable name"), value: z.string().optional().describe("exact value") },
  example: { name: "web", env: "APP_COLOR", value: "blue" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const seen: string[] = [];
    for (const c of selected.containers) {
      const entry = [...c.config.Env].reverse().find((e) => e.split("=")[0] === check.env);
      if (entry === undefined) continue;
      const value = entry.slice(check.env.length + 1);
      if (check.value === undefined || value === check.value) return { passed: true, detail: `Container ${c.name} has ${check.env}=${value}.` };
      seen.push(`${c.name} has ${check.env}=${value}`);
    }
    if (seen.length > 0) return { passed: false, detail: `${seen.join("; ")}; expected ${check.env}=${check.value ?? ""}.` };
    return { passed: false, detail: `No matching container has ${check.env} in its environment. Pass it with \`-e ${check.env}=…\`.` };
  },
});
