import type { Credentials } from "./posix-types";

/** Read permission asked for, as access(2) names it (glibc: posix/unistd.h R_OK). */
export const R_OK = 4;
/** Write permission asked for (access(2) W_OK). */
export const W_OK = 2;
/** Execute, or for a directory search, permission asked for (access(2) X_OK). */
export const X_OK = 1;

/** What permission checks look at on an inode: st_mode's permission bits, st_uid, st_gid (inode(7)). */
export interface Owned {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** Whether the caller is root: no credentials means root, as a container's default user is (uid 0 has CAP_DAC_OVERRIDE). */
export function isRootCredentials(credentials: Credentials | undefined): boolean {
  return credentials === undefined || credentials.uid === 0;
}

/** Whether the caller's primary or supplementary groups include `gid` (credentials(7)). */
export function isInGroup(credentials: Credentials, gid: number): boolean {
  return credentials.gid === gid || (credentials.groups?.includes(gid) ?? false);
}

/**
 * Whether `credentials` may access `node` for `want` (R_OK|W_OK|X_OK): the owner
 * class if the uid matches, else the group class, else other; root bypasses
 * (torvalds/linux: fs/namei.c generic_permission / acl_permission_check).
 */
export function isAccessAllowed(node: Owned, credentials: Credentials | undefined, want: number): boolean {
  if (credentials === undefined || credentials.uid === 0) return true;
  const bits = credentials.uid === node.uid ? node.mode >> 6 : isInGroup(credentials, node.gid) ? node.mode >> 3 : node.mode;
  return (bits & want) === want;
}

/**
 * The sticky-bit rule for unlink and rename out of a directory like /tmp (mode
 * 1777): only the file's owner, the directory's owner or root may remove it,
 * else EPERM (torvalds/linux: fs/namei.c may_delete → check_sticky).
 */
export function isStickyDeleteAllowed(dir: Owned, victim: { uid: number }, credentials: Credentials | undefined): boolean {
  if (credentials === undefined || credentials.uid === 0) return true;
  if ((dir.mode & 0o1000) === 0) return true;
  return credentials.uid === victim.uid || credentials.uid === dir.uid;
}
