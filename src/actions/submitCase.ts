'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { formId } from '@/lib/ids'
import { safePath } from '@/lib/safePath'
import { brandsForModel } from '@/queries/models'
import { payloadClient } from '@/queries/payload'
import { caseReceivedPath } from '@/routes'

import { CASE_FIELDS, type CaseFormState, isCaseField } from './caseForm'

const received = (back: string) => caseReceivedPath({ back })

/**
 * "Still stuck?" from the public pages. Works as a plain form POST (no
 * JavaScript) and with useActionState. The case goes through the same Local
 * API path as REST and GraphQL, as a visitor, with the request's headers so the
 * rate limit sees the client; it is stored as pending.
 */
export async function submitCase(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const values = Object.fromEntries(CASE_FIELDS.map((f) => [f, String(form.get(f) ?? '').trim()]))
  const back = safePath(form.get('back'))

  // The honeypot: people never see this field; a bot that fills it is told "thanks" and nothing is kept.
  if (String(form.get('website') ?? '')) redirect(received(back))

  const payload = await payloadClient()
  const id = (value: FormDataEntryValue | null) =>
    formId(payload.db.defaultIDType, typeof value === 'string' ? value : '')
  try {
    await payload.create({
      collection: 'comments',
      overrideAccess: false,
      req: { headers: await headers() } as never,
      data: {
        brand: id(form.get('brand')),
        method: id(values.method),
        step: id(values.step),
        authorName: values.authorName,
        authorEmail: values.authorEmail || undefined,
        notifyOnReply: Boolean(values.authorEmail) && form.get('notifyOnReply') === 'on',
        deviceModel: values.deviceModel || undefined,
        firmware: values.firmware || undefined,
        body: values.body,
      } as never,
    })
  } catch (error) {
    // Matched by shape, not instanceof: the action's bundle and Payload may hold separate copies of the classes.
    const failure = error as {
      status?: number
      message?: string
      data?: { errors?: { path: string; message: string }[] }
    }
    if (failure?.status === 400 && Array.isArray(failure.data?.errors)) {
      // Each field's problem goes to its field (the form lists them at its top); any other to the whole form.
      const errors: CaseFormState['errors'] = {}
      const others: string[] = []
      for (const { path, message } of failure.data.errors) {
        if (isCaseField(path)) errors[path] = message
        else others.push(message)
      }
      return {
        errors,
        values,
        modelMatches: await brandsForModel(values.deviceModel),
        ...(others.length ? { formError: others.join(' ') } : {}),
      }
    }
    if (failure?.status === 429)
      return {
        errors: {},
        values,
        modelMatches: await brandsForModel(values.deviceModel),
        formError: failure.message,
      }
    throw error
  }
  redirect(received(back))
}
