import type { Metadata } from "next";
import { getDb } from "@/db";
import { UserAdmin } from "@/components/admin/user-admin";
import { FilterForm, FilterSelect, Pager, SearchField } from "@/components/ui/list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatDate, formatNumber, formatTime, PLATFORM_ROLE_LABELS } from "@/lib/format";
import { JOB_SUMMARY_LABELS } from "@/lib/jobs/registry";
import { jobOverview } from "@/lib/jobs/runner";
import { listUsers, pendingStaffInvitations } from "@/lib/services/users";
import { userListQuerySchema } from "@/lib/validation/admin";
import { changeRoleAction, deactivateUserAction, inviteStaffAction, reactivateUserAction, resetSecondFactorAction } from "@/app/admin/actions";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Administration", ["admin"]);
}

const PAGE_SIZE = 25;

/** A run's figures in words: {"sent":3,"skipped":1} -> "(gesendet: 3, übersprungen: 1)". */
function formatSummary(summary: string | null): string {
  if (!summary) return "";
  const entries = Object.entries(JSON.parse(summary) as Record<string, number>);
  return entries.length ? `(${entries.map(([key, value]) => `${JOB_SUMMARY_LABELS[key] ?? key}: ${formatNumber(value)}`).join(", ")})` : "";
}

export default async function AdminPage({ searchParams }: PageProps<"/admin">) {
  const admin = await requireRolePage(["admin"], "/admin");
  const query = userListQuerySchema.parse(await searchParams);
  const db = getDb();
  const [{ rows, total }, pending, jobs] = await Promise.all([
    listUsers(db, admin, {
      q: query.q || undefined,
      role: query.rolle,
      disabled: query.status === undefined ? undefined : query.status === "deaktiviert",
      page: query.seite,
      pageSize: PAGE_SIZE,
    }),
    pendingStaffInvitations(db, admin),
    jobOverview(db),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <PageHeader eyebrow="Administration" title="Konten und Rollen" lead="Rollen ändern, Konten deaktivieren und neue Berater*innen einladen." />
      <FilterForm label="Konten filtern">
        <SearchField label="Name oder E-Mail-Adresse" value={query.q} />
        <FilterSelect name="rolle" label="Rolle" value={query.rolle} options={PLATFORM_ROLE_LABELS} />
        <FilterSelect name="status" label="Status" value={query.status} options={{ aktiv: "aktiv", deaktiviert: "deaktiviert" }} />
      </FilterForm>
      <UserAdmin
        actions={{
          changeRole: changeRoleAction,
          deactivateUser: deactivateUserAction,
          inviteStaff: inviteStaffAction,
          reactivateUser: reactivateUserAction,
          resetSecondFactor: resetSecondFactorAction,
        }}
        currentUserId={admin.id}
        summary={`${formatNumber(total)} Konten entsprechen der Auswahl, Seite ${query.seite} von ${pages}.`}
        users={rows.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          disabled: u.disabled,
          emailConfirmed: u.emailConfirmedAt !== null,
          secondFactor: u.totpEnabledAt !== null,
          lastSignIn: formatDate(u.lastSignInAt),
        }))}
        pager={<Pager page={query.seite} pages={pages} basePath="/admin" params={query} />}
        pending={pending.map((p) => ({ email: p.email, role: p.role ? PLATFORM_ROLE_LABELS[p.role] : "", expires: formatDate(p.expiresAt) }))}
      />
      <Section id="aufgaben" title="Geplante Aufgaben" wide>
        <DataTable
          caption="Geplante Aufgaben und ihr letzter Lauf"
          columns={["Aufgabe", "Letzter Lauf", "Ergebnis", "Letzter Fehler"]}
          rows={jobs.map(({ job, last, lastFailure }) => [
            job.description,
            last ? `${formatDate(last.startedAt)} ${formatTime(last.startedAt)}` : "noch nie",
            !last ? "–" : last.ok === null ? "läuft" : last.ok ? `erfolgreich ${formatSummary(last.summary)}` : "fehlgeschlagen",
            lastFailure ? `${formatDate(lastFailure.startedAt)}: ${lastFailure.error ?? ""}` : "keiner",
          ])}
        />
      </Section>
    </>
  );
}
