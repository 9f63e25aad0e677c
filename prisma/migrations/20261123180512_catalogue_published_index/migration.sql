-- The catalogue lists published runs by start date (features/catalogue, publishedUpcoming and listOrder).
-- Without this index PostgreSQL reads every published run and sorts them for each page; with it, it walks
-- the runs in the list's order and stops after a page. Measured by bench/ (pnpm bench): at 100,000
-- courses the first page went from a sort of all published runs to a read of about one page of rows.
-- Partial, so Prisma does not model it; change it together with `publishedPhases` in
-- packages/domain/src/enrolment.ts.
CREATE INDEX "course_run_published_idx" ON "course_run" ("starts_on", "id") WHERE "phase" IN ('READY', 'RUNNING');
