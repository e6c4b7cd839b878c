/** A refusal in Payload's error shape, with a message that says what to change. */
export const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
