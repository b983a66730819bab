import Link from "next/link";
import { HeaderMenu } from "./header-menu";

const MAIN_NAVIGATION = [
  { href: "/integration", label: "Integration" },
  { href: "/erfolgsfaktoren", label: "Erfolgsfaktoren" },
  { href: "/kurz-check", label: "Kurz-Check" },
  { href: "/vorlagen", label: "Vorlagen" },
  { href: "/unterstuetzung", label: "Unterstützung" },
] as const;

function Brand({ minimal = false }: { minimal?: boolean }) {
  return (
    <Link href="/" className="no-underline text-brand-900 hover:text-brand-700">
      <span className="block text-lg leading-tight font-bold md:text-xl">Kurz-Check Integration</span>
      {minimal ? null : <span className="hidden text-sm text-muted md:block">Integration ist Chefsache – ein Angebot von NIKO in Bayern</span>}
    </Link>
  );
}

/**
 * The portal's header. `full`: name, main navigation and the way into an
 * account (`accountSlot`: the layout's account controls), folded behind a
 * menu button on a phone. `compact`: the name only — the not-found and
 * forbidden pages (Next.js embeds those two in the payload of every page,
 * and their own text names the ways on) and the pages for people without an
 * account, who answer one questionnaire and need nothing else (`guestSlot`:
 * the language chooser there).
 */
export function SiteHeader({ accountSlot, compact = false, guestSlot }: { accountSlot?: React.ReactNode; compact?: boolean; guestSlot?: React.ReactNode }) {
  if (compact) {
    return (
      <header role="banner" className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Brand minimal />
          {guestSlot}
        </div>
      </header>
    );
  }
  return (
    <header role="banner" className="border-b border-line bg-white">
      <HeaderMenu
        brand={<Brand />}
        account={accountSlot}
        navigation={
          <nav aria-label="Hauptnavigation" className="bg-brand-900">
            <ul className="mx-auto flex max-w-6xl flex-col px-2 md:flex-row md:flex-wrap md:gap-x-1">
              {MAIN_NAVIGATION.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block px-3 py-3 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        }
      />
    </header>
  );
}
