import { NETWORK_CONTACT as c } from "@/lib/contact";

/** Postal address, phone and web addresses of NIKO / VIA Bayern. */
export function ContactCard({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <address className="not-italic rounded-lg border border-line bg-brand-50 p-5">
      <Heading className="text-lg font-semibold">{c.project}</Heading>
      <p className="mt-2">
        {c.organisation}
        <br />
        {c.street}
        <br />
        {c.city}
      </p>
      <p className="mt-2">
        Telefon: <a href={c.phoneHref}>{c.phone}</a>
        <br />
        Fax: {c.fax}
      </p>
      <p className="mt-2">
        Im Internet:{" "}
        {c.websites.map((site, i) => (
          <span key={site.href}>
            {i > 0 ? " und " : null}
            <a href={site.href} rel="noopener noreferrer">
              {site.label}
            </a>
          </span>
        ))}
      </p>
    </address>
  );
}
