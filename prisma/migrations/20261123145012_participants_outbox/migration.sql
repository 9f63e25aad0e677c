-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('PATIENT', 'RELATIVE');

-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('DIRECT', 'REFERRAL');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITING', 'OFFERED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('SIGNUP_CONFIRMED', 'WAITING_LIST_JOINED', 'SEAT_OFFERED', 'SESSION_REMINDER', 'REGISTRATION_CANCELLED', 'RUN_CANCELLED', 'EVALUATION_INVITATION');

-- AlterTable
ALTER TABLE "course_run" ADD COLUMN     "cancelled_from" "RunPhase",
ADD COLUMN     "fee_nok" INTEGER,
ADD COLUMN     "signup_closes_on" DATE;

-- CreateTable
CREATE TABLE "registration" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "participant_role" "ParticipantRole" NOT NULL,
    "interpreter_language" TEXT,
    "accessibility_needs" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'nb',
    "source" "RegistrationSource" NOT NULL,
    "referral_date" DATE,
    "consent_at" TIMESTAMP(3),
    "registered_by_id" UUID,
    "status" "RegistrationStatus" NOT NULL,
    "waiting_since" TIMESTAMP(3),
    "offer_expires_at" TIMESTAMP(3),
    "manage_token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance" (
    "registration_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attendance_pkey" PRIMARY KEY ("registration_id","session_id")
);

-- CreateTable
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "recipient" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "dedupe_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "failed_at" TIMESTAMP(3),
    "last_error" TEXT,

    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_key" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER,
    "response" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "registration_manage_token_hash_key" ON "registration"("manage_token_hash");

-- CreateIndex
CREATE INDEX "registration_run_id_status_waiting_since_idx" ON "registration"("run_id", "status", "waiting_since");

-- CreateIndex
CREATE INDEX "registration_status_offer_expires_at_idx" ON "registration"("status", "offer_expires_at");

-- CreateIndex
CREATE INDEX "attendance_session_id_idx" ON "attendance"("session_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_message_sent_at_failed_at_next_attempt_at_idx" ON "outbox_message"("sent_at", "failed_at", "next_attempt_at");

-- CreateIndex
CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key"("created_at");

-- CreateIndex
CREATE INDEX "course_run_phase_starts_on_idx" ON "course_run"("phase", "starts_on");

-- AddForeignKey
ALTER TABLE "registration" ADD CONSTRAINT "registration_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "programme_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search of the public catalogue in Norwegian (queries use the same expression; see
-- features/catalogue). Prisma does not model expression indexes, so this one lives only here.
CREATE INDEX "course_search_idx" ON "course" USING GIN (to_tsvector('norwegian', "title" || ' ' || "summary" || ' ' || coalesce("diagnosis", '')));

-- A participant is never counted twice: one active registration per email address and run.
CREATE UNIQUE INDEX "registration_active_email_idx" ON "registration" ("run_id", lower("email")) WHERE "status" IN ('CONFIRMED', 'WAITING', 'OFFERED');

ALTER TABLE "course_run" ADD CONSTRAINT "course_run_fee_nok_check" CHECK ("fee_nok" IS NULL OR "fee_nok" >= 0);
