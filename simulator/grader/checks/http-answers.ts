import { z } from "zod";
import { answerHostHttp } from "../../engine/host-network";
import { definePredicate } from "../define";
import { describeMatch, matchesText, TEXT_MATCH } from "../params";

/**
 * `curl http://HOST:PORT/PATH` from the host gets an HTTP answer, optionally
 * with a status and body text. Asks the engine's host network (the same
 * function host `curl` uses) on a copy of the snapshot, so it is pure and
 * deterministic.
 */
export const httpAnswers = definePredicate({
  kind: "http-answers",
  source: "http",
  summary: "An HTTP GET from the host (as `curl localhost:PORT/PATH`) gets an answer, optionally with a status and text.",
  params: {
    port: z.number().int().min(1).max(65535).describe("host port"),
    host: z.string().min(1).default("localhost").describe("host name"),
    path: z.string().regex(/^\//).default("/").describe("request path"),
    status: z.number().int().min(100).max(599).optional().describe("expected HTTP status"),
    ...TEXT_MATCH,
  },
  example: { port: 5111, contains: "Hello World!" },
  evaluate(check, ctx) {
    const url = `http://${check.host}:${check.port}${check.path}`;
    const answer = answerHostHttp(ctx.engine(), check.host, check.port, check.path);
    if (answer === "refused") return { passed: false, detail: `Nothing answers on ${url}: no running container publishes host port ${check.port}.` };
    if (answer === "reset") {
      return {
        passed: false,
        detail: `Port ${check.port} is published, but nothing answers behind it: the app is not listening on the container port you mapped, or it listens on 127.0.0.1 inside the container instead of 0.0.0.0.`,
      };
    }
    if (answer === "empty") return { passed: false, detail: `${url} closed the connection without an answer (curl: Empty reply from server): the app inside is not serving HTTP there.` };
    if (answer === "unresolved") return { passed: false, detail: `${check.host} does not resolve from the host.` };
    if (check.status !== undefined && answer.status !== check.status) return { passed: false, detail: `${url} answered ${answer.status}, not ${check.status}.` };
    if (!matchesText(answer.body, check)) return { passed: false, detail: `${url} answered, but its body does not ${describeMatch(check)}: ${answer.body.slice(0, 80)}` };
    return { passed: true, detail: `${url} answered ${answer.status}.` };
  },
});
