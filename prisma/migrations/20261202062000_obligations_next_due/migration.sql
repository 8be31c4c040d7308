-- The ranking's cache asks for the first due time after now in a range of report months (issue 16): per month,
-- one step into this index (the due_at index alone makes it walk every obligation due in the future).
CREATE INDEX "obligations_report_month_due_at_idx" ON "obligations"("report_month", "due_at");
