import { defineBrand, note, step, tip } from '../factories'

const CHECKED = '2026-12-02'

const COMMUNITY = {
  title: 'EZVIZ community article 360034825354: “How to change the DVR/NVR password”',
  url: 'https://community.ezvizlife.com/hc/en-us/articles/360034825354-How-to-change-the-DVR-NVR-Password-',
  shows: [
    'other' as const,
    'support-code' as const,
    'security-questions' as const,
    'key-file' as const,
  ],
}
const US_SERVICE = {
  title:
    'EZVIZ North America service: “Password Reset Instructions” and “Password Reset via Long Serial Number”',
  url: 'https://usservice.ezvizlife.com/questions/?type=72',
  shows: ['support-code' as const],
}

export const ezviz = defineBrand({
  name: 'EZVIZ',
  slug: 'ezviz',
  accentColor: '#e1251b',
  summary:
    'An EZVIZ recorder that is online and added to your EZVIZ account sends a code to your account’s e-mail or phone. Otherwise, depending on the model, the recorder offers security questions and a GUID file, or shows a long serial number that EZVIZ service turns into a secure code.',
  support: {
    website: 'https://usservice.ezvizlife.com/questions/?type=72',
    email: 'service@ezvizlife.com',
    hours: 'North America: Mon–Fri 6 AM–5 PM Pacific',
    policy:
      'EZVIZ North America handles password resets by e-mail only (not by phone, since August 2018), and only while you are with the recorder.',
    responseTime:
      'Up to 3 hours in business hours; requests sent outside them are answered the next business day',
  },
  methods: [
    {
      slug: 'account-code',
      title: 'Code to your EZVIZ account',
      kind: 'other',
      summary:
        'If the recorder is online and added to your EZVIZ account, “Forgot Password” sends a verification code to the e-mail or phone number of that account. Nothing is lost.',
      requirements: ['app-binding', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [COMMUNITY],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the login box on the recorder',
          'On the TV or monitor connected to the recorder, bring up the login box and click “Forgot Password”.',
          [
            note(
              'This works only while the recorder is connected to the internet and added to your EZVIZ account. If it is not, the recorder shows a different message: see the other methods.',
            ),
          ],
        ),
        step(
          'Enter the code',
          'A verification code arrives at the e-mail address or phone number registered to your EZVIZ account. Type it on the recorder.',
        ),
        step('Set a new password', 'Create the new password when asked.'),
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary:
        'On models that offer them, answer the security questions set up earlier to choose a new password. Nothing is lost.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Varies by model' },
      sources: [COMMUNITY],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login box, click “Forgot Password”. If the recorder is not linked to your account, models of this kind offer security questions or a GUID file.',
        ),
        step(
          'Answer the questions',
          'Pick the security questions option and answer them as they were set up, then set a new password.',
        ),
      ],
    },
    {
      slug: 'guid-file',
      title: 'Import the GUID file',
      kind: 'key-file',
      summary:
        'On models that offer it, import the GUID file you exported to a USB stick earlier, following the instructions on screen. Nothing is lost.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Varies by model' },
      sources: [COMMUNITY],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login box, click “Forgot Password” and pick the GUID option.',
        ),
        step(
          'Import the file',
          'Insert the USB stick with the GUID file, follow the instructions on screen to import it, and set a new password.',
        ),
      ],
    },
    {
      slug: 'serial-label-photo',
      title: 'Send a photo of the reset screen to EZVIZ service',
      kind: 'support-code',
      summary:
        'On models that show a long serial number with an empty secure code box, photograph that screen and e-mail it to service@ezvizlife.com; EZVIZ replies with secure codes to reset the password. Nothing is lost.',
      requirements: ['physical-access', 'monitor-and-mouse', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'North America: up to 3 hours in business hours',
      appliesTo: { models: 'Varies by model' },
      sources: [COMMUNITY, US_SERVICE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the reset screen',
          'On the recorder’s login box, click “Forgot Password”. If the recorder says to contact EZVIZ for a secure code, click OK: a screen with a long serial number and an empty secure code box appears.',
        ),
        step(
          'Photograph the screen',
          'Take a clear photo of that screen on the monitor, with the whole serial number readable.',
          [
            tip(
              'Photograph the serial number shown on the reset screen, not the label on the case: that is the one EZVIZ asks for.',
            ),
          ],
        ),
        step(
          'E-mail EZVIZ service',
          'Send the photo to service@ezvizlife.com with your full name, your e-mail address, where you bought the recorder and when.',
          [
            note(
              'EZVIZ resets a password only while you are with the recorder, so send the request from where it is.',
            ),
          ],
        ),
        step(
          'Enter the secure code',
          'EZVIZ replies with a set of secure codes. Enter the code as their reply explains and set a new password.',
        ),
      ],
    },
  ],
})
