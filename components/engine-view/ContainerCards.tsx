import type { ContainerView } from "./calculate-containers";

const DOT: Record<ContainerView["status"], string> = {
  running: "bg-emerald-400",
  restarting: "bg-amber-400",
  paused: "bg-amber-400",
  created: "bg-sky-400",
  exited: "bg-zinc-500",
  removing: "bg-rose-400",
  dead: "bg-rose-400",
};

/** Containers coloured by state, with published ports (host → container), volumes and networks. */
export function ContainerCards({ containers, onOpen }: { containers: ContainerView[]; onOpen: (address: string) => void }) {
  if (containers.length === 0) return <p className="px-3 text-xs text-zinc-500">No containers. Try docker run hello-world.</p>;
  return (
    <ul className="grid grid-cols-1 gap-2 px-3" data-testid="engine-containers">
      {containers.map((c) => (
        <li
          key={c.id}
          data-testid="engine-container"
          data-status={c.status}
          className="rounded-md border border-[var(--panel-border)] bg-[var(--panel)] px-2.5 py-2 text-xs"
        >
          <div className="flex items-center gap-2">
            <span className={`h-2 w-2 shrink-0 rounded-full ${DOT[c.status]}`} aria-hidden="true" />
            <span className="truncate font-medium text-zinc-100">{c.name}</span>
            <span className="ml-auto shrink-0 text-zinc-400">{c.statusText}</span>
          </div>
          <div className="mt-1 truncate font-mono text-[11px] text-zinc-500">
            {c.shortId} · {c.image}
          </div>
          {c.ports.length > 0 ? (
            <ul className="mt-1.5 flex flex-wrap gap-1.5" aria-label="Published ports">
              {c.ports.map((p) => (
                <li key={`${p.hostIp}:${p.hostPort}>${p.containerPort}`}>
                  {p.address ? (
                    <button
                      type="button"
                      onClick={() => onOpen(p.address ?? "")}
                      title={`Open ${p.address} in the preview`}
                      className="rounded bg-sky-400/10 px-1.5 py-0.5 font-mono text-[11px] text-sky-300 hover:bg-sky-400/20 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
                    >
                      {p.hostIp}:{p.hostPort} → {p.containerPort}
                    </button>
                  ) : (
                    <span className="rounded bg-white/5 px-1.5 py-0.5 font-mono text-[11px] text-zinc-400">
                      {p.hostIp}:{p.hostPort || "?"} → {p.containerPort}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {c.mounts.length > 0 || c.networks.length > 0 ? (
            <ul className="mt-1.5 space-y-0.5 font-mono text-[11px] text-zinc-400">
              {c.mounts.map((m) => (
                <li key={m} className="truncate">
                  {m}
                </li>
              ))}
              {c.networks.length > 0 ? <li className="truncate">network {c.networks.join(", ")}</li> : null}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
