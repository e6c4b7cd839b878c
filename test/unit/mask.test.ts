import { expect, test } from '@jest/globals'

import { maskPrivate } from '../../src/lib/mask'

test.each([
  // Serial numbers, of any length from 9 characters, in capitals.
  ['my serial is 6J0123PAZ12345 ok', 'my serial is [serial number hidden] ok'],
  ['S/N: C12345678.', 'S/N: [serial number hidden].'],
  ['serial 123456789 on the label', 'serial [serial number hidden] on the label'],
  ['DS-7608NI-K20820190101CCRRC12345678WCVU', 'DS-7608NI-[serial number hidden]'],
  // The device's verification code, where the text speaks of a code.
  ['the verification code is ABCDEF', 'the verification code is [verification code hidden]'],
  ['Code: QWERTY, still refused', 'Code: [verification code hidden], still refused'],
  // MAC addresses.
  ['MAC 00:1A:2B:3C:4D:5E here', 'MAC [MAC address hidden] here'],
  ['mac 001a.2b3c.4d5e', 'mac [MAC address hidden]'],
  ['mac 00-1a-2b-3c-4d-5e', 'mac [MAC address hidden]'],
  // IP addresses, v4 and v6, ports kept.
  [
    'open http://192.168.1.64:8000/ in a browser',
    'open http://[IP address hidden]:8000/ in a browser',
  ],
  ['public address 203.0.113.7.', 'public address [IP address hidden].'],
  ['v6 2001:db8:85a3::8a2e:370:7334 and fe80::1', 'v6 [IP address hidden] and [IP address hidden]'],
  ['full 2001:0db8:0000:0000:0000:ff00:0042:8329 too', 'full [IP address hidden] too'],
  ['mapped ::ffff:192.0.2.128', 'mapped [IP address hidden]'],
  // DDNS host names.
  ['reach it at home-nvr.ddns.net:8000', 'reach it at [host name hidden]:8000'],
  [
    'https://shop7.hik-online.com and cam.dahuaddns.com',
    'https://[host name hidden] and [host name hidden]',
  ],
  [
    'mydvr.no-ip.org, mydvr.dyndns.biz, x.myq-see.com',
    '[host name hidden], [host name hidden], [host name hidden]',
  ],
  // E-mail addresses and phone numbers.
  ['write me at jo.doe@example.com please', 'write me at [e-mail hidden] please'],
  ['call +44 20 7946 0958 today', 'call [phone number hidden] today'],
  ['or (555) 123-4567', 'or [phone number hidden]'],
  ['or 0049 30 1234567', 'or [phone number hidden]'],
])('%s', (input, expected) => {
  expect(maskPrivate(input)).toBe(expected)
})

test.each([
  'DS-7608NI-K2 on firmware V4.22.005 build 200812, held 15 s, step 3 of 5, on 2024-05-01',
  'It locked at 2024-05-01 12:30 and again on 01.05.2024 at 9:05 pm, then 2024-05-02T08:15:00Z',
  'times 12:30:45 and 23:59, on 2024/05/01 10:00',
  // Lowercase words with digits are not serials (this is how test markers and hashes look).
  'flow1a2b3c4d5e and abc12345678 and m12345xyz9',
  // Capitals without the word "code" nearby are ordinary words.
  'PLEASE HELP, the RECORD button and SELECT menu',
  'the QR code did not scan',
  'Firmware V5.4.5 and NVR4104HS-P-4KS2',
])('kept as written: %s', (text) => {
  expect(maskPrivate(text)).toBe(text)
})

test('kinds side by side each get their own label', () => {
  expect(
    maskPrivate(
      'On 2024-05-01 12:30 my NVR at 10.0.0.5 (C12345678, 00:11:22:33:44:55) gave code ZXCVBN; me@example.org',
    ),
  ).toBe(
    'On 2024-05-01 12:30 my NVR at [IP address hidden] ([serial number hidden], [MAC address hidden]) gave code [verification code hidden]; [e-mail hidden]',
  )
})
