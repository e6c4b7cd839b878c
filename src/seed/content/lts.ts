import { defineBrand, note, step, tip, warning } from '../factories'

const CHECKED = '2026-12-02'

const PT_CLOUD = {
  title:
    'LTS support article 41298316903447: “Password Reset: PT Cloud Method for Recorders on v5 GUI”',
  url: 'https://ltsecurityinc.zendesk.com/hc/en-us/articles/41298316903447--Password-Reset-PT-Cloud-Method-for-Recorders-on-v5-GUI',
  shows: ['app-qr' as const],
}
const NVR_MANUAL = {
  title: 'LTS LTN8616D-P16 network video recorder user manual, p. 174 (ManualsHive 1945259)',
  url: 'https://manualshive.com/ru/manual/lts-security/ltn8616d-p16/1945259?page=174',
  page: '174',
  shows: ['key-file' as const, 'security-questions' as const],
}
const DVR_GUIDE = {
  title: 'LTS LTD8304K-ET digital video recorder quick start guide, p. 23 (ManualsHive 1945193)',
  url: 'https://manualshive.com/en/manual/lts/ltd8304k-et/1945193?page=23',
  page: '23',
  shows: ['key-file' as const],
}
const UI4_ARTICLE = {
  title: 'LTS knowledge-base text “UI 4.0 – Reset Login Password”, as republished on kbcctv.com',
  url: 'https://kbcctv.com/public/kb/ui-40-reset-login-password',
  publisher: 'third-party' as const,
  shows: ['security-questions' as const, 'key-file' as const, 'reserved-email' as const],
}
const SAPPHIRE_ARTICLE = {
  title:
    'LTS knowledge-base text “(Sapphire) – NVR PW Reset – Only support Local Reset”, as republished on kbcctv.com',
  url: 'https://www.kbcctv.com/public/kb/sapphire-nvr-pw-reset-only-support-local-reset',
  publisher: 'third-party' as const,
  shows: ['reserved-email' as const],
}

const SYNC = step(
  'Copy the password to the cameras',
  'When the recorder asks whether to copy the new password to the cameras (the channel default password), accept, so the cameras stay connected.',
)

