import Link from "next/link";
import { LanguageName } from "@/components/i18n/language-name";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { AGE_LABELS, MIN_GROUP_ANSWERS, RESIDENCE_LABELS, SURVEY_AREA_LABELS, type SurveyAreaKey } from "@/lib/kurzcheck/survey";
import type { SurveyFigures } from "@/lib/kurzcheck/survey-results";
import type { surveyResult } from "@/lib/services/surveys";
import { SurveyDistribution } from "./survey-distribution";

type Result = Awaited<ReturnType<typeof surveyResult>>;

const points = (index: number | null) => (index === null ? "–" : `${formatNumber(Math.round(index))} von 100`);

function areaRows(figures: SurveyFigures) {
  return [...figures.areas.map((area) => [SURVEY_AREA_LABELS[area.key], points(area.index)]), ["Gesamt", points(figures.overall)]];
}

/** Where the Kommune sees itself and where its residents see it, in words. */
function gapSentence(gap: number): string {
  if (Math.abs(gap) < 10) return "Ihre Einschätzung und die Sicht der Befragten liegen nah beieinander.";
  return gap > 0
    ? `Sie schätzen sich um ${formatNumber(Math.round(gap))} Punkte besser ein, als die Befragten es erleben.`
    : `Die Befragten erleben es um ${formatNumber(Math.round(-gap))} Punkte besser, als Sie sich einschätzen.`;
}

/**
 * A resident survey's result, for the Kommune and for advisors: answers per
 * language and day, the index per area, "Sicht der Befragten" beside the
 * Kurz-Check (largest gaps first), every statement's answers (chart and
 * table), the split by migration history when large enough, and the trend.
 */
