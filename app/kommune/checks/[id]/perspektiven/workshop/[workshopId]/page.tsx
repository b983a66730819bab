import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getDb } from "@/db";
import { EndWorkshop } from "@/components/perspectives/end-workshop";
import { WorkshopDistribution } from "@/components/perspectives/workshop-distribution";
import { WorkshopLive } from "@/components/perspectives/workshop-live";
import { PageHeader } from "@/components/ui/page-header";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { qrDataUri } from "@/lib/qr";
import { workshopDistribution, workshopState } from "@/lib/services/perspectives";
import { siteUrl } from "@/lib/site";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Workshop");
}

/**
 * The projector view of a workshop: the code, the address and a QR code to
 * join, the live count, "Workshop beenden"; once ended, the distribution of
 * the answers per item.
 */
export default async function WorkshopProjectorPage({ params }: PageProps<"/kommune/checks/[id]/perspektiven/workshop/[workshopId]">) {
  const { id, workshopId } = await params;
  const { user, membership } = await requireMembershipPage(`/kommune/checks/${id}/perspektiven/workshop/${workshopId}`);
  const db = getDb();
  const workshop = await pageData(workshopState(db, user, membership.organisationId, workshopId));
  const back = (
    <p className="mb-6">
      <Link href={`/kommune/checks/${workshop.checkId}/perspektiven`}>Zu den Perspektiven</Link>
    </p>
  );
  if (workshop.endedAt) {
    const { counts } = await pageData(workshopDistribution(db, user, membership.organisationId, workshopId));
    return (
      <>
        <PageHeader eyebrow={membership.organisationName} title="Workshop beendet" lead={`${workshop.responses} Antworten. So verteilen sie sich je Frage.`} />
        {back}
        <WorkshopDistribution counts={counts} responses={workshop.responses} />
      </>
    );
  }
  const joinUrl = `${siteUrl()}/mitmachen`;
  const qr = await qrDataUri(`${joinUrl}/${workshop.code}`);
  return (
    <>
      <PageHeader eyebrow={membership.organisationName} title="Workshop läuft" lead={`Auf dem Telefon: ${joinUrl} öffnen und den Code eingeben – oder den QR-Code scannen.`} />
      {back}
      <div className="grid grid-cols-1 items-center gap-8 md:grid-cols-2">
        <div>
          <p className="text-4xl font-bold tracking-widest text-brand-900">Teilnahmecode: {workshop.code}</p>
          <p className="mt-4 text-2xl">{joinUrl}</p>
          <div className="mt-6">
            <WorkshopLive workshopId={workshop.id} initial={workshop.responses} />
          </div>
          {can(user, "perspective.manage", membership.organisationId) ? <EndWorkshop workshopId={workshop.id} checkId={workshop.checkId} /> : null}
        </div>
        <Image src={qr} alt={`QR-Code zum Teilnehmen: ${joinUrl}/${workshop.code}`} width={320} height={320} unoptimized loading="eager" className="mx-auto bg-white" />
      </div>
    </>
  );
}
