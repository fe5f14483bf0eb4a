import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryFs, createWorld, gradeChecks, type World } from "@/simulator";
import type { Check } from "@/simulator/grader/checks";
import { CHECK_SCHEMA, PREDICATES_BY_KIND } from "@/simulator/grader/vocabulary";

/**
 * The Kubernetes and Compose predicates against worlds driven as a learner
 * drives them: each check fails before the step and passes after it.
 */
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-app
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: myapp:v1.0
        ports:
        - containerPort: 8000
`;

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db
stringData:
  password: s3cret
`;

function createK8sWorld(): World {
  return createWorld({
    workspace: createMemoryFs({
      "deployment.yaml": DEPLOYMENT,
      "secret.yaml": SECRET,
      "typo.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: typo\nspec:\n  selector:\n    app: wbe\n  ports:\n  - port: 80\n",
      "app/Dockerfile": 'FROM python:3.9-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\nCMD ["python", "app.py"]\n',
      "app/app.py": 'from http.server import BaseHTTPRequestHandler, HTTPServer\nHTTPServer(("", 8000), BaseHTTPRequestHandler).serve_forever()\n',
    }),
  });
}

function grade(world: World, check: Record<string, unknown>): { passed: boolean; detail: string } {
  const [result] = gradeChecks([{ id: "c", title: "c", ...check } as Check], world.snapshot());
  if (!result) throw new Error("no result");
  return result;
}

function run(world: World, line: string): void {
  const result = world.run(line);
  expect(result.exitCode, `${line}\n${result.stderr}`).toBe(0);
}

