/**
 * Learner-facing docs for the builder flags (the `--name=value` words right
 * after an instruction keyword), shown on hover and in completion. Written for
 * Dockyard in our own words.
 */

export interface FlagDoc {
  /** The instructions that accept it. */
  instructions: string[];
  /** What it does, in a sentence or two. */
  summary: string;
  /** How it is written. */
  syntax: string;
  /** A tiny example line. */
  example: string;
  /** What completion inserts (a Monaco snippet). */
  snippet: string;
  /** May appear more than once on one instruction. */
  repeatable?: boolean;
}

export const FLAG_DOCS: Record<string, FlagDoc> = {
  "--from": {
    instructions: ["COPY"],
    summary:
      "Copies from an earlier build stage (by its `AS` name or its index, counting from 0) or from another image, instead of from the build context.",
    syntax: "--from=<stage|image>",
    example: "COPY --from=build /src/app /usr/local/bin/app",
    snippet: "--from=${1:build}",
  },
  "--chown": {
    instructions: ["COPY", "ADD"],
    summary: "Sets the owner (and optionally the group) of the copied files; otherwise they belong to root.",
    syntax: "--chown=<user>[:<group>]",
    example: "COPY --chown=app:app . /app",
    snippet: "--chown=${1:user}:${2:group}",
  },
  "--chmod": {
    instructions: ["COPY", "ADD"],
    summary: "Sets the permission bits of the copied files, written as an octal number.",
    syntax: "--chmod=<mode>",
    example: "COPY --chmod=755 entrypoint.sh /usr/local/bin/",
    snippet: "--chmod=${1:755}",
  },
  "--link": {
    instructions: ["COPY", "ADD"],
    summary:
      "Puts the copied files in a layer of their own that does not depend on the layers below, so the cache survives changes to the base image.",
    syntax: "--link[=true|false]",
    example: "COPY --link app.jar /opt/app/",
    snippet: "--link",
  },
  "--mount": {
    instructions: ["RUN"],
    summary:
      "Mounts something for the duration of this RUN only: a cache directory, a secret, an SSH agent, a tmpfs, or files from another stage. Nothing of it ends up in the image.",
    syntax: "--mount=type=<cache|bind|secret|ssh|tmpfs>[,option=value…]",
    example: "RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt",
    snippet: "--mount=type=${1|cache,bind,secret,ssh,tmpfs|},target=${2:/path}",
    repeatable: true,
  },
  "--platform": {
    instructions: ["FROM"],
    summary:
      "Picks the platform variant of a multi-platform base image (for example linux/arm64) instead of the one matching the build target.",
    syntax: "--platform=<os>/<arch>[/<variant>]",
    example: "FROM --platform=$BUILDPLATFORM golang:1.24 AS build",
    snippet: "--platform=${1:linux/amd64}",
  },
  "--interval": {
    instructions: ["HEALTHCHECK"],
    summary: "How long to wait between health checks. Default 30s.",
    syntax: "--interval=<duration>",
    example: "HEALTHCHECK --interval=10s CMD pgrep server",
    snippet: "--interval=${1:30s}",
  },
  "--timeout": {
    instructions: ["HEALTHCHECK"],
    summary: "How long one check may run before it counts as failed. Default 30s.",
    syntax: "--timeout=<duration>",
    example: "HEALTHCHECK --timeout=3s CMD wget -qO- localhost:8080",
    snippet: "--timeout=${1:5s}",
  },
  "--start-period": {
    instructions: ["HEALTHCHECK"],
    summary: "A grace period after the container starts: failures during it do not count against the retries. Default 0s.",
    syntax: "--start-period=<duration>",
    example: "HEALTHCHECK --start-period=20s CMD curl -f http://localhost/",
    snippet: "--start-period=${1:10s}",
  },
  "--start-interval": {
    instructions: ["HEALTHCHECK"],
    summary: "How often to check during the start period, so a slow-starting app is reported healthy sooner. Default 5s.",
    syntax: "--start-interval=<duration>",
    example: "HEALTHCHECK --start-period=30s --start-interval=2s CMD pgrep server",
    snippet: "--start-interval=${1:2s}",
  },
  "--retries": {
    instructions: ["HEALTHCHECK"],
    summary: "How many checks in a row must fail before the container is marked unhealthy. Default 3.",
    syntax: "--retries=<count>",
    example: "HEALTHCHECK --retries=5 CMD pgrep server",
    snippet: "--retries=${1:3}",
  },
  "--network": {
    instructions: ["RUN"],
    summary: "Chooses the network this RUN step gets: `default`, `none` (no network at all) or `host`.",
    syntax: "--network=<default|none|host>",
    example: "RUN --network=none make test",
    snippet: "--network=${1|none,default,host|}",
  },
  "--security": {
    instructions: ["RUN"],
    summary: "Runs this step with extra privileges (`insecure`) or the normal sandbox (`sandbox`). Insecure needs the builder to allow it.",
    syntax: "--security=<sandbox|insecure>",
    example: "RUN --security=insecure ./needs-privileges.sh",
    snippet: "--security=${1|sandbox,insecure|}",
  },
  "--exclude": {
    instructions: ["COPY", "ADD"],
    summary: "Leaves out the source files matching a pattern. Repeat it for several patterns.",
    syntax: "--exclude=<pattern>",
    example: "COPY --exclude=*.md --exclude=tests/ . /app",
    snippet: "--exclude=${1:pattern}",
    repeatable: true,
  },
  "--parents": {
    instructions: ["COPY"],
    summary: "Keeps the source's parent directories under the destination instead of flattening the copied files into it.",
    syntax: "--parents[=true|false]",
    example: "COPY --parents ./services/*/config.yml /etc/app/",
    snippet: "--parents",
  },
  "--checksum": {
    instructions: ["ADD"],
    summary: "Checks a downloaded file against the checksum you give, and fails the build if they differ.",
    syntax: "--checksum=sha256:<hex>",
    example: "ADD --checksum=sha256:24454f83… https://example.com/tool.tar.gz /opt/",
    snippet: "--checksum=sha256:${1:hash}",
  },
  "--keep-git-dir": {
    instructions: ["ADD"],
    summary: "When ADD clones a Git repository, keeps its `.git` directory instead of dropping it.",
    syntax: "--keep-git-dir[=true|false]",
    example: "ADD --keep-git-dir=true https://github.com/example/repo.git /src",
    snippet: "--keep-git-dir=true",
  },
};

/** The flag's doc by its name with or without a value (`--from=build` → `--from`). */
export function flagDoc(flagWord: string): { name: string; doc: FlagDoc } | undefined {
  const name = flagName(flagWord);
  const doc = FLAG_DOCS[name];
  return doc ? { name, doc } : undefined;
}

/** `--from=build` → `--from`. */
export function flagName(flagWord: string): string {
  const eq = flagWord.indexOf("=");
  return (eq < 0 ? flagWord : flagWord.slice(0, eq)).toLowerCase();
}

/** The flags an instruction accepts, by keyword in any case. */
export function flagsFor(keyword: string): string[] {
  const upper = keyword.toUpperCase();
  return Object.keys(FLAG_DOCS).filter((name) => FLAG_DOCS[name]?.instructions.includes(upper));
}
