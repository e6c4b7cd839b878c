import { defineBrand, step } from '../factories'

const COMMUNITY = { title: 'EZVIZ community article 360034825354: resetting a device password', url: 'https://community.ezvizlife.com' }

export const ezviz = defineBrand({
  name: 'EZVIZ',
  slug: 'ezviz',
  accentColor: '#e1251b',
  summary: 'EZVIZ is Hikvision’s consumer brand. A recorder linked to your account gets a code by e-mail or phone; otherwise EZVIZ service, security questions or the GUID file.',
  support: { website: 'https://www.ezviz.com' },
  methods: [
    {
      slug: 'account-code',
      title: 'Code to your EZVIZ account',
      kind: 'other',
      summary: 'If the recorder is linked to your EZVIZ account, a code arrives by e-mail or phone.',
      requirements: ['app-binding'],
      dataLoss: 'none',
      sources: [COMMUNITY],
      steps: [
        step('Request the code', 'Choose the password reset for the linked recorder; the code goes to your account’s e-mail or phone.'),
        step('Enter it and set a new password', 'Enter the code and set a new password.'),
      ],
    },
    {
      slug: 'serial-label-photo',
      title: 'Send the serial label to EZVIZ service',
      kind: 'support-code',
      summary: 'Not linked to your account: e-mail a photo of the serial number label to EZVIZ service.',
      requirements: ['serial-number', 'physical-access'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      sources: [COMMUNITY],
      steps: [
        step('Photograph the label', 'Take a clear photo of the label with the serial number.'),
        step('E-mail EZVIZ service', 'Send the photo to EZVIZ service with your request and follow their reply.'),
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary: 'If security questions were set up, answer them to set a new password.',
      requirements: ['security-questions-set', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [COMMUNITY],
      steps: [step('Answer the questions', 'Choose “Forgot password”, answer the security questions and set a new password.')],
    },
    {
      slug: 'guid-file',
      title: 'Import the GUID file',
      kind: 'key-file',
      summary: 'If you exported a GUID file before, import it to set a new password.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [COMMUNITY],
      steps: [step('Import the file', 'Choose “Forgot password”, import the GUID file from a USB stick and set a new password.')],
    },
  ],
})
