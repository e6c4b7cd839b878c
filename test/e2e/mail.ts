import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

/** A local SMTP server that writes every message it receives to a file in `dir`. */
export const startMailCatcher = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resethub-mail-'))
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',')
        fs.writeFileSync(
          path.join(dir, `${String(++count).padStart(4, '0')}.eml`),
          `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString()}`,
        )
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Messages caught so far for `to`, as text with quoted-printable soft breaks undone. */
export const mailTo = (to: string, dir = process.env.MAIL_DIR ?? '') =>
  fs
    .readdirSync(dir)
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .filter((m) => m.split('\r\n')[0].includes(to))
    .map((m) => m.replace(/=\r?\n/g, '').replace(/=3D/g, '='))
