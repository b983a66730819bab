// Rule guarded (issue 28): an invited person learns in the invitation itself where their address
// came from, who is responsible for it and their answers, and where to read more (Art. 14 DSGVO).
import { describe, expect, it } from "vitest";
import { perspectiveInvitationMail } from "./templates";

describe("perspectiveInvitationMail", () => {
  it("carries the Art. 14 notice: source of the data, the Kommune as controller, rights and the full text", () => {
    const mail = perspectiveInvitationMail(
      "rat@example.org",
      "Olga Owner",
      "Markt Beispielhausen",
      "Kurz-Check 2026",
      "Gemeinderat, Stadtrat oder Kreistag",
      "t0k3n",
    );
    expect(mail.text).toContain("Art. 14 DSGVO");
    expect(mail.text).toContain("hat Markt Beispielhausen eingegeben, um Sie einzuladen");
    expect(mail.text).toContain("Verantwortlich für diese Daten und Ihre Antworten ist Markt Beispielhausen");
    expect(mail.text).toMatch(/Auskunft, Berichtigung und Löschung/);
    expect(mail.text).toMatch(/\/datenschutz#perspektiven/);
  });
});
