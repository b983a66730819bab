// Rules guarded (issue 14): the systemd units the guide installs are valid (systemd-analyze verify
// where the machine has it) and agree with the release: every command they start is one the
// release bundles, app instances listen on loopback without the job queue, one unit runs the jobs,
// and the backup timer starts the backup service.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BACKUP_DIR, ENVIRONMENT_FILE, INSTALL_DIR, RELEASE_COMMANDS, releaseCommand } from "./release-layout";

const UNITS_DIR = path.join(import.meta.dirname, "systemd");
type Unit = Record<string, Record<string, string[]>>;

/** systemd's unit syntax as far as these files use it: sections, key=value, repeated keys, comments. */
function parseUnit(text: string): Unit {
  const unit: Unit = {};
  let section: Record<string, string[]> | null = null;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header) {
      section = unit[header[1]!] ??= {};
      return;
    }
    const entry = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!entry || !section) throw new Error(`line ${index + 1} is neither a section nor key=value: ${raw}`);
    (section[entry[1]!] ??= []).push(entry[2]!);
  });
  return unit;
}

const units = Object.fromEntries(readdirSync(UNITS_DIR).map((file) => [file, parseUnit(readFileSync(path.join(UNITS_DIR, file), "utf8"))]));
const service = (file: string) => units[file]!.Service!;
/** Environment= lines as one map (a line may hold several assignments). */
const environment = (file: string) =>
  Object.fromEntries((service(file).Environment ?? []).flatMap((line) => line.split(/\s+/)).map((pair) => pair.split("=") as [string, string]));
const commandsOf = (file: string) => [...(service(file).ExecStartPre ?? []), ...(service(file).ExecStart ?? [])].map((line) => line.split(/\s+/));

describe("systemd units", () => {
  it("has an app instance template, a job runner and a nightly backup", () => {
    expect(Object.keys(units).sort()).toEqual(["kurz-check-backup.service", "kurz-check-backup.timer", "kurz-check-jobs.service", "kurz-check@.service"]);
  });

  it("starts only commands the release bundles, from the install folder with the settings file", () => {
    const bundled = new Set(RELEASE_COMMANDS.map(releaseCommand));
    for (const file of Object.keys(units).filter((name) => name.endsWith(".service"))) {
      expect(service(file).WorkingDirectory, file).toEqual([INSTALL_DIR]);
      expect(service(file).EnvironmentFile, file).toEqual([ENVIRONMENT_FILE]);
      for (const [binary, script, ...rest] of commandsOf(file)) {
        expect(binary, file).toBe("/usr/bin/node");
        expect(bundled.has(script!), `${file} starts ${script}`).toBe(true);
        expect(rest, file).toEqual([]);
      }
      expect(service(file).User, file).toEqual(["kurzcheck"]);
    }
  });

  it("runs app instances on loopback, one per port, migrating first and without the job queue", () => {
    const env = environment("kurz-check@.service");
    expect(env).toMatchObject({ PORT: "%i", HOST: "127.0.0.1", JOBS: "off", NODE_ENV: "production" });
    expect(commandsOf("kurz-check@.service").map(([, script]) => script)).toEqual([releaseCommand("migrate"), releaseCommand("serve")]);
    expect(commandsOf("kurz-check-jobs.service").map(([, script]) => script)).toEqual([releaseCommand("jobs")]);
    expect(environment("kurz-check-jobs.service").JOBS).toBeUndefined();
  });

  it("backs up every night through the backup service", () => {
    expect(units["kurz-check-backup.timer"]!.Timer!.OnCalendar).toEqual(["*-*-* 02:30:00"]);
    expect(units["kurz-check-backup.timer"]!.Timer!.Unit ?? ["kurz-check-backup.service"]).toEqual(["kurz-check-backup.service"]);
    expect(commandsOf("kurz-check-backup.service").map(([, script]) => script)).toEqual([releaseCommand("backup")]);
    expect(environment("kurz-check-backup.service").BACKUP_DIR).toBe(BACKUP_DIR);
    expect(service("kurz-check-backup.service").ReadWritePaths).toEqual([BACKUP_DIR]);
  });

  it("passes systemd-analyze verify where the machine has it", (context) => {
    const probe = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });
    if (probe.status !== 0) context.skip();
    const dir = mkdtempSync(path.join(os.tmpdir(), "units-"));
    try {
      // A template is verified as one of its instances, as systemctl would start it.
      for (const file of Object.keys(units)) copyFileSync(path.join(UNITS_DIR, file), path.join(dir, file.replace("@.service", "@3000.service")));
      const files = readdirSync(dir).map((file) => path.join(dir, file));
      const result = spawnSync("systemd-analyze", ["verify", "--man=no", ...files], { encoding: "utf8" });
      const ours = result.stderr.split("\n").filter((line) => line.includes("kurz-check"));
      expect(ours).toEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
