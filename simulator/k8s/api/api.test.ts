import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dispatchDefaults, calculateDefaultPullPolicy } from "./defaults";
import { formatHumanDuration } from "./duration";
import { formatLabels, matchesSelector, parseLabelSelector, matchesRequirements } from "./labels";
import { parseManifest } from "./manifest";
import { calculateGeneratedName, calculatePodTemplateHash } from "./names";
import { findTypeForKind, resolveResourceType } from "./resources";
import { calculateBase64ErrorOffset, calculateValidationErrors, formatInvalidError } from "./validation";
import { SeededIds } from "../../core/ids";
import type { KubeObject } from "./types";

const deployment = (labels: Record<string, string>, selector: Record<string, string> | undefined): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: { ...(selector ? { selector: { matchLabels: selector } } : {}), template: { metadata: { labels }, spec: { containers: [{ name: "web", image: "nginx" }] } } },
});

describe("k8s api", () => {
  it("HumanDuration matches apimachinery's table", () => {
    expect([0, 5_000, 119_000, 125_000, 180_000, 45 * 60_000, 3 * 3600_000 + 12 * 60_000, 10 * 86400_000, 57 * 3600_000].map(formatHumanDuration)).toEqual(["0s", "5s", "119s", "2m5s", "3m", "45m", "3h12m", "10d", "2d9h"]);
  });

  it("pull policy defaults by tag", () => {
    expect(calculateDefaultPullPolicy("nginx")).toBe("Always");
    expect(calculateDefaultPullPolicy("nginx:latest")).toBe("Always");
    expect(calculateDefaultPullPolicy("myapp:v1.0")).toBe("IfNotPresent");
    expect(calculateDefaultPullPolicy("localhost:5000/app")).toBe("Always");
  });

  it("defaults a deployment as the API server does", () => {
    const d = deployment({ app: "web" }, { app: "web" });
    dispatchDefaults(d);
    expect(d.spec).toMatchObject({ replicas: 1, revisionHistoryLimit: 10, progressDeadlineSeconds: 600, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } } });
  });

  it("rejects a selector that does not match the template labels", () => {
    const errors = calculateValidationErrors(deployment({ app: "web2" }, { app: "web" }));
    expect(formatInvalidError("Deployment", "web", errors)).toBe('The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web2"}: `selector` does not match template `labels`');
  });

  it("lists both causes when the selector is missing", () => {
    const text = formatInvalidError("Deployment", "web", calculateValidationErrors(deployment({ app: "web" }, undefined)));
    expect(text).toBe('The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`');
  });

  it("rejects bad names with the DNS-1123 message", () => {
    const d = deployment({ app: "web" }, { app: "web" });
    d.metadata.name = "My_App";
    expect(formatInvalidError("Deployment", "My_App", calculateValidationErrors(d))).toMatch(/^The Deployment "My_App" is invalid: metadata.name: Invalid value: "My_App": a lowercase RFC 1123 subdomain/);
  });

  it("maps removed API versions to nothing", () => {
    expect(findTypeForKind("batch/v1beta1", "CronJob")).toBeUndefined();
    expect(findTypeForKind("batch/v1", "CronJob")?.plural).toBe("cronjobs");
    expect(findTypeForKind("autoscaling/v1", "HorizontalPodAutoscaler")?.plural).toBe("horizontalpodautoscalers");
    expect(resolveResourceType("deploy")?.kind).toBe("Deployment");
    expect(resolveResourceType("deployments.apps")?.kind).toBe("Deployment");
    expect(resolveResourceType("toString")).toBeUndefined();
  });

  it("hashes templates into the safe alphabet, equal templates equally", () => {
    const a = calculatePodTemplateHash({ spec: { containers: [{ name: "a", image: "x" }] } });
    expect(a).toMatch(/^[456789bcdf]{1,10}$/);
    expect(calculatePodTemplateHash({ spec: { containers: [{ image: "x", name: "a" }] } })).toBe(a);
    expect(calculateGeneratedName("web-", new SeededIds(1))).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it("label selectors", () => {
    const sel = parseLabelSelector("app=web,tier in (a, b),!legacy");
    expect(sel.ok).toBe(true);
    if (sel.ok) {
      expect(matchesRequirements({ app: "web", tier: "a" }, sel.requirements)).toBe(true);
      expect(matchesRequirements({ app: "web", tier: "a", legacy: "1" }, sel.requirements)).toBe(false);
    }
    expect(matchesSelector({}, { app: "web" })).toBe(false);
    expect(formatLabels({ b: "2", a: "1" })).toBe("a=1,b=2");
  });

  it("reads multi-document and KYAML manifests", () => {
    const m = parseManifest('---\n{\n  apiVersion: "v1",\n  kind: "Namespace", # note\n  metadata: { name: "dev", },\n}\n---\n\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n...', "x.yaml");
    expect(m.ok && m.documents.map((d) => (d.ok ? d.object.metadata.name : d.error))).toEqual(["dev", "c"]);
    const bad = parseManifest("apiVersion: v1\nmetadata:\n  name: x\n", "x.yaml");
    expect(bad.ok && bad.documents[0]).toEqual({ ok: false, error: 'error validating "x.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false' });
  });

  it("base64 errors match Go's offsets", () => {
    expect(calculateBase64ErrorOffset("REPLACE_WITH_BASE64_CERT")).toBe(7);
    expect(calculateBase64ErrorOffset("YWRtaW4=")).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => calculateBase64ErrorOffset(Buffer.from(bytes).toString("base64")) === undefined),
    );
  });

  it("an alias to an unknown anchor is an error, not a crash", () => {
    expect(parseManifest("*!", "f.yaml")).toEqual({ ok: false, error: "error parsing f.yaml: error converting YAML to JSON: yaml: unknown anchor '!' referenced" });
  });

  it("property: parsers never throw", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseLabelSelector(s);
        parseManifest(s, "f.yaml");
        calculateBase64ErrorOffset(s);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
