import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { advisorDashboard } from "@/lib/services/kommunen";
import { RegistrationDecision } from "@/components/review/registration-decision";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { auditActionLabel } from "@/lib/audit-events";
import { CHECK_STATUS_LABELS, formatDate, formatNumber } from "@/lib/format";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";
import { Notice } from "@/components/ui/notice";
import { decideRegistrationAction } from "@/app/beratung/actions";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Übersicht für die Beratung", ["advisor", "admin"]);
}

const NOTICES: Record<string, string> = { zurueckgegeben: "Der Kurz-Check ist an die Kommune zurückgegeben; sie wurde per E-Mail informiert." };

/** The dashboard shows the head of each list; the whole list is one link away, filtered and paged. */
const QUEUE_SHOWN = 10;
const REGISTRATIONS_SHOWN = 5;

export default async function AdvisorDashboardPage({ searchParams }: PageProps<"/beratung">) {
  const user = await requireRolePage(["advisor", "admin"], "/beratung");
  const { counts, queue, unverified, unverifiedTotal, activity, overdue, withoutPlan } = await pageData(
    advisorDashboard(getDb(), user, { queue: QUEUE_SHOWN, registrations: REGISTRATIONS_SHOWN }),
  );
  const waiting = (counts.submitted ?? 0) + (counts.in_review ?? 0);
  const notice = NOTICES[String((await searchParams).hinweis ?? "")];
  return (
    <>
      <PageHeader eyebrow="Beratung" title="Übersicht für die Beratung" />
      {notice ? (
        <Notice tone="success" announce>
          {notice}
        </Notice>
      ) : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <DataTable
          caption="Kurz-Checks nach Status"
          columns={["Status", "Anzahl"]}
          rows={(Object.keys(CHECK_STATUS_LABELS) as (keyof typeof CHECK_STATUS_LABELS)[]).map((status) => [CHECK_STATUS_LABELS[status], counts[status] ?? 0])}
        />
        <section aria-labelledby="warteschlange">
          <h2 id="warteschlange" className="text-xl font-bold text-brand-900">
            Zu prüfen (älteste zuerst)
          </h2>
          {queue.length === 0 ? (
            <p className="mt-2">Zurzeit wartet kein Kurz-Check auf eine Prüfung.</p>
          ) : (
            <ol className="mt-2 space-y-2">
              {queue.map((item) => (
                <li key={item.id}>
                  <Link href={`/beratung/checks/${item.id}`}>
                    {item.organisationName}: {item.roundTitle}
                  </Link>{" "}
                  <span className="text-sm text-muted">
                    ({CHECK_STATUS_LABELS[item.status]}, eingereicht am {formatDate(item.submittedAt)})
                  </span>
                </li>
              ))}
            </ol>
          )}
          {waiting > queue.length ? (
            <p className="mt-3">
              <Link href="/beratung/kommunen?status=submitted&sortierung=latest">Alle Kommunen mit eingereichtem Kurz-Check</Link>
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="registrierungen" className="mt-10">
        <h2 id="registrierungen" className="text-xl font-bold text-brand-900">
          Neue Registrierungen
        </h2>
        {unverified.length === 0 ? (
          <p className="mt-2">Keine offenen Registrierungen.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {unverified.map((organisation) => (
              <li key={organisation.id} className="rounded-lg border border-line p-4">
                <p className="font-semibold">
                  <Link href={`/beratung/kommunen/${organisation.id}`}>{organisation.name}</Link>
                </p>
                <p className="text-sm">
                  {ORGANISATION_KINDS[organisation.kind]} · {REGIERUNGSBEZIRKE[organisation.regierungsbezirk]} · AGS {organisation.ags ?? "nicht angegeben"} ·
                  registriert am {formatDate(organisation.createdAt)}
                </p>
                <div className="mt-2">
                  <RegistrationDecision decideRegistration={decideRegistrationAction} organisationId={organisation.id} name={organisation.name} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {unverifiedTotal > unverified.length ? (
          <p className="mt-3">
            <Link href="/beratung/kommunen?bestaetigt=nein&sortierung=created">Alle {formatNumber(unverifiedTotal)} offenen Registrierungen</Link>
          </p>
        ) : null}
      </section>

      <div className="mt-10 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <section aria-labelledby="ueberfaellig">
          <h2 id="ueberfaellig" className="text-xl font-bold text-brand-900">
            Überfällige Maßnahmen
          </h2>
          {overdue.length === 0 ? (
            <p className="mt-2">Keine Kommune hat überfällige Maßnahmen.</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {overdue.map((row) => (
                <li key={row.id}>
                  <Link href={`/beratung/kommunen/${row.id}/massnahmen`}>{row.name}</Link> ({row.overdue} überfällig)
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="ohne-plan">
          <h2 id="ohne-plan" className="text-xl font-bold text-brand-900">
            Rückmeldung erhalten, noch kein Plan
          </h2>
          {withoutPlan.length === 0 ? (
            <p className="mt-2">Jede Kommune mit freigegebener Rückmeldung hat schon Maßnahmen geplant.</p>
          ) : (
            <ul className="mt-2 space-y-1">
              {withoutPlan.map((row) => (
                <li key={row.id}>
                  <Link href={`/beratung/kommunen/${row.id}`}>{row.name}</Link> (Rückmeldung vom {formatDate(row.released_at)})
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="aktivitaet" className="mt-10 max-w-3xl">
        <h2 id="aktivitaet" className="text-xl font-bold text-brand-900">
          Letzte Aktivitäten
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {activity.map((entry, index) => (
            <li key={index}>
              {formatDate(entry.createdAt)} · {entry.actorName ?? "System"} · {auditActionLabel(entry.action)}
              {entry.organisationName ? ` · ${entry.organisationName}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
