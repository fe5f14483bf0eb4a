import type { TrafficView } from "./calculate-traffic";

function Node({ label, lit, detail }: { label: string; lit: boolean; detail: string }) {
  return (
    <div
      data-lit={lit ? "true" : "false"}
      className={`flex min-w-0 flex-1 flex-col items-center rounded-md border px-2 py-1.5 text-center transition-colors duration-300 ${
        lit ? "border-sky-400/60 bg-sky-400/10 text-zinc-100" : "border-[var(--panel-border)] text-zinc-500"
      }`}
    >
      <span className="text-xs font-medium">{label}</span>
      <span className="truncate text-[10px] text-zinc-500">{detail}</span>
    </div>
  );
}

function Link({ lit, label }: { lit: boolean; label: string }) {
  return (
    <span className={`shrink-0 px-1 font-mono text-[10px] transition-colors duration-300 ${lit ? "text-sky-300" : "text-zinc-600"}`}>
      {label}
    </span>
  );
}

/** The client → daemon → registry strip: which legs the last command used (calculate-traffic.ts). */
export function TrafficStrip({ traffic, line }: { traffic: TrafficView; line: string | null }) {
  const daemonWork = traffic.build ? "built an image" : traffic.pull ? "stored layers" : traffic.push ? "sent layers" : "dockerd";
  const registryWork = traffic.push && traffic.pull ? "push and pull" : traffic.push ? "received a push" : traffic.pull ? "served a pull" : "Docker Hub, registry:2";
  return (
    <section aria-label="Client, daemon and registry" data-testid="traffic-strip" className="px-3 pt-3">
      <div className="flex items-center">
        <Node label="Client" lit={traffic.client} detail="docker CLI" />
        <Link lit={traffic.client} label="──►" />
        <Node label="Daemon" lit={traffic.client || traffic.build} detail={daemonWork} />
        <Link lit={traffic.pull || traffic.push} label={traffic.push && !traffic.pull ? "──►" : traffic.pull && !traffic.push ? "◄──" : "◄─►"} />
        <Node label="Registry" lit={traffic.pull || traffic.push} detail={registryWork} />
      </div>
      <p className="mt-1.5 truncate font-mono text-[10px] text-zinc-500" aria-live="polite">
        {line === null ? "Run a docker command to see where it goes." : `$ ${line}`}
      </p>
    </section>
  );
}
