import type { Metadata } from "next";
import { getDb } from "@/db";
import { CheckForm } from "@/components/check/check-form";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { PERSPECTIVES } from "@/lib/kurzcheck/perspectives";
import { linkQuestionnaire } from "@/lib/services/perspectives";
import { submitLinkAction } from "../../actions";

export const metadata: Metadata = { title: "Ihre Sicht auf die Integrationsarbeit", robots: { index: false } };

/** A guest's questionnaire behind a personal link: the 13 items from one perspective, autosaved. */
export default async function PerspectiveLinkPage({ params, searchParams }: PageProps<"/perspektive/[token]">) {
  const { token } = await params;
  if ((await searchParams).danke !== undefined) {
    return (
      <PageHeader
        title="Danke für Ihre Antworten"
        lead="Ihre Einschätzungen sind abgeschickt. Das Team sieht sie zusammengefasst mit den anderen Antworten Ihrer Perspektive. Sie können dieses Fenster schließen."
      />
    );
  }
  let questionnaire;
  try {
    questionnaire = await linkQuestionnaire(getDb(), token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (
      <>
        <PageHeader title="Link nicht mehr gültig" />
        <p className="max-w-prose">{error.message}</p>
      </>
    );
  }
  const { respondent, answers } = questionnaire;
  const initial = Object.fromEntries(answers.map((a) => [a.itemKey, { score: a.score, note: a.note, version: a.version }]));
  return (
    <>
      <PageHeader
        eyebrow={`${respondent.organisationName} · Perspektive: ${PERSPECTIVES[respondent.perspective]}`}
        title={`Ihre Sicht: ${respondent.roundTitle}`}
        lead="Schätzen Sie jede Frage aus Ihrer Sicht ein, von 0 % („trifft gar nicht zu“) bis 100 % („trifft voll zu“). Ihre Antworten werden laufend gespeichert; Sie können jederzeit unterbrechen und über denselben Link weitermachen."
      />
      <CheckForm
        target={{ id: `perspektive-${respondent.id}`, saveBase: `/api/perspektive/${token}/antworten` }}
        initial={initial}
        submit={{
          heading: "Absenden",
          explanation:
            "Nach dem Absenden zählen Ihre Antworten mit; ändern können Sie sie dann nicht mehr. Einzeln ausgewiesen wird Ihre Perspektive erst, wenn mindestens drei Personen aus ihr geantwortet haben; bis dahin zählen Ihre Antworten nur in der Gesamtsicht mit.",
          label: "Antworten absenden",
          question: "Möchten Sie Ihre Antworten jetzt absenden?",
          confirm: "Ja, jetzt absenden",
          run: submitLinkAction.bind(null, token),
          doneHref: `/perspektive/${token}?danke`,
        }}
      />
    </>
  );
}
