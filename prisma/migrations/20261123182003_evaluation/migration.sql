-- CreateEnum
CREATE TYPE "EvaluationFormKind" AS ENUM ('COURSE_EVALUATION', 'PARTICIPANT_BENEFIT');

-- CreateEnum
CREATE TYPE "CollectionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "evaluation_form" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "kind" "EvaluationFormKind" NOT NULL,
    "questions" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_form_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_form_revision" (
    "id" UUID NOT NULL,
    "form_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,
    "author_id" UUID NOT NULL,
    "author_role" "Role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_form_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_form_signature" (
    "id" UUID NOT NULL,
    "form_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "version" INTEGER NOT NULL,
    "signed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_form_signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_collection" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "form_revision_id" UUID NOT NULL,
    "kind" "EvaluationFormKind" NOT NULL,
    "status" "CollectionStatus" NOT NULL DEFAULT 'OPEN',
    "link_code" TEXT NOT NULL,
    "invited_count" INTEGER NOT NULL DEFAULT 0,
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "evaluation_collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_token" (
    "token_hash" TEXT NOT NULL,
    "collection_id" UUID NOT NULL,
    "used" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "evaluation_token_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "evaluation_answer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "collection_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,

    CONSTRAINT "evaluation_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_meeting" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "held_on" DATE,
    "what_worked" TEXT NOT NULL DEFAULT '',
    "what_to_change" TEXT NOT NULL DEFAULT '',
    "collaboration" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "updated_by_role" "Role",

    CONSTRAINT "evaluation_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision_proposal" (
    "id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "element_kind" "PlanElementKind" NOT NULL,
    "finding" TEXT NOT NULL,
    "proposed_text" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "author_id" UUID NOT NULL,
    "author_role" "Role" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" UUID,
    "decided_by_role" "Role",
    "decided_at" TIMESTAMP(3),
    "applied_to_run_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "revision_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_form_course_id_kind_key" ON "evaluation_form"("course_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_form_revision_form_id_version_key" ON "evaluation_form_revision"("form_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_form_signature_form_id_person_id_version_key" ON "evaluation_form_signature"("form_id", "person_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_collection_link_code_key" ON "evaluation_collection"("link_code");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_collection_run_id_kind_key" ON "evaluation_collection"("run_id", "kind");

-- CreateIndex
CREATE INDEX "evaluation_token_collection_id_idx" ON "evaluation_token"("collection_id");

-- CreateIndex
CREATE INDEX "evaluation_answer_collection_id_idx" ON "evaluation_answer"("collection_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_meeting_run_id_key" ON "evaluation_meeting"("run_id");

-- CreateIndex
CREATE INDEX "revision_proposal_run_id_idx" ON "revision_proposal"("run_id");

-- CreateIndex
CREATE INDEX "revision_proposal_applied_to_run_id_idx" ON "revision_proposal"("applied_to_run_id");

-- AddForeignKey
ALTER TABLE "evaluation_form" ADD CONSTRAINT "evaluation_form_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_form_revision" ADD CONSTRAINT "evaluation_form_revision_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "evaluation_form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_form_signature" ADD CONSTRAINT "evaluation_form_signature_form_id_fkey" FOREIGN KEY ("form_id") REFERENCES "evaluation_form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_collection" ADD CONSTRAINT "evaluation_collection_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_collection" ADD CONSTRAINT "evaluation_collection_form_revision_id_fkey" FOREIGN KEY ("form_revision_id") REFERENCES "evaluation_form_revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_token" ADD CONSTRAINT "evaluation_token_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "evaluation_collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_answer" ADD CONSTRAINT "evaluation_answer_collection_id_fkey" FOREIGN KEY ("collection_id") REFERENCES "evaluation_collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_meeting" ADD CONSTRAINT "evaluation_meeting_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_proposal" ADD CONSTRAINT "revision_proposal_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "course_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision_proposal" ADD CONSTRAINT "revision_proposal_applied_to_run_id_fkey" FOREIGN KEY ("applied_to_run_id") REFERENCES "course_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;
