/**
 * Outgoing mail through nodemailer: SMTP when SMTP_HOST is set, otherwise
 * each mail is written as a JSON file to the outbox folder (OUTBOX_DIR,
 * default .data/outbox) and the log says where — for development and tests.
 */
import { logger } from "@/lib/log";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const FROM = process.env.MAIL_FROM ?? "Kurz-Check Integration <no-reply@kurz-check.invalid>";

function outboxDir(): string {
  // The outbox is runtime data, not part of the build: keep the bundler from tracing it.
  return process.env.OUTBOX_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "outbox");
}

let smtp: Transporter | undefined;

function smtpTransport(): Transporter | null {
  if (!process.env.SMTP_HOST) return null;
  smtp ??= nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT ?? 587),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
  });
  return smtp;
}

/**
 * Sends a mail. A failure is logged, not thrown: the change that caused the
 * mail is already committed, and the user can ask for the mail again.
 */
export async function sendMail(mail: Mail): Promise<void> {
  try {
    const transport = smtpTransport();
    if (transport) {
      await transport.sendMail({ from: FROM, ...mail });
      return;
    }
    const dir = outboxDir();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
    writeFileSync(file, JSON.stringify({ from: FROM, ...mail, sentAt: new Date().toISOString() }, null, 2));
    logger().info({ file }, "no SMTP configured: mail written to the outbox folder");
  } catch (error) {
    logger().error({ err: error }, "sending mail failed");
  }
}
