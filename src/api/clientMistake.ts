import { APIError } from 'payload'

/** A request the client must change: a 4xx whose message says how, never the server's error. */
export class ClientMistake extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, null, true)
    // Set by hand: a minified build renames classes, and the name is what logs and answers show.
    this.name = 'ClientMistake'
  }
}
