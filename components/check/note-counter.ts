import { formatNumber } from "@/lib/format";
import { NOTE_MAX_LENGTH } from "@/lib/kurzcheck/keys";

/** "120 von 2.000 Zeichen" under a note: the server's markup and the client island write it alike. `t` reads the "fragebogen" messages. */
export function noteCounterText(t: (key: string, values?: Record<string, string | number>) => string, length: number): string {
  return t("zeichen", { count: formatNumber(length), max: formatNumber(NOTE_MAX_LENGTH) });
}
