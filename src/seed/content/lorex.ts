import { defineBrand, note, step, tip, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'
const HELP = 'https://help.lorextechnology.com/link/portal/57356/57366/Article'

const ARTICLE_3924: SeedSource = {
  title: 'Lorex help article 3924: N831 Series 4K 8-Channel Wired NVR, Password Recovery',
  url: `${HELP}/3924/n831-series-4k-8-channel-wired-network-video-recorder-password-recovery`,
  shows: ['security-questions', 'other'],
}
const ARTICLE_3679: SeedSource = {
  title:
    'Lorex help article 3679: How to Change or Reset Your Recorder’s Password (Compatible with Lorex Home App)',
  url: `${HELP}/3679/reset-your-recorders-password-compatible-lorex-home-app`,
  shows: ['temporary-password'],
}
const ARTICLE_3774: SeedSource = {
  title:
    'Lorex help article 3774: How to Reset Your Password (“How to Reset Your NVR or DVR’s Password”)',
  url: `${HELP}/3774/how-reset-your-password`,
  shows: ['temporary-password'],
}
export const ARTICLE_3840: SeedSource = {
  title:
    'Lorex help article 3840: How to Change or Reset Your Recorder’s Password (Compatible with Lorex Pro App)',
  url: `${HELP}/3840/how-change-or-reset-your-recorders-password-compatible-lorex-pro-app`,
  shows: ['temporary-password'],
}
const ARTICLE_3520: SeedSource = {
  title:
    'Lorex help article 3520: How to Change or Reset Your Recorder’s Password (Compatible with Lorex Cloud App)',
  url: `${HELP}/3520/reset-your-recorders-password-compatible-lorex-cloud-app`,
  shows: ['temporary-password'],
}
const NR800_MANUAL: SeedSource = {
  title:
    'Lorex NR800 series instruction manual, 15 “Managing Passwords and User Accounts” (ManualsLib 1067376)',
  url: 'https://www.manualslib.com/manual/1067376/Lorex-Nr800-Series.html?page=52',
  page: '52',
  shows: ['temporary-password'],
}

const VALID_TODAY = 'Valid until the end of the day'

const CHANGE_AT_RECORDER = step('Log in and set a new password', [
  'At the recorder, with a monitor and mouse, right-click and open the Main Menu. Log in as admin with the temporary password.',
  'Open the account settings (ACCOUNT → User on many models, Settings → System → Account → User on others), edit admin, tick Modify Password, enter the temporary password as the old one, then your new password twice, and click OK.',
])

export const lorex = defineBrand({
  name: 'Lorex',
  slug: 'lorex',
  accentColor: '#00558c',
  summary:
    'How a Lorex recorder is reset depends on the app it works with. The N831 takes its security questions or the Lorex Connect app; the Lorex Home app e-mails its owner a temporary password; recorders on the Lorex, Lorex Cirrus or Lorex Cloud apps get a temporary password requested on the Lorex website. Lorex support can also issue one. A temporary password from the website or from support is valid until the end of the day.',
  support: {
    website: `${HELP}/3774/how-reset-your-password`,
    phone: '1-888-425-6739',
    policy:
      'For recorders on the Lorex, Lorex Cirrus or Lorex Cloud apps, temporary passwords are requested from your Lorex account on the website, for a product registered for warranty. By phone, support asks for the recorder’s Device ID and photos of its Device Info screen and of the label with the serial and model numbers.',
  },
  tools: [
    {
      name: 'Lorex Connect',
      purpose:
        'App through which the N831 NVR’s password can be reset (Recorder Settings → Help → Reset Device Password).',
      platforms: ['ios', 'android'],
    },
    {
      name: 'Lorex Home',
      purpose:
        'App whose “Forgot device password” e-mails a temporary password to the recorder’s owner.',
      platforms: ['ios', 'android'],
    },
  ],
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions (N831)',
      kind: 'security-questions',
      summary:
        'On the N831, answer the security questions set in the Lorex Setup Wizard, at the recorder itself, to set a new password.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'N831 series; other models vary: check with Lorex' },
      sources: [ARTICLE_3924],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'Click the recorder’s screen to open the unlock prompt, then click Forgot Password at its bottom.',
        ),
        step(
          'Answer a question',
          'Answer the first security question you set up. If that answer is wrong, the recorder asks the next question.',
        ),
        step(
          'Set a new password',
          'Enter the new password twice and click OK. It applies to the recorder and all its connected cameras.',
          [
            note(
              'If every answer fails, use the Lorex Connect app method below when the recorder is linked to the app; otherwise contact Lorex support.',
            ),
          ],
        ),
      ],
    },
    {
      slug: 'lorex-connect-app',
      title: 'Reset through the Lorex Connect app (N831)',
      kind: 'other',
      summary:
        'When the N831 is linked to your Lorex Connect account, the recorder’s Forgot Password screen can verify you through the app instead of the questions.',
      requirements: ['app-binding', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'N831 series' },
      sources: [ARTICLE_3924],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose app verification on the recorder',
          'Click the recorder’s screen, click Forgot Password, and change the reset option to Account Verification Using Lorex Connect App.',
        ),
        step(
          'Confirm in the app',
          'In Lorex Connect, tap the ••• icon next to the recorder, then Recorder Settings → Help → Reset Device Password. Enter your Lorex Connect account password and tap Okay.',
        ),
        step(
          'Set a new password on the recorder',
          'Back at the recorder, enter the new password twice and confirm.',
        ),
      ],
    },
    {
      slug: 'lorex-home-temporary-password',
      title: 'Temporary password from the Lorex Home app',
      kind: 'temporary-password',
      summary:
        'For recorders on the Lorex Home app, “Forgot device password” e-mails a temporary password to the account’s address. Only the device owner can do it, not shared users.',
      requirements: ['app-binding'],
      dataLoss: 'none',
      appliesTo: { models: 'Recorders supported by the Lorex Home app' },
      sources: [ARTICLE_3679],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the recorder’s password page',
          'In the Lorex Home app, tap the recorder’s ••• icon, then tap it again on the next screen. Tap the recorder’s name, then Device Password.',
        ),
        step(
          'Choose “Forgot device password”',
          'Tap Forgot device password, enter the e-mail address of your account and tap Send Reset Instructions.',
          [note('Shared users cannot do this: only the device owner can.')],
        ),
        step(
          'Set a new password',
          'Take the temporary password from the e-mail, type it into the Old Password field, then enter your new password and save.',
        ),
      ],
    },
    {
      slug: 'website-temporary-password',
      title: 'Temporary password requested on the Lorex website',
      kind: 'temporary-password',
      summary:
        'For recorders on the Lorex, Lorex Cirrus or Lorex Cloud apps, request a temporary password from your account on the Lorex website. The product must be registered for warranty. The temporary password is valid until the end of the day.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      validity: VALID_TODAY,
      appliesTo: { models: 'Recorders used with the Lorex, Lorex Cirrus or Lorex Cloud app' },
      sources: [ARTICLE_3774, ARTICLE_3840],
      checkedAt: CHECKED,
      steps: [
        step(
          'Register the recorder',
          'If you have not yet, register the recorder for warranty in your Lorex account: the request is only possible for a registered product.',
        ),
        step(
          'Request the temporary password',
          'On the Lorex website, open My Account, log in and go to the warranty section with your registered products. Follow the steps of Lorex’s article to request the temporary password for the recorder.',
          [
            tip(
              'The Lorex Pro app can change a password you know, but it cannot reset a forgotten one.',
            ),
          ],
        ),
        {
          ...CHANGE_AT_RECORDER,
          callouts: [
            warning(
              'The temporary password is valid until the end of the day: use it the same day.',
            ),
          ],
        },
      ],
    },
    {
      slug: 'support-temporary-password',
      title: 'Temporary password from Lorex support',
      kind: 'temporary-password',
      summary:
        'If nothing above works, Lorex technical support can issue a temporary password after checking the recorder’s Device ID and photos of its label. The temporary password is valid until the end of the day.',
      requirements: ['physical-access', 'monitor-and-mouse', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      validity: VALID_TODAY,
      appliesTo: { models: 'Lorex recorders; what support asks for varies by model' },
      sources: [ARTICLE_3520, ARTICLE_3924, ARTICLE_3840, NR800_MANUAL],
      checkedAt: CHECKED,
      steps: [
        step(
          'Find the Device ID',
          'The Device ID is on the recorder’s side panel next to its QR code; it also shows on the recorder (right-click, then Info) and in the app’s Device Info.',
        ),
        step(
          'Take the photos support asks for',
          'Photograph the recorder’s Device Info screen and the label with its serial and model numbers. Support asks for them to check the recorder is yours.',
        ),
        step(
          'Contact Lorex support',
          'Call 1-888-425-6739 and ask for a temporary password for the recorder.',
        ),
        {
          ...CHANGE_AT_RECORDER,
          callouts: [
            warning(
              'The temporary password is valid until the end of the day: use it the same day.',
            ),
          ],
        },
      ],
    },
  ],
})
