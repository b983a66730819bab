import Link from "next/link";

/**
 * "Datenschutz in Kürze" on a guest page, in the guest's language: who is
 * responsible, what is kept, that taking part is voluntary; the full notice
 * (German) is one link away.
 */
export function PrivacyNotice({ title, text, more }: { title: React.ReactNode; text: React.ReactNode; more: React.ReactNode }) {
  return (
    <section aria-labelledby="datenschutz-kurz" className="mt-10 max-w-3xl rounded-lg border border-line p-4 text-sm">
      <h2 id="datenschutz-kurz" className="text-base font-semibold">
        {title}
      </h2>
      <p className="mt-2">{text}</p>
      <p className="mt-2">
        <Link href="/datenschutz" hrefLang="de" lang="de">
          {more}
        </Link>
      </p>
    </section>
  );
}