describe("Kubernetes predicates", () => {
  it("say there is no cluster before kubectl was used", () => {
    const world = createK8sWorld();
    expect(grade(world, { kind: "k8s-object-exists", object: "Namespace", name: "default" })).toMatchObject({ passed: false, detail: expect.stringContaining("no cluster") });
  });

  it("k8s-object-exists: namespaces, labels, deleted objects, unknown kinds and prototype names", () => {
    const world = createK8sWorld();
    run(world, "kubectl get ns");
    const dev = { kind: "k8s-object-exists", object: "Namespace", name: "dev" };
    expect(grade(world, dev).passed).toBe(false);
    run(world, "kubectl create namespace dev");
    expect(grade(world, dev).passed).toBe(true);
    expect(grade(world, { ...dev, labels: { team: "a" } }).detail).toContain("no label team");
    expect(grade(world, { ...dev, object: "Gadget" }).detail).toContain("unknown kind");
    expect(grade(world, { ...dev, name: "toString" }).passed).toBe(false);
    expect(grade(world, { ...dev, object: "toString" }).passed).toBe(false);
    run(world, "kubectl run hello --image=nginx:1.27 -n dev");
    const pod = { kind: "k8s-object-exists", object: "Pod", name: "hello", namespace: "dev", labels: { run: "hello" } };
    expect(grade(world, pod).passed).toBe(true);
    expect(grade(world, { ...pod, namespace: "default" }).passed).toBe(false);
  });

  it("the course Deployment: ready, image, revision, pods and endpoints through an update and an undo", () => {
    const world = createK8sWorld();
    run(world, "docker build -q -t myapp:v1.0 app");
    const ready = { kind: "k8s-deployment-ready", name: "web-app", replicas: 3 };
    run(world, "kubectl apply -f deployment.yaml");
    expect(grade(world, ready).passed).toBe(false);
    expect(grade(world, { kind: "k8s-pod-phase", labels: { app: "web" }, ready: true, min: 3 }).passed).toBe(false);
    run(world, "kubectl rollout status deployment/web-app");
    expect(grade(world, ready)).toMatchObject({ passed: true, detail: expect.stringContaining("3/3") });
    expect(grade(world, { ...ready, replicas: 5 }).detail).toContain("wants 3 replicas, not 5");
    expect(grade(world, { kind: "k8s-pod-phase", labels: { app: "web" }, ready: true, min: 3 }).passed).toBe(true);
    expect(grade(world, { kind: "k8s-pod-phase", labels: { app: "web" }, min: 4 }).passed).toBe(false);
    expect(grade(world, { kind: "k8s-pod-phase", labels: { app: "db" } }).detail).toContain("no pods with app=db");
    expect(grade(world, { kind: "k8s-deployment-image", name: "web-app", container: "web", image: "myapp:v1.0" }).passed).toBe(true);
    const svc = { kind: "k8s-service-endpoints", name: "web-app", minEndpoints: 3 };
    expect(grade(world, svc).detail).toContain("no Service web-app");
    run(world, "kubectl expose deployment web-app --port=80 --target-port=8000");
    expect(grade(world, svc).passed).toBe(true);
    expect(grade(world, { ...svc, type: "NodePort" }).detail).toContain("ClusterIP, not NodePort");
    expect(grade(world, { ...svc, nodePort: 30080 }).detail).toContain("opens no node port, not 30080");
    run(world, "kubectl set image deployment/web-app web=myapp:v2.0");
    run(world, "sleep 30");
    run(world, "kubectl get pods");
    expect(grade(world, ready).passed).toBe(false);
    expect(grade(world, { kind: "k8s-deployment-image", name: "web-app", image: "myapp:v1.0" }).detail).toContain("runs myapp:v2.0 (web)");
    expect(grade(world, { kind: "k8s-pod-phase", labels: { app: "web" }, phase: "Pending" })).toMatchObject({ passed: true });
    const revision = { kind: "k8s-rollout-revision", name: "web-app", min: 3 };
    expect(grade(world, revision).detail).toContain("revision 2");
    run(world, "kubectl rollout undo deployment/web-app");
    run(world, "kubectl rollout status deployment/web-app");
    expect(grade(world, revision).passed).toBe(true);
    expect(grade(world, ready).passed).toBe(true);
    expect(grade(world, { kind: "k8s-deployment-image", name: "web-app", image: "myapp:v1.0" }).passed).toBe(true);
  });

  it("k8s-service-endpoints explains a selector that picks nothing", () => {
    const world = createK8sWorld();
    run(world, "kubectl create deployment web --image=nginx:1.27");
    run(world, "kubectl rollout status deployment/web");
    run(world, "kubectl apply -f typo.yaml");
    const result = grade(world, { kind: "k8s-service-endpoints", name: "typo" });
    expect(result.passed).toBe(false);
    expect(result.detail).toContain("app=wbe");
  });

  it("k8s-config-key reads ConfigMap data and decodes a Secret's", () => {
    const world = createK8sWorld();
    run(world, "kubectl create configmap web-config --from-literal=GREETING=hello");
    run(world, "kubectl apply -f secret.yaml");
    expect(grade(world, { kind: "k8s-config-key", object: "ConfigMap", name: "web-config", key: "GREETING", value: "hello" }).passed).toBe(true);
    expect(grade(world, { kind: "k8s-config-key", object: "ConfigMap", name: "web-config", key: "OTHER" }).detail).toContain("has no key OTHER (it has GREETING)");
    expect(grade(world, { kind: "k8s-config-key", object: "ConfigMap", name: "web-config", key: "GREETING", value: "bye" }).passed).toBe(false);
    expect(grade(world, { kind: "k8s-config-key", object: "Secret", name: "db", key: "password", value: "s3cret" }).passed).toBe(true);
    expect(grade(world, { kind: "k8s-config-key", object: "Secret", name: "db", key: "toString" }).passed).toBe(false);
  });
});

const COMPOSE = `services:
  web:
    build: .
    ports:
      - "4000:8080"
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: learner
      POSTGRES_PASSWORD: secret
`;

