-- The obligations list as opened (issue 16): newest due first, then by id. An index in exactly that order lets
-- the first page be read from its head instead of sorting a province's millions of obligations.
CREATE INDEX "obligations_due_at_id_idx" ON "obligations"("due_at" DESC, "id");
