"use client";

import Image from "next/image";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import { Section } from "@/components/ui/section";
import type { FormAction } from "@/lib/actions/form-state";

/** The server actions of the set-up; its page hands them in. */
export interface SecondFactorActions {
  beginSecondFactorSetup: FormAction;
  confirmSecondFactorSetup: FormAction;
  disableSecondFactor: FormAction;
}

interface Props {
  actions: SecondFactorActions;
  status: "none" | "pending" | "enabled";
  /** The otpauth address as an SVG data URI, made on the server. */
  qrCode: string | null;
  /** The pending secret in groups of four, for typing it in by hand. */
  secret: string | null;
  /** Kommune members may switch the optional factor off; staff may not. */
  mayDisable: boolean;
  remainingRecoveryCodes: number;
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <Section id="wiederherstellung-titel" title="Ihre Wiederherstellungscodes">
      <p>
        Mit jedem dieser Codes können Sie sich <strong>einmal</strong> anmelden, falls Sie Ihr Telefon nicht zur Hand haben. Drucken Sie sie aus oder speichern
        Sie sie in Ihrem Passwort-Manager. Sie werden nur jetzt angezeigt.
      </p>
      <ul className="grid max-w-md grid-cols-1 gap-2 font-mono text-lg sm:grid-cols-2" aria-label="Wiederherstellungscodes">
        {codes.map((code) => (
          <li key={code} className="rounded border border-line px-3 py-1">
            {code}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/mein-bereich" className="font-semibold">
          Weiter zu Ihrem Bereich
        </Link>
      </p>
    </Section>
  );
}

export function SecondFactorSettings({ actions, status, qrCode, secret, mayDisable, remainingRecoveryCodes }: Props) {
  if (status === "enabled") {
    return (
      <Section id="status-titel" title="Eingerichtet">
        <p>Die Anmeldung mit zweitem Faktor ist für Ihr Konto eingerichtet. Ihnen bleiben {remainingRecoveryCodes} von 10 Wiederherstellungscodes.</p>
        {mayDisable ? (
          <ActionForm action={actions.disableSecondFactor} aria-label="Zweiten Faktor ausschalten">
            {(state) => (
              <>
                <Field name="currentPassword" label="Aktuelles Passwort" type="password" required autoComplete="current-password" state={state} />
                <SubmitButton variant="secondary">Zweiten Faktor ausschalten</SubmitButton>
              </>
            )}
          </ActionForm>
        ) : (
          <p>Haben Sie Ihr Telefon verloren, setzt die Administration den zweiten Faktor zurück; Sie richten ihn dann neu ein.</p>
        )}
      </Section>
    );
  }
  if (status === "none" || !qrCode || !secret) {
    return (
      <Section id="einrichten-titel" title="So richten Sie ihn ein">
        <p>
          Sie brauchen eine Authenticator-App auf Ihrem Telefon, zum Beispiel die Ihres Passwort-Managers, FreeOTP, Aegis oder den Microsoft oder Google
          Authenticator. Das Einrichten dauert etwa zwei Minuten.
        </p>
        <ActionForm action={actions.beginSecondFactorSetup} aria-label="Einrichtung beginnen">
          {() => <SubmitButton>Einrichtung beginnen</SubmitButton>}
        </ActionForm>
      </Section>
    );
  }
  return (
    <ActionForm action={actions.confirmSecondFactorSetup} aria-label="Einrichtung abschließen">
      {(state) =>
        state.recoveryCodes ? (
          <RecoveryCodes codes={state.recoveryCodes} />
        ) : (
          <Section id="einrichten-titel" title="In drei Schritten">
            <ol className="list-decimal space-y-3 pl-6">
              <li>
                Öffnen Sie Ihre Authenticator-App und scannen Sie diesen QR-Code:
                <Image
                  src={qrCode}
                  alt="QR-Code zum Einrichten der Anmeldung mit zweitem Faktor"
                  width={200}
                  height={200}
                  unoptimized
                  loading="eager"
                  className="mt-2 block bg-white"
                />
              </li>
              <li>
                Falls Sie nicht scannen können, geben Sie diesen Schlüssel von Hand ein:{" "}
                <code className="font-mono text-lg" aria-label={`Schlüssel: ${secret}`}>
                  {secret}
                </code>
              </li>
              <li>Geben Sie den sechsstelligen Code ein, den die App jetzt anzeigt.</li>
            </ol>
            <Field name="code" label="Code aus der App" required autoComplete="one-time-code" inputMode="numeric" maxLength={20} state={state} />
            <SubmitButton>Einrichtung abschließen</SubmitButton>
          </Section>
        )
      }
    </ActionForm>
  );
}
