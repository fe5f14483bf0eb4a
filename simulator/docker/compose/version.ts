import { COMPOSE_VERSION, type ComposeCommand } from "./command";

/** `docker compose version` (cmd/compose/version.go). */
export const composeVersionCommand: ComposeCommand = {
  name: "version",
  usage: "[OPTIONS]",
  short: "Show the Docker Compose version information",
  flags: [{ name: "short", kind: "bool", usage: "Shows only Compose's version number" }],
  run(ctx, { flags }) {
    ctx.out.out(flags.short ? `${COMPOSE_VERSION}\n` : `Docker Compose version v${COMPOSE_VERSION}\n`);
    return 0;
  },
};
