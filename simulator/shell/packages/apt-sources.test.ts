import { describe, expect, it } from "vitest";
import { createFakeNetwork, createImageShell } from "../testing/image-shell";

const INRELEASE = "https://nginx.org/packages/mainline/debian/dists/bookworm/InRelease";
const network = () => createFakeNetwork({ hosts: { "nginx.org": "3.125.197.172", "deb.debian.org": "151.101.2.132" }, pages: { [INRELEASE]: { body: "signed" } } });
const SOURCE = "mkdir -p /etc/apt/sources.list.d && echo 'deb [signed-by=/etc/apt/keyrings/nginx.gpg] https://nginx.org/packages/mainline/debian/ bookworm nginx' > /etc/apt/sources.list.d/nginx.list";

describe("apt-get with sources.list.d repositories", () => {
  it("refuses an InRelease whose key is not in the signed-by keyring (apt-secure: NO_PUBKEY, exit 100)", () => {
    const c = createImageShell("debian-slim", { network: network() });
    c.run(SOURCE);
    const r = c.run("apt-get update");
    expect(r.status).toBe(100);
    expect(r.out).toContain("Err:7 https://nginx.org/packages/mainline/debian bookworm InRelease\n  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY ABF5BD827BD9BF62\n");
    expect(r.err).toContain("E: The repository 'https://nginx.org/packages/mainline/debian bookworm InRelease' is not signed.\n");
  });

  it("fetches the repository's index and installs its pinned versions with their files", () => {
    const c = createImageShell("debian-slim", { network: network() });
    c.run(`mkdir -p /etc/apt/keyrings && echo 'stand-in: 573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 nginx signing key' > /etc/apt/keyrings/nginx.gpg && ${SOURCE}`);
    const update = c.run("apt-get update");
    expect(update.status).toBe(0);
    expect(update.out).toContain("Get:7 https://nginx.org/packages/mainline/debian bookworm InRelease [2866 B]\nGet:8 https://nginx.org/packages/mainline/debian bookworm/nginx amd64 Packages [45.8 kB]\n");
    expect(c.run("apt-get install -y nginx=1.27.3-1~bookworm")).toMatchObject({ err: "E: Version '1.27.3-1~bookworm' for 'nginx' was not found\n", status: 100 });
    const install = c.run("apt-get install -y --no-install-recommends nginx=1.27.4-1~bookworm");
    expect(install.status).toBe(0);
    expect(install.out).toContain("Get:1 https://nginx.org/packages/mainline/debian bookworm/nginx amd64 nginx amd64 1.27.4-1~bookworm [1057 kB]\n");
    expect(c.fs.stat("/var/log/nginx")?.type).toBe("dir");
    expect(c.fs.readFile("/etc/nginx/nginx.conf")).toContain("include /etc/nginx/conf.d/*.conf;\n");
    expect(c.fs.readFile("/var/lib/dpkg/info/nginx.list")).toContain("/usr/sbin/nginx\n");
  });

  it("warns when the repository's host does not resolve", () => {
    const c = createImageShell("debian-slim", { network: createFakeNetwork({ hosts: {} }) });
    c.run(SOURCE.replace("nginx.org", "example.invalid"));
    const r = c.run("apt-get update");
    expect(r.status).toBe(0);
    expect(r.err).toContain("W: Failed to fetch https://example.invalid/packages/mainline/debian/dists/bookworm/InRelease  Could not resolve 'example.invalid'\n");
  });
});
