import type { DockerCommand, DockerContext } from "../command";
import { writeDaemonError } from "../command";
import { calculateRegistryHost, dispatchLogin, findLogin } from "../../engine/registries";

/** docker/cli's key for Docker Hub credentials (registry.IndexServer). */
export const INDEX_SERVER = "https://index.docker.io/v1/";

/**
 * The warning the CLI's file credential store prints on stderr the first
 * time it saves a password (docker/cli: cli/config/credentials/file_store.go
 * unencryptedWarning, written with Fprintln).
 * Simplification: the credentials are kept by the engine, not written to the file named.
 */
function formatUnencryptedWarning(env: Record<string, string>): string {
  const dir = env.DOCKER_CONFIG ?? `${env.HOME ?? "/root"}/.docker`;
  return (
    `\nWARNING! Your credentials are stored unencrypted in '${dir.replace(/\/$/, "")}/config.json'.\n` +
    "Configure a credential helper to remove this warning. See\n" +
    "https://docs.docker.com/go/credential-store/\n\n"
  );
}

/** Logs in with new credentials, or fails as the prompt-less CLI does (loginUser). */
function runLoginUser(ctx: DockerContext, serverAddress: string, username: string, password: string): number {
  if (username === "" || password === "") {
    if (!ctx.host.tty) {
      ctx.out.err("Error: Cannot perform an interactive login from a non TTY device\n");
      return 1;
    }
    // Simplification: no Username/Password prompt or web-based device login; say so.
    ctx.out.err("Dockyard: interactive login prompts are not simulated yet; use docker login -u USERNAME -p PASSWORD or --password-stdin.\n");
    return 1;
  }
  const result = dispatchLogin(ctx.engine, serverAddress, { username, password });
  if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
  if (result.value.changed) ctx.out.err(formatUnencryptedWarning(ctx.host.env));
  ctx.out.out(`${result.value.status}\n`);
  return 0;
}

/**
 * `docker login [SERVER]` (docker/cli 27.x: cli/command/registry/login.go):
 * `-p` warns that it is insecure; `--password-stdin` reads the password
 * (one trailing newline dropped) and needs `-u`; with neither, stored
 * credentials are tried first (`Authenticating with existing credentials...`);
 * without a terminal, missing credentials are the CLI's
 * `Error: Cannot perform an interactive login from a non TTY device`.
 * No server, or `docker.io`, means Docker Hub. Success prints the daemon's
 * `Login Succeeded`.
 */
export const loginCommand: DockerCommand = {
  name: "login",
  group: "",
  aliases: [],
  usage: "[OPTIONS] [SERVER]",
  short: "Authenticate to a registry",
  long: "Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.",
  args: { kind: "max", n: 1 },
  flags: [
    { name: "password", short: "p", kind: "string", usage: "Password" },
    { name: "password-stdin", kind: "bool", usage: "Take the password from stdin" },
    { name: "username", short: "u", kind: "string", usage: "Username" },
  ],
  run(ctx, { flags, args }) {
    const username = (flags.username as string | undefined) ?? "";
    let password = (flags.password as string | undefined) ?? "";
    const fromStdin = flags["password-stdin"] === true;
    if (password !== "") {
      ctx.out.err("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
      if (fromStdin) {
        ctx.out.err("--password and --password-stdin are mutually exclusive\n");
        return 1;
      }
    }
    if (fromStdin) {
      if (username === "") {
        ctx.out.err("Must provide --username with --password-stdin\n");
        return 1;
      }
      password = (ctx.host.stdin ?? "").replace(/\n$/, "").replace(/\r$/, "");
    }
    const serverAddress = args[0] !== undefined && args[0] !== "" && args[0] !== "docker.io" ? args[0] : INDEX_SERVER;
    const stored = username === "" && password === "" ? findLogin(ctx.engine.state.registries, calculateRegistryHost(serverAddress)) : undefined;
    if (stored) {
      ctx.out.out("Authenticating with existing credentials...\n");
      const result = dispatchLogin(ctx.engine, serverAddress, "stored");
      if (result.ok) {
        ctx.out.out(`${result.value.status}\n`);
        return 0;
      }
      ctx.out.err(`Login did not succeed, error: Error response from daemon: ${result.error.message}\n`);
      return runLoginUser(ctx, serverAddress, stored.username, "");
    }
    return runLoginUser(ctx, serverAddress, username, password);
  },
};
