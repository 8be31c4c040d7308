-- Channels beside mail (issue 17): SMS and group robots, each message with its attempts; contacts' preferences.
CREATE TYPE "Channel" AS ENUM ('SMS', 'WECOM', 'DINGTALK');
CREATE TYPE "RobotKind" AS ENUM ('WECOM', 'DINGTALK');

ALTER TABLE "contacts" ADD COLUMN "preferences" JSONB;

CREATE TABLE "robots" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER,
    "kind" "RobotKind" NOT NULL,
    "name" TEXT,
    "webhook_enc" TEXT NOT NULL,
    "webhook_hint" TEXT NOT NULL,
    "secret_enc" TEXT,
    "keyword" TEXT,
    "paused_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "robots_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "robots_unit_id_idx" ON "robots"("unit_id");

CREATE TABLE "channel_outbox" (
    "id" SERIAL NOT NULL,
    "notice_id" INTEGER,
    "channel" "Channel" NOT NULL,
    "target" TEXT NOT NULL,
    "recipient_name" TEXT,
    "robot_id" INTEGER,
    "content" JSONB NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "segments" INTEGER,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "channel_outbox_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "channel_outbox_notice_id_channel_target_key" ON "channel_outbox"("notice_id", "channel", "target");
CREATE INDEX "channel_outbox_status_next_attempt_at_idx" ON "channel_outbox"("status", "next_attempt_at");
CREATE INDEX "channel_outbox_robot_id_idx" ON "channel_outbox"("robot_id");

CREATE TABLE "channel_attempts" (
    "id" SERIAL NOT NULL,
    "message_id" INTEGER NOT NULL,
    "robot_id" INTEGER,
    "attempt" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "response" TEXT,
    "error" TEXT,
    CONSTRAINT "channel_attempts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "channel_attempts_message_id_idx" ON "channel_attempts"("message_id");
CREATE INDEX "channel_attempts_robot_id_at_idx" ON "channel_attempts"("robot_id", "at");

ALTER TABLE "robots" ADD CONSTRAINT "robots_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel_outbox" ADD CONSTRAINT "channel_outbox_notice_id_fkey" FOREIGN KEY ("notice_id") REFERENCES "notices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel_outbox" ADD CONSTRAINT "channel_outbox_robot_id_fkey" FOREIGN KEY ("robot_id") REFERENCES "robots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel_attempts" ADD CONSTRAINT "channel_attempts_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "channel_outbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel_attempts" ADD CONSTRAINT "channel_attempts_robot_id_fkey" FOREIGN KEY ("robot_id") REFERENCES "robots"("id") ON DELETE CASCADE ON UPDATE CASCADE;
