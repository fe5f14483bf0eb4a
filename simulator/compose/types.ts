/**
 * The Compose model after loading: interpolated, merged, validated and
 * normalised, shaped like compose-go's types.Project (compose-spec
 * `02-model.md`, `05-services.md`). Plain JSON so it can sit in snapshots.
 */

/** A long-form port (compose-go types.ServicePortConfig). */
export interface ComposePort {
  mode: string;
  host_ip?: string;
  target: number;
  /** The host port or range as written, a string as compose-go keeps it; absent for an ephemeral port. */
  published?: string;
  protocol: string;
}

/** A long-form mount (compose-go types.ServiceVolumeConfig). */
export interface ComposeMount {
  type: "volume" | "bind" | "tmpfs";
  /** A volume key, an absolute host path, or absent (anonymous volume, tmpfs). */
  source?: string;
  target: string;
  read_only?: boolean;
  bind?: { create_host_path: boolean };
  volume?: Record<string, never>;
}

/** One `depends_on` entry in long form. */
export interface ComposeDependency {
  condition: "service_started" | "service_healthy" | "service_completed_successfully";
  required: boolean;
  restart?: boolean;
}

/** `build:` in long form, with an absolute context. */
export interface ComposeBuild {
  context: string;
  dockerfile: string;
  args?: Record<string, string | null>;
  target?: string;
}

/** `healthcheck:` (durations kept as written). */
export interface ComposeHealthcheck {
  test?: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
  disable?: boolean;
}

/** `deploy:` (the parts a single engine uses). */
export interface ComposeDeploy {
  replicas?: number;
  resources?: { limits?: Record<string, string | number>; reservations?: Record<string, string | number> };
}

/** A service's reference to a secret or config. */
export interface ComposeFileRef {
  source: string;
  target?: string;
}

/** One service. */
export interface ComposeService {
  name: string;
  image?: string;
  build?: ComposeBuild;
  command?: string[] | null;
  entrypoint?: string[] | null;
  environment: Record<string, string | null>;
  env_file?: { path: string; required: boolean }[];
  ports: ComposePort[];
  expose: string[];
  volumes: ComposeMount[];
  depends_on: Record<string, ComposeDependency>;
  /** Network key → settings (null: none), `default` when the file names none. */
  networks: Record<string, { aliases?: string[] } | null>;
  network_mode?: string;
  restart?: string;
  healthcheck?: ComposeHealthcheck;
  deploy?: ComposeDeploy;
  scale?: number;
  profiles: string[];
  labels: Record<string, string>;
  container_name?: string;
  working_dir?: string;
  user?: string;
  secrets: ComposeFileRef[];
  configs: ComposeFileRef[];
  /** Valid keys this simulator keeps only for `config` (cap_add, stop_signal, …), as written. */
  extras: Record<string, unknown>;
}

/** A top-level network. */
export interface ComposeNetwork {
  name: string;
  driver?: string;
  external?: boolean;
  labels?: Record<string, string>;
}

/** A top-level volume. */
export interface ComposeVolume {
  name: string;
  driver?: string;
  external?: boolean;
  labels?: Record<string, string>;
}

/** A top-level secret or config. */
export interface ComposeFileResource {
  name: string;
  file?: string;
  environment?: string;
  content?: string;
  external?: boolean;
}

/** A loaded project. */
export interface ComposeProject {
  name: string;
  /** The project directory (the first file's folder unless --project-directory). */
  workingDir: string;
  configFiles: string[];
  /** Enabled services (profiles applied), by name. */
  services: Record<string, ComposeService>;
  /** Services left out by their profiles. */
  disabledServices: Record<string, ComposeService>;
  networks: Record<string, ComposeNetwork>;
  volumes: Record<string, ComposeVolume>;
  secrets: Record<string, ComposeFileResource>;
  configs: Record<string, ComposeFileResource>;
}

/** A loading error, worded as Compose v2 prints it. */
export class ComposeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ComposeError";
  }
}
