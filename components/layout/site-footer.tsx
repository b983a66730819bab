import Link from "next/link";
import { OPERATOR } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

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
        <div className="space-y-2 text-sm text-muted">
          <p>
            {/* A dash, not a full stop: the name ends in "e.V." already. */}
            Ein Angebot von {OPERATOR.project.name}, einem Projekt des {OPERATOR.organisation.name} – Kontakt: <EmailLink email={OPERATOR.email} />
          </p>
          <p>
            Förderhinweis der Broschüre ({OPERATOR.funding.asOf}): {OPERATOR.funding.project}
          </p>
        </div>
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
