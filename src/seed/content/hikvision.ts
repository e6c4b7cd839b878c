import { defineBrand, note, step, tip, warning } from '../factories'

const CHECKED = '2026-12-02'

// Hikvision's own manuals and guides, most of them read through manual mirrors or document hosts.
const NVST_MANUAL = {
  title:
    'Hikvision NVST/HNR series network video recorder user manual, p. 209 (ManualsLib 2422895)',
  url: 'https://www.manualslib.com/manual/2422895/Hikvision-Nvst-Hnr-Series.html?page=209',
  page: '209',
  shows: ['key-file' as const, 'security-questions' as const, 'reserved-email' as const],
}
const E2_MANUAL = {
  title: 'Hikvision DS-7616NI-E2 network video recorder user manual, p. 37 (ManualShelf)',
  url: 'https://www.manualshelf.com/manual/hikvision/ds-7616ni-e2-16p-4tb/user-manual-english/page-37.html',
  page: '37',
  shows: ['key-file' as const],
}
const IDS6708_MANUAL = {
  title: 'Hikvision iDS-6708NXI-I/8F(B) network video recorder user manual, p. 162 (ManualShelf)',
  url: 'https://www.manualshelf.com/manual/hikvision/ids-6708nxi-i-8f-b/user-manual-german-english/page-162.html',
  page: '162',
  shows: ['reserved-email' as const, 'app-qr' as const],
}
const I8_MANUAL = {
  title:
    'Hikvision DS-9600NI-I8 series network video recorder user manual, p. 181 (ManualsLib 1789523)',
  url: 'https://www.manualslib.com/manual/1789523/Hikvision-Ds-9600ni-I8-Series.html?page=181',
  page: '181',
  shows: ['security-questions' as const, 'reserved-email' as const],
}
export const K2_MANUAL = {
  title: 'Hikvision DS-7216HQHI-K2 digital video recorder user manual, p. 46 (EasyManuals)',
  url: 'https://easymanua.ls/hikvision/ds-7216hqhi-k2/manual?p=46',
  page: '46',
  shows: ['key-file' as const],
}
const GUID_GUIDE = {
  title:
    'Hikvision, “How to reset password using the GUID file on local GUI or by answering validation questions” (copy on Scribd 633131387)',
  url: 'https://www.scribd.com/document/633131387/How-to-reset-Password-Using-the-GUID-File-on-Local-GUI-or-by-Answering-Vaildation-Questions',
  shows: ['key-file' as const, 'security-questions' as const],
}
const EMAIL_GUIDE = {
  title:
    'Hikvision, “How to reset Hikvision device password via Hik-Connect app” (copy on Documentine)',
  url: 'https://online.documentine.com/email-verification-code/1/how-to-reset-hikvision-device-password-via-hik-connect-app.html',
  shows: ['reserved-email' as const],
}
const EMAIL_FIRMWARE = {
  title:
    'Hikvision, “Simple steps to reset your password” (reserved e-mail, firmware versions; copy on info.5y1.org)',
  url: 'https://info.5y1.org/192-1-or-2-104-104-1-0-0-0-1-1-1-username-and-password-change_1_fa3a99.html',
  shows: ['reserved-email' as const],
}
const HIK_CONNECT_HELP = {
  title: 'Hikvision help (2025): “Reset Password by Hik-Connect”',
  url: 'https://pinfo.hikvision.com/hkwsen/unzip/20250331143901_46192_doc/GUID-295B601F-2695-4519-A03E-CD8DC9B6835E.html',
  shows: ['app-qr' as const],
}
const HIK_CONNECT_GUIDE = {
  title:
    'Hikvision, “How to Reset Password of NVR DVR via Hik-Connect App”, v1.0, 16 Sep 2020, pp. 1–4 (copy on Scribd 530866808)',
  url: 'https://www.scribd.com/document/530866808/01-How-to-Reset-Hikvision-NVR-DVR-Password-via-Hik-Connect-App',
  page: '1–4',
  shows: ['app-qr' as const],
}
export const SADP_2024 = {
  title:
    'Hikvision, “Reset password with xml file / QR code on SADP via computer”, v1.1, 14 May 2024, pp. 2–4 (copy on Scribd 808918637)',
  url: 'https://www.scribd.com/document/808918637/Reset-Password-With-XML-File-QR-Code-via-SADP-on-Computer',
  page: '2–4',
  shows: ['support-code' as const],
}
const SADP_48H = {
  title: 'Hikvision, “How to Reset Password on SADP” (methods 1–3; copy on Scribd 705392950)',
  url: 'https://www.scribd.com/document/705392950/24501605747541138',
  shows: ['support-code' as const],
}
const SADP_2015 = {
  title:
    'Hikvision Technical Support Team, “How to reset password: quick guide”, 2015-12-07 (copy on hozir.org)',
  url: 'http://hozir.org/hikvision-technical-support-team.html',
  shows: ['support-code' as const],
}
const NA_SUPPORT = {
  title: 'Hikvision North America, technical support: password reset procedure and request form',
  url: 'https://ca.hikvision.com/fr/support-resources/tech-support/aide-au-support-technique',
  shows: ['support-code' as const],
}
const USA_SECURE_CODE = {
  title: 'Hikvision USA, “Username and Password Resets: direct unit method” (copy on info.5y1.org)',
  url: 'https://info.5y1.org/username-or-password-wrong_1_022032.html',
  shows: ['support-code' as const],
}
const LOCKOUT_MANUAL = {
  title:
    'Hikvision DS-73xxHUI-K4 / DS-73xxHQI-K4 / DS-90xxHUI-K8 DVR user manual, p. 28 (ManualsHive 2132393)',
  url: 'https://manualshive.com/ru/manual/hikvision/ds-7304hui-k4/2132393?page=28',
  page: '28',
  shows: ['key-file' as const],
}

