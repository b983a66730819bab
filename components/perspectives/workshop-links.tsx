import Link from "next/link";
import { formatCount, formatDate, formatTime } from "@/lib/format";

interface WorkshopSummary {
  id: string;
  code: string;
  startedAt: Date;
  endedAt: Date | null;
  responses: number;
}

/**
 * The workshops of a round as links to their projector views under
 * `basePath`: the running one first (or `start`, the area's "Workshop
 * starten", when none runs), then the ended ones with their counts.
 */
export function WorkshopLinks({ workshops, basePath, start }: { workshops: readonly WorkshopSummary[]; basePath: string; start: React.ReactNode }) {
  const running = workshops.find((w) => w.endedAt === null);
  const ended = workshops.filter((w) => w.endedAt !== null);
  return (
    <>
      {running ? (
        <p>
          <Link href={`${basePath}/${running.id}`} className="font-semibold">
            Zum laufenden Workshop (Teilnahmecode {running.code}, {formatCount(running.responses, "Antwort", "Antworten")})
          </Link>
        </p>
      ) : (
        start
      )}
      {ended.length ? (
        <ul className="list-disc pl-6">
          {ended.map((w) => (
            <li key={w.id}>
              <Link href={`${basePath}/${w.id}`}>
                Workshop vom {formatDate(w.startedAt)}, {formatTime(w.startedAt)} Uhr
              </Link>{" "}
              ({formatCount(w.responses, "Antwort", "Antworten")})
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
