import Image from "next/image";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { formatCount } from "@/lib/format";
import { qrDataUri } from "@/lib/qr";
import { siteUrl } from "@/lib/site";
import type { FormAction } from "@/lib/actions/form-state";
import { WorkshopDistribution } from "./workshop-distribution";
import { WorkshopLive } from "./workshop-live";

/**
 * The projector view of a workshop, the same for the Kommune's team and its
 * assigned advisor: the code, the address and a QR code to join, the live
 * count and "Workshop beenden" for whoever runs it; once ended, the
 * distribution of the answers per item.
 */
export async function WorkshopProjector({
  workshop,
  counts,
  kommuneName,
  back,
  end,
}: {
  workshop: { id: string; code: string; responses: number; answering: number };
  /** Counts per item and score once the workshop has ended; null while it runs. */
  counts: Record<ItemKey, number[]> | null;
  kommuneName: string;
  back: { href: string; label: string };
  /** The area's "Workshop beenden" action and the ids it reads; null for those who only watch. */
  end: { action: FormAction; fields: Record<string, string> } | null;
}) {
  const backLink = (
    <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
      <Link href={back.href}>{back.label}</Link>
      <Link href={`/praesentation/${workshop.id}`} className="font-semibold">
        Präsentation für den Raum (Vollbild)
      </Link>
    </p>
  );
  if (counts) {
    return (
      <>
        <PageHeader
          eyebrow={kommuneName}
          title="Workshop beendet"
          lead={`${formatCount(workshop.responses, "Antwort", "Antworten")}. So verteilen sie sich je Frage.`}
        />
        {backLink}
        <WorkshopDistribution counts={counts} responses={workshop.responses} />
      </>
    );
  }
  const joinUrl = `${siteUrl()}/mitmachen`;
  const qr = await qrDataUri(`${joinUrl}/${workshop.code}`);
  return (
    <>
      <PageHeader
        eyebrow={kommuneName}
        title="Workshop läuft"
        lead={`Auf dem Smartphone: ${joinUrl} öffnen und den Code eingeben – oder den QR-Code scannen.`}
      />
      {backLink}
      <div className="grid grid-cols-1 items-center gap-8 md:grid-cols-2">
        <div>
          {/* Large for the projector, and still within a phone's width when the facilitator runs it from one. */}
          <p className="text-3xl font-bold tracking-wide break-words text-brand-900 md:text-4xl md:tracking-widest">Teilnahmecode: {workshop.code}</p>
          <p className="mt-4 text-xl break-all md:text-2xl">{joinUrl}</p>
          <div className="mt-6">
            <WorkshopLive workshopId={workshop.id} initial={workshop} end={end} />
          </div>
        </div>
        <Image
          src={qr}
          alt={`QR-Code zum Teilnehmen: ${joinUrl}/${workshop.code}`}
          width={320}
          height={320}
          unoptimized
          loading="eager"
          className="mx-auto h-auto w-full max-w-80 bg-white"
        />
      </div>
    </>
  );
}
