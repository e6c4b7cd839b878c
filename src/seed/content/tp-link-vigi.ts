import { defineBrand, note, step, tip, warning, type SeedSource } from '../factories'

const CHECKED = '2026-12-02'

/**
 * TP-Link's own FAQ for the NVR itself was not found; a UK distributor's FAQ
 * gives the three NVR methods (third-party). TP-Link's camera FAQ shows the same
 * e-mail and app mechanism, and the NVR manual gives the lockout.
 */
export const DISTRIBUTOR_FAQ: SeedSource = {
  title: 'QED Group (TP-Link VIGI distributor): Resetting a Forgotten VIGI NVR Password',
  url: 'https://qedgroup.co.uk/faqs/vigi-nvr-forgotten-password-reset',
  publisher: 'third-party',
  shows: ['reserved-email', 'app-qr', 'reset-button'],
}
const CAMERA_FAQ: SeedSource = {
  title:
    'TP-Link FAQ 2870: How to reset the password of the VIGI camera (same e-mail code and VIGI app QR, for cameras)',
  url: 'https://www.tp-link.com/se/support/faq/2870/',
  publisher: 'vendor',
  shows: ['reserved-email', 'app-qr'],
}
const MANUAL_LOCKOUT: SeedSource = {
  title: 'TP-Link VIGI NVR1016H user guide, 6.8 Login Exception (ManualsHive 1144847)',
  url: 'https://manualshive.com/en/manual/tp-link/vigi-nvr1016h/vigi-nvr1016h_user-manual_1144847-109.html',
  page: '105',
}

const LOCKOUT =
  'If login limitation is on, the NVR locks for 30 minutes after the set number of wrong passwords (3 to 10); powering it off and on unlocks it sooner.'

const lockoutNote = note(
  'Too many wrong passwords? With login limitation on, the NVR locks for 30 minutes; power it off and on again to try sooner.',
)

export const tpLinkVigi = defineBrand({
  name: 'TP-Link VIGI',
  slug: 'tp-link-vigi',
  accentColor: '#4acbd6',
  summary:
    'VIGI NVRs send a verification code to the reset e-mail entered at setup: directly when the NVR is online, or through the VIGI app’s QR scan when it is offline. Only if that fails, the reset button inside the case restores factory settings and erases every setting.',
  support: { website: 'https://www.tp-link.com/support/' },
  tools: [
    {
      name: 'VIGI app',
      purpose:
        'Scans the NVR’s reset QR code when the NVR is offline, so the code reaches your reset e-mail.',
      platforms: ['ios', 'android'],
    },
  ],
  methods: [
    {
      slug: 'reset-email-code',
      title: 'Verification code to the reset e-mail (NVR online)',
      kind: 'reserved-email',
      summary:
        'If the NVR is connected to the internet, “Forgot Password” sends a verification code to the reset password e-mail entered in Quick Setup. Nothing is erased.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      lockout: LOCKOUT,
      sources: [DISTRIBUTOR_FAQ, CAMERA_FAQ, MANUAL_LOCKOUT],
      checkedAt: CHECKED,
      steps: [
        step('Open “Forgot Password”', 'On the NVR’s login page, click “Forgot Password”.', [
          lockoutNote,
        ]),
        step(
          'Send the code',
          'Click “Send Code”. A verification code goes to the reset password e-mail, the address entered in Quick Setup for this purpose.',
          [
            tip(
              'No code? Check the junk or spam folder, add noreply@tp-link.com to your allowed senders, and check your mailbox’s filters.',
            ),
          ],
        ),
        step(
          'Verify and set a new password',
          'Type the code into the box under the QR code, click “Verify”, then set a new password.',
        ),
      ],
    },
    {
      slug: 'vigi-app-qr',
      title: 'Scan the QR code with the VIGI app (NVR offline)',
      kind: 'app-qr',
      summary:
        'If the NVR is not online, scan the QR code on its “Forgot Password” screen with the VIGI app; the verification code still goes to the reset password e-mail. Nothing is erased.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      lockout: LOCKOUT,
      sources: [DISTRIBUTOR_FAQ, CAMERA_FAQ, MANUAL_LOCKOUT],
      checkedAt: CHECKED,
      steps: [
        step(
          'Get the VIGI app',
          'Install the VIGI app from the App Store or Google Play and log in with your TP-Link ID (sign up first if you have none).',
        ),
        step(
          'Show the QR code',
          'On the NVR’s login page, click “Forgot Password”. A QR code appears on the left of the screen.',
          [lockoutNote],
        ),
        step(
          'Scan it',
          'In the app, tap “+” at the top right and scan the QR code. A verification code is sent to the reset password e-mail.',
          [tip('No code? Check the junk or spam folder and allow noreply@tp-link.com.')],
        ),
        step(
          'Verify and set a new password',
          'Type the code into the box under the QR code on the NVR, click “Verify”, then set a new password.',
        ),
      ],
    },
    {
      slug: 'reset-button',
      title: 'Reset button inside the case',
      kind: 'reset-button',
      summary:
        'When no reset e-mail was set up or it no longer works: hold the reset button inside the NVR for more than 3 seconds to restore factory settings. Every setting is lost.',
      requirements: ['physical-access', 'open-case', 'monitor-and-mouse'],
      dataLoss: 'settings',
      sources: [DISTRIBUTOR_FAQ],
      checkedAt: CHECKED,
      steps: [
        step(
          'Try the e-mail code first',
          'This restores factory settings: all settings are lost, including the password. Use it only if the verification-code methods cannot work.',
          [
            warning(
              'A factory reset erases every setting on the NVR. Note what you will need to set up again.',
            ),
          ],
        ),
        step(
          'Remove the cover',
          'Unplug the NVR, remove its cover and find the reset button on the board.',
          [
            warning(
              'Open the case only with the power unplugged. Touch a grounded metal object first to discharge static, and check your warranty terms before opening.',
            ),
          ],
        ),
        step(
          'Hold the button for more than 3 seconds',
          [
            'The NVR resets itself after the press, so it must be running: plug it back in, let it start, then press and hold the reset button for more than 3 seconds.',
            'Whether your model differs: check its manual or TP-Link support first.',
          ],
          [
            warning(
              'The board is live: touch only the button, with a dry finger or a plastic tool, and keep clear of the power supply. Unplug again before refitting the cover.',
            ),
          ],
        ),
        step(
          'Wait, then set up again',
          'Leave the NVR alone until the reset has finished; it can take a few minutes. Then set it up again with a new password and a reset e-mail.',
        ),
      ],
    },
  ],
})
