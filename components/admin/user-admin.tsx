"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton } from "@/components/ui/form";
import { RoleSelectForm, RowButton } from "@/components/ui/row-actions";
import { PLATFORM_ROLE_LABELS } from "@/lib/format";
import type { FormAction } from "@/lib/actions/form-state";

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: keyof typeof PLATFORM_ROLE_LABELS;
  disabled: boolean;
  emailConfirmed: boolean;
  secondFactor: boolean;
  lastSignIn: string;
}

/** Name and address: two people may share a name, never an address (and every control names whom it acts on). */
const person = (user: AdminUserRow) => `${user.name} (${user.email})`;

/** The server actions this form posts to; its page hands them in. */
export interface UserAdminActions {
  changeRole: FormAction;
  deactivateUser: FormAction;
  inviteStaff: FormAction;
  reactivateUser: FormAction;
  resetSecondFactor: FormAction;
}

export function UserAdmin({
  actions,
  users,
  currentUserId,
  pending,
  summary,
  pager,
}: {
  actions: UserAdminActions;
  users: AdminUserRow[];
  currentUserId: string;
  pending: { email: string; role: string; expires: string }[];
  /** "N Konten entsprechen der Auswahl …" */
  summary: string;
  pager: React.ReactNode;
}) {
  return (
    <>
      <section aria-labelledby="konten">
        <h2 id="konten" className="text-2xl font-bold text-brand-900">
          Konten
        </h2>
        <p className="mt-1">{summary}</p>
        <ul className="mt-4 space-y-3">
          {users.map((user) => (
            <li key={user.id} className="rounded-lg border border-line p-4">
              <p className="font-semibold">
                {user.name} {user.disabled ? <span className="text-danger-700">(deaktiviert)</span> : null}
              </p>
              <p className="text-sm">
                {user.email} ({user.emailConfirmed ? "bestätigt" : "nicht bestätigt"}) · {PLATFORM_ROLE_LABELS[user.role]} · zweiter Faktor:{" "}
                {user.secondFactor ? "eingerichtet" : "nicht eingerichtet"} · zuletzt angemeldet: {user.lastSignIn}
              </p>
              {user.id === currentUserId ? (
                <p className="mt-2 text-sm text-muted">Ihr eigenes Konto ändern Sie unter „Konto“.</p>
              ) : (
                <div className="mt-3 flex flex-wrap items-end gap-4">
                  <RoleSelectForm action={actions.changeRole} userId={user.id} personName={person(user)} current={user.role} options={PLATFORM_ROLE_LABELS} />
                  <RowButton
                    action={user.disabled ? actions.reactivateUser : actions.deactivateUser}
                    idName="userId"
                    id={user.id}
                    label={`${person(user)} ${user.disabled ? "reaktivieren" : "deaktivieren"}`}
                  />
                  {user.secondFactor ? (
                    <RowButton action={actions.resetSecondFactor} idName="userId" id={user.id} label={`Zweiten Faktor von ${person(user)} zurücksetzen`} />
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ul>
        {pager}
      </section>

      <section aria-labelledby="einladen" className="mt-10 max-w-xl">
        <h2 id="einladen" className="text-2xl font-bold text-brand-900">
          Beratung oder Administration einladen
        </h2>
        <ActionForm action={actions.inviteStaff}>
          {(state) => (
            <>
              <Field name="email" label="E-Mail" type="email" required autoComplete="off" state={state} />
              <SelectField
                name="role"
                label="Rolle"
                required
                options={{ advisor: PLATFORM_ROLE_LABELS.advisor, admin: PLATFORM_ROLE_LABELS.admin }}
                defaultValue="advisor"
                state={state}
              />
              <SubmitButton>Einladung senden</SubmitButton>
            </>
          )}
        </ActionForm>
        {pending.length ? (
          <>
            <h3 className="mt-6 text-lg font-semibold">Offene Einladungen</h3>
            <ul className="mt-2 list-disc pl-6">
              {pending.map((p) => (
                <li key={p.email + p.expires}>
                  {p.email} · {p.role} · gültig bis {p.expires}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
