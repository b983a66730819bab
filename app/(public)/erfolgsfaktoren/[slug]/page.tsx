import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";
import { SUCCESS_FACTORS, findFactor } from "@/lib/kurzcheck/factors";
import { itemsForFactor } from "@/lib/kurzcheck/items";

// Only the known factors exist; any other slug is a 404 without rendering.
export const dynamicParams = false;

export function generateStaticParams() {
  return SUCCESS_FACTORS.map((factor) => ({ slug: factor.slug }));
}

export async function generateMetadata({ params }: PageProps<"/erfolgsfaktoren/[slug]">): Promise<Metadata> {
  const factor = findFactor((await params).slug);
  return factor ? { title: factor.title, description: factor.summary } : {};
}

export default async function FactorPage({ params }: PageProps<"/erfolgsfaktoren/[slug]">) {
  const factor = findFactor((await params).slug);
  if (!factor) notFound();
  const items = itemsForFactor(factor.slug);

  return (
    <article>
      <nav aria-label="Brotkrumennavigation" className="no-print mb-4 text-sm">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/">Startseite</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href="/erfolgsfaktoren">Erfolgsfaktoren</Link> <span aria-hidden="true">›</span>
          </li>
          <li aria-current="page">{factor.title}</li>
        </ol>
      </nav>
      <PageHeader eyebrow="Erfolgsfaktor" title={factor.title} lead={factor.summary} />

      <Section id="warum" title="Warum das wichtig ist">
        {factor.why.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </Section>

      <Section id="praxis" title="So sieht das in der Praxis aus">
        <BulletList items={factor.practice} />
      </Section>

      <Section id="erste-schritte" title="Erste Schritte">
        <BulletList items={factor.firstSteps} />
      </Section>

      <Section id="im-check" title="Diese Fragen des Kurz-Checks messen den Faktor">
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.key} className="rounded border border-line p-4">
              <p className="font-semibold">
                Frage {item.number}: {item.title}
              </p>
              <p className="mt-1">{item.question}</p>
            </li>
          ))}
        </ul>
        <div className="no-print pt-2">
          <ButtonLink href="/kurz-check">Kurz-Check ausprobieren</ButtonLink>
        </div>
      </Section>
    </article>
  );
}
