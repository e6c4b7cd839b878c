import type { Config } from 'payload'

type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>['options']

/**
 * A client's mistake is not the server's error: an error whose status is a 4xx
 * (a refused token, a query that cannot run, a rule a request broke) is logged
 * at info with its message only, no stack trace. Everything else keeps its level.
 */
export const clientMistakesAtInfo: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (
  args,
  method,
  level,
) {
  const first = args[0] as unknown
  const err =
    first && typeof first === 'object' ? ((first as { err?: unknown }).err ?? first) : null
  // GraphQL wraps the error it caught in its own, as originalError.
  const cause =
    err && typeof err === 'object'
      ? ((err as { originalError?: unknown }).originalError ?? err)
      : null
  const status = Number(
    cause && typeof cause === 'object' ? (cause as { status?: unknown }).status : NaN,
  )
  if (level >= 50 && status >= 400 && status < 500) {
    return this.info({
      status,
      msg: String((err as { message?: unknown }).message ?? 'Refused request'),
    })
  }
  return method.apply(this, args)
}
