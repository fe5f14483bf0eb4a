import { describe, expect, it } from "vitest";
import { createBuildNetwork } from "./internet";
import type { Engine } from "./engine";
import { createImageShell } from "../shell/testing/image-shell";

const network = createBuildNetwork(undefined as unknown as Engine);
const GOSU = "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64";
const SHA = "bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3";

describe("downloads, gpg and gosu over the simulated internet", () => {
  it("serves catalog files with their real size and published sha256; other hosts do not resolve", () => {
    const c = createImageShell("debian", { network });
    expect(c.run(`curl -fsSLo /tmp/gosu ${GOSU} && stat -c %s /tmp/gosu 2>/dev/null; ls -l /tmp/gosu | cut -d' ' -f5`).out).toContain("2269184");
    expect(c.run(`echo "${SHA} */tmp/gosu" | sha256sum -c -`)).toEqual({ out: "/tmp/gosu: OK\n", err: "", status: 0 });
    expect(c.run("echo edited >> /tmp/gosu; sha256sum /tmp/gosu").out).not.toContain(SHA);
    expect(c.run("curl -fsS https://example.invalid/x").status).toBe(6);
    expect(c.run("curl -fsS https://github.com/tianon/gosu/releases/download/9.9/nothing").status).toBe(22);
  });

  it("gpg needs dirmngr, receives keys from a keyserver and verifies a detached signature", () => {
    const c = createImageShell("debian", { network });
    c.run(`apt-get update -qq >/dev/null; curl -fsSLo /tmp/gosu ${GOSU}; curl -fsSLo /tmp/gosu.asc ${GOSU}.asc`);
    const missing = c.run("export GNUPGHOME=$(mktemp -d); gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4");
    expect(missing.status).toBe(127);
    c.run("apt-get install -y --no-install-recommends gnupg >/dev/null 2>&1");
    const recv = c.run("export GNUPGHOME=/tmp/g; mkdir -m 700 $GNUPGHOME; gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4");
    expect(recv.status).toBe(0);
    expect(recv.err).toBe(
      "gpg: keybox '/tmp/g/pubring.kbx' created\ngpg: /tmp/g/trustdb.gpg: trustdb created\ngpg: key 036A9C25BF357DD4: public key \"Tianon Gravi <tianon@tianon.xyz>\" imported\ngpg: Total number processed: 1\ngpg:               imported: 1\n",
    );
    const good = c.run("GNUPGHOME=/tmp/g gpg --batch --verify /tmp/gosu.asc /tmp/gosu");
    expect(good.status).toBe(0);
    expect(good.err).toContain('gpg: Good signature from "Tianon Gravi <tianon@tianon.xyz>" [unknown]');
    expect(good.err).toContain("Primary key fingerprint: B42F 6819 007F 00F8 8E36  4FD4 036A 9C25 BF35 7DD4");
    const bad = c.run("echo x > /tmp/other; GNUPGHOME=/tmp/g gpg --batch --verify /tmp/gosu.asc /tmp/other");
    expect(bad.status).toBe(1);
    expect(bad.err).toContain("gpg: BAD signature");
    const nokey = c.run("GNUPGHOME=$(mktemp -d) gpg --batch --verify /tmp/gosu.asc /tmp/gosu");
    expect(nokey.status).toBe(2);
    expect(nokey.err).toContain("gpg: Can't check signature: No public key");
    expect(c.run("GNUPGHOME=/tmp/g gpg --batch --keyserver keyserver.ubuntu.com --recv-keys 0123456789ABCDEF").err).toContain("gpg: keyserver receive failed: No data");
  });

  it("gosu reports its release and runs a command as a known user", () => {
    const c = createImageShell("debian", { network });
    c.run(`curl -fsSLo /usr/local/bin/gosu ${GOSU}; chmod +x /usr/local/bin/gosu`);
    expect(c.run("gosu --version").out).toBe("1.17 (go1.18.2 on linux/amd64; gc)\n");
    expect(c.run("gosu nobody echo hi")).toEqual({ out: "hi\n", err: "", status: 0 });
    expect(c.run("gosu nosuchuser true").err).toBe('error: failed switching to "nosuchuser": unable to find user nosuchuser: no matching entries in passwd file\n');
  });

  it("apt-mark tracks automatic installs and apt-get purge --auto-remove removes what nothing needs", () => {
    const c = createImageShell("debian", { network });
    // Debian's apt and dpkg packages ship these (the test image has only apt-get).
    for (const n of ["apt-mark", "dpkg", "dpkg-query"]) c.fs.writeFileWith(`/usr/bin/${n}`, "\x7fELF", { mode: 0o755 });
    c.run("apt-get update -qq >/dev/null");
    const saved = c.run("apt-mark showmanual").out;
    c.run("apt-get install -y --no-install-recommends wget >/dev/null 2>&1");
    expect(c.run("apt-mark showmanual").out).toBe(`${saved}wget\n`.split("\n").filter(Boolean).sort().join("\n") + "\n");
    expect(c.run("apt-mark showauto").out).toBe("libpsl5\n");
    c.run("apt-mark auto '.*' >/dev/null");
    const purge = c.run("apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false");
    expect(purge.out).toContain("The following packages will be REMOVED:\n  libpsl5* wget*\n");
    expect(c.run("test -e /usr/bin/wget").status).toBe(1);
    expect(c.run("dpkg --print-architecture").out).toBe("amd64\n");
  });
});
