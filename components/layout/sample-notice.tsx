import { OPERATOR } from "@/lib/operator";

/** On the legal pages of a portal that runs on the shipped sample data: says so, so nobody takes them for the operator's. */
export function SampleNotice() {
  if (!OPERATOR.beispiel) return null;
  return (
    <p className="mb-6 max-w-3xl rounded-lg border-2 border-warning-700 bg-warning-100 p-4">
      <strong>Beispielangaben:</strong> Dieses Portal läuft mit den mitgelieferten Beispieldaten. Angaben in eckigen Klammern und fehlende E-Mail-Adressen trägt
      der Betreiber vor dem Start ein; erst dann gelten die Angaben auf dieser Seite.
    </p>
  );
}
