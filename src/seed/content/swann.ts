import { defineBrand, note, step, tip, type SeedSource } from '../factories'

const CHECKED = '2026-12-02'

/** Swann's overview: the app route for OS V8 recorders, and the MAC from the QR code on top. */
const RESET_OVERVIEW: SeedSource = {
  title: 'Swann support: How to Reset the Password of Your Recorder (article 4638483189785)',
  url: 'https://support.swann.com/hc/en-us/articles/4638483189785-How-to-Reset-the-Password-of-Your-Recorder',
  shows: ['other', 'mac-code'],
}
const SWANN_SECURITY_PC: SeedSource = {
  title: 'Swann support: How to Get the Recovery Code Using PC or Mac (article 4638482273177)',
  url: 'https://support.swann.com/hc/en-us/articles/4638482273177-How-to-Get-the-Recovery-Code-Using-PC-or-Mac',
  shows: ['mac-code'],
}
const HOMESAFE_VIEW: SeedSource = {
  title: 'Swann support: HomeSafe View Password Reset (article 4638407852825)',
  url: 'https://support.swann.com/hc/en-us/articles/4638407852825-HomeSafe-View-Password-Reset',
  shows: ['mac-code'],
}
/** Older models it lists: the MAC is typed without its colons. */
const SWANNVIEW_LINK: SeedSource = {
  title: 'Swann support: SwannView Link Password Reset (article 4638414270617)',
  url: 'https://support.swann.com/hc/en-us/articles/4638414270617-SwannView-Link-Password-Reset',
  shows: ['mac-code'],
}
/** Newer models it lists: the MAC is typed with colons. */
const ENTER_CODE: SeedSource = {
  title:
    'Swann support: How to Enter the Recovery Code on Your Swann Security Recorder (article 47917177369113)',
  url: 'https://support.swann.com/hc/en-us/articles/47917177369113-How-to-Enter-the-Recovery-Code-on-Your-Swann-Security-Recorder',
  shows: ['mac-code'],
}
/** A SwannView Link recorder whose manual wants the colons: the format varies within one software. */
const MANUAL_490KH2: SeedSource = {
  title:
    'Swann SWNVK-490KH2 NVR user manual, “Resetting your Password using SwannView Link” (ManualShelf)',
  url: 'https://www.manualshelf.com/manual/swann/swnvk-490kh2-us/user-manual-english/page-63.html',
  page: '63',
  shows: ['mac-code', 'reserved-email'],
}
const MANUAL_846804SL: SeedSource = {
  title: 'Swann SWDVK-846804SL DVR instruction manual, “Password Recovery” (Manualzz 2p249d)',
  url: 'https://manualzz.com/doc/o/2p249d/swann-swdvk-846804sl-eu-1080p-8ch-x4-camera-dvr-1tb-kit-i...-password-recovery',
  page: '3',
  shows: ['reserved-email', 'mac-code'],
}

