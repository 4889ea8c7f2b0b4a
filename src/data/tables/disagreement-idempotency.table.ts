/** An API Idempotency-Key used to raise a disagreement, per user. */
export interface DisagreementIdempotencyKeyTable {
  user_id: string
  key: string
  /** sha256 of the request, so the same key with a different request is refused. */
  request_hash: string
  disagreement_id: string
  created_at: Date
}
