import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db";
import { kommuneForAdvisor } from "@/lib/services/kommunen";
import { MeasureList } from "@/components/measures/measure-list";
import { MeasureNotes } from "@/components/measures/measure-notes";
import { ReleaseMeasureComments } from "@/components/measures/release-comments";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";
import { loadPlan } from "@/lib/services/measures";
import { advisorMeasureCommentAction } from "../../../actions";
import { releaseMeasureCommentsAction } from "@/app/beratung/actions";

const organisationFor = cache(async (id: string) => {
  const advisor = await requireRolePage(["advisor", "admin"], `/beratung/kommunen/${id}/massnahmen`);
  const organisation = await pageData(kommuneForAdvisor(getDb(), advisor, id));
  return { advisor, organisation };
});

export async function generateMetadata({ params }: PageProps<"/beratung/kommunen/[id]/massnahmen">): Promise<Metadata> {
  return { title: `Maßnahmenplan – ${(await organisationFor((await params).id)).organisation.name}` };
}

/** A Kommune's plan for advisors: read only, with a comment per measure that the Kommune sees once released. */
export default async function AdvisorPlanPage({ params }: PageProps<"/beratung/kommunen/[id]/massnahmen">) {
  const { advisor, organisation } = await organisationFor((await params).id);
  const plan = await pageData(loadPlan(getDb(), advisor, organisation.id, {}, { withAdvisorDrafts: true }));
  const drafts = plan.notes.filter((n) => n.fromAdvisor && !n.released).length;
  return (
    <>
      <PageHeader
        eyebrow="Beratung"
        title={`Maßnahmenplan: ${organisation.name}`}
        lead="Nur lesen: Die Kommune führt ihren Plan selbst. Ihre Kommentare sieht sie, sobald Sie sie freigeben."
      />
      <p className="mb-6">
        <Link href={`/beratung/kommunen/${organisation.id}`}>Zur Kommune {organisation.name}</Link>
      </p>
      <ReleaseMeasureComments releaseMeasureComments={releaseMeasureCommentsAction} organisationId={organisation.id} drafts={drafts} />
      <Section id="massnahmen" title={`Maßnahmen (${plan.total})`} wide>
        {plan.measures.length === 0 ? (
          <p>Die Kommune hat noch keine Maßnahme geplant.</p>
        ) : (
          <ul className="space-y-8">
            {plan.measures.map((measure) => (
              <li key={measure.id}>
                <MeasureList measures={[measure]} notes={plan.notes} today={plan.today} hrefFor={(id) => `#massnahme-${id}`} />
                <div id={`massnahme-${measure.id}`}>
                  <MeasureNotes
                    side="beratung"
                    measureId={measure.id}
                    measureTitle={measure.title}
                    notes={plan.notes.filter((n) => n.measureId === measure.id).map((n) => ({ ...n, createdOn: formatDate(n.createdAt) }))}
                    addNote={advisorMeasureCommentAction}
                    hidden={{ organisationId: organisation.id }}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