export const swann = defineBrand({
  name: 'Swann',
  slug: 'swann',
  accentColor: '#004b87',
  summary:
    'Swann recorders linked to the Swann Security app can show their password in the app; otherwise the recovery code is the recorder’s MAC address, read from the QR code on top, from Swann’s computer software, or from a reset e-mail if one was set up. None of these erases anything.',
  support: { website: 'https://support.swann.com' },
  tools: [
    {
      name: 'Swann Security app',
      purpose: 'Shows the password of an OS V8 recorder that is still linked to your account.',
      platforms: ['ios', 'android'],
    },
    {
      name: 'Swann Security for PC and Mac',
      purpose: 'Finds the recorder on your network and shows its MAC address (the recovery code).',
      platforms: ['windows', 'macos'],
    },
    {
      name: 'HomeSafe View',
      purpose: 'Computer software that shows the MAC address of the recorders it supports.',
      platforms: ['windows', 'macos'],
    },
    {
      name: 'SwannView Link',
      purpose: 'Computer software that shows the MAC address of older recorders.',
      platforms: ['windows', 'macos'],
    },
  ],
  methods: [
    {
      slug: 'swann-security-app',
      title: 'Read the password in the Swann Security app',
      kind: 'other',
      summary:
        'If your OS V8 recorder is still linked to your account in the Swann Security app, the app shows its user name and password. Nothing is reset.',
      requirements: ['app-binding'],
      dataLoss: 'none',
      estimatedTime: 'A minute',
      appliesTo: { models: 'OS V8 recorders linked to a Swann Security account' },
      sources: [RESET_OVERVIEW],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the app',
          'Open the Swann Security app on the phone where your recorder is linked, signed in to your account.',
        ),
        step(
          'Open the recorder’s settings',
          'Go to Device Settings and choose your recorder. Its user name and password are listed there.',
        ),
        step(
          'Show the password',
          'Tap the hidden password to reveal it, then write it down somewhere safe.',
          [
            note(
              'If the recorder was never paired with the app, or is no longer linked, use the MAC address code below.',
            ),
          ],
        ),
      ],
    },
    {
      slug: 'reset-email',
      title: 'Reset e-mail with the MAC address',
      kind: 'reserved-email',
      summary:
        'If an e-mail address was set up on the recorder, “Forgot Password” sends a reset e-mail containing the recorder’s MAC address, which you then type in as the code.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      appliesTo: { models: 'Varies by model: the SWDVK-846804SL manual describes it' },
      sources: [MANUAL_846804SL, ENTER_CODE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the login screen',
          'With a monitor and mouse on the recorder, right-click the live view, open the main menu, and on the login screen choose “Forgot Password”, then confirm.',
        ),
        step(
          'Find the e-mail',
          'After a short wait a password-reset e-mail arrives with the recorder’s MAC address. Check the junk or spam folder if it is not in your inbox.',
        ),
        step(
          'Enter the code',
          'Type the MAC address exactly as the e-mail shows it, separators included, and confirm.',
          [
            tip(
              'If no e-mail was ever set up, you can still use the MAC address: see the next method.',
            ),
          ],
        ),
        step(
          'Set a new password',
          'The recorder says the password was reset. Enter a new password, save it, and write it down.',
        ),
      ],
    },
    {
      slug: 'mac-address-code',
      title: 'Recovery code from the MAC address',
      kind: 'mac-code',
      summary:
        'The recovery code is the recorder’s 12-character MAC address. Read it from the QR code on top of the recorder, or with Swann’s software on a computer on the same network, then type it on the recorder’s “Forgot Password” screen. Whether you type the colons varies by model.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [
        RESET_OVERVIEW,
        ENTER_CODE,
        SWANNVIEW_LINK,
        SWANN_SECURITY_PC,
        HOMESAFE_VIEW,
        MANUAL_490KH2,
      ],
      checkedAt: CHECKED,
      steps: [
        step('Read the MAC from the QR code', [
          'The simplest way, Swann says: scan the QR code on top of the recorder with your phone’s camera or a QR scanner app. It contains the MAC address, starting with BC51FE on the models Swann shows.',
          'No QR code, or it will not scan? Use Swann’s software instead (next step).',
        ]),
        step('Or read it with Swann’s software', [
          'Connect the recorder to your router with a network cable, and a computer to the same router. Install the software Swann names for your model: Swann Security for PC or Mac, HomeSafe View, or SwannView Link for older recorders.',
          'Let it search the network (Swann Security: Device Management, then Auto Search; HomeSafe View: Add online device; SwannView Link: Add Device) and note the recorder’s MAC address. If several appear, Swann says to take the one starting 00-23-63 or BC-51-FE first (SwannView Link: EC71DB).',
        ]),
        step(
          'Open “Forgot Password” on the recorder',
          'With a monitor and mouse on the recorder, right-click the live view, open the menu, and on the login screen choose “Forgot Password”. Having no recovery e-mail set up does not matter for this method.',
        ),
        step(
          'Type the MAC address as the code',
          [
            'How to type it varies by model. Swann’s current guides (Swann Security and HomeSafe View recorders) want pairs separated by colons, like BC:51:FE:11:22:33, with colons in place of any dashes the software shows. Swann’s SwannView Link guide, for the older models it lists (such as NVR-7400 and DVR-4400), says the colons are not needed.',
            'To tell which applies to you: find your model number in the list at the top of Swann’s article for your software, and follow that article.',
          ],
          [
            note(
              'Refused? Check every character first, then try the other form (with or without colons). Even the manual of one SwannView Link recorder, the SWNVK-490KH2, asks for the colons.',
            ),
          ],
        ),
        step(
          'Set a new password',
          'The recorder confirms the reset. Enter a new password, save it, and keep it somewhere safe.',
        ),
      ],
    },
  ],
})
