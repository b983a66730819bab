"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton } from "@/components/ui/form";
import { RoleSelectForm, RowButton } from "@/components/ui/row-actions";
import { MEMBERSHIP_ROLE_LABELS } from "@/lib/format";
import type { FormAction } from "@/lib/actions/form-state";

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  role: "owner" | "member";
  emailConfirmed: boolean;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: "owner" | "member" | null;
  expires: string;
}

/** The server actions this form posts to; its page hands them in. */
export interface TeamActions {
  changeMemberRole: FormAction;
  inviteMember: FormAction;
  removeMember: FormAction;
  revokeInvitation: FormAction;
}

export function TeamManager({
  actions,
  members,
  pending,
  canManage,
  currentUserId,
}: {
  actions: TeamActions;
  members: TeamMember[];
  pending: PendingInvitation[];
  canManage: boolean;
  currentUserId: string;
}) {
  return (
    <>
      <section aria-labelledby="mitglieder">
        <h2 id="mitglieder" className="text-2xl font-bold text-brand-900">
          Mitglieder
        </h2>
        <ul className="mt-4 space-y-4">
          {members.map((member) => (
            <li key={member.userId} className="rounded-lg border border-line p-4">
              <p className="font-semibold">
                {member.name}
                {member.userId === currentUserId ? " (Sie)" : ""}
              </p>
              <p className="text-sm">
                {member.email} · {MEMBERSHIP_ROLE_LABELS[member.role]}
                {member.emailConfirmed ? "" : " · E-Mail-Adresse noch nicht bestätigt"}
              </p>
              {canManage ? (
                <div className="mt-3 flex flex-wrap items-end gap-4">
                  <RoleSelectForm
                    action={actions.changeMemberRole}
                    userId={member.userId}
                    personName={member.name}
                    current={member.role}
                    options={MEMBERSHIP_ROLE_LABELS}
                  />
                  <RowButton
                    action={actions.removeMember}
                    idName="userId"
                    id={member.userId}
                    label={`${member.name} entfernen`}
                    confirm={{
                      question: `Möchten Sie ${member.name} wirklich aus dem Team entfernen? Die Person verliert sofort den Zugang zu Ihrer Kommune.`,
                      yes: "Ja, entfernen",
                    }}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {canManage ? (
        <>
          <section aria-labelledby="einladen" className="mt-10 max-w-xl">
            <h2 id="einladen" className="text-2xl font-bold text-brand-900">
              Kolleg*in einladen
            </h2>
            <p className="mt-2">
              Die eingeladene Person erhält einen Link per E-Mail. Er ist 7 Tage gültig. „Verantwortliche“ können zusätzlich das Team und die Angaben der
              Kommune verwalten.
            </p>
            <ActionForm action={actions.inviteMember}>
              {(state) => (
                <>
                  <Field name="email" label="E-Mail" type="email" required autoComplete="off" state={state} />
                  <SelectField name="role" label="Rolle" required options={MEMBERSHIP_ROLE_LABELS} defaultValue="member" state={state} />
                  <SubmitButton>Einladung senden</SubmitButton>
                </>
              )}
            </ActionForm>
          </section>

          {pending.length ? (
            <section aria-labelledby="offen" className="mt-10">
              <h2 id="offen" className="text-2xl font-bold text-brand-900">
                Offene Einladungen
              </h2>
              <ul className="mt-4 space-y-3">
                {pending.map((invitation) => (
                  <li key={invitation.id} className="flex flex-wrap items-center gap-4 rounded border border-line p-3">
                    <span>
                      {invitation.email} · {invitation.role ? MEMBERSHIP_ROLE_LABELS[invitation.role] : ""} · gültig bis {invitation.expires}
                    </span>
                    <RowButton
                      action={actions.revokeInvitation}
                      idName="invitationId"
                      id={invitation.id}
                      label={`Einladung an ${invitation.email} zurückziehen`}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