describe("Compose predicates", () => {
  function createComposeWorld(): World {
    return createWorld({
      workspace: createMemoryFs({
        "Dockerfile": 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\nEXPOSE 8080\nCMD ["node", "server.js"]\n',
        "package.json": '{ "name": "web", "version": "1.0.0", "dependencies": { "express": "^4.19.2" } }\n',
        "server.js": 'const express = require("express");\nconst app = express();\napp.get("/", (req, res) => res.send("hello"));\napp.listen(8080);\n',
        "docker-compose.yml": COMPOSE,
      }),
    });
  }

  it("compose-project-running and compose-service-replicas follow up, scale, stop and down", () => {
    const world = createComposeWorld();
    const running = { kind: "compose-project-running", project: "workspace", services: ["web", "db"] };
    expect(grade(world, running).detail).toContain("no containers");
    run(world, "docker compose up -d");
    expect(grade(world, running).passed).toBe(true);
    expect(grade(world, { ...running, project: "other" }).passed).toBe(false);
    expect(grade(world, { ...running, services: ["web", "cache"] }).detail).toContain("service cache has no container");
    const replicas = { kind: "compose-service-replicas", project: "workspace", service: "db", replicas: 1 };
    expect(grade(world, replicas).passed).toBe(true);
    expect(grade(world, { ...replicas, replicas: 3 }).passed).toBe(false);
    run(world, "docker compose stop db");
    expect(grade(world, running).detail).toContain("workspace-db-1");
    expect(grade(world, replicas).passed).toBe(false);
    run(world, "docker compose down");
    expect(grade(world, running).passed).toBe(false);
    expect(grade(world, { ...replicas, replicas: 0 }).passed).toBe(true);
  });

  it("docker run containers without compose labels are not part of a project", () => {
    const world = createComposeWorld();
    run(world, "docker run -d --name web nginx:1.27");
    expect(grade(world, { kind: "compose-project-running", project: "workspace", services: ["web"] }).passed).toBe(false);
  });
});

describe("Kubernetes and Compose predicates, property", () => {
  it("arbitrary parameters (prototype names included) never make validation or grading throw, with a cluster and a project present", () => {
    const world = createK8sWorld();
    run(world, "kubectl create deployment web --image=nginx:1.27");
    run(world, "kubectl create configmap cfg --from-literal=a=b");
    run(world, "docker run -d --name plain nginx:1.27");
    const snapshot = world.snapshot();
    const kinds = ["k8s-object-exists", "k8s-deployment-ready", "k8s-deployment-image", "k8s-rollout-revision", "k8s-pod-phase", "k8s-service-endpoints", "k8s-config-key", "compose-project-running", "compose-service-replicas"];
    const word = fc.oneof(fc.constantFrom("web", "default", "toString", "__proto__", "constructor", "Deployment", "ConfigMap", "Secret", "Pod", "a", "workspace"), fc.string());
    const value = fc.oneof(word, fc.integer({ min: -2, max: 6 }), fc.boolean(), fc.array(word, { maxLength: 3 }), fc.dictionary(word, word, { maxKeys: 2 }), fc.constant(null));
    const optional = ["namespace", "labels", "container", "ready", "phase"];
    // Each kind's own example, with some of its parameters (and some optional ones) replaced by random or prototype-named values, so most checks validate and reach the evaluator.
    const check = fc.constantFrom(...kinds).chain((kind) => {
      const example = PREDICATES_BY_KIND[kind]?.example ?? {};
      const keys = [...Object.keys(example), ...optional];
      return fc.record({ kind: fc.constant(kind), changes: fc.dictionary(fc.constantFrom(...keys), fc.oneof(word, value), { maxKeys: 3 }) }).map(({ changes }) => ({ ...example, ...changes, kind }));
    });
    fc.assert(
      fc.property(check, (rest) => {
        const check = { id: "c", title: "t", ...rest };
        CHECK_SCHEMA.safeParse(check);
        const [result] = gradeChecks([check as unknown as Check], snapshot);
        expect(typeof result?.passed).toBe("boolean");
        expect(result?.detail.length).toBeGreaterThan(0);
        // gradeChecks turns a throw into this sentence; an evaluator must never need it.
        expect(result?.detail).not.toMatch(/could not be evaluated/);
      }),
      { numRuns: 400 },
    );
  });
});
