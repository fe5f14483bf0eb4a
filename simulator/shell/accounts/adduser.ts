import type { PosixCommandContext } from "../commands/types";
import { runBusyboxAddgroup, runBusyboxAdduser } from "./adduser-busybox";
import { runDebianAdduser } from "./adduser-debian";

/**
 * `adduser`: Debian's Perl adduser (3.134) on GNU images, BusyBox's applet
 * on Alpine, chosen by the image's tool variant as its /usr/sbin/adduser or
 * /sbin/adduser → busybox would be.
 */
export function runAdduser(ctx: PosixCommandContext): number {
  return ctx.variant === "busybox" ? runBusyboxAdduser(ctx) : runDebianAdduser(ctx, false);
}

/** `addgroup`: Debian's adduser in group mode on GNU images, BusyBox's applet on Alpine. */
export function runAddgroup(ctx: PosixCommandContext): number {
  return ctx.variant === "busybox" ? runBusyboxAddgroup(ctx) : runDebianAdduser(ctx, true);
}
