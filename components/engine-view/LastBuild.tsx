import type { LastBuildView } from "./calculate-last-build";

const MARK: Record<LastBuildView["steps"][number]["status"], { text: string; className: string }> = {
  cached: { text: "CACHED", className: "text-emerald-400" },
  ran: { text: "RAN", className: "text-amber-300" },
  failed: { text: "FAILED", className: "text-rose-400" },
};

/** The last build's steps: which came from the cache and why each miss happened. */
export function LastBuild({ build }: { build: LastBuildView | undefined }) {
  if (!build) return <p className="px-3 text-xs text-zinc-500">No build yet. docker build shows its steps here.</p>;
  return (
    <div className="px-3" data-testid="engine-build">
      <p className="text-xs text-zinc-400">
        <span className="font-mono text-zinc-200">{build.tags.join(", ") || "(untagged)"}</span> ·{" "}
        {build.ok ? `${build.cachedCount} cached, ${build.ranCount} ran` : <span className="text-rose-400">failed</span>}
        {build.builder === "classic" ? " · legacy builder" : ""}
      </p>
      <ol className="mt-1.5 space-y-1">
        {build.steps.map((step, i) => (
          <li key={`${step.stage}-${i}`} data-testid="build-step" data-status={step.status} className="font-mono text-[11px] leading-snug">
            <span className={`mr-1.5 inline-block w-12 ${MARK[step.status].className}`}>{MARK[step.status].text}</span>
            <span className="text-zinc-500">{step.label} </span>
            <span className="text-zinc-200">{step.instruction}</span>
            {step.why ? <span className="block pl-[3.4rem] font-sans text-zinc-500">re-ran: {step.why}</span> : null}
          </li>
        ))}
      </ol>
      {build.error ? <p className="mt-1.5 font-mono text-[11px] break-words text-rose-400">{build.error}</p> : null}
    </div>
  );
}
