/**
 * What a reader pasted into a public case that others should not see: the
 * serial number (vendors make reset codes from it), the device's verification
 * code, MAC and IP addresses, DDNS host names (the way in to the recorder from
 * the internet), e-mail addresses and phone numbers. Dates and times stay as
 * written. Who sees the masked text is decided in one place
 * (src/collections/Comments/fields/masked.ts).
 *
 * One scanner, not a chain of replaces: at each place a token starts, the kinds
 * are tried in the order below and the first one that matches (and passes its
 * check) takes the text, so a date is never read as a phone number, an IP
 * address never as a phone number, and no rule sees another's label.
 */

type Kind = {
  /** Sticky: matches at the scanner's position only. */
  pattern: RegExp
  /** A further check a regular expression cannot say well; when it fails, the next kind is tried. */
  accept?: (match: string) => boolean
  /** The label shown instead; null keeps the text as it is. */
  label: string | null
}

const sticky = (source: string, flags = '') => new RegExp(source, `y${flags}`)

const digits = (text: string) => (text.match(/\d/g) ?? []).length

// Dates (2024-05-01, 2024/05/01, 01.05.2024, 1/5/24) with an optional time, and times (12:30, 12:30:45, 9:05 pm).
const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))`
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)?`
const HAS_DATE = new RegExp(DATE)
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`
const DDNS_SUFFIX = String.raw`(?:[a-z0-9-]*ddns[a-z0-9-]*|no-?ip|dyndns|dynu|duckdns|hopto|zapto|sytes|myq-see|hik-online|tplinkdns|synology|myfritz|dvrdns)\.[a-z]{2,}(?:\.[a-z]{2,})?`

/** 1 to 4 hex digits a group, eight groups, or fewer with one `::` (an IPv4 tail counts as two). */
const isIPv6 = (text: string) => {
  const v4 = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (v4 && !new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(v4[1])) return false
  const hex = v4 ? `${text.slice(0, text.length - v4[1].length)}0:0` : text
  const halves = hex.split('::')
  if (halves.length > 2) return false
  const groups = halves.flatMap((half) => (half ? half.split(':') : []))
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return false
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8
}

/** In priority order. */
const KINDS: Kind[] = [
  // Dates and times are kept: a timestamp is no phone number.
  {
    pattern: sticky(String.raw`(?:${DATE}(?:(?:[ T]|,\s?)${TIME})?|${TIME})(?![\w:]|[./-]\d)`),
    label: null,
  },
  {
    pattern: sticky(String.raw`[^\s@<>()[\]]{1,64}@[^\s@<>()[\]]{1,253}\.[a-z]{2,}`, 'i'),
    label: '[e-mail hidden]',
  },
  // DDNS host names (home-nvr.ddns.net, x.hik-online.com, x.dahuaddns.com, x.no-ip.org, x.dyndns.org, x.myq-see.com…).
  {
    pattern: sticky(
      String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}${DDNS_SUFFIX}(?![\w-])`,
      'i',
    ),
    label: '[host name hidden]',
  },
  // MAC addresses: 00:1A:2B:3C:4D:5E, 00-1a-…, 001A.2B3C.4D5E
  {
    pattern: sticky(
      String.raw`(?:(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}|(?:[0-9a-f]{4}\.){2}[0-9a-f]{4})(?![\w:-])`,
      'i',
    ),
    label: '[MAC address hidden]',
  },
  {
    pattern: sticky(String.raw`(?:${OCTET}\.){3}${OCTET}(?!\w|\.\d)`),
    label: '[IP address hidden]',
  },
  {
    pattern: sticky(
      String.raw`(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:.])`,
      'i',
    ),
    accept: isIPv6,
    label: '[IP address hidden]',
  },
  // Phone numbers: 8 to 15 digits, written with a leading + or 00, or grouped by spaces, dots, dashes or brackets.
  // A bare run of digits is taken for a serial number below: that is how serials are printed.
  {
    pattern: sticky(String.raw`\+?\(?\d(?:[ .()-]{0,2}\d){7,14}\)?(?![\w-]|[ .()-]{0,2}\d)`),
    accept: (m) => (/^(?:\+|00)/.test(m) || /[ .()-]/.test(m)) && !HAS_DATE.test(m),
    label: '[phone number hidden]',
  },
  // Serial numbers: 9 or more capital letters and digits, at least 5 of them digits (6J0123PAZ12345, C12345678,
  // 123456789). Serials are printed in capitals: a word with lowercase letters is never taken for one.
  {
    pattern: sticky(String.raw`[A-Z0-9]{9,}(?![A-Za-z0-9])`),
    accept: (m) => digits(m) >= 5,
    label: '[serial number hidden]',
  },
  // A device's verification code: six capital letters, only when the sentence has just spoken of a code, so
  // that ordinary words in capitals stay readable.
  {
    pattern: sticky(
      String.raw`(?<=\b(?:[Cc]ode|CODE)[Ss]?\b[^.!?\n]{0,30})[A-Z]{6}(?![A-Za-z0-9])`,
    ),
    label: '[verification code hidden]',
  },
]

/** Kinds start only where a token does: never inside a word or a number. */
const startsToken = (text: string, at: number) =>
  /\S/.test(text[at]) && (at === 0 || !/[A-Za-z0-9_]/.test(text[at - 1]))

const matchAt = (text: string, at: number) => {
  for (const kind of KINDS) {
    kind.pattern.lastIndex = at
    const found = kind.pattern.exec(text)?.[0]
    if (found && (!kind.accept || kind.accept(found)))
      return { length: found.length, shown: kind.label ?? found }
  }
  return null
}

export const maskPrivate = (text: string): string => {
  let out = ''
  let copied = 0
  for (let at = 0; at < text.length;) {
    const hit = startsToken(text, at) ? matchAt(text, at) : null
    if (!hit) {
      at++
      continue
    }
    out += text.slice(copied, at) + hit.shown
    at += hit.length
    copied = at
  }
  return out + text.slice(copied)
}
