/**
 * An e-mail address of the operator as a link. The sample data has none (an
 * invented address would be worse than a visible gap): then the page says so.
 */
export function EmailLink({ email }: { email: string | null }) {
  if (!email) return <span className="font-semibold">[E-Mail-Adresse – in den Beispielangaben nicht eingetragen]</span>;
  return <a href={`mailto:${email}`}>{email}</a>;
}
