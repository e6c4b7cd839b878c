/**
 * The chooser's address parameters, in the order a canonical address lists them.
 * Plain JavaScript because next.config.mjs reads them too: a brand guide with any
 * of them is rendered per request (a rewrite), without them it is the cached page.
 */
export const CHOOSER_KEYS = /** @type {const} */ ([
  'password',
  'questions',
  'email',
  'keyfile',
  'app',
  'local',
  'network',
  'serial',
  'opencase',
  'loss',
])

/**
 * Sent by the chooser form without JavaScript, where "Not sure" arrives as an
 * empty value (which no rewrite can match): the page behind it then answers with
 * the short address.
 */
export const CHOOSER_MARKER = 'choose'
