// Errors the data layer throws on purpose; actions turn them into messages for the form.
export class NotSignedInError extends Error {
  constructor() {
    super('Your session has ended. Sign in again to continue; your changes are still in the form.')
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'You do not have permission to do that.') {
    super(message)
  }
}

export class NotFoundError extends Error {
  constructor(message = 'That item no longer exists.') {
    super(message)
  }
}

/** A problem with one field, shown next to it. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

/** An autosave of a piece that is live: readers see every save, so only a save by hand changes it. */
export class LivePieceAutosaveError extends Error {
  constructor() {
    super('This piece is published now, so it is no longer saved as you type: readers see your changes when you save.')
  }
}

/** Someone else saved first: the save was refused and nothing was written. */
export class StaleVersionError extends Error {
  constructor(readonly currentVersion: number) {
    super('Someone else saved this article while you were editing. Your text is kept here; compare and save again.')
  }
}

/** What a confirmation page showed is no longer true (a count moved): nothing was changed, and the person is asked again. */
export class ChangedSinceShownError extends Error {
  constructor(message = 'This changed after the page was opened, so nothing was done: check what will happen now and confirm again.') {
    super(message)
  }
}

export type FormState = {
  ok?: boolean
  message?: string
  fieldErrors?: Record<string, string[] | undefined>
  values?: Record<string, unknown>
}

/** Errors the data layer throws on purpose; anything else is the unexpected (a database gone away, a bug). */
export const isExpectedError = (error: unknown) =>
  error instanceof FieldError ||
  error instanceof NotSignedInError ||
  error instanceof ForbiddenError ||
  error instanceof NotFoundError ||
  error instanceof StaleVersionError ||
  error instanceof LivePieceAutosaveError ||
  error instanceof ChangedSinceShownError

/** Maps a thrown error to what a form should show; unexpected errors are logged and kept vague. */
export function errorToFormState(error: unknown, values?: Record<string, unknown>): FormState {
  if (error instanceof FieldError) return { ok: false, fieldErrors: { [error.field]: [error.message] }, values }
  if (
    error instanceof NotSignedInError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError ||
    error instanceof StaleVersionError ||
    error instanceof LivePieceAutosaveError ||
    error instanceof ChangedSinceShownError
  ) {
    return { ok: false, message: error.message, values }
  }
  console.error('[action] unexpected error', error)
  return { ok: false, message: 'Something went wrong and nothing was saved. Your changes are still here; try again in a moment.', values }
}
