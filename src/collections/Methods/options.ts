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

export const DATA_LOSS = {
  none: 'No data lost',
  settings: 'All settings lost',
  'settings-and-recordings': 'Settings and recordings lost',
} as const

export type MethodKind = keyof typeof METHOD_KINDS
export type Requirement = keyof typeof REQUIREMENTS
export type DataLoss = keyof typeof DATA_LOSS

export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
