import { AuthenticationError, type AfterErrorHook, LockedAuth } from 'payload'

import { LOCK_MINUTES } from '../lockout'

export const LOGIN_REFUSED = `The e-mail or password is incorrect, or the account is locked after repeated failures: wait ${LOCK_MINUTES} minutes or ask an admin.`

/**
 * One answer for every refused login, whether the e-mail is unknown, the
 * password wrong or the account locked (Payload names a locked account in its
 * own words). Collection hooks see REST errors; GraphQL errors reach only the
 * config's `hooks.afterError`, which may list this hook too.
 */
export const sameLoginRefusal: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!(error instanceof AuthenticationError || error instanceof LockedAuth)) {
    // GraphQL wraps the thrown error.
    const original = (error as { originalError?: unknown }).originalError
    if (!(original instanceof AuthenticationError || original instanceof LockedAuth)) return
  }
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: LOGIN_REFUSED,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' },
      },
    }
  }
  return { response: { errors: [{ message: LOGIN_REFUSED }] }, status: 401 }
}
