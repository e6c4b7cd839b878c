import { defineBrand, note, step } from '../factories'

const ARTICLE_A = { title: 'Swann support article 4638414270617: recovering a recorder password', url: 'https://support.swann.com' }
const ARTICLE_B = { title: 'Swann support article 47917177369113: password reset by e-mail', url: 'https://support.swann.com' }

export const swann = defineBrand({
  name: 'Swann',
  slug: 'swann',
  accentColor: '#004b87',
  summary: 'Swann recorders use the recorder’s MAC address as the recovery code; a reset e-mail can carry it if an e-mail was configured.',
  support: { website: 'https://support.swann.com' },
  tools: [
    { name: 'SwannView Link', purpose: 'Computer software that shows the recorder’s MAC address on the same network.' },
    { name: 'HomeSafe View', purpose: 'App that shows the recorder’s MAC address.' },
    { name: 'Swann Security', purpose: 'PC software that shows the recorder’s MAC address.' },
  ],
  methods: [
    {
      slug: 'mac-address-code',
      title: 'Recovery code from the MAC address',
      kind: 'mac-code',
      summary: 'The recovery code is the recorder’s 12-character MAC address, read with Swann’s software on the same network.',
      requirements: ['same-network', 'vendor-tool', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [ARTICLE_A],
      steps: [
        step('Read the MAC address', 'On a computer or phone on the same network, open SwannView Link, HomeSafe View or Swann Security and note the recorder’s MAC address.'),
        step('Enter it as the recovery code', 'On the recorder’s “Forgot password” screen, enter the MAC address as the code, colons included.', [
          note('The MAC address has 12 characters, entered in pairs separated by colons.'),
        ]),
        step('Set a new password', 'Enter the new password twice and save it.'),
      ],
    },
    {
      slug: 'reset-email',
      title: 'Reset e-mail',
      kind: 'reserved-email',
      summary: 'If an e-mail was configured on the recorder, request a reset e-mail: it contains the MAC address to use as the code.',
      requirements: ['reserved-email-set'],
      dataLoss: 'none',
      sources: [ARTICLE_B],
      steps: [
        step('Request the e-mail', 'On the recorder’s “Forgot password” screen, choose to send the reset e-mail.'),
        step('Enter the code', 'Enter the MAC address from the e-mail as the code, then set a new password.'),
      ],
    },
  ],
})
