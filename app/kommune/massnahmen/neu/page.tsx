import type { Metadata } from "next";
import { getDb } from "@/db";
import { indicatorChoices } from "@/lib/services/indicators";
import { MeasureForm } from "@/components/measures/measure-form";
import { PageHeader } from "@/components/ui/page-header";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { ITEM_KEYS, isScore, type ItemKey } from "@/lib/kurzcheck/keys";
import { isSurveyArea, surveyMeasureDraft } from "@/lib/kurzcheck/survey";
import { measureDraftFromNextStep, responsibleCandidates } from "@/lib/services/measures";
import { createMeasureAction } from "../actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Neue Maßnahme");
}

/** A new measure; from a result's "Als Maßnahme übernehmen" it arrives filled in (?frage=…&wert=…). */
export default async function NewMeasurePage({ searchParams }: PageProps<"/kommune/massnahmen/neu">) {
  const { user, membership } = await requireMembershipPage("/kommune/massnahmen/neu");
  const params = await searchParams;
  const frage = typeof params.frage === "string" && (ITEM_KEYS as readonly string[]).includes(params.frage) ? (params.frage as ItemKey) : null;
  const wert = Number(params.wert);
  const fromSurvey = isSurveyArea(params.bereich) ? surveyMeasureDraft(params.bereich) : null;
  const fromNextStep = frage && isScore(wert) ? measureDraftFromNextStep(frage, wert, membership.organisationKind) : null;
  const draft = fromNextStep ?? (fromSurvey ? { ...fromSurvey, items: [...fromSurvey.items], dueOn: "", targetScore: null } : null);
  const db = getDb();
  const [people, indicators] = await pageData(
    Promise.all([responsibleCandidates(db, user, membership.organisationId), indicatorChoices(db, user, membership.organisationId)]),
  );
  // From an indicator's card: "Als Ziel einer Maßnahme".
  const targetIndicator = indicators.find((indicator) => indicator.key === params.indikator)?.key ?? "";
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title="Neue Maßnahme"
        lead={
          fromSurvey && !fromNextStep
            ? "Aus der Sicht der Befragten vorbereitet: Passen Sie Titel und Beschreibung an, legen Sie fest, wer verantwortlich ist und bis wann."
            : draft
              ? "Aus Ihrem nächsten Schritt vorbereitet: Passen Sie Titel, Termin und Ziel an Ihre Lage an und legen Sie fest, wer verantwortlich ist."
              : "Was wollen Sie tun, zu welchen Fragen, wer ist verantwortlich, bis wann?"
        }
      />
      <MeasureForm
        action={createMeasureAction}
        people={people}
        indicators={indicators}
        initial={{
          title: draft?.title ?? "",
          description: draft?.description ?? "",
          items: draft?.items ?? [],
          responsible: "",
          responsibleRole: "",
          dueOn: draft?.dueOn ?? "",
          targetScore: draft?.targetScore ? String(draft.targetScore) : "",
          targetIndicator,
          targetIndicatorValue: "",
          status: "planned",
        }}
      />
    </>
  );
}
