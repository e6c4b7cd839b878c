import { defineBrand, note, step } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const TERMINATOR_MANUAL: SeedSource = {
  title:
    'Qvis Terminator G620 NVR manual, “User (continued)”, note on a forgotten password, p. 53 (EasyManuals)',
  url: 'https://www.easymanua.ls/qvis/terminator-g620/manual?p=53',
  page: '53',
  shows: ['support-code'],
}

export const qvis = defineBrand({
  name: 'Qvis',
  slug: 'qvis',
  accentColor: '#14527a',
  summary:
    'On Qvis NVRs such as the Terminator G620, “Forgot Password” on the login window shows two SYS ID codes and a TID code. Qvis technical support uses them to give you a new password; nothing on the recorder needs resetting.',
  support: {
    policy:
      'Qvis technical support issues the new password from the SYS ID and TID codes the recorder shows; the manual’s “Remote Technical Assistance” page (p. 61) gives the contact details.',
  },
  methods: [
    {
      slug: 'sys-id-codes',
      title: 'New password from Qvis support (SYS ID and TID codes)',
      kind: 'support-code',
      summary:
        'Click “Forgot Password” on the login window, note the two SYS ID codes and the TID code it shows, and give them to Qvis technical support, who provide a new password.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      appliesTo: {
        models:
          'Terminator G620 and other Qvis NVRs with “Forgot Password” on the login window; varies by model: check your recorder’s manual',
      },
      sources: [TERMINATOR_MANUAL],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open “Forgot Password”',
          'With a monitor and mouse on the recorder, click “Forgot Password” on the login window.',
        ),
        step(
          'Note the codes',
          'Write down or photograph the two SYS ID codes and the TID code the recorder shows.',
        ),
        step(
          'Contact Qvis technical support',
          'Give support the codes. The manual’s “Remote Technical Assistance” page (p. 61) lists how to reach them.',
        ),
        step(
          'Log in and change the password',
          'Log in with the password support gives you, then set one of your own under the User settings.',
          [
            note(
              'Choose a password that meets the recorder’s rules; if it does not, the recorder lists them.',
            ),
          ],
        ),
      ],
    },
  ],
})
