// Rule guarded: every event the code writes to the audit log has German words for the advisors'
// activity feed; no program id ("measure.updated") ever reaches a person.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS, auditActionLabel } from "./audit-events";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "node_modules" || entry === "tooling" ? [] : sources(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** The event names in `action: "…"` of the code, both sides of a conditional included. */
function writtenEvents(): Set<string> {
  const events = new Set<string>();
  for (const file of ["lib", "app", "db"].flatMap((dir) => sources(path.join(process.cwd(), dir)))) {
    for (const match of readFileSync(file, "utf8").matchAll(/action:\s*([^,}\n]*)/g)) {
      if (match[1]!.includes("|")) continue; // a parameter's type (a union of rights), not an event
      for (const name of match[1]!.matchAll(/"([a-z]+\.[a-z_]+)"/g)) events.add(name[1]!);
    }
  }
  return events;
}

describe("audit events", () => {
  it("each written event has its label", () => {
    const written = writtenEvents();
    expect(written.size).toBeGreaterThan(40);
    for (const event of written) expect(Object.keys(AUDIT_EVENTS), event).toContain(event);
  });

  it("labels are German words, never a program id, and an unknown event is not shown as one either", () => {
    for (const [event, label] of Object.entries(AUDIT_EVENTS)) {
      expect(label, event).not.toMatch(/[a-z]+\.[a-z_]+/);
      expect(label.length, event).toBeGreaterThan(5);
    }
    expect(auditActionLabel("legacy.something_old")).toBe("Sonstige Änderung");
  });
});
