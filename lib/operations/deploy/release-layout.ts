/**
 * What a release folder holds and where the guide installs it (docs/betrieb.md).
 * Shared by `npm run release`, the systemd units' test and the release test.
 */
import path from "node:path";

/** The portal's own commands, bundled to commands/<name>.mjs in the release. */
export const RELEASE_COMMANDS = ["serve", "migrate", "jobs", "backup", "restore"] as const;
export type ReleaseCommand = (typeof RELEASE_COMMANDS)[number];

/** Where the guide puts the release, its settings and the backups. */
export const INSTALL_DIR = "/srv/kurz-check";
export const ENVIRONMENT_FILE = "/etc/kurz-check/portal.env";
export const BACKUP_DIR = "/var/backups/kurz-check";

/** A command's path inside the release folder. */
export const releaseCommand = (name: ReleaseCommand) => path.posix.join("commands", `${name}.mjs`);
