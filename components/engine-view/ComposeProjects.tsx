import type { ComposeProjectView } from "./calculate-compose";
import { ContainerCards } from "./ContainerCards";

/** Compose projects as docker compose ls and ps see them: each service with its containers, then the project's networks and volumes. */
export function ComposeProjects({ projects, onOpen }: { projects: ComposeProjectView[]; onOpen: (address: string) => void }) {
  return (
    <ul className="space-y-3" data-testid="engine-compose">
      {projects.map((project) => (
        <li key={project.name} data-testid="compose-project" data-project={project.name} aria-label={`Compose project ${project.name}`}>
          <div className="mb-1.5 flex items-baseline gap-2 px-3 text-xs">
            <span className="font-medium text-zinc-100">{project.name}</span>
            <span className="ml-auto font-mono text-[11px] text-zinc-500">{project.status || "no containers"}</span>
          </div>
          <ul className="space-y-2">
            {project.services.map((service) => (
              <li key={service.name} data-testid="compose-service" data-service={service.name}>
                <p className="mb-1 px-3 font-mono text-[11px] text-zinc-400">
                  <span className="text-sky-300">service</span> {service.name}{" "}
                  <span className="text-zinc-500">
                    · {service.running}/{service.containers.length} running
                  </span>
                </p>
                <ContainerCards containers={service.containers} onOpen={onOpen} />
              </li>
            ))}
          </ul>
          {project.networks.length > 0 || project.volumes.length > 0 ? (
            <ul className="mt-1.5 flex flex-wrap gap-1.5 px-3 font-mono text-[11px]" aria-label={`Networks and volumes of ${project.name}`}>
              {project.networks.map((n) => (
                <li key={`n-${n.name}`} className="rounded bg-violet-400/10 px-1.5 py-0.5 text-violet-200" title={`network "${n.key}" in the Compose file`}>
                  network {n.name}
                </li>
              ))}
              {project.volumes.map((v) => (
                <li key={`v-${v.name}`} className="rounded bg-amber-400/10 px-1.5 py-0.5 text-amber-200" title={`volume "${v.key}" in the Compose file`}>
                  volume {v.name}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
