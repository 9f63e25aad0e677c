-- CreateTable
CREATE TABLE "editing_presence" (
    "element_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "editing_presence_pkey" PRIMARY KEY ("element_id","person_id")
);

-- CreateIndex
CREATE INDEX "editing_presence_element_id_seen_at_idx" ON "editing_presence"("element_id", "seen_at");

-- AddForeignKey
ALTER TABLE "editing_presence" ADD CONSTRAINT "editing_presence_element_id_fkey" FOREIGN KEY ("element_id") REFERENCES "plan_element"("id") ON DELETE CASCADE ON UPDATE CASCADE;
