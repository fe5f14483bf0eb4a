"use client";

import { useMemo, type ReactNode } from "react";
import type { EngineState } from "@/simulator";
import { calculateContainers } from "./calculate-containers";
import { calculateImageStacks } from "./calculate-image-stacks";
import { calculateLastBuild } from "./calculate-last-build";
import type { TrafficView } from "./calculate-traffic";
import { ContainerCards } from "./ContainerCards";
import { ImageStacks } from "./ImageStacks";
import { LastBuild } from "./LastBuild";
import { TrafficStrip } from "./TrafficStrip";

export interface EngineViewProps {
  state: EngineState | null;
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

/** The picture of what Docker is doing: traffic, containers, the last build and the images, refreshed after every command. */
export function EngineView({ state, traffic, lastLine, onOpen }: EngineViewProps) {
  const containers = useMemo(() => (state ? calculateContainers(state) : []), [state]);
  const images = useMemo(() => (state ? calculateImageStacks(state) : []), [state]);
  const build = useMemo(() => (state ? calculateLastBuild(state) : undefined), [state]);
  if (!state) return <p className="p-3 text-xs text-zinc-500">Starting the engine…</p>;
  return (
    <div className="h-full overflow-y-auto pb-4" data-testid="engine-view">
      <TrafficStrip traffic={traffic} line={lastLine} />
      <Section title="Containers" count={containers.length}>
        <ContainerCards containers={containers} onOpen={onOpen} />
      </Section>
      <Section title="Last build">
        <LastBuild build={build} />
      </Section>
      <Section title="Images" count={images.length}>
        <ImageStacks images={images} />
      </Section>
    </div>
  );
}
