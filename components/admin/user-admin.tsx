"use client";

import { changeRoleAction, deactivateUserAction, inviteStaffAction, reactivateUserAction } from "@/app/admin/actions";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button";
import { Field, SelectField, SubmitButton } from "@/components/ui/form";
import { PLATFORM_ROLE_LABELS } from "@/lib/validation/admin";

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: keyof typeof PLATFORM_ROLE_LABELS;
  disabled: boolean;
  lastSignIn: string;
}

const SMALL_BUTTON = buttonClasses("secondary", "py-1 text-sm");

export function UserAdmin({ users, currentUserId, pending }: { users: AdminUserRow[]; currentUserId: string; pending: { email: string; role: string; expires: string }[] }) {
  return (
    <>
      <section aria-labelledby="konten">
        <h2 id="konten" className="text-2xl font-bold text-brand-900">
          Konten
        </h2>
        <ul className="mt-4 space-y-3">
          {users.map((user) => (
            <li key={user.id} className="rounded-lg border border-line p-4">
              <p className="font-semibold">
                {user.name} {user.disabled ? <span className="text-danger-700">(deaktiviert)</span> : null}
              </p>
              <p className="text-sm">
                {user.email} · {PLATFORM_ROLE_LABELS[user.role]} · zuletzt angemeldet: {user.lastSignIn}
              </p>
              {user.id === currentUserId ? (
                <p className="mt-2 text-sm text-muted">Ihr eigenes Konto ändern Sie unter „Konto“.</p>
              ) : (
                <div className="mt-3 flex flex-wrap items-end gap-4">
                  <ActionForm action={changeRoleAction} aria-label={`Rolle von ${user.name}`} className="flex flex-wrap items-end gap-2">
                    {() => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <div>
                          <label htmlFor={`rolle-${user.id}`} className="block text-sm font-semibold">
                            Rolle von {user.name}
                          </label>
                          <select id={`rolle-${user.id}`} name="role" defaultValue={user.role} className="mt-1 rounded border-2 border-[#6b7280] px-2 py-1">
                            {Object.entries(PLATFORM_ROLE_LABELS).map(([value, label]) => (
                              <option key={value} value={value}>
                                {label}
                              </option>
                            ))}
                          </select>
                        </div>
                        <button type="submit" className={SMALL_BUTTON}>
                          Rolle ändern
                        </button>
                      </>
                    )}
                  </ActionForm>
                  <ActionForm action={user.disabled ? reactivateUserAction : deactivateUserAction} aria-label={`${user.name} ${user.disabled ? "reaktivieren" : "deaktivieren"}`}>
                    {() => (
                      <>
                        <input type="hidden" name="userId" value={user.id} />
                        <button type="submit" className={SMALL_BUTTON}>
                          {user.disabled ? `${user.name} reaktivieren` : `${user.name} deaktivieren`}
                        </button>
                      </>
                    )}
                  </ActionForm>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="einladen" className="mt-10 max-w-xl">
        <h2 id="einladen" className="text-2xl font-bold text-brand-900">
          Beratung oder Administration einladen
        </h2>
        <ActionForm action={inviteStaffAction}>
          {(state) => (
            <>
              <Field name="email" label="E-Mail" type="email" required autoComplete="off" state={state} />
              <SelectField name="role" label="Rolle" required options={{ advisor: PLATFORM_ROLE_LABELS.advisor, admin: PLATFORM_ROLE_LABELS.admin }} defaultValue="advisor" state={state} />
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
