import type { Metadata } from "next";
import { getDb } from "@/db";
import { kommuneForAdvisor } from "@/lib/services/kommunen";
import { endWorkshopAsAdvisorAction } from "@/app/beratung/actions";
import { WorkshopProjector } from "@/components/perspectives/workshop-projector";
import { pageData, requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { workshopProjection } from "@/lib/services/perspectives";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Workshop – Beratung", ["advisor", "admin"]);
}

/** The projector view for the advisor assigned to the Kommune, who runs its workshop; anyone else gets 404. */
export default async function AdvisorWorkshopPage({ params }: PageProps<"/beratung/kommunen/[id]/workshop/[workshopId]">) {
  const { id, workshopId } = await params;
  const user = await requireRolePage(["advisor", "admin"], `/beratung/kommunen/${id}/workshop/${workshopId}`);
  const db = getDb();
  const { workshop, counts } = await pageData(workshopProjection(db, user, id, workshopId));
  const organisation = await pageData(kommuneForAdvisor(db, user, id));
  return (
    <WorkshopProjector
      workshop={workshop}
      counts={counts}
      kommuneName={organisation.name}
      back={{ href: `/beratung/kommunen/${id}`, label: "Zur Kommune" }}
      end={{ action: endWorkshopAsAdvisorAction, fields: { organisationId: id, workshopId: workshop.id } }}
    />
  );
}
