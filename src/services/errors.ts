// Unexpected failures are thrown as typed errors and mapped to pages once, in the web error
// handler (DESIGN.md §9). Expected rule failures are returned as values instead.

export class NotFoundError extends Error {
  override name = 'NotFoundError'
  readonly statusCode = 404
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError'
  readonly statusCode = 403
}

export class ConflictError extends Error {
  override name = 'ConflictError'
  readonly statusCode = 409
}
