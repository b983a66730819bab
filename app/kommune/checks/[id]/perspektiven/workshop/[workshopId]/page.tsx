import type { Metadata } from "next";
import { getDb } from "@/db";
import { WorkshopProjector } from "@/components/perspectives/workshop-projector";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { canIn } from "@/lib/auth/permissions";
import { workshopProjection } from "@/lib/services/perspectives";
import { endWorkshopAction } from "../../actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Workshop");
}

/** The projector view of a workshop of the active Kommune; its owner ends it, members watch. */
export default async function WorkshopProjectorPage({ params }: PageProps<"/kommune/checks/[id]/perspektiven/workshop/[workshopId]">) {
  const { id, workshopId } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}/perspektiven/workshop/${workshopId}`);
  const { workshop, counts } = await pageData(workshopProjection(getDb(), user, membership.organisationId, workshopId));
  return (
    <WorkshopProjector
      workshop={workshop}
      counts={counts}
      kommuneName={membership.organisationName}
      back={{ href: `/kommune/checks/${workshop.checkId}/perspektiven`, label: "Zu den Perspektiven" }}
      end={canIn(user, "workshop.run", workshop) ? { action: endWorkshopAction, fields: { workshopId: workshop.id, checkId: workshop.checkId } } : null}
    />
  );
}
