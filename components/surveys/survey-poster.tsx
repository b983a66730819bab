import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import Image from "next/image";
import { PrintButton } from "@/components/ui/print-button";

export interface PosterLine {
  locale: string;
  lang: string;
  dir: "ltr" | "rtl";
  invitation: string;
  instruction: string;
}

/**
 * The survey's poster, one A4 page: the Kommune's name, an invitation in each
 * language offered (each marked with its language and direction), the QR
 * code, the address and the code — for the town hall, schools, language
 * courses, mosques and clubs.
 */
export function SurveyPoster({
  kommuneName,
  code,
  address,
  qr,
  lines,
}: {
  kommuneName: string;
  code: string;
  address: string;
  qr: string;
  lines: readonly PosterLine[];
}) {
  const [first, ...others] = lines;
  return (
    <article aria-label="Aushang" className="mx-auto max-w-[182mm] print:max-w-none">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton>Aushang drucken oder als PDF speichern</PrintButton>
        <span className="text-sm text-muted">Eine DIN-A4-Seite. Die Druckvorschau zeigt, ob alle Sprachen auf die Seite passen.</span>
      </div>
      <div className="rounded-lg border-4 border-brand-700 p-6 print:border-2 print:p-4">
        <p className="text-lg font-semibold text-brand-700">{kommuneName}</p>
        {first ? (
          <h1 lang={first.lang} dir={first.dir} className="mt-2 text-3xl leading-tight font-bold text-brand-900 print:text-[22pt]">
            {first.invitation}
          </h1>
        ) : null}
        <ul className="mt-4 space-y-2 print:space-y-1">
          {others.map((line) => (
            <li key={line.locale} lang={line.lang} dir={line.dir} className="text-lg leading-snug print:text-[11.5pt]">
              {line.invitation}
            </li>
          ))}
        </ul>
        <div className="mt-6 grid grid-cols-1 items-center gap-6 sm:grid-cols-[auto_1fr] print:grid-cols-[auto_1fr]">
          <Image src={qr} alt={`QR-Code zur Befragung: ${address}`} width={220} height={220} unoptimized className="h-auto w-48 bg-white print:w-[55mm]" />
          <div>
            {first ? (
              <p lang={first.lang} dir={first.dir} className="font-semibold">
                {first.instruction}
              </p>
            ) : null}
            <p className="mt-2 text-xl break-all">{address}</p>
            <p className="mt-2 text-3xl font-bold tracking-widest text-brand-900">{code}</p>
          </div>
        </div>
      </div>
    </article>
  );
}
