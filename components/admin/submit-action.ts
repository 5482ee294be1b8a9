import type { FormState } from '@/lib/errors'

type Action = (prev: FormState, data: FormData) => Promise<FormState>

/**
 * Calls a dashboard form's server action from its submit handler: the result becomes the form's
 * state (what was typed stays in the fields); a redirect, how Next ends an action that
 * succeeded, carries on; anything else means the server was not reached, and nothing was saved.
 */
export async function submitAction(action: Action, data: FormData, setState: (state: FormState) => void) {
  try {
    const result = await action({}, data)
    if (result) setState(result)
  } catch (error) {
    if (error instanceof Error && error.message === 'NEXT_REDIRECT') throw error
    setState({ ok: false, message: 'Could not reach the server. Nothing was saved; try again.' })
  }
}
