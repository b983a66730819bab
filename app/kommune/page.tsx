import type { Metadata } from "next";
import { getDb } from "@/db";
import { listRounds } from "@/lib/services/checks";
import Link from "next/link";
import { ClearTrialAnswers } from "@/components/check/clear-trial-answers";
import { IndexTrend } from "@/components/check/index-trend";
import { roundsForTrend } from "@/lib/kurzcheck/trend";
import { buttonClasses } from "@/components/ui/button";
import { startCheckAction } from "./actions";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS, formatDate, formatPercent } from "@/lib/format";
import { Notice } from "@/components/ui/notice";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Übersicht");
}

export default async function KommuneOverviewPage({ searchParams }: PageProps<"/kommune">) {
  const { user, membership } = await requireMembershipPage("/kommune");
  const checkList = await pageData(listRounds(getDb(), user, membership.organisationId));
  const takenOver = (await searchParams).probe === "uebernommen";
  const openDraft = checkList.find((check) => check.status === "draft");
  const lastSubmitted = checkList.find((check) => check.status !== "draft");
  const latestReleased = lastSubmitted?.status === "released" ? lastSubmitted : null;
  const trend = roundsForTrend(checkList);

  return (
    <>
      <PageHeader eyebrow="Ihre Kommune" title={membership.organisationName} />
      {takenOver ? (
        <Notice tone="success" announce>
          Willkommen! Ihre Antworten aus dem ausprobierten Kurz-Check sind als erster Entwurf gespeichert.
          <ClearTrialAnswers />
        </Notice>
      ) : null}
      {!membership.verified ? (
        <Notice>Ihre Registrierung wird vom Team von NIKO bestätigt. Sie können den Kurz-Check schon jetzt vollständig nutzen.</Notice>
      ) : null}
      {!user.emailConfirmed ? <Notice>Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen geschickt haben.</Notice> : null}

      {latestReleased ? (
        <Notice>
          Die Beratung hat ihre Rückmeldung zu „{latestReleased.roundTitle}“ freigegeben.{" "}
          <Link href={`/kommune/checks/${latestReleased.id}/ergebnis#rueckmeldung`} className="font-semibold">
            Rückmeldung lesen
          </Link>
        </Notice>
      ) : null}

      {openDraft ? (
        <div className="mb-8">
          <Link href={`/kommune/checks/${openDraft.id}`} className={buttonClasses("primary")}>
            {openDraft.answered === 13 ? "Entwurf prüfen und einreichen" : "Entwurf fortsetzen"}
          </Link>
          <p className="mt-2 text-sm text-muted">
            „{openDraft.roundTitle}“: {openDraft.answered} von 13 Fragen beantwortet
            {openDraft.answered === 13 ? ", bereit zum Einreichen." : "."} Eine neue Runde beginnt, sobald dieser Entwurf eingereicht ist.
          </p>
        </div>
      ) : (
        <form action={startCheckAction} className="mb-8">
          {lastSubmitted ? (
            <div className="mb-3 flex items-start gap-3">
              <input id="uebernehmen" name="uebernehmen" type="checkbox" value="ja" className="mt-0.5 size-6 shrink-0 accent-brand-700" />
              <label htmlFor="uebernehmen">
                Antworten der letzten Runde übernehmen{" "}
                <span className="text-muted">(„{lastSubmitted.roundTitle}“: jede Antwort ist als übernommen markiert, bis Sie sie prüfen)</span>
              </label>
            </div>
          ) : null}
          <button type="submit" className={buttonClasses("primary")}>
            Kurz-Check beginnen
          </button>
          <p className="mt-2 text-sm text-muted">Legt eine neue Runde an, z. B. für dieses Jahr.</p>
        </form>
      )}

      <section aria-labelledby="checks" className="max-w-4xl">
        <h2 id="checks" className="text-2xl font-bold text-brand-900">
          Ihre Kurz-Checks
        </h2>
        {checkList.length === 0 ? (
          <p className="mt-3">Ihre Kommune hat noch keinen Kurz-Check angelegt.</p>
        ) : (
          <div className="mt-3">
            <DataTable
              caption="Kurz-Checks Ihrer Kommune, neueste zuerst"
              columns={["Runde", "Status", "Datum", "Beantwortet", "Index"]}
              rows={checkList.map((check) => [
                <Link key={check.id} href={check.status === "draft" ? `/kommune/checks/${check.id}` : `/kommune/checks/${check.id}/ergebnis`}>
                  {check.roundTitle}
                </Link>,
                check.status === "released" ? (
                  <Link key={`${check.id}-rueckmeldung`} href={`/kommune/checks/${check.id}/ergebnis#rueckmeldung`}>
                    {CHECK_STATUS_LABELS.released}: Rückmeldung lesen
                  </Link>
                ) : (
                  CHECK_STATUS_LABELS[check.status]
                ),
                formatDate(check.submittedAt ?? check.createdAt),
                `${check.answered} von 13`,
                check.index === null ? "–" : formatPercent(check.index),
              ])}
            />
          </div>
        )}
        {checkList.length ? (
          <p className="mt-3">
            <a href="/kommune/export" download>
              Alle Kurz-Checks als CSV-Datei herunterladen
            </a>{" "}
            <span className="text-sm text-muted">(für Excel, Trennzeichen Semikolon)</span>
          </p>
        ) : null}
      </section>
      <IndexTrend rounds={trend} />
      <section aria-labelledby="plan" className="mt-10 max-w-4xl">
        <h2 id="plan" className="text-2xl font-bold text-brand-900">
          Ihr Maßnahmenplan
        </h2>
        <p className="mt-2">
          Halten Sie fest, was Sie bis zur nächsten Runde tun wollen: wer, bis wann, mit welchem Ziel. Jeder nächste Schritt im Ergebnis lässt sich mit einem
          Klick als Maßnahme übernehmen.
        </p>
        <p className="mt-3">
          <Link href="/kommune/massnahmen" className="font-semibold">
            Zum Maßnahmenplan
          </Link>
        </p>
      </section>
    </>
  );
}
