import { defineBrand, note, step, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const RECOVERY_PAGE: SeedSource = {
  title: 'Provision-ISR: Password Recovery Procedure',
  url: 'https://provision-isr.com/password-recovery/',
  shows: ['security-questions', 'support-code'],
}

const OPEN_RESTORE = step(
  'Open the recovery wizard',
  'In the login panel, click the “Restore password” button.',
)

export const provisionIsr = defineBrand({
  name: 'Provision-ISR',
  slug: 'provision-isr',
  accentColor: '#1d4f91',
  summary:
    'Provision-ISR recorders have a “Restore password” wizard on the login panel. The quickest way is to answer the security question set at first startup; without it, the wizard’s dynamic password tab shows the details your local distributor needs to send you a one-time dynamic password. Neither way resets the recorder.',
  support: {
    website: 'https://provision-isr.com/password-recovery/',
    policy:
      'Dynamic passwords come from your local Provision-ISR distributor, not from the recorder: give them the device model, MAC address and current time shown on the dynamic password tab, and keep that screen open until they answer.',
  },
  methods: [
    {
      slug: 'security-question',
      title: 'Answer the security question',
      kind: 'security-questions',
      summary:
        'If you set a security question at first startup, answer it in the “Restore password” wizard and choose a new password. Provision-ISR calls this the simplest way.',
      requirements: ['security-questions-set'],
      dataLoss: 'none',
      sources: [RECOVERY_PAGE],
      checkedAt: CHECKED,
      steps: [
        OPEN_RESTORE,
        step(
          'Answer the question',
          'Type the answer to the security question you set at first startup.',
          [
            note(
              'If you no longer know the answer, or no question was set, use the dynamic password below.',
            ),
          ],
        ),
        step('Set a new password', 'Choose a new password, confirm it and save it.'),
      ],
    },
    {
      slug: 'dynamic-password',
      title: 'Dynamic password from your distributor',
      kind: 'support-code',
      summary:
        'On the wizard’s dynamic password tab, note the device model, MAC address and current time, and send them to your local Provision-ISR distributor. Enter the dynamic password they send, then set a new password. The password is tied to the time on that screen, so leave it open until you have it.',
      requirements: [],
      dataLoss: 'none',
      estimatedTime: 'Depends on your distributor',
      sources: [RECOVERY_PAGE],
      checkedAt: CHECKED,
      steps: [
        OPEN_RESTORE,
        step(
          'Open the dynamic password tab',
          'Click the dynamic password tab and take a photo or screenshot of what it shows: the device model, the MAC address and the current time.',
          [
            warning(
              'Do not close this screen. The dynamic password is worked out from the time it shows; closing and reopening it gives a new time, and the password you receive will no longer work.',
            ),
          ],
        ),
        step(
          'Contact your local distributor',
          'Send the model, MAC address and time to your local Provision-ISR distributor and ask for a dynamic password. Provision-ISR lists its distributors on its website.',
        ),
        step(
          'Enter the dynamic password',
          'Type the dynamic password into the “dynamic password” field and click OK.',
        ),
        step(
          'Set a new password',
          'On the last screen, choose a new password and save it. Then set a security question, so that next time you can use the first method.',
        ),
      ],
    },
  ],
})
