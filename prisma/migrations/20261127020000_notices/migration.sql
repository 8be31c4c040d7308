-- The automated chase (DESIGN.md §2.5): the exactly-once ledger of notices per obligation, each user's read
-- marks, and the mail outbox with every delivery attempt.

CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED');

-- Office inbox and list filters: escalations and summaries by day.
CREATE INDEX "notices_kind_for_date_idx" ON "notices"("kind", "for_date");

CREATE TABLE "notice_obligations" (
    "obligation_id" INTEGER NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "stage" TEXT NOT NULL,
    "notice_id" INTEGER NOT NULL,
    CONSTRAINT "notice_obligations_pkey" PRIMARY KEY ("obligation_id", "kind", "stage")
);
CREATE INDEX "notice_obligations_notice_id_idx" ON "notice_obligations"("notice_id");

CREATE TABLE "notice_reads" (
    "notice_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notice_reads_pkey" PRIMARY KEY ("notice_id", "user_id")
);
CREATE INDEX "notice_reads_user_id_idx" ON "notice_reads"("user_id");

CREATE TABLE "mail_outbox" (
    "id" SERIAL NOT NULL,
    "notice_id" INTEGER NOT NULL,
    "recipient" TEXT NOT NULL,
    "recipient_name" TEXT,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "message_id" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "mail_outbox_notice_id_recipient_key" ON "mail_outbox"("notice_id", "recipient");
CREATE INDEX "mail_outbox_status_next_attempt_at_idx" ON "mail_outbox"("status", "next_attempt_at");

CREATE TABLE "mail_attempts" (
    "id" SERIAL NOT NULL,
    "mail_id" INTEGER NOT NULL,
    "attempt" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "response" TEXT,
    "error" TEXT,
    CONSTRAINT "mail_attempts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "mail_attempts_mail_id_idx" ON "mail_attempts"("mail_id");

ALTER TABLE "notice_obligations" ADD CONSTRAINT "notice_obligations_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "obligations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notice_obligations" ADD CONSTRAINT "notice_obligations_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notice_reads" ADD CONSTRAINT "notice_reads_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notice_reads" ADD CONSTRAINT "notice_reads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "mail_attempts" ADD CONSTRAINT "mail_attempts_mail_id_fkey" FOREIGN KEY ("mail_id") REFERENCES "mail_outbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
