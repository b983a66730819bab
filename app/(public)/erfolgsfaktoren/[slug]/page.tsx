import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BulletList, Section } from "@/components/ui/section";
import { SUCCESS_FACTORS, findFactor, type FactorSlug } from "@/lib/kurzcheck/factors";
import { FACTOR_INDICATORS } from "@/lib/kurzcheck/indicators";
import { itemsForFactor } from "@/lib/kurzcheck/items";
import { TEMPLATES } from "@/lib/templates/content";

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
  // A found factor's slug is one of the known ones.
  const slug = factor.slug as FactorSlug;
  const templates = TEMPLATES.filter((template) => template.factors.includes(slug));

  return (
    <article>
      <Breadcrumbs trail={[{ href: "/erfolgsfaktoren", label: "Erfolgsfaktoren" }]} current={factor.title} />
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

      <Section id="messen" title="Woran Sie Fortschritt messen können">
        <p>Einige Kennzahlen, die Sie jährlich erheben und im Rat berichten können, jeweils mit ihrer Quelle:</p>
        <dl className="space-y-3">
          {FACTOR_INDICATORS[slug].map((indicator) => (
            <div key={indicator.name}>
              <dt className="font-semibold">{indicator.name}</dt>
              <dd>Quelle: {indicator.source}</dd>
            </div>
          ))}
        </dl>
      </Section>

      {templates.length ? (
        <Section id="vorlagen" title="Vorlagen dazu">
          <ul className="list-disc space-y-1 pl-6">
            {templates.map((template) => (
              <li key={template.slug}>
                <Link href={`/vorlagen/${template.slug}`}>{template.title}</Link> – {template.summary}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

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
