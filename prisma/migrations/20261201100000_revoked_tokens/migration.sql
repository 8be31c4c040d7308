-- Tokens ended by POST /api/auth/logout, kept until they would have expired anyway.
CREATE TABLE "revoked_tokens" (
    "jti" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "revoked_tokens_pkey" PRIMARY KEY ("jti")
);

CREATE INDEX "revoked_tokens_expires_at_idx" ON "revoked_tokens"("expires_at");
