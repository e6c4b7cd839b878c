import { defineBrand, note, step, tip, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const WIKI_DMSS: SeedSource = {
  title: 'Dahua Wiki: Reset Dahua Device Password Using DMSS (FAQ/Password Reset NVR DMSS)',
  url: 'https://dahuawiki.com/index.php?title=FAQ/Password_Reset_NVR_DMSS',
  shows: ['app-qr'],
}
export const WIKI_SUPPORT: SeedSource = {
  title:
    'Dahua Wiki: How to Reset Dahua Recorder Password with Technical Support (FAQ/Password Reset Instructions)',
  url: 'https://dahuawiki.com/index.php?title=FAQ/Password_Reset_Instructions',
  shows: ['support-code'],
}
/** The 2018 revision of the wiki's local-GUI reset page: the prompt to sync the new password to the cameras. */
const WIKI_LOCAL_GUI: SeedSource = {
  title: 'Dahua Wiki: Password Reset on Local GUI (PasswordReset, revision of 20 November 2018)',
  url: 'http://dahuawiki.com/index.php?diff=prev&oldid=37881&title=PasswordReset',
  shows: ['app-qr'],
}
const XVR5116: SeedSource = {
  title: 'Dahua XVR5116HS-I3 user’s manual, “Resetting Password” (EasyManuals)',
  url: 'https://www.easymanua.ls/dahua-technology/xvr5116hs-i3/manual?p=59',
  page: '59',
  shows: ['app-qr', 'security-questions'],
}
export const XVR_COOPER: SeedSource = {
  title: 'Dahua XVR Cooper series user’s manual V1.3.0, “Resetting Password” (ManualsHive 3209755)',
  url: 'https://manualshive.com/en/manual/dahua-technology/xvr-cooper-series/3209755?page=67',
  page: '67',
  shows: ['app-qr', 'security-questions'],
}
const NVR608R: SeedSource = {
  title: 'Dahua DHI-NVR608R-64-4KS2 user’s manual, 4.4 “Reset Password” (EasyManuals)',
  url: 'https://www.easymanua.ls/dahua/dhi-nvr608r-64-4ks2/manual?p=268',
  page: '268',
  shows: ['app-qr', 'security-questions', 'support-code'],
}
const NVR41: SeedSource = {
  title: 'Dahua NVR41 series user’s manual V4.5.1, 4.16.3 “Reset Password” (ManualsHive 4169654)',
  url: 'https://manualshive.com/en/manual/dahua/nvr41-series/4169654?page=379',
  page: '379',
  shows: ['security-questions'],
}
export const D_XVR8208A: SeedSource = {
  title: 'Dahua D-XVR8208A-4K-I user manual, 5.1.3 “Resetting Password” (ManualsLib 2720073)',
  url: 'https://www.manualslib.com/manual/2720073/Dahua-D-Xvr8208a-4k-I.html?page=31',
  page: '31',
  shows: ['app-qr', 'security-questions', 'reset-button'],
}
export const DAHUA_SUPPORT_ARTICLE: SeedSource = {
  title: 'Dahua Support article 75000018695: resetting a recorder’s password',
  url: 'https://dahua.support/support/solutions/articles/75000018695',
  shows: ['security-questions', 'reset-button'],
}
const RESELLER_CONFIGTOOL: SeedSource = {
  title: 'Security Wholesalers (Australian reseller): Reset password for Dahua camera',
  url: 'https://www.securitywholesalers.com.au/faqs/reset-password-for-dahua-camera',
  publisher: 'third-party',
  shows: ['app-qr', 'support-code'],
}

const SYNC = step(
  'Sync the password to your cameras',
  'If the recorder offers to give the connected cameras the new password, accept, so that they stay connected to it.',
)

export const dahua = defineBrand({
  name: 'Dahua',
  slug: 'dahua',
  accentColor: '#b3121f',
  summary:
    'Start with “Forgot password” on the recorder: scan its QR code in the DMSS app for a code sent to the e-mail reserved at setup, or answer the security questions set earlier. Without either, Dahua support can send a reset code worked out from the full serial number and the date shown on the recorder. The mainboard reset button, on models that have one, erases all settings: try it last.',
  modelPatterns: [
    {
      pattern: 'DH-XVR*',
      example: 'DH-XVR4104C-X',
      label: 'digital video recorders (XVR series)',
      source: {
        title: 'Dahua DH-XVR4104C-X user manual, p. 51, “Resetting Password” (ManualsHive 4153236)',
        url: 'https://manualshive.com/ru/manual/dahua/dh-xvr4104c-x/4153236?page=51',
      },
    },
    {
      pattern: 'XVR*',
      label: 'digital video recorders (XVR series)',
      source: {
        title: 'Dahua XVR4 series user manual, p. 53, “Resetting Password” (EasyManuals)',
        url: 'https://www.easymanua.ls/dahua-technology/xvr4-series/manual?p=53',
      },
    },
  ],
  support: {
    website: 'https://dahuawiki.com/index.php?title=FAQ/Password_Reset_Instructions',
    email: 'support.usa@dahuatech.com',
    policy:
      'Dahua’s US support (support.usa@dahuatech.com) sends a reset code by e-mail when you send the full serial number and the date shown on the recorder’s screen; you enter it at the recorder with a monitor and mouse. Elsewhere, ask the dealer who sold it or your local Dahua office.',
    responseTime: 'Not stated: varies by region',
  },
  tools: [
    {
      name: 'DMSS',
      purpose:
        'Phone app: Me → Test Tool → Password Resetting scans the recorder’s QR code (older versions: More → Reset Device Password).',
      platforms: ['ios', 'android'],
    },
    {
      name: 'ConfigTool',
      purpose:
        'Windows tool; a reseller’s guide, written for cameras, describes its password reset with a QR code or an XML file.',
      platforms: ['windows'],
    },
  ],
  methods: [
    {
      slug: 'dmss-qr-code',
      title: 'Scan the QR code in DMSS',
      kind: 'app-qr',
      summary:
        '“Forgot password” shows a QR code; scan it in the DMSS app and a security code goes to the e-mail reserved when the recorder was set up. Use the code within 24 hours.',
      requirements: ['reserved-email-set'],
      dataLoss: 'none',
      validity: 'Use the security code within 24 hours; the same QR code gives a code twice',
      appliesTo: {
        models:
          'Recorders with the password reset function on and an e-mail entered at setup; menus vary by model and firmware',
      },
      sources: [WIKI_DMSS, XVR5116, XVR_COOPER, WIKI_LOCAL_GUI],
      checkedAt: CHECKED,
      steps: [
        step(
          'Choose “Forgot password”',
          'On the recorder’s screen, right-click to bring up the login box, or open its web page in a browser, and choose “Forgot password”.',
          [
            note(
              'If an unlock pattern was set, click “Forgot Unlock Pattern” first to reach the password box.',
            ),
            note(
              'Before it goes on, the recorder tells you it collects the reserved e-mail address, the MAC address and the serial number for the reset. Read it and click OK.',
            ),
          ],
        ),
        step(
          'Scan the QR code in DMSS',
          'The recorder shows a QR code and part of the reserved e-mail address. In the DMSS app, open Me → Test Tool → Password Resetting and scan it. The recorder must be connected to the network.',
          [
            tip(
              'If the recorder is linked to your DMSS account, some models also offer “QR Code for Binding Device” as the reset mode: the code then appears in the app instead of the e-mail.',
            ),
          ],
        ),
        step(
          'Enter the security code',
          'A security code arrives at the reserved e-mail address (look in the spam folder too). Type it into the Security Code box on the recorder and click Next.',
          [
            warning(
              'Use the code within 24 hours; after that it no longer works. Scanning the same QR code gives a code twice; for another, refresh the page to get a new QR code.',
            ),
          ],
        ),
        step('Set a new password', 'Enter the new password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary:
        'If security questions were set when the recorder was set up, answer them at the recorder itself to set a new admin password.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models:
          'Recorders (NVR, XVR, DVR), for the admin account, on the local menu only; menus vary by model',
      },
      sources: [XVR_COOPER, XVR5116, NVR608R, NVR41, DAHUA_SUPPORT_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect a monitor and mouse',
          'The questions work only on the recorder’s own screen, not in its web page or the app.',
        ),
        step(
          'Choose “Forgot password”',
          'Right-click to bring up the login box and choose “Forgot password”. Set the reset mode (or reset type) to Security Questions.',
          [
            note(
              'If the list has no Security Questions entry, none were set up: use another method below.',
            ),
          ],
        ),
        step(
          'Answer and set a new password',
          'Type the answers you gave at setup, then enter the new password twice and save it.',
        ),
        SYNC,
      ],
    },
    {
      slug: 'support-code',
      title: 'Reset code from Dahua support',
      kind: 'support-code',
      summary:
        'Without a reserved e-mail or security questions, e-mail Dahua support the full serial number and the date shown on the recorder; the code they send logs you in so you can set a new password.',
      requirements: ['serial-number', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      appliesTo: {
        models:
          'Dahua recorders (NVR, XVR, DVR); the US process is described here, other regions vary',
      },
      sources: [WIKI_SUPPORT, NVR608R],
      checkedAt: CHECKED,
      steps: [
        step(
          'Note the serial number and the date',
          'Connect a monitor and mouse. Write down the full serial number of the recorder and the date exactly as its screen shows it.',
          [note('Support works the code out from these two, so copy both exactly.')],
        ),
        step(
          'E-mail Dahua support',
          'In the US, send both to support.usa@dahuatech.com. Elsewhere, ask the dealer who sold the recorder or your local Dahua office.',
        ),
        step(
          'Log in with the code',
          'When the code arrives, right-click on the recorder’s screen, choose Main Menu, and enter the code as the admin password. Click OK.',
        ),
        step(
          'Set a new password',
          'Go to the system settings, then Account. Click Modify next to admin, tick “Modify password”, enter the code again as the old password, then the new password twice, and save.',
        ),
        SYNC,
      ],
    },
    {
      slug: 'configtool-xml',
      title: 'Reset file through ConfigTool (a reseller’s guide)',
      kind: 'support-code',
      summary:
        'A reseller’s guide, written for Dahua cameras, describes ConfigTool’s password reset: a QR code if an e-mail was set, otherwise an XML file that you send to the seller, who returns a reset file. Whether your recorder offers it varies by model: check with your dealer.',
      requirements: ['same-network', 'vendor-tool'],
      dataLoss: 'none',
      estimatedTime: 'Depends on the seller',
      validity:
        'The reset file and the QR code’s code are valid for 24 hours; keep ConfigTool open and the device on meanwhile',
      appliesTo: {
        models:
          'Written for Dahua cameras; varies by model: check with the dealer who sold the recorder',
      },
      sources: [RESELLER_CONFIGTOOL],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open ConfigTool',
          'On a computer on the same network as the device, open ConfigTool and go to its password reset page. Click Reset next to the device.',
        ),
        step(
          'With an e-mail set: scan the QR code',
          'ConfigTool shows a QR code; scan it as in the DMSS method above and enter the code you receive.',
        ),
        step(
          'Without one: export the XML file',
          'Choose XML File as the reset mode, export the file and send it to the dealer who sold the device.',
          [
            warning(
              'From exporting the file until you import the reply, do not close ConfigTool and do not turn off or reboot the device: that spoils the request.',
            ),
          ],
        ),
        step('Import the reset file', 'Import the file you get back and set a new password.', [
          warning('The reset file is valid for 24 hours.'),
        ]),
      ],
    },
    {
      slug: 'mainboard-reset-button',
      title: 'Mainboard reset button',
      kind: 'reset-button',
      summary:
        'Holding the reset button on the mainboard while powering on returns the recorder to factory settings, losing every setting. Not all models have one. Try every method above first.',
      requirements: ['physical-access', 'open-case'],
      dataLoss: 'settings',
      appliesTo: {
        models:
          'Some models only, for example the D-XVR8208A series; not all models have the button',
      },
      sources: [D_XVR8208A, DAHUA_SUPPORT_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Unplug the recorder and open the case',
          'Shut the recorder down, unplug its power and remove the cover.',
          [
            warning(
              'All settings return to factory defaults, the password included. The cameras keep their old password: the recorder must be given it again.',
            ),
            warning(
              'Work on an unplugged recorder only, touch a grounded metal object first to discharge static, and touch nothing on the board but the button. Opening the case may affect the warranty: check its terms first.',
            ),
          ],
        ),
        step(
          'Hold the button while powering on',
          'Find the reset button on the mainboard, press and hold it, plug the power back in, and keep holding for 5 to 10 seconds.',
          [
            warning(
              'Keep fingers and tools away from everything else on the board while it is powered.',
            ),
          ],
        ),
        step('Set it up again', [
          'Release the button and let the recorder start. Unplug it again before you put the cover back.',
          'Power it on and set it up with a new password. Enter a reserved e-mail and security questions this time.',
        ]),
      ],
    },
  ],
})
