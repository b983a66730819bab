import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDate, formatNumber } from "@/lib/format";

export interface SurveyListRow {
  id: string;
  title: string;
  code: string;
  endsOn: string;
  open: boolean;
  responses: number;
}

/** A Kommune's surveys as a table: title (linked), code, whether it runs, number of answers. */
export function SurveyList({ surveys, caption, hrefFor }: { surveys: readonly SurveyListRow[]; caption: string; hrefFor: (id: string) => string }) {
  return (
    <DataTable
      caption={caption}
      columns={["Befragung", "Code", "Stand", "Antworten"]}
      rows={surveys.map((survey) => [
        <Link key="title" href={hrefFor(survey.id)}>
          {survey.title}
        </Link>,
        survey.code,
        survey.open ? `läuft bis ${formatDate(survey.endsOn)}` : "beendet",
        formatNumber(survey.responses),
      ])}
    />
  );
}
