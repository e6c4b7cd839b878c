import { defineBrand, note, step, tip, warning } from '../factories'

const MANUAL = { title: 'Hikvision network video recorder user manual, p. 209 (ManualsLib 2422895)', url: 'https://www.manualslib.com/manual/2422895/' }
const MANUAL_E2 = { title: 'Hikvision DS-7616NI-E2 user manual, p. 37 (ManualShelf)', url: 'https://www.manualshelf.com/' }
const SYNC = step('Sync the password to your cameras', 'If the recorder offers to update the connected cameras with the new password, accept, so the cameras stay connected.')

export const hikvision = defineBrand({
  name: 'Hikvision',
  slug: 'hikvision',
  accentColor: '#c8102e',
  summary:
    'Hikvision recorders offer several ways back in, depending on the model and on what was set up beforehand: a GUID key file, security questions, a reserved e-mail with a QR code, Hik-Connect, or a code from support. Seven wrong passwords lock the login for 60 seconds.',
  aliases: ['HiLook', 'LTS', 'EZVIZ'],
  modelPatterns: [
    {
      pattern: 'DS-76*',
      example: 'DS-7616NI-E2',
      label: 'network video recorders (DS-76… series)',
      source: { title: 'Hikvision DS-7616NI-E2 user manual, p. 37 (ManualShelf)', url: 'https://www.manualshelf.com/manual/hikvision/ds-7616ni-e2-16p-4tb/user-manual-english/page-37.html' },
    },
    ...['DS-77*', 'DS-78*', 'DS-79*', 'DS-96*'].map((pattern) => ({
      pattern,
      label: `network video recorders (${pattern.replace('*', '…')} series)`,
      source: {
        title: 'Hikvision network video recorder user manual (DS-9600NXI-I8/S series), p. 6, “Applicable Model” (ManualsLib 2963836)',
        url: 'https://www.manualslib.com/manual/2963836/Hikvision-Ds-9600nxi-I8-S-Series.html?page=6',
      },
    })),
    ...['DS-73*', 'DS-90*'].map((pattern) => ({
      pattern,
      label: `digital video recorders (${pattern.replace('*', '…')} series)`,
      source: {
        title: 'Hikvision DVR user manual for DS-73xxHUI-K4, DS-73xxHQI-K4 and DS-90xxHUI-K8, p. 28 (ManualsHive 2132393)',
        url: 'https://manualshive.com/ru/manual/hikvision/ds-7304hui-k4/2132393?page=28',
      },
    })),
  ],
  support: {
    website: 'https://www.hikvision.com',
    policy: 'In some regions Hikvision supports only installers and distributors and may refer you to your installer.',
    responseTime: 'Varies by region',
  },
  tools: [
    { name: 'SADP', purpose: 'Finds Hikvision devices on your network and offers “Forgot password”, which exports the details support needs.', platforms: ['windows'] },
    { name: 'Hik-Connect', purpose: 'Phone app that scans the recorder’s QR code for the reserved e-mail reset.', platforms: ['ios', 'android'] },
    { name: 'Guarding Vision', purpose: 'Phone app that can scan the recorder’s QR code instead of Hik-Connect.', platforms: ['ios', 'android'] },
  ],
  methods: [
    {
      slug: 'guid-key-file',
      title: 'Import the GUID key file',
      kind: 'key-file',
      summary: 'If you exported a GUID key file to a USB stick before, import it on the recorder to set a new password. Nothing is lost.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      validity: 'The file stops working after any password change',
      lockout: '7 wrong imports lock key-file resets for 30 minutes',
      appliesTo: { models: 'Varies by model' },
      sources: [MANUAL, MANUAL_E2],
      steps: [
        step('Plug in the USB stick', 'Insert the USB stick with the exported GUID file into the recorder.'),
        step('Choose “Forgot password”', 'On the login screen, choose “Forgot password” and pick the GUID file option.'),
        step('Import the file', 'Select the GUID file on the USB stick and import it.', [
          warning('Seven failed imports block this method for 30 minutes.'),
        ]),
        step('Set a new password', 'Enter the new password twice and save it.', [
          tip('The old GUID file is no longer valid after the change: export a new one and keep it safe.'),
        ]),
        SYNC,
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the three security questions',
      kind: 'security-questions',
      summary: 'If security questions were set up, answer all three on the recorder to choose a new password.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Varies by model' },
      sources: [MANUAL, MANUAL_E2],
      steps: [
        step('Choose “Forgot password”', 'On the recorder’s login screen, choose “Forgot password” and pick security question verification.'),
        step('Answer the questions', 'Answer the three security questions as they were set up.'),
        step('Set a new password', 'Enter the new password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'reserved-email-qr',
      title: 'Reserved e-mail: scan the QR code',
      kind: 'reserved-email',
      summary: 'If a reserved e-mail was set, scan the QR code on the recorder with the Hik-Connect or Guarding Vision app, or send the exported QR code to Hikvision; a verification code comes back by e-mail.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      validity: 'Code valid 48 hours; void after a reboot or an e-mail change',
      appliesTo: { models: 'Varies by model' },
      sources: [
        MANUAL,
        MANUAL_E2,
        { title: 'Hikvision NVR password reset with the reserved e-mail (My Tech Reference, May 2022)', url: 'https://mytechreferenceph.blogspot.com/2022/05/' },
      ],
      steps: [
        step('Choose “Forgot password”', 'On the recorder’s login screen, choose “Forgot password” and pick the reserved e-mail option. A QR code appears.'),
        step('Scan the QR code', [
          'Scan it with the Hik-Connect or Guarding Vision app. Alternatively, export the QR code and mail it to Hikvision’s recovery address as the recorder instructs.',
        ]),
        step('Enter the verification code', 'A verification code arrives at the reserved e-mail address. Type it on the recorder.', [
          warning('The code is valid for 48 hours and stops working if the recorder reboots or the e-mail address changes.'),
        ]),
        step('Set a new password', 'Enter the new password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'hik-connect-verification',
      title: 'Verify through Hik-Connect',
      kind: 'app-qr',
      summary: 'If the recorder is linked to your Hik-Connect account, verification through the app lets you reset it, but it restores all parameters to their defaults.',
      requirements: ['app-binding', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'settings',
      appliesTo: { models: 'Varies by model' },
      sources: [MANUAL],
      steps: [
        step('Choose “Forgot password”', 'On the recorder’s login screen, choose “Forgot password” and pick Hik-Connect verification.', [
          warning('This restores all parameters to their defaults: you will have to set the recorder up again.'),
        ]),
        step('Verify in the app', 'Follow the prompts in the Hik-Connect app on the account the recorder is linked to.'),
        step('Set a new password', 'Enter the new password twice and save it, then configure the recorder again.'),
        SYNC,
      ],
    },
    {
      slug: 'sadp-support-code',
      title: 'Security code from support (SADP)',
      kind: 'support-code',
      summary: 'With the SADP tool, send support the recorder’s start time and serial number, or an exported XML file; they return a security code or an encrypt file tied to the recorder’s date.',
      requirements: ['same-network', 'vendor-tool', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      validity: 'Codes are tied to the recorder’s date; an encrypt file expires after 24 hours',
      sources: [
        { title: 'Hikvision password reset guide for SADP (2015)' },
        { title: 'Hikvision USA: password reset requests (serial number and system date and time)' },
      ],
      steps: [
        step('Open SADP', 'On a computer on the same network, open SADP and select the recorder.'),
        step('Choose “Forgot password”', [
          'Note the recorder’s start time and full serial number, or export the XML file SADP offers.',
        ]),
        step('Send it to support', 'Send the serial number with the system date and time, or the XML file, to Hikvision support or your installer.', [
          note('Codes are date-specific: send the date and time the recorder shows, not today’s date where you are.'),
        ]),
        step('Enter the code or import the file', 'Enter the security code in SADP, or import the encrypt file they return, and set a new password.', [
          warning('An encrypt file expires after 24 hours.'),
        ]),
        SYNC,
      ],
    },
  ],
})
