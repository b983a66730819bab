import Link from "next/link";

const MAIN_NAVIGATION = [
  { href: "/integration", label: "Integration" },
  { href: "/erfolgsfaktoren", label: "Erfolgsfaktoren" },
  { href: "/kurz-check", label: "Kurz-Check" },
  { href: "/vorlagen", label: "Vorlagen" },
  { href: "/unterstuetzung", label: "Unterstützung" },
] as const;

/**
 * The portal's header: name, main navigation and the way into an account
 * (`accountSlot`: the layout's account controls).
 * `compact` leaves out navigation and account links: the not-found and
 * forbidden pages use it, because Next.js embeds those two pages in the
 * payload of every page, and their own text already names the ways on.
 */
export function SiteHeader({ accountSlot, compact = false }: { accountSlot?: React.ReactNode; compact?: boolean }) {
  return (
    <header role="banner" className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="no-underline text-brand-900 hover:text-brand-700">
          <span className="block text-xl font-bold leading-tight">Kurz-Check Integration</span>
          <span className="block text-sm text-muted">Integration ist Chefsache – ein Angebot von NIKO in Bayern</span>
        </Link>
        {!compact && <div className="flex flex-wrap items-center gap-3">{accountSlot}</div>}
      </div>
      {!compact && (
        <nav aria-label="Hauptnavigation" className="bg-brand-900">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
            {MAIN_NAVIGATION.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block px-3 py-3 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
