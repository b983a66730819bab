import Link from "next/link";

export default function HomePage() {
  return (
    <>
      <section className="rounded-lg bg-brand-50 px-6 py-10">
        <h1 className="max-w-3xl text-3xl font-bold leading-tight text-brand-900 md:text-4xl">
          Wo steht Ihre Kommune bei der Integration? 13 Fragen zeigen es – und was als Nächstes zu tun ist.
        </h1>
        <p className="mt-4 max-w-prose text-lg">
          Dreizehn Fragen, eine Skala von 0 % bis 100 %: Bürgermeister*innen, Landrät*innen und Integrationsbeauftragte sehen, was in ihrer Gemeinde, ihrem
          Markt, ihrer Stadt oder ihrem Landkreis schon trägt – und wo der nächste Schritt liegt. Die Fragen gehen auf die Broschüre „Integration ist
          Chefsache!“ des Netzwerks NIKO (2020) zurück.
        </p>
        <div className="mt-6 flex flex-wrap gap-4">
          <Link href="/kurz-check" className="rounded bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
            Kurz-Check ohne Anmeldung ausprobieren
          </Link>
          <Link href="/registrieren" className="self-center font-semibold">
            Kommune registrieren und Ergebnisse sichern
          </Link>
        </div>
      </section>

      <section aria-labelledby="angebot" className="mt-12">
        <h2 id="angebot" className="text-2xl font-bold text-brand-900">
          Was das Portal bietet
        </h2>
        <ul className="mt-6 grid grid-cols-1 gap-6 md:grid-cols-3">
          <li className="rounded-lg border border-line p-5">
            <h3 className="text-lg font-semibold">Orientierung</h3>
            <p className="mt-2">
              Die <Link href="/erfolgsfaktoren">Erfolgsfaktoren</Link> kommunaler Integrationsarbeit, erklärt mit Beispielen aus der Praxis und ersten
              Schritten.
            </p>
          </li>
          <li className="rounded-lg border border-line p-5">
            <h3 className="text-lg font-semibold">Selbsteinschätzung</h3>
            <p className="mt-2">Den Kurz-Check gemeinsam im Team ausfüllen, jährlich wiederholen und die Entwicklung über die Jahre verfolgen.</p>
          </li>
          <li className="rounded-lg border border-line p-5">
            <h3 className="text-lg font-semibold">Begleitung</h3>
            <p className="mt-2">
              Reicht Ihre Kommune ihren Check ein, können die Berater*innen des Netzwerks NIKO ihn kommentieren –{" "}
              <Link href="/unterstuetzung">mehr zur Unterstützung</Link>.
            </p>
          </li>
        </ul>
      </section>
    </>
  );
}
