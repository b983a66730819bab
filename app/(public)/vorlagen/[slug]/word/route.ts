import { OPERATOR } from "@/lib/operator";
import { findTemplate, TEMPLATES } from "@/lib/templates/content";
import { templateDocx } from "@/lib/templates/docx";

// Built once with the app: the files are static like the pages.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return TEMPLATES.map((template) => ({ slug: template.slug }));
}

/** A template as a Word file (.docx), generated on the server with the `docx` library. */
export async function GET(_request: Request, { params }: RouteContext<"/vorlagen/[slug]/word">) {
  const template = findTemplate((await params).slug);
  if (!template) return new Response("Diese Vorlage gibt es nicht.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const file = await templateDocx(template, `Vorlage aus dem Kurz-Check Integration (${OPERATOR.project.name}) – zum Anpassen an Ihre Kommune.`);
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${template.slug}.docx"`,
    },
  });
}
