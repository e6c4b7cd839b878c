import { defineBrand, note, step, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const A1_PLUS: SeedSource = {
  title:
    'Digital Watchdog KB 298: How To Recover the Administrator Password for the VMAX A1 Plus Series (last edit 30 July 2024)',
  url: 'https://support.digital-watchdog.com/kb/article/298-password-recovery-vmax-a1-plus',
  shows: ['support-code'],
}
const IP_PLUS: SeedSource = {
  title: 'Digital Watchdog KB 299: Password Recovery – VMAX IP Plus (last edit 28 January 2021)',
  url: 'https://digitalwatchdog.happyfox.com/kb/article/299-password-recovery-vmax-ip-plus/',
  shows: ['support-code'],
}
const EDIT_ADMIN: SeedSource = {
  title:
    'Digital Watchdog KB 428: Editing The Administrator Password For VMAX Standalones (default login; last edit 14 May 2020)',
  url: 'https://digitalwatchdog.happyfox.com/kb/article/428-editing-the-administrator-password-for-vmax-standalones/',
}

export const digitalWatchdog = defineBrand({
  name: 'Digital Watchdog',
  slug: 'digital-watchdog',
  accentColor: '#00558c',
  summary:
    'For VMAX recorders, Digital Watchdog’s articles describe no reset screen on the recorder itself: first try the default login (admin with no password), and if that fails, send Digital Watchdog a password reset request form with the model and serial number and proof that the recorder is yours. Their support team e-mails you instructions.',
  support: {
    website: 'https://support.digital-watchdog.com/kb/article/298-password-recovery-vmax-a1-plus',
    policy:
      'Password resets go through the request form on Digital Watchdog’s Password Policy page and are handled in the order received. You need the model and serial number from the sticker on the unit and at least one of: proof of purchase (invoice or receipt), a written request on company letterhead, or a photo of you holding your business ID or driving licence next to your face.',
    responseTime: 'Requests are processed in the order received',
  },
  methods: [
    {
      slug: 'password-reset-form',
      title: 'Password reset request to Digital Watchdog',
      kind: 'support-code',
      summary:
        'If the default login does not work, fill in Digital Watchdog’s password reset request form with the recorder’s model and serial number and proof that it is yours. The support team sends instructions to the e-mail address on the form.',
      requirements: ['serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support (requests are handled in the order received)',
      appliesTo: {
        models: 'VMAX series recorders, including the VMAX A1 Plus and VMAX IP Plus series',
      },
      sources: [A1_PLUS, IP_PLUS, EDIT_ADMIN],
      checkedAt: CHECKED,
      steps: [
        step(
          'Try the default login first',
          'Log in with the user ID admin and an empty password. Many VMAX recorders leave the factory with no administrator password, and Digital Watchdog asks you to try this before sending a request.',
        ),
        step(
          'Note the model and serial number',
          'Copy the model number and serial number from the sticker on the top of the unit.',
        ),
        step(
          'Gather proof that it is yours',
          'Have at least one of these ready: the invoice or receipt, a written request on your company’s letterhead, or a photo of yourself holding your business ID or driving licence next to your face.',
        ),
        step(
          'Send the request form',
          'Fill in and submit the request form on Digital Watchdog’s Password Policy page, with an e-mail address you can read.',
          [
            note(
              'Requests are handled in the order they arrive; the instructions come by e-mail to the address on the form.',
            ),
            warning(
              'Digital Watchdog’s articles do not say what the instructions involve. If they include a factory reset, the recorder’s settings are lost: read them through before you start, and ask support if in doubt.',
            ),
          ],
        ),
        step(
          'Set a strong password',
          'Once back in, set a new administrator password in System → User. On VMAX IP Plus firmware 1.4.1.1 and later, new passwords must meet the stricter password policy.',
        ),
      ],
    },
  ],
})
