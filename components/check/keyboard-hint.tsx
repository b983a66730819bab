import { formatPercent } from "@/lib/format";

/**
 * Said once above the questions: with Tab alone a scale offers only its
 * first step, so people who use the keyboard learn how to reach the others.
 */
export function KeyboardHint() {
  return (
    <p className="mt-4 max-w-3xl text-sm text-muted">
      Mit der Tastatur: Die Tabulatortaste führt zur Skala einer Frage, die Pfeiltasten wählen dort den Wert ({formatPercent(0)} bis {formatPercent(100)}), die
      Tabulatortaste führt weiter zur nächsten Frage.
    </p>
  );
}
