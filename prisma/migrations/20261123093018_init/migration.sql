-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('HOSPITAL_LMS', 'MUNICIPAL_LMS', 'INTER_MUNICIPAL', 'HEALTHY_LIFE_CENTRE', 'USER_ORGANISATION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COORDINATOR', 'PROFESSIONAL', 'USER_REPRESENTATIVE', 'EVALUATOR', 'UNIT_LEADER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nb', 'nn', 'en');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('PATIENTS', 'RELATIVES', 'BOTH');

-- CreateEnum
CREATE TYPE "CourseFormat" AS ENUM ('PHYSICAL', 'DIGITAL', 'HYBRID');

-- CreateEnum
CREATE TYPE "Enrolment" AS ENUM ('REFERRAL', 'DIRECT');

-- CreateEnum
CREATE TYPE "RunPhase" AS ENUM ('PLANNING', 'READY', 'RUNNING', 'EVALUATION', 'COMPLETED', 'CANCELLED');

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "municipality" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'nb',
    "is_system_admin" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_sign_in_count" INTEGER NOT NULL DEFAULT 0,
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "profession" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "absolute_expiry" TIMESTAMP(3) NOT NULL,
    "failed_sign_ins_before" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key_hash" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key_hash")
);

-- CreateTable
CREATE TABLE "course" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "target_group" "TargetGroup" NOT NULL,
    "diagnosis" TEXT,
    "format" "CourseFormat" NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY['nb']::TEXT[],
    "enrolment" "Enrolment" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_owner" (
    "course_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,

    CONSTRAINT "course_owner_pkey" PRIMARY KEY ("course_id","unit_id")
);

-- CreateTable
CREATE TABLE "course_run" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "venue" TEXT,
    "capacity" INTEGER NOT NULL,
    "phase" "RunPhase" NOT NULL DEFAULT 'PLANNING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "course_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "object_type" TEXT,
    "object_id" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_email_key" ON "person"("email");

-- CreateIndex
CREATE INDEX "membership_unit_id_idx" ON "membership"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_person_id_unit_id_role_key" ON "membership"("person_id", "unit_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");

-- CreateIndex
CREATE INDEX "session_person_id_idx" ON "session"("person_id");

-- CreateIndex
CREATE INDEX "course_owner_unit_id_idx" ON "course_owner"("unit_id");

-- CreateIndex
CREATE INDEX "course_run_course_id_starts_on_idx" ON "course_run"("course_id", "starts_on");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_object_type_object_id_idx" ON "audit_event"("object_type", "object_id");

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_owner" ADD CONSTRAINT "course_owner_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_owner" ADD CONSTRAINT "course_owner_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_run" ADD CONSTRAINT "course_run_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE CASCADE;
