"use client";

import { useState, type ReactNode } from "react";
import type { ClusterView, PodTone, PodView } from "./calculate-cluster";

const TONE: Record<PodTone, { dot: string; text: string }> = {
  running: { dot: "bg-emerald-400", text: "text-emerald-300" },
  creating: { dot: "bg-sky-400 animate-pulse", text: "text-sky-300" },
  pending: { dot: "bg-zinc-400", text: "text-zinc-300" },
  pull: { dot: "bg-amber-400", text: "text-amber-300" },
  crash: { dot: "bg-rose-400", text: "text-rose-300" },
  terminating: { dot: "bg-zinc-600", text: "text-zinc-500 line-through" },
  done: { dot: "bg-zinc-500", text: "text-zinc-400" },
  failed: { dot: "bg-rose-500", text: "text-rose-400" },
};

interface Selection {
  selected: string | null;
  toggle: (uid: string) => void;
}

/** A pod: a button, so the keyboard reaches it; pressing it marks the same pod on its node, under its owner and under the Services that select it. */
function PodChip({ pod, selection }: { pod: PodView; selection: Selection }) {
  const tone = TONE[pod.tone];
  const on = selection.selected === pod.uid;
  return (
    <li>
      <button
        type="button"
        data-testid="cluster-pod"
        data-tone={pod.tone}
        data-status={pod.status}
        aria-pressed={on}
        title={`${pod.name}: ${pod.status}, ready ${pod.ready}${pod.restarts ? `, ${pod.restarts} restarts` : ""}${pod.ip ? `, ${pod.ip}` : ""}`}
        onClick={() => selection.toggle(pod.uid)}
        className={`flex max-w-full items-center gap-1.5 rounded px-1.5 py-0.5 font-mono text-[11px] focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none ${
          on ? "bg-sky-400/20 ring-1 ring-sky-400" : "bg-white/[0.05] hover:bg-white/10"
        }`}
      >
        <span className={`h-2 w-2 shrink-0 rounded-full ${tone.dot}`} aria-hidden="true" />
        <span className="truncate text-zinc-200">{pod.name}</span>
        <span className={`shrink-0 ${tone.text}`}>{pod.status}</span>
      </button>
    </li>
  );
}

function Pods({ pods, selection, label, empty }: { pods: PodView[]; selection: Selection; label: string; empty?: ReactNode }) {
  if (pods.length === 0) return empty ? <p className="text-[11px] text-zinc-500">{empty}</p> : null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={label}>
      {pods.map((pod) => (
        <PodChip key={pod.uid} pod={pod} selection={selection} />
      ))}
    </ul>
  );
}

function Box({ children, testId, warn = false }: { children: ReactNode; testId: string; warn?: boolean }) {
  return (
    <li data-testid={testId} className={`rounded-md border bg-[var(--panel)] px-2.5 py-2 text-xs ${warn ? "border-amber-400/40" : "border-[var(--panel-border)]"}`}>
      {children}
    </li>
  );
}

/** `dev: ` before objects outside the default namespace. */
function inNamespace(namespace: string): string {
  return namespace === "default" ? "" : `${namespace}: `;
}

function Heading({ children }: { children: ReactNode }) {
  return <h4 className="mt-3 mb-1.5 text-[10.5px] font-semibold tracking-wider text-zinc-500 uppercase first:mt-0">{children}</h4>;
}

/**
 * The cluster picture: nodes holding pods coloured by their kubectl STATUS,
 * Deployment → ReplicaSet → Pod ownership, Services and the pods they select,
 * and the newest events, as of the cluster's last settle (every kubectl command).
 */
