/**
 * Short learner-facing docs for every Dockerfile instruction, shown when the
 * learner hovers a keyword and used for keyword completion. Written for
 * Dockyard in our own words.
 */

export const INSTRUCTION_KEYWORDS = [
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL",
] as const;

export type InstructionKeyword = (typeof INSTRUCTION_KEYWORDS)[number];

export interface InstructionDoc {
  /** One sentence: what the instruction does. */
  summary: string;
  /** A little more: when to use it, and what to watch out for. */
  details: string;
  /** The shapes it can be written in. */
  syntax: string[];
  /** A tiny, realistic example. */
  example: string;
  /** What completion inserts, as a Monaco snippet. */
  snippet: string;
  /** Still understood, but there is a better way now. */
  deprecated?: string;
}

export const INSTRUCTION_DOCS: Record<InstructionKeyword, InstructionDoc> = {
  FROM: {
    summary: "Begins a build stage on top of a base image.",
    details:
      "Everything after it builds on that image's files and settings. A Dockerfile can hold several stages; name one with `AS` so later stages can copy from it. Only ARG may come before the first FROM.",
    syntax: ["FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]"],
    example: "FROM alpine:3.21.3 AS base",
    snippet: "FROM ${1:alpine:3.21.3}",
  },
  RUN: {
    summary: "Runs a command while the image is being built and saves the result as a new layer.",
    details:
      "Use it to install packages or prepare files. The shell form goes through `/bin/sh -c`; the JSON form runs the program directly. Chain related commands with `&&` so they share one layer.",
    syntax: ["RUN [--mount=…] [--network=…] <command>", 'RUN ["executable", "arg", …]'],
    example: "RUN apk add --no-cache curl",
    snippet: "RUN ${1:command}",
  },
  CMD: {
    summary: "Sets the default command a container runs when it starts.",
    details:
      "`docker run image other-command` replaces it. Only the last CMD counts. Prefer the JSON array form so signals reach your program; with an ENTRYPOINT, CMD supplies its default arguments.",
    syntax: ['CMD ["executable", "arg", …]', 'CMD ["arg", …]  (arguments for ENTRYPOINT)', "CMD command arg …  (shell form)"],
    example: 'CMD ["python", "app.py"]',
    snippet: 'CMD ["${1:executable}", "${2:arg}"]',
  },
  LABEL: {
    summary: "Attaches key/value metadata to the image.",
    details:
      "Labels show up in `docker inspect` and can be used to filter images. Quote values with spaces; several pairs can go on one line.",
    syntax: ['LABEL <key>="<value>" [<key>="<value>" …]'],
    example: 'LABEL org.opencontainers.image.title="demo" version="1.0"',
    snippet: 'LABEL ${1:key}="${2:value}"',
  },
  MAINTAINER: {
    summary: "Records who maintains the image (old style).",
    details: "It still works, but it is deprecated: write a `maintainer` label instead, which tools can read like any other label.",
    syntax: ["MAINTAINER <name>"],
    example: 'LABEL maintainer="Ada <ada@example.com>"  # instead of MAINTAINER',
    snippet: "MAINTAINER ${1:name}",
    deprecated: 'Use LABEL maintainer="…" instead.',
  },
  EXPOSE: {
    summary: "Documents which ports the containerized app listens on.",
    details:
      "It does not publish anything by itself: `docker run -p 8080:80` (or `-P`) does that. The protocol defaults to tcp.",
    syntax: ["EXPOSE <port>[/<protocol>] …"],
    example: "EXPOSE 8080/tcp",
    snippet: "EXPOSE ${1:8080}",
  },
  ENV: {
    summary: "Sets environment variables for the rest of the build and for containers started from the image.",
    details:
      "Later instructions can use them as `$NAME`. They stay in the final image, so never put secrets in ENV; use ARG for values only the build needs.",
    syntax: ["ENV <key>=<value> [<key>=<value> …]"],
    example: "ENV APP_HOME=/app PORT=8080",
    snippet: "ENV ${1:NAME}=${2:value}",
  },
  ADD: {
    summary: "Copies files into the image, and can also fetch URLs, clone Git repositories and unpack local tar archives.",
    details:
      "Those extras make it less predictable than COPY. Reach for COPY for ordinary files, and keep ADD for the cases where you want the download or unpacking.",
    syntax: ["ADD [--chown=…] [--chmod=…] [--checksum=…] <src> … <dest>", 'ADD ["<src>", … "<dest>"]'],
    example: "ADD --checksum=sha256:… https://example.com/tool.tar.gz /opt/",
    snippet: "ADD ${1:src} ${2:dest}",
  },
  COPY: {
    summary: "Copies files from the build context (or from another stage) into the image.",
    details:
      "Paths are relative to the build context. A destination ending in `/` is a directory; a relative destination is taken from WORKDIR. Use `--from=<stage>` to take files from an earlier stage.",
    syntax: ["COPY [--from=…] [--chown=…] [--chmod=…] <src> … <dest>", 'COPY ["<src>", … "<dest>"]'],
    example: "COPY requirements.txt /app/",
    snippet: "COPY ${1:src} ${2:dest}",
  },
  ENTRYPOINT: {
    summary: "Makes the container run a fixed program; CMD and `docker run` arguments are passed to it.",
    details:
      "Use the JSON array form, so the program runs as process 1 and receives signals such as SIGTERM. `docker run --entrypoint` overrides it.",
    syntax: ['ENTRYPOINT ["executable", "arg", …]', "ENTRYPOINT command arg …  (shell form)"],
    example: 'ENTRYPOINT ["/usr/local/bin/server", "--port", "8080"]',
    snippet: 'ENTRYPOINT ["${1:executable}"]',
  },
  VOLUME: {
    summary: "Marks a directory as a mount point whose data lives outside the container's writable layer.",
    details:
      "Each container gets an anonymous volume there unless you mount one. Put files there before the VOLUME line: depending on the builder, later build steps' changes to that path can be lost.",
    syntax: ["VOLUME <path> …", 'VOLUME ["<path>", …]'],
    example: "VOLUME /var/lib/data",
    snippet: "VOLUME ${1:/data}",
  },
  USER: {
    summary: "Sets the user (and optionally group) for the following RUN steps and for the container.",
    details: "Running as a non-root user limits what a compromised process can do. The user has to exist in the image, or be given as a numeric id.",
    syntax: ["USER <user>[:<group>]", "USER <uid>[:<gid>]"],
    example: "USER 1000:1000",
    snippet: "USER ${1:app}",
  },
  WORKDIR: {
    summary: "Sets the working directory for the instructions after it and for the container.",
    details: "The directory is created if it does not exist. Use an absolute path; a relative one is resolved against the previous WORKDIR. Prefer it over `RUN cd …`.",
    syntax: ["WORKDIR <path>"],
    example: "WORKDIR /app",
    snippet: "WORKDIR ${1:/app}",
  },
  ARG: {
    summary: "Declares a build-time variable that `docker build --build-arg` can set.",
    details:
      "It is only visible during the build, from the line that declares it to the end of its stage. An ARG before the first FROM can be used in FROM lines; declare it again inside a stage to use it there.",
    syntax: ["ARG <name>[=<default>]"],
    example: "ARG VERSION=3.21.3",
    snippet: "ARG ${1:NAME}",
  },
  ONBUILD: {
    summary: "Stores an instruction that runs later, when another Dockerfile builds FROM this image.",
    details: "Handy for base images meant to be extended. The stored instruction cannot be FROM, MAINTAINER or another ONBUILD.",
    syntax: ["ONBUILD <INSTRUCTION>"],
    example: "ONBUILD COPY . /app/src",
    snippet: "ONBUILD ${1:INSTRUCTION}",
  },
  STOPSIGNAL: {
    summary: "Chooses the signal `docker stop` sends to ask the container to exit.",
    details: "The default is SIGTERM. Some programs expect another one (nginx shuts down gracefully on SIGQUIT).",
    syntax: ["STOPSIGNAL <signal>"],
    example: "STOPSIGNAL SIGQUIT",
    snippet: "STOPSIGNAL ${1:SIGTERM}",
  },
  HEALTHCHECK: {
    summary: "Tells Docker how to test that the container is still working.",
    details:
      "The command runs inside the container on a schedule; exit status 0 means healthy, 1 means unhealthy. `HEALTHCHECK NONE` turns off a check inherited from the base image.",
    syntax: ["HEALTHCHECK [--interval=…] [--timeout=…] [--retries=…] CMD <command>", "HEALTHCHECK NONE"],
    example: "HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/ || exit 1",
    snippet: "HEALTHCHECK --interval=${1:30s} CMD ${2:command}",
  },
  SHELL: {
    summary: "Changes the shell that shell-form instructions (RUN, CMD, ENTRYPOINT) run through.",
    details: "The default on Linux is `[\"/bin/sh\", \"-c\"]`. It must be written as a JSON array; switching to bash lets you use options such as `-o pipefail`.",
    syntax: ['SHELL ["executable", "option", …]'],
    example: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    snippet: 'SHELL ["${1:/bin/sh}", "${2:-c}"]',
  },
};

/** The doc for a keyword as written in any case, or undefined when it is not an instruction. */
export function instructionDoc(keyword: string): InstructionDoc | undefined {
  const upper = keyword.toUpperCase();
  return isInstructionKeyword(upper) ? INSTRUCTION_DOCS[upper] : undefined;
}

export function isInstructionKeyword(word: string): word is InstructionKeyword {
  return (INSTRUCTION_KEYWORDS as readonly string[]).includes(word);
}

/** Instructions ONBUILD cannot wrap. */
export const NOT_ALLOWED_IN_ONBUILD: ReadonlySet<string> = new Set(["ONBUILD", "FROM", "MAINTAINER"]);
