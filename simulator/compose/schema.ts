/**
 * The shapes of the Compose file this simulator checks, transcribed from
 * the Compose Specification's JSON schema (compose-spec `schema/compose-spec.json`,
 * draft-07; Compose v2 validates every file against it before loading).
 * Each key lists the JSON types the schema allows, in the schema's order.
 * Simplification: patterns, enums and `oneOf` exclusivity inside items are
 * not checked; keys and types are.
 */
export type JsonKind = "string" | "number" | "integer" | "boolean" | "array" | "object" | "null";

/** One node of the schema. */
export interface Shape {
  kinds: JsonKind[];
  /** Known keys of an object (others are refused, except `x-…` extensions). */
  props?: Record<string, Shape>;
  /** Every value of an object keyed by free names (services, volumes…). */
  values?: Shape;
  /** Every item of an array. */
  items?: Shape;
}

const S = (...kinds: JsonKind[]): Shape => ({ kinds });
const STRING = S("string");
const BOOL_OR_STRING = S("boolean", "string");
const LIST_OR_DICT = S("object", "array");
const STRING_OR_LIST = S("string", "array");
const COMMAND = S("null", "string", "array");
const obj = (props: Record<string, Shape>, kinds: JsonKind[] = ["object"]): Shape => ({ kinds, props });

const EXTERNAL = S("boolean", "string", "object");

const BUILD = obj(
  {
    context: STRING, dockerfile: STRING, dockerfile_inline: STRING, entitlements: S("array"), args: LIST_OR_DICT, ssh: LIST_OR_DICT,
    labels: LIST_OR_DICT, cache_from: S("array"), cache_to: S("array"), no_cache: BOOL_OR_STRING, additional_contexts: LIST_OR_DICT,
    network: STRING, provenance: BOOL_OR_STRING, sbom: BOOL_OR_STRING, pull: BOOL_OR_STRING, target: STRING, shm_size: S("integer", "string"),
    extra_hosts: LIST_OR_DICT, isolation: STRING, privileged: BOOL_OR_STRING, secrets: S("array"), tags: S("array"), ulimits: S("object"),
    platforms: S("array"),
  },
  ["string", "object"],
);

const HEALTHCHECK = obj({
  disable: BOOL_OR_STRING, interval: STRING, retries: S("number", "string"), test: STRING_OR_LIST, timeout: STRING,
  start_period: STRING, start_interval: STRING,
});

const RESOURCE = obj({ cpus: S("number", "string"), memory: STRING, pids: S("integer", "string"), devices: S("array"), generic_resources: S("array") });

const DEPLOY = obj(
  {
    mode: STRING, endpoint_mode: STRING, replicas: S("integer", "string"), labels: LIST_OR_DICT, rollback_config: S("object"),
    update_config: S("object"), resources: obj({ limits: RESOURCE, reservations: RESOURCE }), restart_policy: S("object"),
    placement: S("object"),
  },
  ["null", "object"],
);

const PORT_ITEM = { kinds: ["number", "string", "object"], props: { name: STRING, mode: STRING, host_ip: STRING, target: S("integer", "string"), published: S("string", "integer"), protocol: STRING, app_protocol: STRING } } satisfies Shape;

const VOLUME_ITEM: Shape = {
  kinds: ["string", "object"],
  props: {
    type: STRING, source: STRING, target: STRING, read_only: BOOL_OR_STRING, consistency: STRING,
    bind: obj({ propagation: STRING, create_host_path: BOOL_OR_STRING, recursive: STRING, selinux: STRING }),
    volume: obj({ nocopy: BOOL_OR_STRING, subpath: STRING, labels: LIST_OR_DICT }), tmpfs: obj({ size: S("integer", "string"), mode: S("number", "string") }),
    image: obj({ subpath: STRING }),
  },
};

const DEPENDS_ON: Shape = { kinds: ["array", "object"], values: obj({ condition: STRING, restart: BOOL_OR_STRING, required: S("boolean") }) };

const FILE_REF: Shape = { kinds: ["string", "object"], props: { source: STRING, target: STRING, uid: STRING, gid: STRING, mode: S("number", "string") } };

const SERVICE_NETWORKS: Shape = {
  kinds: ["array", "object"],
  values: obj({ aliases: S("array"), interface_name: STRING, ipv4_address: STRING, ipv6_address: STRING, link_local_ips: S("array"), mac_address: STRING, driver_opts: S("object"), priority: S("number"), gw_priority: S("number") }, ["object", "null"]),
};

