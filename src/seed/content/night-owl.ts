import { defineBrand, note, step, tip, warning, type SeedSource } from '../factories'

const CHECKED = '2026-12-02'

/** Entering the tool's code at the recorder, and re-adding it to the app afterwards. */
const LOCAL_RESET: SeedSource = {
  title:
    'Night Owl support: Night Owl Local DVR / NVR Password Reset Instructions (article 360038030673)',
  url: 'https://support.nightowlsp.com/hc/en-us/articles/360038030673-Night-Owl-Local-DVR-NVR-Password-Reset-Instructions',
  shows: ['support-code'],
}
/** The same instructions on Night Owl's newer help desk, with why a code can fail (date or UID). */
export const LOCAL_RESET_CURRENT: SeedSource = {
  title:
    'Night Owl support: Night Owl Local DVR / NVR Password Reset Instructions (help desk article 68000004553)',
  url: 'https://nightowlsp.freshdesk.com/en/support/solutions/articles/68000004553-night-owl-local-dvr-nvr-password-reset-instructions',
  shows: ['support-code'],
}
const RESET_TOOL: SeedSource = {
  title: 'Night Owl Password Reset Tool: create an account (passwordreset.nightowlsp.com)',
  url: 'https://passwordreset.nightowlsp.com/sign_up.html',
  shows: ['support-code'],
}
const PROTECT: SeedSource = {
  title: 'Night Owl support: Password Reset instructions – Night Owl Protect (article 68000006546)',
  url: 'https://support.nightowlsp.com/en/support/solutions/articles/68000006546-password-reset-instructions-night-owl-protect',
  shows: ['support-code'],
}
const HC20X: SeedSource = {
  title:
    'Night Owl support: HC20X Series: DVR Login Issues / Password Reset (article 360018103673)',
  url: 'https://support.nightowlsp.com/hc/en-us/articles/360018103673-HC20X-Series-DVR-Login-Issues-Password-Reset',
  shows: ['reserved-email', 'support-code'],
}
const H2THD_GUIDE: SeedSource = {
  title: 'Night Owl H2THD quick setup guide, “Password Reset Instructions” (EasyManua.ls)',
  url: 'https://www.easymanua.ls/night-owl/h2thd/manual?p=10',
  page: '9',
  shows: ['reserved-email'],
}
const READD_X_APP: SeedSource = {
  title:
    'Night Owl support: Connecting a DVR / NVR to Night Owl X or X HD after a Password Reset (article 68000004894)',
  url: 'https://nightowlsp.freshdesk.com/en/support/solutions/articles/68000004894-connecting-a-dvr-nvr-to-night-owl-x-or-x-hd-after-a-password-reset',
}

const readdToApp = step('Re-add the recorder to the app', [
  'After the reset, remove the recorder from your Night Owl app and add it again with the new password, or the app will not connect to it.',
  'Night Owl X / X HD: Menu, Device, Edit, select the recorder, Remove; then, on the same network as the recorder, tap “+”, scan the QR code on the recorder’s support sticker (or in its menu), name it and enter the new password.',
])

