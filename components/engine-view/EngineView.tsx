"use client";

import { useMemo, type ReactNode } from "react";
import type { ClusterSnapshot, EngineState } from "@/simulator";
import { calculateCluster } from "./calculate-cluster";
import { calculateComposeProjects } from "./calculate-compose";
import { calculateContainers } from "./calculate-containers";
import { calculateImageStacks } from "./calculate-image-stacks";
import { calculateLastBuild } from "./calculate-last-build";
import type { TrafficView } from "./calculate-traffic";
import { ClusterPicture } from "./ClusterPicture";
import { ComposeProjects } from "./ComposeProjects";
import { ContainerCards } from "./ContainerCards";
import { ImageStacks } from "./ImageStacks";
import { LastBuild } from "./LastBuild";
import { TrafficStrip } from "./TrafficStrip";

export interface EngineViewProps {
  state: EngineState | null;
  /** The Kubernetes cluster, once kubectl has been used. */
  cluster?: ClusterSnapshot | undefined;
  traffic: TrafficView;
  /** The command that caused `traffic`. */
  lastLine: string | null;
  /** Opens a published port in the browser preview. */
  onOpen: (address: string) => void;
}

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-label={title} className="border-t border-[var(--panel-border)] py-3 first:border-t-0">
      <h3 className="mb-2 px-3 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">
        {title}
        {count !== undefined ? <span className="ml-1.5 font-normal text-zinc-600">{count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

/**
 * The picture of what Docker is doing: traffic, Compose projects, the other
 * containers, the cluster (once kubectl is used), the last build and the
 * images, refreshed after every command.
 */
export function EngineView({ state, cluster, traffic, lastLine, onOpen }: EngineViewProps) {
  const projects = useMemo(() => (state ? calculateComposeProjects(state) : []), [state]);
  const containers = useMemo(() => {
    const inProjects = new Set(projects.flatMap((p) => p.services.flatMap((s) => s.containers.map((c) => c.id))));
    return state ? calculateContainers(state).filter((c) => !inProjects.has(c.id)) : [];
  }, [state, projects]);
  const clusterView = useMemo(() => (cluster ? calculateCluster(cluster) : undefined), [cluster]);
  const images = useMemo(() => (state ? calculateImageStacks(state) : []), [state]);
  const build = useMemo(() => (state ? calculateLastBuild(state) : undefined), [state]);
  if (!state) return <p className="p-3 text-xs text-zinc-500">Starting the engine…</p>;
  return (
    <div className="h-full overflow-y-auto pb-4" data-testid="engine-view">
      <TrafficStrip traffic={traffic} line={lastLine} />
      {projects.length > 0 ? (
        <Section title="Compose projects" count={projects.length}>
          <ComposeProjects projects={projects} onOpen={onOpen} />
        </Section>
      ) : null}
      {projects.length === 0 || containers.length > 0 ? (
        <Section title="Containers" count={containers.length}>
          <ContainerCards containers={containers} onOpen={onOpen} />
        </Section>
      ) : null}
      {clusterView ? (
        <Section title="Cluster">
          <ClusterPicture cluster={clusterView} />
        </Section>
      ) : null}
      <Section title="Last build">
        <LastBuild build={build} />
      </Section>
      <Section title="Images" count={images.length}>
        <ImageStacks images={images} />
      </Section>
    </div>
  );
}
