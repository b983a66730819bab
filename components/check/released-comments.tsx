import { formatDate } from "@/lib/format";
import { getItem } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";

export interface ReleasedComment {
  itemKey: ItemKey | null;
  body: string;
  createdAt: Date;
  authorName: string | null;
}

/** The advisors' released feedback: the overall summary first, then per item in check order. */
export function ReleasedComments({ comments }: { comments: ReleasedComment[] }) {
  if (comments.length === 0) return null;
  const overall = comments.filter((c) => c.itemKey === null);
  const perItem = comments.filter((c) => c.itemKey !== null).sort((a, b) => getItem(a.itemKey!).number - getItem(b.itemKey!).number);
  const byline = (c: ReleasedComment) => `${c.authorName ?? "Beratung NIKO"}, ${formatDate(c.createdAt)}`;
  return (
    <section aria-labelledby="rueckmeldung" className="mt-10 max-w-3xl">
      <h2 id="rueckmeldung" className="text-2xl font-bold text-brand-900">
        Rückmeldung der Beratung
      </h2>
      {overall.map((c, i) => (
        <blockquote key={`gesamt-${i}`} className="mt-3 whitespace-pre-line rounded border-l-4 border-brand-600 bg-brand-50 p-4">
          {c.body}
          <footer className="mt-2 text-sm text-muted">{byline(c)}</footer>
        </blockquote>
      ))}
      {perItem.length ? (
        <ul className="mt-4 space-y-3">
          {perItem.map((c, i) => (
            <li key={`${c.itemKey}-${i}`} className="rounded border border-line p-4">
              <p className="font-semibold">
                Frage {getItem(c.itemKey!).number}: {getItem(c.itemKey!).title}
              </p>
              <p className="mt-1 whitespace-pre-line">{c.body}</p>
              <p className="mt-2 text-sm text-muted">{byline(c)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
