import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

/** Messages as Debian 12's apache2 2.4.62 a2enmod script prints them. */
describe("a2enmod and friends", () => {
  it("swaps the MPM as php:apache does, honouring # Conflicts:, and enables a conf", () => {
    const c = createImageShell("debian");
    expect(c.run("apt-get update >/dev/null && apt-get install -y --no-install-recommends apache2 >/dev/null").status).toBe(0);
    expect(c.run("a2enmod mpm_prefork")).toEqual({ out: "Considering conflict mpm_event for mpm_prefork:\n", err: "ERROR: Module mpm_event is enabled - cannot proceed due to conflicts. It needs to be disabled first!\n", status: 1 });
    expect(c.run("a2dismod mpm_event && a2enmod mpm_prefork")).toEqual({ out: "Module mpm_event disabled.\nTo activate the new configuration, you need to run:\n  service apache2 restart\nConsidering conflict mpm_event for mpm_prefork:\nConsidering conflict mpm_worker for mpm_prefork:\nEnabling module mpm_prefork.\nTo activate the new configuration, you need to run:\n  service apache2 restart\n", err: "", status: 0 });
    expect(c.run("test -L /etc/apache2/mods-enabled/mpm_prefork.load && echo linked; ls /etc/apache2/mods-enabled | grep -c mpm_event")).toMatchObject({ out: "linked\n0\n" });
    expect(c.run("a2enmod -q rewrite && a2enmod rewrite && a2enmod nope")).toEqual({ out: "Module rewrite already enabled\n", err: "ERROR: Module nope does not exist!\n", status: 1 });
    expect(c.run("echo 'ServerTokens Prod' > /etc/apache2/conf-available/x.conf && a2enconf x && a2disconf x")).toEqual({ out: "Enabling conf x.\nTo activate the new configuration, you need to run:\n  service apache2 reload\nConf x disabled.\nTo activate the new configuration, you need to run:\n  service apache2 reload\n", err: "", status: 0 });
  });
});
