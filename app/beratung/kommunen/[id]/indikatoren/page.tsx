import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getDb } from "@/db";
import { IndicatorList } from "@/components/indicators/indicator-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { pageData, requireRolePage } from "@/lib/auth/guards";
import { ORGANISATION_KIND_PEERS } from "@/lib/organisations";
import { indicatorOverview } from "@/lib/services/indicators";
import { kommuneForAdvisor } from "@/lib/services/kommunen";

const organisationFor = cache(async (id: string) => {
  const advisor = await requireRolePage(["advisor", "admin"], `/beratung/kommunen/${id}/indikatoren`);
  const organisation = await pageData(kommuneForAdvisor(getDb(), advisor, id));
  return { advisor, organisation };
});

export async function generateMetadata({ params }: PageProps<"/beratung/kommunen/[id]/indikatoren">): Promise<Metadata> {
  return { title: `Indikatoren – ${(await organisationFor((await params).id)).organisation.name}` };
}

/** A Kommune's indicators for advisors: read only, with the band of similar Kommunen as the Kommune sees it. */
export default async function AdvisorIndicatorsPage({ params }: PageProps<"/beratung/kommunen/[id]/indikatoren">) {
  const { advisor, organisation } = await organisationFor((await params).id);
  const overview = await pageData(indicatorOverview(getDb(), advisor, organisation.id));
  return (
    <>
      <PageHeader eyebrow="Beratung" title={`Indikatoren: ${organisation.name}`} lead="Nur lesen: Die Kommune trägt ihre Werte selbst ein." />
      <p className="mb-6">
        <Link href={`/beratung/kommunen/${organisation.id}`}>Zur Kommune {organisation.name}</Link>
      </p>
      <Section id="werte" title="Werte je Jahr" wide>
        <IndicatorList indicators={overview.indicators} peers={ORGANISATION_KIND_PEERS[overview.kind]} />
      </Section>
    </>
  );
}
