import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TemplateBody } from "@/components/guidance/template-body";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { findFactor } from "@/lib/kurzcheck/factors";
import { findTemplate, TEMPLATES } from "@/lib/templates/content";

export const dynamicParams = false;

export function generateStaticParams() {
  return TEMPLATES.map((template) => ({ slug: template.slug }));
}

export async function generateMetadata({ params }: PageProps<"/vorlagen/[slug]">): Promise<Metadata> {
  const template = findTemplate((await params).slug);
  return template ? { title: template.title, description: template.summary } : {};
}

export default async function TemplatePage({ params }: PageProps<"/vorlagen/[slug]">) {
  const template = findTemplate((await params).slug);
  if (!template) notFound();
  return (
    <article>
      <Breadcrumbs trail={[{ href: "/vorlagen", label: "Vorlagen" }]} current={template.title} />
      <PageHeader eyebrow="Vorlage" title={template.title} lead={template.summary} />
      <p className="max-w-3xl">{template.useWhen}</p>
      <p className="no-print mt-4">
        <ButtonLink href={`/vorlagen/${template.slug}/word`} download>
          Als Word-Datei herunterladen (.docx)
        </ButtonLink>
      </p>
      <Section id="vorlage" title="Die Vorlage" wide>
        <div className="max-w-3xl rounded-lg border border-line p-5">
          <TemplateBody blocks={template.blocks} />
        </div>
      </Section>
      <Section id="erfolgsfaktoren" title="Gehört zu den Erfolgsfaktoren">
        <ul className="list-disc pl-6">
          {template.factors.map((slug) => (
            <li key={slug}>
              <Link href={`/erfolgsfaktoren/${slug}`}>{findFactor(slug)?.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
