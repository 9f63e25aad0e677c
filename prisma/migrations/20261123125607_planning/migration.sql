-- CreateEnum
CREATE TYPE "PlanElementKind" AS ENUM ('TARGET_GROUP', 'GOALS', 'FRAME', 'CONTENT', 'METHODS', 'EVALUATION');

-- CreateEnum
CREATE TYPE "ProgrammeItemKind" AS ENUM ('TALK', 'USER_STORY', 'GROUP_CONVERSATION', 'EXERCISE', 'BREAK');

-- AlterTable
ALTER TABLE "course" ADD COLUMN     "age_from" INTEGER,
ADD COLUMN     "age_to" INTEGER;

-- AlterTable
ALTER TABLE "course_run" ADD COLUMN     "video_link" TEXT;

-- CreateTable
CREATE TABLE "plan_element" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" "PlanElementKind" NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_element_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_revision" (
    "id" UUID NOT NULL,
    "element_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "author_role" "Role" NOT NULL,
    "phase" "RunPhase" NOT NULL,
    "restored_from" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_comment" (
    "id" UUID NOT NULL,
    "element_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "author_role" "Role" NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_decision" (
    "id" UUID NOT NULL,
    "element_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "author_role" "Role" NOT NULL,
    "phase" "RunPhase" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_session" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "starts_at" INTEGER NOT NULL,
    "ends_at" INTEGER NOT NULL,
    "place" TEXT,
    "video_link" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_item" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ProgrammeItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_role" "Role" NOT NULL,
    "phase" "RunPhase" NOT NULL,

    CONSTRAINT "programme_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_presenter" (
    "item_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "item_presenter_pkey" PRIMARY KEY ("item_id","person_id")
);

-- CreateTable
CREATE TABLE "run_signature" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "target_phase" "RunPhase" NOT NULL,
    "version" INTEGER NOT NULL,
    "signed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_tick" (
    "run_id" UUID NOT NULL,
    "phase" "RunPhase" NOT NULL,
    "item_key" TEXT NOT NULL,
    "ticked_by_id" UUID NOT NULL,
    "ticked_role" "Role" NOT NULL,
    "ticked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checklist_tick_pkey" PRIMARY KEY ("run_id","phase","item_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "plan_element_run_id_kind_key" ON "plan_element"("run_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "plan_revision_element_id_version_key" ON "plan_revision"("element_id", "version");

-- CreateIndex
CREATE INDEX "plan_comment_element_id_created_at_idx" ON "plan_comment"("element_id", "created_at");

-- CreateIndex
CREATE INDEX "plan_decision_element_id_created_at_idx" ON "plan_decision"("element_id", "created_at");

-- CreateIndex
CREATE INDEX "programme_session_run_id_date_starts_at_idx" ON "programme_session"("run_id", "date", "starts_at");

-- CreateIndex
CREATE INDEX "programme_item_session_id_position_idx" ON "programme_item"("session_id", "position");

-- CreateIndex
CREATE INDEX "run_signature_run_id_target_phase_version_idx" ON "run_signature"("run_id", "target_phase", "version");

-- CreateIndex
CREATE UNIQUE INDEX "run_signature_run_id_person_id_target_phase_version_key" ON "run_signature"("run_id", "person_id", "target_phase", "version");

-- AddForeignKey
ALTER TABLE "plan_element" ADD CONSTRAINT "plan_element_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_revision" ADD CONSTRAINT "plan_revision_element_id_fkey" FOREIGN KEY ("element_id") REFERENCES "plan_element"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_element_id_fkey" FOREIGN KEY ("element_id") REFERENCES "plan_element"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_decision" ADD CONSTRAINT "plan_decision_element_id_fkey" FOREIGN KEY ("element_id") REFERENCES "plan_element"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_session" ADD CONSTRAINT "programme_session_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_item" ADD CONSTRAINT "programme_item_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "programme_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_presenter" ADD CONSTRAINT "item_presenter_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "programme_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_signature" ADD CONSTRAINT "run_signature_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_tick" ADD CONSTRAINT "checklist_tick_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