export function SurveyResult({
  result,
  texts,
  measureHref,
}: {
  result: Result;
  /** The statements' German texts by key. */
  texts: Record<string, string>;
  /** Where "Als Maßnahme übernehmen" leads for an area (the Kommune only). */
  measureHref?: (area: SurveyAreaKey) => string;
}) {
  const { survey, figures, groups, beside, trend } = result;
  if (survey.responses < MIN_GROUP_ANSWERS) {
    return (
      <p className="mt-8 max-w-3xl">
        {survey.responses === 0
          ? "Noch sind keine Antworten eingegangen."
          : `Bisher ${survey.responses === 1 ? "ist eine Antwort" : `sind ${formatNumber(survey.responses)} Antworten`} eingegangen.`}{" "}
        Die Auswertung erscheint ab {MIN_GROUP_ANSWERS} Antworten, damit aus wenigen Antworten niemand zu erkennen ist.
      </p>
    );
  }
  return (
    <>
      <Section id="antworten" title={`${formatNumber(survey.responses)} ${survey.responses === 1 ? "Antwort" : "Antworten"}`} wide>
        <div className="grid grid-cols-1 gap-8 md:grid-cols-2">
          <DataTable
            caption="Antworten je Sprache"
            columns={["Sprache", "Antworten"]}
            rows={result.perLanguage.map((row) => [
              row.locale === null ? `weitere Sprachen (je unter ${MIN_GROUP_ANSWERS} Antworten)` : <LanguageName key="sprache" locale={row.locale} />,
              formatNumber(row.n),
            ])}
          />
          <DataTable caption="Antworten je Tag" columns={["Tag", "Antworten"]} rows={result.perDay.map((row) => [formatDate(row.day), formatNumber(row.n)])} />
        </div>
      </Section>

      <Section id="index" title="Index je Bereich">
        <p>
          Der Index reicht von 0 (alle stimmen gar nicht zu) bis 100 (alle stimmen voll zu); „weiß nicht“ zählt nicht mit. Bei der Aussage über erlebte
          Benachteiligung zählt Zustimmung umgekehrt.
        </p>
        <DataTable caption="Index je Bereich (0 bis 100)" columns={["Bereich", "Index"]} rows={areaRows(figures)} />
      </Section>

      <Section id="sicht-der-befragten" title="Sicht der Befragten">
        {beside ? (
          <>
            <p>
              Jeder Bereich neben Ihren Antworten im Kurz-Check ({beside.draft ? "aktueller Entwurf" : beside.source}) zu den Fragen, die ihm entsprechen; die
              größten Unterschiede zuerst.
            </p>
            <ul aria-label="Bereiche mit Ihrer Einschätzung und der Sicht der Befragten" className="space-y-4">
              {beside.areas.map((area) => (
                <li key={area.area} className="rounded-lg border border-line p-4">
                  <h3 className="font-semibold">{SURVEY_AREA_LABELS[area.area]}</h3>
                  <p className="mt-1 text-lg tabular-nums">
                    Ihre Einschätzung {area.own === null ? "–" : formatPercent(Math.round(area.own))} – Sicht der Befragten {points(area.residents)}
                  </p>
                  {area.gap !== null ? <p className="mt-1">{gapSentence(area.gap)}</p> : null}
                  {measureHref && area.gap !== null && area.gap >= 10 ? (
                    <p className="mt-2">
                      <Link href={measureHref(area.area)}>
                        Als Maßnahme übernehmen<span className="sr-only">: {SURVEY_AREA_LABELS[area.area]}</span>
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Sobald Ihre Kommune den Kurz-Check ausgefüllt hat, steht hier die Sicht der Befragten neben Ihrer eigenen Einschätzung.</p>
        )}
      </Section>

      <Section id="aussagen" title="Antworten je Aussage" wide>
        <SurveyDistribution statements={figures.statements} texts={texts} />
      </Section>

      <Section id="zuwanderung" title="Nach Zuwanderungsgeschichte">
        {groups.shown ? (
          <DataTable
            caption="Index je Bereich nach Zuwanderungsgeschichte"
            columns={["Bereich", `mit Zuwanderungsgeschichte (${formatNumber(groups.sizes.mit)})`, `ohne (${formatNumber(groups.sizes.ohne)})`]}
            rows={groups.mit.areas.map((area, index) => [SURVEY_AREA_LABELS[area.key], points(area.index), points(groups.ohne.areas[index]!.index)])}
          />
        ) : groups.reason === "running" ? (
          <p>
            Die Aufteilung nach Zuwanderungsgeschichte erscheint, wenn die Befragung beendet ist: Während sie läuft, ließe der Vergleich zweier Stände die
            Antworten einer einzelnen Person erkennen. Gezeigt wird sie dann nur, wenn jede Gruppe mindestens {MIN_GROUP_ANSWERS} Antworten hat.
          </p>
        ) : (
          <p>
            Zu wenige Antworten: Die Gruppen werden erst getrennt gezeigt, wenn jede mindestens {MIN_GROUP_ANSWERS} Antworten hat – auch die Gruppe ohne Angabe,
            damit sich keine aus den anderen errechnen lässt.
          </p>
        )}
      </Section>

      <Section id="befragte" title="Wer geantwortet hat">
        {result.profiles ? (
          <div className="grid grid-cols-1 gap-8 md:grid-cols-2">
            <DataTable
              caption="Befragte nach Alter"
              columns={["Alter", "Befragte"]}
              rows={result.profiles.age.map((row) => [AGE_LABELS[row.key], row.n === null ? `unter ${MIN_GROUP_ANSWERS}` : formatNumber(row.n)])}
            />
            <DataTable
              caption="Befragte nach Wohndauer"
              columns={["Wohndauer", "Befragte"]}
              rows={result.profiles.residence.map((row) => [RESIDENCE_LABELS[row.key], row.n === null ? `unter ${MIN_GROUP_ANSWERS}` : formatNumber(row.n)])}
            />
            <p className="md:col-span-2">
              So sehen Sie, wen die Befragung erreicht hat – und wen Sie beim nächsten Mal gezielter einladen. Gruppen unter {MIN_GROUP_ANSWERS} Befragten
              stehen nicht als Zahl da.
            </p>
          </div>
        ) : (
          <p>Wie sich die Befragten nach Alter und Wohndauer verteilen, erscheint, wenn die Befragung beendet ist.</p>
        )}
      </Section>

      {trend.length > 1 ? (
        <Section id="verlauf" title="Verlauf über Ihre Befragungen" wide>
          <DataTable
            caption="Index je Bereich über die Befragungen"
            columns={["Befragung", ...figures.areas.map((area) => SURVEY_AREA_LABELS[area.key]), "Gesamt"]}
            rows={trend.map((entry) => [
              `${entry.title} (${formatDate(entry.startedAt)}, ${formatNumber(entry.responses)} Antworten)`,
              ...(entry.figures
                ? [...entry.figures.areas.map((area) => points(area.index)), points(entry.figures.overall)]
                : [...figures.areas.map(() => "–"), `unter ${MIN_GROUP_ANSWERS} Antworten`]),
            ])}
          />
        </Section>
      ) : null}
    </>
  );
}
