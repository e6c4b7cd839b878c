/** The closed vocabularies of a reset method; labels are what readers see. */

export const METHOD_KINDS = {
  menu: 'Change it in the menu',
  'security-questions': 'Security questions',
  'reserved-email': 'Reserved e-mail',
  'app-qr': 'QR code and app',
  'key-file': 'Key file',
  'support-code': 'Code from support',
  'reset-button': 'Reset button',
  'mac-code': 'MAC address code',
  'temporary-password': 'Temporary password',
  'restore-software': 'Restore through software',
  other: 'Other',
} as const

export const REQUIREMENTS = {
  'old-password': 'You still know the current password',
  'physical-access': 'You can reach the recorder itself',
  'monitor-and-mouse': 'A monitor and mouse on the recorder',
  'same-network': 'A computer or phone on the same network',
  'serial-number': 'The serial number',
  'reserved-email-set': 'A recovery e-mail set up earlier',
  'security-questions-set': 'Security questions set up earlier',
  'app-binding': 'The recorder linked to the vendor app',
  'key-file-exported': 'A key file exported earlier',
  'vendor-tool': "The vendor's tool on a computer",
  'open-case': 'You can open the case',
} as const

/** The same needs in a few words, for a method's card: "Needs: recovery e-mail, monitor and mouse". */
export const REQUIREMENTS_SHORT: Record<keyof typeof REQUIREMENTS, string> = {
  'old-password': 'the current password',
  'physical-access': 'the recorder at hand',
  'monitor-and-mouse': 'monitor and mouse',
  'same-network': 'a computer on its network',
  'serial-number': 'the serial number',
  'reserved-email-set': 'a recovery e-mail set up',
  'security-questions-set': 'security questions set up',
  'app-binding': 'the vendor app linked',
  'key-file-exported': 'an exported key file',
  'vendor-tool': "the vendor's tool",
  'open-case': 'opening the case',
}

export const DATA_LOSS = {
  none: 'No data lost',
  settings: 'All settings lost',
  'settings-and-recordings': 'Settings and recordings lost',
} as const

export type MethodKind = keyof typeof METHOD_KINDS
export type Requirement = keyof typeof REQUIREMENTS
export type DataLoss = keyof typeof DATA_LOSS