export function ClusterPicture({ cluster }: { cluster: ClusterView }) {
  const [selected, setSelected] = useState<string | null>(null);
  const selection: Selection = { selected, toggle: (uid) => setSelected((s) => (s === uid ? null : uid)) };
  const { nodes, unscheduled, deployments, barePods, services, events } = cluster;
  const workloads = deployments.length + barePods.length;
  return (
    <div className="px-3" data-testid="engine-cluster">
      <Heading>Nodes</Heading>
      <ul className="grid grid-cols-1 gap-2">
        {nodes.map((node) => (
          <Box key={node.name} testId="cluster-node">
            <div className="mb-1.5 flex items-center gap-2">
              <span className="font-medium text-zinc-100">{node.name}</span>
              <span className={node.ready ? "text-emerald-300" : "text-rose-300"}>{node.ready ? "Ready" : "NotReady"}</span>
              <span className="ml-auto text-[11px] text-zinc-500">{node.systemPods} system pods</span>
            </div>
            <Pods pods={node.pods} selection={selection} label={`Pods on ${node.name}`} empty="No pods of yours here yet." />
          </Box>
        ))}
        {unscheduled.length > 0 ? (
          <Box testId="cluster-unscheduled" warn>
            <p className="mb-1.5 text-amber-200">Not scheduled on any node</p>
            <Pods pods={unscheduled} selection={selection} label="Pods waiting for a node" />
          </Box>
        ) : null}
      </ul>

      <Heading>Workloads</Heading>
      {workloads === 0 ? <p className="text-xs text-zinc-500">No workloads. Try kubectl create deployment web --image=nginx.</p> : null}
      <ul className="grid grid-cols-1 gap-2">
        {deployments.map((d) => (
          <Box key={`${d.namespace}/${d.name}`} testId="cluster-deployment">
            <div className="flex items-baseline gap-2">
              <span className="font-medium text-zinc-100">
                {inNamespace(d.namespace)}deployment/{d.name}
              </span>
              <span className="truncate font-mono text-[11px] text-zinc-500">{d.image}</span>
              <span className="ml-auto shrink-0 text-zinc-400">{d.ready} ready</span>
            </div>
            <ul className="mt-1.5 space-y-1.5 border-l border-[var(--panel-border)] pl-2.5" aria-label={`ReplicaSets of ${d.name}, newest first`}>
              {d.replicaSets.map((rs) => (
                <li key={rs.name} data-testid="cluster-replicaset" data-revision={rs.revision}>
                  <p className="mb-1 font-mono text-[11px] text-zinc-400">
                    replicaset/{rs.name}
                    <span className="text-zinc-500">
                      {rs.revision ? ` · rev ${rs.revision}` : ""} · {rs.pods.length}/{rs.desired}
                    </span>
                  </p>
                  <Pods pods={rs.pods} selection={selection} label={`Pods of ${rs.name}`} />
                </li>
              ))}
            </ul>
          </Box>
        ))}
        {barePods.length > 0 ? (
          <Box testId="cluster-bare-pods">
            <p className="mb-1.5 text-zinc-400">Pods without a controller</p>
            <Pods pods={barePods} selection={selection} label="Pods without a controller" />
          </Box>
        ) : null}
      </ul>

      {services.length > 0 ? (
        <>
          <Heading>Services</Heading>
          <ul className="grid grid-cols-1 gap-2">
            {services.map((s) => (
              <Box key={`${s.namespace}/${s.name}`} testId="cluster-service" warn={s.selector !== undefined && s.pods.length === 0}>
                <div className="mb-1 flex items-baseline gap-2">
                  <span className="font-medium text-zinc-100">
                    {inNamespace(s.namespace)}service/{s.name}
                  </span>
                  <span className="font-mono text-[11px] text-zinc-500">
                    {s.type} {s.clusterIP} {s.ports}
                  </span>
                </div>
                <p className="mb-1 font-mono text-[11px] text-zinc-400">selector {s.selector ?? "<none>"} →</p>
                <Pods
                  pods={s.pods}
                  selection={selection}
                  label={`Pods ${s.name} selects`}
                  empty={s.selector ? <span className="text-amber-300">selects no pods: endpoints &lt;none&gt;</span> : "no selector: endpoints are managed by hand"}
                />
              </Box>
            ))}
          </ul>
        </>
      ) : null}

      <Heading>Events</Heading>
      {events.length === 0 ? <p className="text-xs text-zinc-500">No events yet.</p> : null}
      <ol className="space-y-1" aria-label="Events, newest first" data-testid="cluster-events">
        {events.map((e) => (
          <li key={e.key} className="font-mono text-[11px] leading-snug" data-type={e.type}>
            <span className={e.type === "Warning" ? "text-amber-300" : "text-zinc-500"}>{e.type === "Warning" ? "Warning" : "Normal"}</span>{" "}
            <span className="text-zinc-200">{e.reason}</span> <span className="text-zinc-500">{e.object}</span>
            {e.count > 1 ? <span className="text-zinc-500"> (x{e.count})</span> : null}
            <span className="block break-words text-zinc-400">{e.message}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