export const lts = defineBrand({
  name: 'LTS',
  slug: 'lts',
  accentColor: '#00558c',
  summary:
    'LTS recorders on the v5 menus reset through PT Cloud: the LTS Connect app, signed in to the PT Cloud account the recorder is bound to, reads a QR code and shows a verification code. Other LTS recorders offer a GUID key file or security questions, and Sapphire recorders a recovery e-mail code through the LTS Protect app. With none of these, LTS points to a reset from a computer: ask LTS support or the dealer who sold the recorder.',
  modelPatterns: [
    {
      pattern: 'LTN*',
      example: 'LTN8616D-P16',
      label: 'network video recorders (LTN… series)',
      source: {
        title: 'LTS LTN8616D-P16 network video recorder user manual, p. 174 (ManualsHive 1945259)',
        url: 'https://manualshive.com/ru/manual/lts-security/ltn8616d-p16/1945259?page=174',
      },
    },
    {
      pattern: 'LTD*',
      example: 'LTD8304K-ET',
      label: 'digital video recorders (LTD… series)',
      source: {
        title:
          'LTS LTD8304K-ET digital video recorder quick start guide, p. 23 (ManualsHive 1945193)',
        url: 'https://manualshive.com/en/manual/lts/ltd8304k-et/1945193?page=23',
      },
    },
  ],
  support: {
    website:
      'https://ltsecurityinc.zendesk.com/hc/en-us/articles/360027266894--Link-Topic-Password-Reset-Password-Rules',
    policy:
      'LTS publishes its reset procedures in its own support centre; for a recorder none of them fits, ask LTS support or the dealer who installed it.',
    responseTime: 'Varies',
  },
  tools: [
    {
      name: 'LTS Connect',
      purpose:
        'Phone app signed in to the PT Cloud account; scans the recorder’s QR code for the PT Cloud reset.',
      platforms: ['ios', 'android'],
    },
    {
      name: 'LTS Protect',
      purpose:
        'Phone app for Sapphire recorders; scans the reset QR code so that a code goes to the recovery e-mail.',
      platforms: ['ios', 'android'],
    },
  ],
  methods: [
    {
      slug: 'pt-cloud-lts-connect',
      title: 'PT Cloud: scan the QR code in LTS Connect',
      kind: 'app-qr',
      summary:
        'If the recorder is bound to a PT Cloud account, choose PT Cloud in the recorder’s password reset menu and scan the right-hand QR code with LTS Connect signed in to that account; the app shows a verification code for the recorder.',
      requirements: ['app-binding', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'LTS recorders on the v5 menus (GUI)' },
      sources: [PT_CLOUD],
      checkedAt: CHECKED,
      steps: [
        step(
          'Check the account',
          'Sign in to LTS Connect on your phone with the PT Cloud account the recorder is bound to. Another account will not work.',
        ),
        step(
          'Choose PT Cloud on the recorder',
          'On the recorder, open the password reset menu, select the PT Cloud option and click Next; on the following page select PT Cloud again and click Next.',
        ),
        step(
          'Scan the right-hand QR code',
          'Two QR codes appear. Scan the one on the right with LTS Connect.',
          [tip('The left-hand code is not the one for this reset.')],
        ),
        step(
          'Enter the verification code',
          'LTS Connect shows a verification code. Type it into the verification code field on the recorder and click Next.',
        ),
        step('Set a new password', 'Create the new password and click Next.'),
        SYNC,
      ],
    },
    {
      slug: 'guid-key-file',
      title: 'Import the GUID key file',
      kind: 'key-file',
      summary:
        'If you exported a GUID file to a USB stick after setting up the recorder, import it from the login screen’s “Forgot Password” to set a new password. Nothing is lost.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      validity: 'The file stops working once the password has been reset',
      appliesTo: { models: 'Varies by model' },
      sources: [NVR_MANUAL, DVR_GUIDE, UI4_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step('Plug in the USB stick', 'Insert the USB stick with the GUID file into the recorder.'),
        step(
          'Choose “Forgot Password”',
          'On the login screen, click “Forgot Password” and pick the GUID option.',
          [note('If the recorder shows an unlock pattern, switch to the user login first.')],
        ),
        step(
          'Import the file and set a new password',
          'Select the GUID file, import it, then enter the new password twice and click OK.',
          [
            tip(
              'The old GUID file stops working once the password has been reset: export a new one for next time.',
            ),
          ],
        ),
        SYNC,
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the three security questions',
      kind: 'security-questions',
      summary:
        'If security questions were set when the recorder was activated or since, answer all three from “Forgot Password” to set a new admin password. Nothing is lost.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Varies by model' },
      sources: [NVR_MANUAL, UI4_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the login screen, click “Forgot Password” and pick “Verify by Security Question”.',
        ),
        step(
          'Answer the questions',
          'Answer the three questions as they were set up and click OK. If an answer does not match, the check fails.',
        ),
        step('Set a new password', 'Create the new admin password on the reset screen.'),
      ],
    },
    {
      slug: 'sapphire-lts-protect-email',
      title: 'Sapphire: recovery e-mail code through LTS Protect',
      kind: 'reserved-email',
      summary:
        'Sapphire recorders reset only at the recorder: scan the QR code it shows with the LTS Protect app, and a security code goes to the recovery e-mail address set up earlier. Nothing is lost.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Sapphire line DVRs and NVRs' },
      sources: [SAPPHIRE_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect both to the internet',
          'Make sure the recorder and your phone are both online, and connect a monitor and mouse to the recorder.',
          [
            warning(
              'This works only if a recovery e-mail address was set on the recorder beforehand, and only at the recorder itself, not remotely.',
            ),
          ],
        ),
        step(
          'Open the reset QR code',
          'Click Main Menu. If it asks for a pattern, switch to the user login instead, then open the password reset from the login box: a QR code appears.',
        ),
        step(
          'Scan it in LTS Protect',
          'In LTS Protect, go to Home → Setting → Password Security → Reset Device Password and scan the QR code.',
        ),
        step(
          'Enter the security code',
          'Enter the security code from the recovery e-mail on the recorder, set the new password and click OK.',
        ),
      ],
    },
  ],
})
