import { formatDate } from "@/lib/format";

/** How long released feedback is announced as new at the top of the result. */
const NEW_FOR_DAYS = 30;

/**
 * At the top of a result whose feedback is released: that it is there and a
 * link that jumps to it (on a phone it is many screens further down).
 */
export function FeedbackNotice({ releasedAt, now = new Date() }: { releasedAt: Date | null; now?: Date }) {
  const fresh = releasedAt !== null && now.getTime() - releasedAt.getTime() < NEW_FOR_DAYS * 24 * 60 * 60 * 1000;
  return (
    <div className="no-print mb-6 max-w-3xl rounded border-l-4 border-brand-600 bg-brand-50 p-3">
      <p className="font-bold">{fresh ? "Neue Rückmeldung der Beratung" : "Rückmeldung der Beratung"}</p>
      <p>
        Die Beratung von NIKO hat ihre Rückmeldung zu diesem Kurz-Check{releasedAt ? ` am ${formatDate(releasedAt)}` : ""} freigegeben.{" "}
        <a href="#rueckmeldung" className="font-semibold">
          Zur Rückmeldung
        </a>
      </p>
    </div>
  );
}
