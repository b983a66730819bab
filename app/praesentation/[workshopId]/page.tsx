import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getDb } from "@/db";
import { FullscreenButton } from "@/components/perspectives/fullscreen-button";
import { PresentationSlides, type Slide } from "@/components/perspectives/presentation-slides";
import { WorkshopLive } from "@/components/perspectives/workshop-live";
import { pageData, requireUserPage } from "@/lib/auth/guards";
import { formatPercent } from "@/lib/format";
import { getItem } from "@/lib/kurzcheck/items";
import { describeDifference, PERSPECTIVES, type PerspectiveKey, type SpreadFigure } from "@/lib/kurzcheck/perspectives";
import { qrDataUri } from "@/lib/qr";
import { workshopPresentation } from "@/lib/services/perspectives";
import { siteUrl } from "@/lib/site";

export const metadata: Metadata = { title: "Präsentation des Workshops", robots: { index: false } };

/**
 * "Präsentation": what a facilitator shows the room. While the workshop runs:
 * code, address, QR code and the live count, large. Afterwards one slide per
 * item, "Gesprächsbedarf" first: the spread of the perspectives beside the
 * team's own answer, paged by the arrow keys.
 */
export default async function PresentationPage({ params }: PageProps<"/praesentation/[workshopId]">) {
  const { workshopId } = await params;
  const user = await requireUserPage(`/praesentation/${workshopId}`);
  const { workshop, spread } = await pageData(workshopPresentation(getDb(), user, workshopId), `/praesentation/${workshopId}`);
  const back =
    user.role === "member"
      ? `/kommune/checks/${workshop.checkId}/perspektiven/workshop/${workshop.id}`
      : `/beratung/kommunen/${workshop.organisationId}/workshop/${workshop.id}`;
  const toolbar = (
    <div className="flex flex-wrap items-center justify-between gap-4 text-base">
      <p className="font-semibold text-brand-900">{workshop.organisationName} · Workshop Kurz-Check Integration</p>
      <div className="flex flex-wrap items-center gap-4">
        <FullscreenButton />
        <Link href={back}>Präsentation verlassen</Link>
      </div>
    </div>
  );

  if (!spread) {
    const joinUrl = `${siteUrl()}/mitmachen`;
    const qr = await qrDataUri(`${joinUrl}/${workshop.code}`);
    return (
      <>
        {toolbar}
        <div className="grid flex-1 grid-cols-1 items-center gap-10 lg:grid-cols-2">
          <div>
            <h1 className="text-4xl font-bold text-brand-900 md:text-6xl">Machen Sie mit!</h1>
            <p className="mt-6">Auf dem Smartphone öffnen:</p>
            <p className="text-3xl font-bold break-all md:text-5xl">{joinUrl}</p>
            <p className="mt-6 text-4xl font-bold tracking-widest text-brand-900 md:text-7xl">Teilnahmecode: {workshop.code}</p>
            <div className="mt-8">
              <WorkshopLive workshopId={workshop.id} initial={workshop} end={null} />
            </div>
          </div>
          <Image
            src={qr}
            alt={`QR-Code zum Teilnehmen: ${joinUrl}/${workshop.code}`}
            width={480}
            height={480}
            unoptimized
            loading="eager"
            className="mx-auto h-auto w-full max-w-[28rem] bg-white"
          />
        </div>
      </>
    );
  }

  const slides: Slide[] = spread.items.map((item) => {
    const question = getItem(item.itemKey);
    return {
      key: item.itemKey,
      title: `Frage ${question.number}: ${question.title}`,
      question: question.question,
      discussion: item.discussion,
      difference: describeDifference(item, "die Kommune", formatPercent),
      team: item.team,
      rows: [
        ...(item.all ? [{ label: "Alle Antworten", figure: item.all }] : []),
        ...(Object.entries(item.perspectives) as [PerspectiveKey, SpreadFigure][]).map(([key, figure]) => ({ label: PERSPECTIVES[key], figure })),
      ],
    };
  });
  return (
    <>
      {toolbar}
      <PresentationSlides
        slides={slides}
        responses={spread.responses}
        discussions={spread.items.filter((item) => item.discussion).length}
        teamLabel="Selbsteinschätzung der Kommune"
      />
    </>
  );
}
