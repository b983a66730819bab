/**
 * The controls of a long server-side list (/beratung/kommunen, /admin): a
 * GET form of filters and the page links. Server-rendered, no script needed.
 */
import Link from "next/link";
import { buttonClasses } from "./button";

const SELECT = "mt-1 block rounded border-2 border-[#6b7280] px-2 py-1.5";

/** A filter ("alle" first) or, with `fallback`, a choice that always names its value (sorting, order). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  fallback,
}: {
  name: string;
  label: string;
  value?: string;
  options: Record<string, string>;
  fallback?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? fallback ?? ""} className={SELECT}>
        {fallback ? null : <option value="">alle</option>}
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchField({ label, value }: { label: string; value?: string }) {
  return (
    <div>
      <label htmlFor="filter-q" className="block text-sm font-semibold">
        {label}
      </label>
      <input id="filter-q" name="q" type="search" defaultValue={value ?? ""} maxLength={100} className={SELECT} />
    </div>
  );
}

/** The filter form: GET, so every filtered page has its own address. */
export function FilterForm({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-6 flex flex-wrap items-end gap-4">
      {children}
      <button type="submit" className={buttonClasses("primary")}>
        Anzeigen
      </button>
    </form>
  );
}

/** "Vorherige Seite · Seite 2 von 9 · Nächste Seite", keeping every other parameter of the list. */
export function Pager({
  page,
  pages,
  basePath,
  params,
}: {
  page: number;
  pages: number;
  basePath: string;
  params: Record<string, string | number | undefined>;
}) {
  const hrefFor = (target: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, seite: String(target) }).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
    );
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label="Seiten" className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={hrefFor(page - 1)}>Vorherige Seite</Link> : null}
      <span>
        Seite {page} von {pages}
      </span>
      {page < pages ? <Link href={hrefFor(page + 1)}>Nächste Seite</Link> : null}
    </nav>
  );
}
