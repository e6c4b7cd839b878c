import { defineBrand, note, step, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const SECURITY_QUESTIONS: SeedSource = {
  title:
    'Amcrest support: How to Modify Password Security Questions on an NVR (article 360054903092)',
  url: 'https://support.amcrest.com/hc/en-us/articles/360054903092-How-to-Modify-Password-Security-Questions-on-an-NVR',
  shows: ['security-questions'],
}
const ACCOUNT_LOCKED: SeedSource = {
  title: 'Amcrest support: Password Reset: Account is Locked (NVR) (article 360001211852)',
  url: 'https://support.amcrest.com/hc/en-us/articles/360001211852-Password-Reset-Account-is-Locked-NVR',
  shows: ['support-code'],
}
export const FACTORY_RESET_5000: SeedSource = {
  title: 'Amcrest support: How To Perform a Factory Reset (5000 Series) (article 360037276292)',
  url: 'https://support.amcrest.com/hc/en-us/articles/360037276292-How-To-Perform-a-Factory-Reset-5000-Series',
  shows: ['reset-button'],
}

export const amcrest = defineBrand({
  name: 'Amcrest',
  slug: 'amcrest',
  accentColor: '#0a7c86',
  summary:
    'Amcrest recorders can be unlocked with the security questions set at setup, used at the recorder itself, or with a code from Amcrest support, who ask for proof of purchase and the date shown on the recorder. The 5000 series also has a factory reset button inside the case, which erases all settings: use it last.',
  support: {
    website:
      'https://support.amcrest.com/hc/en-us/articles/360001211852-Password-Reset-Account-is-Locked-NVR',
    phone: '888.212.7538',
    hours: '9:00 am to 6:00 pm CST',
    policy:
      'For a locked HD-CVI DVR or NVR, support issues a code after checking your online order receipt or proof of purchase; give them the date and time the recorder shows.',
  },
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary:
        'Security questions, normally set during the recorder’s first setup, are Amcrest’s second way in when the password is forgotten. They work only at the recorder, with a monitor and mouse.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models:
          'NVRs whose security questions were set; the screens vary by model: check your recorder’s manual',
      },
      sources: [SECURITY_QUESTIONS],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect a monitor and mouse',
          'Plug a monitor into the recorder’s VGA or HDMI port and a USB mouse into it. The questions cannot be used from a browser or the app.',
        ),
        step(
          'Answer the questions',
          'At the recorder’s login, use its forgotten-password option and answer the questions you set at setup, then choose a new password.',
          [
            note(
              'Amcrest’s article shows how to change the questions, not these screens; they vary by model. If your recorder offers no questions, none were set: ask Amcrest support instead.',
            ),
          ],
        ),
        step(
          'Set new questions if you need to',
          'Once logged in, open Main Menu → Account (under Management) → Password Reset, click Reset next to Security Questions, pick the questions, type the answers and click Apply.',
        ),
      ],
    },
    {
      slug: 'support-code',
      title: 'Code from Amcrest support',
      kind: 'support-code',
      summary:
        'Amcrest support gives a code, worked out for the recorder’s date, that logs you in so that you can set a new password. Have your proof of purchase and the date and time the recorder shows.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      appliesTo: { models: 'HD-CVI DVRs and NVRs' },
      sources: [ACCOUNT_LOCKED],
      checkedAt: CHECKED,
      steps: [
        step(
          'Gather what support needs',
          'Find your online order receipt or other proof of purchase, and note the date and time shown on the recorder.',
          [
            note(
              'Support works the code out from that date: give it exactly as the recorder shows it.',
            ),
          ],
        ),
        step(
          'Call Amcrest support',
          'Call 888.212.7538, 9:00 am to 6:00 pm CST, and ask for the code to unlock your recorder.',
        ),
        step(
          'Restart the recorder as Amcrest describes',
          'Unplug the power cable. With it still unplugged, hold the power button for three seconds, three times. Then plug the cable back in and switch the recorder on.',
        ),
        step(
          'Log in with the code',
          'At the login screen, log in with the code support gave you. You may skip the setup wizard if it appears.',
        ),
        step(
          'Set a new password',
          'Open the user accounts, choose the locked account and modify its password, entering the code as the old password and then your new one.',
        ),
      ],
    },
    {
      slug: 'factory-reset-5000-series',
      title: 'Factory reset button (5000 series)',
      kind: 'reset-button',
      summary:
        'Inside the case of 5000-series NVRs a small black button returns the recorder to factory settings: hold it, unplug the power, plug it back in and keep holding while the recorder starts. All settings are lost. Try the methods above first.',
      requirements: ['physical-access', 'open-case'],
      dataLoss: 'settings',
      appliesTo: { models: '5000-series NVRs; boards differ from model to model' },
      sources: [FACTORY_RESET_5000],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the case',
          'Remove the four screws on the back and sides with a Phillips screwdriver and lift the lid. Find the small black button on the motherboard: that is the factory reset switch.',
          [
            warning(
              'All settings return to factory defaults, the password included. The cameras keep their old password: the recorder must be given it again.',
            ),
            warning(
              'This sequence starts with the recorder plugged in and its case open. Touch only the reset button, keep tools and fingers away from the rest of the board, and discharge static first by touching a grounded metal object. Opening the case may affect the warranty: check its terms first.',
            ),
          ],
        ),
        step(
          'Hold the button and unplug the power',
          'Press and hold the reset button, and while holding it unplug the recorder’s power. Keep holding for 4 to 5 seconds.',
        ),
        step(
          'Plug it back in, still holding',
          'Keep holding the button and plug the power back in. You may hear a beep; it does not matter if you do not. Keep holding for 20 to 30 seconds while the recorder starts, and release once it has finished loading.',
        ),
        step(
          'Set it up again',
          'The recorder is back to factory settings. Unplug it before you close the case, then power it on and set it up with a new password and new security questions.',
        ),
      ],
    },
  ],
})
