import { expect, test } from '@jest/globals'

import { maskPrivate } from '../../src/lib/mask'

test.each([
  ['my serial is 6J0123PAZ12345 ok', 'my serial is 6J••••••••••45 ok'],
  ['MAC 00:1A:2B:3C:4D:5E here', 'MAC [MAC address hidden] here'],
  ['mac 001a.2b3c.4d5e', 'mac [MAC address hidden]'],
  ['write me at jo.doe@example.com please', 'write me at [e-mail hidden] please'],
  ['call +44 20 7946 0958 today', 'call [phone number hidden] today'],
])('%s', (input, expected) => {
  expect(maskPrivate(input)).toBe(expected)
})

test('models, firmware versions, dates and short numbers stay readable', () => {
  const text = 'DS-7608NI-K2 on firmware V4.22.005 build 200812, held 15 s, step 3 of 5, on 2024-05-01'
  expect(maskPrivate(text)).toBe(text)
})
