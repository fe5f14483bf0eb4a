import type { DockerCommand } from "../command";
import { dispatchLogout } from "../../engine/registries";
import { INDEX_SERVER } from "./login";

/**
 * credentials.ConvertToHostname (docker/cli: cli/config/credentials/file_store.go):
 * a URL's host[:port], else everything before the first `/`.
 */
function convertToHostname(address: string): string {
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(address);
  if (url && url[1] !== "") return (url[1] as string).replace(/^[^@]*@/, "");
  return address.split("/")[0] as string;
}

/**
 * `docker logout [SERVER]` (docker/cli 27.x: cli/command/registry/logout.go):
 * prints `Removing login credentials for HOST` and erases the credentials
 * filed under the server address, its host name, and the host name with
 * http:// and https:// (Docker Hub: `https://index.docker.io/v1/`). It
 * prints the same line whether or not credentials were stored, and exits 0.
 */
export const logoutCommand: DockerCommand = {
  name: "logout",
  group: "",
  aliases: [],
  usage: "[SERVER]",
  short: "Log out from a registry",
  long: "Log out from a registry.\nIf no server is specified, the default is defined by the daemon.",
  args: { kind: "max", n: 1 },
  flags: [],
  run(ctx, { args }) {
    const given = args[0] ?? "";
    const serverAddress = given === "" ? INDEX_SERVER : given;
    const hostname = given === "" ? serverAddress : convertToHostname(serverAddress);
    const keys = given === "" ? [serverAddress] : [serverAddress, hostname, `http://${hostname}`, `https://${hostname}`];
    ctx.out.out(`Removing login credentials for ${hostname}\n`);
    dispatchLogout(ctx.engine, keys);
    return 0;
  },
};
