// Rule guarded: every form schema refuses bad input — empty, too long, wrong
// types, 10,000-character strings — with a German message per field, so no
// action ever reaches the database with it.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  acceptInvitationNewUserSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  emailOnlySchema,
  organisationFieldsSchema,
  passwordResetSchema,
  registrationSchema,
  signInSchema,
  updateNameSchema,
} from "./accounts";
import { changeRoleSchema, inviteStaffSchema } from "./admin";
import { answerSchema } from "./check";
import { changeMemberRoleSchema, inviteMemberSchema, memberSchema } from "./team";

const SCHEMAS: Record<string, z.ZodType> = {
  registrationSchema,
  signInSchema,
  emailOnlySchema,
  passwordResetSchema,
  organisationFieldsSchema,
  acceptInvitationNewUserSchema,
  updateNameSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  inviteMemberSchema,
  changeMemberRoleSchema,
  memberSchema,
  changeRoleSchema,
  inviteStaffSchema,
  answerSchema,
};

const huge = "x".repeat(10_000);
const BAD_INPUTS: Record<string, unknown> = {
  empty: {},
  "empty strings": { email: "", password: "", name: "", organisationName: "", token: "", userId: "", itemKey: "", role: "", consent: "" },
  "10,000 characters": { email: huge, password: huge, name: huge, organisationName: huge, token: huge, userId: huge, itemKey: huge, role: huge, note: huge, ags: huge },
  "wrong types": { email: 42, password: ["a"], name: { x: 1 }, organisationName: true, token: 1, userId: [], itemKey: 5, role: null, score: {} },
};

/** Not zod's English defaults ("Invalid input", "Required", "expected string, received …"). */
const ENGLISH = /invalid|required|expected|received|too (big|small)|must/i;

describe.each(Object.entries(SCHEMAS))("%s", (_name, schema) => {
  it.each(Object.entries(BAD_INPUTS))("refuses %s with German messages", (_case, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(issue.message, `${issue.path.join(".")}: ${issue.message}`).not.toMatch(ENGLISH);
  });
});

describe("script tags", () => {
  it("are kept as plain text (React escapes them on output), never stripped into something else", () => {
    const parsed = updateNameSchema.parse({ name: "<script>alert(1)</script>" });
    expect(parsed.name).toBe("<script>alert(1)</script>");
  });
});
