import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db";
import { kommuneForAdvisor, kommuneProfile } from "@/lib/services/kommunen";
import { IndexTrend } from "@/components/check/index-trend";
import { roundsForTrend } from "@/lib/kurzcheck/trend";
import { AssignAdvisor } from "@/components/review/assign-advisor";
import { RegistrationDecision } from "@/components/review/registration-decision";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { WorkshopButton } from "@/components/perspectives/workshop-button";
import { WorkshopLinks } from "@/components/perspectives/workshop-links";
import { SurveyList } from "@/components/surveys/survey-list";
import { startWorkshopAsAdvisorAction, assignAdvisorAction, decideRegistrationAction } from "@/app/beratung/actions";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { canIn } from "@/lib/auth/permissions";
import { roundWorkshops } from "@/lib/services/perspectives";
import { surveyIsOpen, surveysOfKommune } from "@/lib/services/surveys";
import { CHECK_STATUS_LABELS, formatDate, formatPercent } from "@/lib/format";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";
import { MEMBERSHIP_ROLE_LABELS } from "@/lib/format";

/** The advisor and the Kommune, read once per request for the title and the page; advisors only. */
const organisationFor = cache(async (id: string) => {
  const user = await requireRolePage(["advisor", "admin"], `/beratung/kommunen/${id}`);
  const organisation = await pageData(kommuneForAdvisor(getDb(), user, id));
  return { user, organisation };
});

export async function generateMetadata({ params }: PageProps<"/beratung/kommunen/[id]">): Promise<Metadata> {
  return { title: `${(await organisationFor((await params).id)).organisation.name} – Beratung` };
}

export default async function OrganisationDetailPage({ params }: PageProps<"/beratung/kommunen/[id]">) {
  const { id } = await params;
  const { user, organisation } = await organisationFor(id);
  const db = getDb();
  const { members, rounds: checkList, advisors } = await pageData(kommuneProfile(db, user, id));
  const trend = roundsForTrend(checkList);
  const surveys = await pageData(surveysOfKommune(db, user, organisation.id));
  const draft = checkList.find((check) => check.status === "draft") ?? null;
  const kommune = { organisationId: organisation.id, assignedAdvisorId: organisation.assignedAdvisorId };
  const runsWorkshops = canIn(user, "workshop.run", kommune);
  const workshops = draft && runsWorkshops ? await roundWorkshops(db, user, organisation.id, draft.id) : [];

  return (
    <>
      <PageHeader
        eyebrow="Kommune"
        title={organisation.name}
        lead={`${ORGANISATION_KINDS[organisation.kind]} · ${REGIERUNGSBEZIRKE[organisation.regierungsbezirk]} · AGS ${organisation.ags ?? "nicht angegeben"} · registriert am ${formatDate(organisation.createdAt)}`}
      />
      {organisation.verified ? (
        <p className="mb-6">Registrierung bestätigt am {formatDate(organisation.verifiedAt)}.</p>
      ) : (
        <section aria-labelledby="pruefen" className="mb-8 rounded-lg border-2 border-brand-700 p-4">
          <h2 id="pruefen" className="text-xl font-bold text-brand-900">
            Registrierung prüfen
          </h2>
          {organisation.rejectedAt ? (
            <p className="mt-1">
              Abgelehnt am {formatDate(organisation.rejectedAt)}: {organisation.rejectionReason}
            </p>
          ) : null}
          <div className="mt-3">
            <RegistrationDecision decideRegistration={decideRegistrationAction} organisationId={organisation.id} name={organisation.name} />
          </div>
        </section>
      )}

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <DataTable
          caption="Mitglieder"
          columns={["Name", "E-Mail", "Rolle", "E-Mail bestätigt"]}
          rows={members.map((m) => [m.name, m.email, MEMBERSHIP_ROLE_LABELS[m.role], m.emailConfirmedAt ? "ja" : "nein"])}
        />
        <AssignAdvisor assignAdvisor={assignAdvisorAction} organisationId={organisation.id} advisors={advisors} current={organisation.assignedAdvisorId} />
      </div>

      <section aria-labelledby="kurzchecks" className="mt-10">
        <h2 id="kurzchecks" className="text-2xl font-bold text-brand-900">
          Kurz-Checks
        </h2>
        {checkList.length === 0 ? (
          <p className="mt-2">Noch kein Kurz-Check.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {checkList.map((check) => (
              <li key={check.id}>
                {check.status === "draft" ? check.roundTitle : <Link href={`/beratung/checks/${check.id}`}>{check.roundTitle}</Link>} ·{" "}
                {CHECK_STATUS_LABELS[check.status]} · {formatDate(check.submittedAt ?? check.createdAt)} ·{" "}
                {check.status === "draft" ? `${check.answered} von 13 Fragen beantwortet` : `Index ${check.index === null ? "–" : formatPercent(check.index)}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Section id="workshop" title="Workshop mit der Kommune">
        {!draft ? (
          <p>Ein Workshop ist möglich, solange die Kommune einen Kurz-Check als Entwurf bearbeitet. Zurzeit gibt es keinen Entwurf.</p>
        ) : !runsWorkshops ? (
          <p>Einen Workshop zur Runde „{draft.roundTitle}“ kann die Kommune selbst starten oder die ihr zugeordnete Person aus der Beratung.</p>
        ) : (
          <>
            <p>
              Sie begleiten diese Kommune. Im Workshop zur Runde „{draft.roundTitle}“ antworten die Teilnehmenden anonym auf ihren Smartphones; ihre Antworten
              gehen als Perspektiven in die Runde ein. Der Kurz-Check des Teams bleibt die offizielle Antwort der Kommune.
            </p>
            <WorkshopLinks
              workshops={workshops}
              basePath={`/beratung/kommunen/${organisation.id}/workshop`}
              start={
                <WorkshopButton
                  action={startWorkshopAsAdvisorAction}
                  label="Workshop starten"
                  fields={{ organisationId: organisation.id, checkId: draft.id }}
                />
              }
            />
          </>
        )}
      </Section>
      <IndexTrend rounds={trend} />
      <Section id="befragungen" title="Befragungen der Einwohner*innen" wide>
        {surveys.length ? (
          <SurveyList
            caption={`Befragungen von ${organisation.name}`}
            surveys={surveys.map((survey) => ({ ...survey, open: surveyIsOpen(survey) }))}
            hrefFor={(surveyId) => `/beratung/kommunen/${organisation.id}/befragungen/${surveyId}`}
          />
        ) : (
          <p>Die Kommune hat noch keine Befragung gestartet.</p>
        )}
      </Section>
      <p className="mt-8">
        <Link href={`/beratung/kommunen/${organisation.id}/massnahmen`} className="font-semibold">
          Maßnahmenplan der Kommune ansehen und kommentieren
        </Link>
      </p>
      <p className="mt-2">
        <Link href={`/beratung/kommunen/${organisation.id}/indikatoren`} className="font-semibold">
          Indikatoren der Kommune ansehen
        </Link>
      </p>
    </>
  );
}
