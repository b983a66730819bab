import Link from "next/link";

const FOOTER_LINKS = [
  { href: "/impressum", label: "Impressum" },
  { href: "/datenschutz", label: "Datenschutz" },
  { href: "/barrierefreiheit", label: "Barrierefreiheit" },
  { href: "/leichte-sprache", label: "Leichte Sprache" },
] as const;

export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-16 border-t border-line bg-brand-50">
      <div className="mx-auto grid max-w-6xl grid-cols-1 gap-6 px-4 py-8 md:grid-cols-2">
        <p className="text-sm text-muted">
          Ein Angebot von NIKO – Netzwerk interkulturelle Öffnung Kommunen in Bayern, einem Projekt des VIA Bayern e.V.
          im Förderprogramm „Integration durch Qualifizierung (IQ)“.
        </p>
        <nav aria-label="Rechtliches und Hilfe">
          <ul className="flex flex-wrap gap-x-6 gap-y-2 md:justify-end">
            {FOOTER_LINKS.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
