import { cityLine, OPERATOR as o } from "@/lib/operator";
import { EmailLink } from "@/components/layout/email-link";

/** Postal address, phone, e-mail and web addresses of the operator (NIKO / VIA Bayern by default). */
export function ContactCard({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <address className="not-italic rounded-lg border border-line bg-brand-50 p-5">
      <Heading className="text-lg font-semibold">{o.project.name}</Heading>
      <p className="mt-2">
        {o.organisation.fullName}
        <br />
        {o.address.street}
        <br />
        {cityLine(o.address)}
      </p>
      <p className="mt-2">
        <OperatorPhoneAndEmail />
      </p>
      <p className="mt-2">
        Im Internet: <OperatorWebsites />
      </p>
    </address>
  );
}

/** "Telefon: …", "Fax: …" (when there is one), "E-Mail: …", one per line. */
export function OperatorPhoneAndEmail() {
  return (
    <>
      Telefon: <a href={o.phone.href}>{o.phone.label}</a>
      <br />
      {o.fax ? (
        <>
          Fax: {o.fax}
          <br />
        </>
      ) : null}
      E-Mail: <EmailLink email={o.email} />
    </>
  );
}

/** The operator's web addresses as links, "a und b". */
export function OperatorWebsites() {
  return (
    <>
      {o.websites.map((site, i) => (
        <span key={site.href}>
          {i > 0 ? " und " : null}
          <a href={site.href} rel="noopener noreferrer">
            {site.label}
          </a>
        </span>
      ))}
    </>
  );
}