const SYNC = step(
  'Sync the password to your cameras',
  'If the recorder offers to copy the new password to the connected cameras, accept, so the cameras stay connected.',
)

export const hikvision = defineBrand({
  name: 'Hikvision',
  slug: 'hikvision',
  accentColor: '#c8102e',
  summary:
    'Hikvision recorders offer several ways back in, depending on the model, the firmware and what was set up beforehand: a GUID key file, security questions, a reserved e-mail with a QR code, or a code or file from Hikvision support through the SADP tool. Verifying through Hik-Connect may restore all settings, depending on the firmware, so try it last. After seven wrong passwords the admin login locks for 60 seconds.',
  modelPatterns: [
    {
      pattern: 'DS-76*',
      example: 'DS-7616NI-E2',
      label: 'network video recorders (DS-76… series)',
      source: {
        title: 'Hikvision DS-7616NI-E2 user manual, p. 37 (ManualShelf)',
        url: 'https://www.manualshelf.com/manual/hikvision/ds-7616ni-e2-16p-4tb/user-manual-english/page-37.html',
      },
    },
    ...['DS-77*', 'DS-78*', 'DS-79*', 'DS-96*'].map((pattern) => ({
      pattern,
      label: `network video recorders (${pattern.replace('*', '…')} series)`,
      source: {
        title:
          'Hikvision network video recorder user manual (DS-9600NXI-I8/S series), p. 6, “Applicable Model” (ManualsLib 2963836)',
        url: 'https://www.manualslib.com/manual/2963836/Hikvision-Ds-9600nxi-I8-S-Series.html?page=6',
      },
    })),
    ...['DS-73*', 'DS-90*'].map((pattern) => ({
      pattern,
      label: `digital video recorders (${pattern.replace('*', '…')} series)`,
      source: {
        title:
          'Hikvision DVR user manual for DS-73xxHUI-K4, DS-73xxHQI-K4 and DS-90xxHUI-K8, p. 28 (ManualsHive 2132393)',
        url: 'https://manualshive.com/ru/manual/hikvision/ds-7304hui-k4/2132393?page=28',
      },
    })),
  ],
  support: {
    website: 'https://ca.hikvision.com/fr/support-resources/tech-support/aide-au-support-technique',
    policy:
      'Hikvision North America takes password reset requests through its online request form, not by phone, and only for products sold in the US and Canada; elsewhere, ask the regional Hikvision office or the installer or distributor who sold the recorder. You must be with the recorder or on a computer on its network.',
    responseTime:
      'North America: up to 1 hour in business hours (Mon–Fri 6 AM–4:30 PM Pacific); elsewhere varies by region',
  },
  tools: [
    {
      name: 'SADP',
      purpose:
        'Finds Hikvision devices on your network and offers “Forgot Password”, which exports what support needs and imports what they send back.',
      platforms: ['windows', 'macos'],
      url: 'https://www.hikvision.com/en/support/tools/desktop-tools/sadp-for-windows/',
    },
    {
      name: 'Hik-Connect',
      purpose:
        'Phone app that scans the QR code the recorder shows for the reserved e-mail or Hik-Connect reset.',
      platforms: ['ios', 'android'],
    },
    {
      name: 'Guarding Vision',
      purpose:
        'Phone app that some Hikvision manuals name for scanning the reset QR code instead of Hik-Connect.',
      platforms: ['ios', 'android'],
    },
  ],
  methods: [
    {
      slug: 'guid-key-file',
      title: 'Import the GUID key file',
      kind: 'key-file',
      summary:
        'If you exported a GUID key file to a USB stick when the recorder was set up (or since), import it on the recorder to set a new password. Nothing is lost.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      validity: 'The file stops working once the password has been changed',
      lockout: '7 wrong files lock key-file resets for 30 minutes',
      appliesTo: {
        models: 'Varies by model',
        firmware:
          'NVRs of the -E/-K/-I series from V3.4.90 and Turbo 3.0 DVRs from V3.4.80 onwards (per Hikvision); check your model',
      },
      sources: [E2_MANUAL, NVST_MANUAL, K2_MANUAL, GUID_GUIDE, LOCKOUT_MANUAL],
      checkedAt: CHECKED,
      steps: [
        step(
          'Plug in the USB stick',
          'Insert the USB stick holding the exported GUID file into the recorder.',
        ),
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login screen, choose “Forgot Password” and pick the GUID option if the recorder offers a choice.',
        ),
        step('Import the file', 'Select the GUID file on the USB stick and import it.', [
          warning('After 7 wrong files, key-file resets are blocked for 30 minutes.'),
        ]),
        step('Set a new password', 'Enter the new password twice and save it.', [
          tip(
            'The old GUID file stops working once the password has been changed: export a new one and keep it somewhere safe.',
          ),
        ]),
        SYNC,
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the three security questions',
      kind: 'security-questions',
      summary:
        'If security questions were set up when the recorder was activated or since, answer all three on the recorder to choose a new password. Nothing is lost.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Varies by model' },
      sources: [NVST_MANUAL, I8_MANUAL, GUID_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login screen, choose “Forgot Password” and pick “Verify by Security Question”.',
        ),
        step(
          'Answer the questions',
          'Answer the three security questions exactly as they were set up. If an answer does not match, the check fails.',
        ),
        step('Set a new password', 'Enter the new admin password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'reserved-email-qr',
      title: 'Reserved e-mail: scan the QR code',
      kind: 'reserved-email',
      summary:
        'If a reserved e-mail was set, the recorder shows a QR code: scan it with the Hik-Connect app (some manuals name Guarding Vision), or export it to a USB stick and mail it to the recovery address the recorder or its manual gives. A verification code arrives at the reserved e-mail.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'The code usually arrives within 5 minutes of the request',
      validity:
        'The code is valid for 48 hours; a reboot or a change of the reserved e-mail voids it',
      appliesTo: {
        models: 'Varies by model',
        firmware:
          'DVRs: K series V4.2.00 and later, HGHI-F V3.4.89 and later; NVRs: V4.21.000 and later (per Hikvision)',
      },
      sources: [IDS6708_MANUAL, NVST_MANUAL, I8_MANUAL, EMAIL_GUIDE, EMAIL_FIRMWARE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login screen, choose “Forgot Password”, pick “Verify by Reserved Email” and accept the notice. A QR code appears.',
        ),
        step('Get the code with the app or by e-mail', [
          'Scan the QR code with the Hik-Connect app (older versions: More → Reset Device Password; newer: Me → Reset Device Password). Hikvision’s guide says the app’s visitor mode is enough if you have no account.',
          'Or insert a USB stick, export the QR code and e-mail the file as an attachment to the recovery address the recorder or its manual names (for example pw_recovery@hikvision.com; manuals for other models give another address).',
        ]),
        step(
          'Enter the verification code',
          'A verification code arrives at the reserved e-mail address, usually within minutes (check the spam folder). Type it on the recorder.',
          [
            warning(
              'The code is valid for 48 hours. Do not reboot the recorder or change the reserved e-mail before using it: either voids the code.',
            ),
          ],
        ),
        step('Set a new password', 'Enter the new password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'sadp-support-code',
      title: 'Code or file from support through SADP',
      kind: 'support-code',
      summary:
        'On a computer on the recorder’s network, SADP’s “Forgot Password” exports a file or QR code (or shows the start time and serial number) for Hikvision support; they return a key, an encrypted file or security codes that reset the password. Nothing is lost.',
      requirements: ['same-network', 'vendor-tool', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support (North America: up to 1 hour in business hours)',
      validity:
        'The key or encrypted file is valid for 48 hours; security codes match the date the recorder shows',
      appliesTo: {
        models:
          'Varies by model and firmware: SADP shows which of the options your recorder offers',
      },
      sources: [SADP_2024, SADP_48H, SADP_2015, NA_SUPPORT],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open SADP',
          'Install SADP from Hikvision on a computer on the same network as the recorder, open it and tick the recorder in the list.',
        ),
        step('Choose “Forgot Password”', [
          'Click “Forgot Password”. Depending on the model and firmware, SADP offers to export an XML file, to show or save a QR code, or shows the recorder’s start time and full serial number.',
          'Export the file or save the QR code once, or copy the start time and the full serial number.',
        ]),
        step(
          'Send it to support',
          'Send the file or QR code, or the start time and serial number, to Hikvision support for your region or to your installer. Hikvision’s guide also asks for a photo of the recorder’s label: add one if you can reach the recorder.',
          [
            warning(
              'If you sent a file or QR code, keep the recorder running while you wait. Do not reboot it and do not export the file or QR code again before you have imported the reply: either makes the reply useless.',
            ),
          ],
        ),
        step(
          'Enter the key or import the file',
          [
            'In SADP, choose to input the key or import the file, enter the key or pick the encrypted file support sent, set a new password and confirm.',
            'If support sent security codes instead, pick the one for the date the recorder currently shows and enter it.',
          ],
          [
            warning('The key or encrypted file is valid for 48 hours.'),
            note(
              'On old firmware the security code puts the password back to a default (12345 in Hikvision’s 2015 guide): change it at once.',
            ),
          ],
        ),
        SYNC,
      ],
    },
    {
      slug: 'on-screen-secure-code',
      title: 'Secure code from support on the recorder’s screen',
      kind: 'support-code',
      summary:
        'On older firmware, a hidden control on the recorder’s local login box shows the serial number and date; Hikvision support returns secure codes for that serial, one per date, and the one for the recorder’s date lets you set a new password. Nothing is lost.',
      requirements: ['physical-access', 'monitor-and-mouse', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support (North America: up to 1 hour in business hours)',
      validity: 'Each code matches one date: use the one for the date the recorder shows',
      appliesTo: {
        models: 'Older DVRs and NVRs',
        firmware:
          'Removed from -E/-K/-I series NVRs from V3.4.90 and Turbo 3.0 DVRs from V3.4.80 (per Hikvision)',
      },
      sources: [USA_SECURE_CODE, NA_SUPPORT, GUID_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the login box on the recorder',
          'With a monitor and mouse on the recorder, right-click anywhere to bring up the login box.',
        ),
        step(
          'Open the hidden reset box',
          'Double-click the hidden control in the lower left corner of the login box. A box opens with the serial number, the system date and an empty secure code field.',
          [
            note(
              'The serial number may be cut off: click in the field and drag to the right to see all of it.',
            ),
          ],
        ),
        step(
          'Send the serial number and date to support',
          'Send the complete serial number and the date and time the recorder shows to Hikvision support for your region (in North America, through Hikvision’s password reset request form).',
        ),
        step(
          'Enter the matching code',
          'Support returns several secure codes, one per date. Enter the one for the date the recorder shows and click OK.',
        ),
        step(
          'Set a new password',
          'When asked, enter a new user name and a strong password, confirm it and click OK.',
        ),
        SYNC,
      ],
    },
    {
      slug: 'hik-connect-verification',
      title: 'Verify through Hik-Connect (may restore all settings)',
      kind: 'app-qr',
      summary:
        'If the recorder was added to your Hik-Connect account, “Verify by Hik-Connect” shows a QR code; scanning it in the app, signed in to that account, gives a verification code for a new password. An older manual says this restores all settings to factory defaults, while Hikvision’s newer guides do not: it varies by firmware, so try the methods above first.',
      requirements: ['app-binding', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'settings',
      appliesTo: {
        models: 'Varies by model',
        firmware: 'Hik-Connect app V4.3 or later; whether settings are kept varies by firmware',
      },
      sources: [HIK_CONNECT_GUIDE, IDS6708_MANUAL, HIK_CONNECT_HELP],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot Password”',
          'On the recorder’s login screen, choose “Forgot Password” and pick “Verify by Hik-Connect”. A QR code appears.',
          [
            note(
              'The option appears only if the recorder was added to a Hik-Connect account. The recorder does not need to be online.',
            ),
            warning(
              'On some firmware this restores all settings to factory defaults, and you will have to set the recorder up again. Use the GUID file, security questions, reserved e-mail or a code from support first if you can.',
            ),
          ],
        ),
        step('Scan it in the app', [
          'Sign in to Hik-Connect with the account the recorder was added to: if someone else added it, the code will not work for you.',
          'Open Reset Device Password (older app: More → Reset Device Password; newer: Me → Reset Device Password, or Applications → Basic Tool → Reset Device Password) and scan the QR code. The app shows a verification code.',
        ]),
        step(
          'Set a new password',
          'Enter the verification code on the recorder, then enter the new password twice and confirm. If settings were reset, set the recorder up again.',
        ),
        SYNC,
      ],
    },
  ],
})
