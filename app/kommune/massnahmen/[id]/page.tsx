import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { indicatorChoices } from "@/lib/services/indicators";
import { MeasureForm } from "@/components/measures/measure-form";
import { MeasureNotes } from "@/components/measures/measure-notes";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { formatDate, formatPlainNumber } from "@/lib/format";
import { getMeasure, responsibleCandidates } from "@/lib/services/measures";
import { addProgressNoteAction, updateMeasureAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Maßnahme");
}

const NOTICES: Record<string, { tone: "success" | "warning"; text: string }> = {
  gespeichert: { tone: "success", text: "Die Maßnahme ist gespeichert." },
  "gespeichert-ueberfaellig": {
    tone: "warning",
    text: "Die Maßnahme ist gespeichert. Hinweis: Das Fälligkeitsdatum liegt in der Vergangenheit, sie erscheint deshalb als überfällig.",
  },
};

export default async function MeasurePage({ params, searchParams }: PageProps<"/kommune/massnahmen/[id]">) {
  const { id } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/massnahmen/${id}`);
  const db = getDb();
  const [{ measure, notes }, people, indicators] = await pageData(
    Promise.all([
      getMeasure(db, user, membership.organisationId, id),
      responsibleCandidates(db, user, membership.organisationId),
      indicatorChoices(db, user, membership.organisationId),
    ]),
  );
  const notice = NOTICES[String((await searchParams).hinweis ?? "")];
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title={measure.title}
        lead={`Angelegt am ${formatDate(measure.createdAt)}, zuletzt geändert am ${formatDate(measure.updatedAt)}.`}
      />
      <p className="mb-6">
        <Link href="/kommune/massnahmen">Zum Maßnahmenplan</Link>
      </p>
      {notice ? (
        <Notice tone={notice.tone} announce>
          {notice.text}
        </Notice>
      ) : null}
      <MeasureNotes
        measureId={measure.id}
        measureTitle={measure.title}
        notes={notes.map((n) => ({ ...n, createdOn: formatDate(n.createdAt) }))}
        addNote={addProgressNoteAction}
      />
      <Section id="bearbeiten" title="Maßnahme bearbeiten" wide>
        <MeasureForm
          action={updateMeasureAction}
          people={people}
          indicators={indicators}
          initial={{
            measureId: measure.id,
            version: measure.version,
            title: measure.title,
            description: measure.description,
            items: measure.items,
            responsible: measure.responsibleUserId ?? (measure.responsibleRole ? "stelle" : ""),
            responsibleRole: measure.responsibleRole ?? "",
            dueOn: measure.dueOn ?? "",
            targetScore: measure.targetScore === null ? "" : String(measure.targetScore),
            targetIndicator: measure.targetIndicatorKey ?? "",
            targetIndicatorValue: measure.targetIndicatorValue === null ? "" : formatPlainNumber(measure.targetIndicatorValue),
            status: measure.status,
          }}
        />
      </Section>
    </>
  );
}