/** The keys of a service (compose-spec.json `definitions.service`). */
const SERVICE_PROPS: Record<string, Shape> = {
  develop: S("object", "null"), deploy: DEPLOY, annotations: LIST_OR_DICT, attach: BOOL_OR_STRING, build: BUILD, blkio_config: S("object"),
  cap_add: S("array"), cap_drop: S("array"), cgroup: STRING, cgroup_parent: STRING, command: COMMAND, configs: { kinds: ["array"], items: FILE_REF },
  container_name: STRING, cpu_count: S("string", "integer"), cpu_percent: S("string", "integer"), cpu_shares: S("number", "string"),
  cpu_quota: S("number", "string"), cpu_period: S("number", "string"), cpu_rt_period: S("number", "string"), cpu_rt_runtime: S("number", "string"),
  cpus: S("number", "string"), cpuset: STRING, credential_spec: S("object"), depends_on: DEPENDS_ON, device_cgroup_rules: S("array"), devices: S("array"),
  dns: STRING_OR_LIST, dns_opt: S("array"), dns_search: STRING_OR_LIST, domainname: STRING, entrypoint: COMMAND, env_file: STRING_OR_LIST,
  label_file: STRING_OR_LIST, environment: LIST_OR_DICT, expose: S("array"), extends: S("string", "object"), provider: S("object"),
  external_links: S("array"), extra_hosts: LIST_OR_DICT, gpus: S("string", "array"), group_add: S("array"), healthcheck: HEALTHCHECK, hostname: STRING,
  image: STRING, init: BOOL_OR_STRING, ipc: STRING, isolation: STRING, labels: LIST_OR_DICT, links: S("array"), logging: S("object"),
  mac_address: STRING, mem_limit: S("number", "string"), mem_reservation: S("string", "integer"), mem_swappiness: S("integer", "string"),
  memswap_limit: S("number", "string"), network_mode: STRING, models: S("array", "object"), networks: SERVICE_NETWORKS,
  oom_kill_disable: BOOL_OR_STRING, oom_score_adj: S("string", "integer"), pid: S("string", "null"), pids_limit: S("number", "string"),
  platform: STRING, ports: { kinds: ["array"], items: PORT_ITEM }, post_start: S("array"), pre_stop: S("array"), privileged: BOOL_OR_STRING,
  profiles: S("array"), pull_policy: STRING, pull_refresh_after: STRING, read_only: BOOL_OR_STRING, restart: STRING, runtime: STRING,
  scale: S("integer", "string"), security_opt: S("array"), shm_size: S("number", "string"), secrets: { kinds: ["array"], items: FILE_REF },
  sysctls: LIST_OR_DICT, stdin_open: BOOL_OR_STRING, stop_grace_period: STRING, stop_signal: STRING, storage_opt: S("object"),
  tmpfs: STRING_OR_LIST, tty: BOOL_OR_STRING, ulimits: S("object"), use_api_socket: S("boolean"), user: STRING, uts: STRING, userns_mode: STRING,
  volumes: { kinds: ["array"], items: VOLUME_ITEM }, volumes_from: S("array"), working_dir: STRING,
};

const NETWORK = obj(
  { name: STRING, driver: STRING, driver_opts: S("object"), ipam: S("object"), external: EXTERNAL, internal: BOOL_OR_STRING, enable_ipv4: BOOL_OR_STRING, enable_ipv6: BOOL_OR_STRING, attachable: BOOL_OR_STRING, labels: LIST_OR_DICT },
  ["object", "null"],
);
const VOLUME = obj({ name: STRING, driver: STRING, driver_opts: S("object"), external: EXTERNAL, labels: LIST_OR_DICT }, ["object", "null"]);
const FILE_RESOURCE = obj({ name: STRING, content: STRING, environment: STRING, file: STRING, external: EXTERNAL, labels: LIST_OR_DICT, driver: STRING, driver_opts: S("object"), template_driver: STRING });

/** The whole file (compose-spec.json's root). */
export const COMPOSE_FILE_SHAPE: Shape = obj({
  version: STRING,
  name: STRING,
  include: S("array"),
  services: { kinds: ["object"], values: obj(SERVICE_PROPS) },
  models: S("object"),
  networks: { kinds: ["object"], values: NETWORK },
  volumes: { kinds: ["object"], values: VOLUME },
  secrets: { kinds: ["object"], values: FILE_RESOURCE },
  configs: { kinds: ["object"], values: FILE_RESOURCE },
});