export const nightOwl = defineBrand({
  name: 'Night Owl',
  slug: 'night-owl',
  accentColor: '#1b3a5c',
  summary:
    'Night Owl recorders are reset with a secure code: some series e-mail it to the recovery address set up on the recorder; otherwise Night Owl’s online Password Reset Tool makes it from the recorder’s UID and the date on its screen. You must be in front of the recorder. Nothing is erased.',
  support: { website: 'https://support.nightowlsp.com' },
  tools: [
    {
      name: 'Night Owl Password Reset Tool',
      purpose:
        'Website that e-mails a secure code to reset a DVR or NVR password (not the app’s password).',
      platforms: ['web'],
      url: 'https://passwordreset.nightowlsp.com/sign_up.html',
    },
  ],
  methods: [
    {
      slug: 'recovery-email',
      title: 'Reset code by recovery e-mail',
      kind: 'reserved-email',
      summary:
        'On models that ask for a recovery e-mail during setup (for example the HC20X series), “Forgot Password” e-mails a reset code to that address. On the HC20X series the recorder must be online.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      appliesTo: {
        models:
          'HC20X series; the H2THD quick guide describes the same; other models: varies by model',
      },
      sources: [HC20X, H2THD_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Check the recorder is online',
          'On the HC20X series the recorder must be connected to the internet to send the code.',
        ),
        step(
          'Choose “Forgot Password”',
          'With a TV or monitor and the mouse on the recorder, right-click to open the menu, go to the login screen and click “Forgot Password”.',
        ),
        step(
          'Find the code',
          'A reset code is sent to the recovery e-mail address entered during setup. It can take a few minutes; check the junk or spam folder.',
        ),
        step(
          'Enter it and set a new password',
          'Type the code into the “Secure Code” field, confirm, then create a new password.',
          [
            note(
              'No recovery e-mail, or the recorder is offline? Use the Password Reset Tool below, or on HC20X models ask Night Owl technical support.',
            ),
          ],
        ),
      ],
    },
    {
      slug: 'password-reset-tool',
      title: 'Secure code from Night Owl’s online Password Reset Tool',
      kind: 'support-code',
      summary:
        'Create an account on Night Owl’s Password Reset Tool, enter your recorder’s UID and the date its screen shows, and a secure code arrives by e-mail; enter it at the recorder. Afterwards re-add the recorder to the app.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [RESET_TOOL, LOCAL_RESET, LOCAL_RESET_CURRENT, READD_X_APP],
      checkedAt: CHECKED,
      steps: [
        step(
          'Sit in front of the recorder',
          'Connect a TV or monitor and the mouse to the recorder. Night Owl requires you to be at the recorder and to do every step online: this is not done by phone.',
          [note('The tool resets the recorder’s password only, not your app account’s password.')],
        ),
        step(
          'Create an account on the tool',
          'Go to passwordreset.nightowlsp.com and create an account (Night Owl sends the code to it), then log in.',
        ),
        step(
          'Enter the UID and the date',
          'Enter the recorder’s UID / Device ID (on its support sticker) and the date shown on the recorder’s screen. The tool e-mails you a “Reset Password” message with the secure code.',
          [
            warning(
              'The code depends on that date and UID: if either is typed wrong, the code will not work. Start again on the tool rather than guessing.',
            ),
          ],
        ),
        step(
          'Enter the code at the recorder',
          'Right-click the recorder’s screen, click any icon on the menu bar, then “Forgot Password”. Type the secure code into the “Secure Code” field and click OK.',
        ),
        step(
          'Set a new password',
          'Create and confirm the new password. If the recorder does not restart by itself, unplug its power, wait 10 seconds and plug it back in.',
        ),
        readdToApp,
      ],
    },
    {
      slug: 'night-owl-protect',
      title: 'Night Owl Protect systems: reset code from your account',
      kind: 'support-code',
      summary:
        'For Night Owl Protect recorders, log in (or sign up) on Night Owl Protect’s website, open your recorder’s details and ask for a reset code with the date shown on the recorder’s screen.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'Recorders used with the Night Owl Protect app' },
      sources: [PROTECT],
      checkedAt: CHECKED,
      steps: [
        step(
          'Try your app password first',
          'If you set the recorder up through the Night Owl Protect app, its password is the same as your app’s. If you set it up on the recorder itself, offline, it has its own password: continue below.',
          [
            tip(
              'Forgot the app’s password instead? That is your Night Owl account password: resetting it needs the e-mail address the recorder was added with, or else a Night Owl agent checks that you own it.',
            ),
          ],
        ),
        step(
          'Log in on the Protect website',
          'Go to no-protect.com and log in with your Night Owl Protect account, or create one. The devices added to your account are listed.',
        ),
        step(
          'Ask for the reset code',
          'Connect a TV or monitor and a USB mouse to the recorder. On the website, find the recorder, click View Details, then Reset Code, and enter the date shown on the recorder’s screen.',
        ),
        step(
          'Enter the code at the recorder',
          'On the recorder, choose “Forgot Password”, enter the code as with the Password Reset Tool, and set a new password.',
        ),
      ],
    },
    {
      slug: 'technical-support',
      title: 'Reset code from Night Owl technical support (HC20X)',
      kind: 'support-code',
      summary:
        'HC20X series recorders that are offline or never had a recovery e-mail: Night Owl’s technical support team gives the reset code.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'HC20X series' },
      sources: [HC20X],
      checkedAt: CHECKED,
      steps: [
        step(
          'Contact technical support',
          'Contact Night Owl’s technical support team (support.nightowlsp.com) and ask for the recorder’s reset code.',
        ),
        step(
          'Enter the code',
          'Use the code on the recorder’s “Forgot Password” screen and set a new password.',
        ),
        step(
          'Add a recovery e-mail',
          'Run the Startup Wizard and enter a recovery e-mail address when asked, so next time the code comes to you by e-mail.',
        ),
      ],
    },
  ],
})
