import { defineMethod, note, step, tip, warning, type SeedSource } from '../factories'

import { FACTORY_RESET_5000 } from './amcrest'
import { DAHUA_SUPPORT_ARTICLE, D_XVR8208A, WIKI_SUPPORT, XVR_COOPER } from './dahua'
import { K2_MANUAL, SADP_2024 } from './hikvision'
import { ARTICLE_3840 } from './lorex'
import { LOCAL_RESET_CURRENT } from './night-owl'
import { CHANGE_PASSWORD_NVR, RESET_ARTICLE, RESET_ARTICLE_PER_MODEL } from './reolink'
import { DISTRIBUTOR_FAQ } from './tp-link-vigi'

const CHECKED = '2026-12-02'

// Vendor documents that show each general method on real recorders: the general
// guide describes what they have in common and says where they differ. `shows`
// lists only the general kinds: brand-specific ones (key files, app QR codes,
// recovery e-mail) belong to the brand guides.
const DAHUA_SUPPORT_CODE: SeedSource = { ...WIKI_SUPPORT, shows: ['support-code', 'menu'] }
const DAHUA_NVR_MANUAL: SeedSource = {
  title: 'Dahua NVR41-4KS2 series user’s manual, 4.1.3 Resetting Password (ManualsHive 4162707)',
  url: 'https://manualshive.com/ru/manual/dahua/nvr41-4ks2-series/4162707?page=118',
  page: '102',
  shows: ['security-questions', 'reset-button'],
}
const REOLINK_CHANGE: SeedSource = { ...CHANGE_PASSWORD_NVR, shows: ['menu'] }
const REOLINK_RESET: SeedSource = {
  ...RESET_ARTICLE,
  shows: ['security-questions', 'reset-button'],
}
const REOLINK_RESET_PER_MODEL: SeedSource = {
  ...RESET_ARTICLE_PER_MODEL,
  shows: ['security-questions', 'reset-button'],
}
const HIKVISION_MANUAL: SeedSource = {
  title:
    'Hikvision DS-9664NI-I16 network video recorder user manual, 17.4 Reset Password (ManualShelf)',
  url: 'https://www.manualshelf.com/manual/hikvision/ds-9664ni-i16/user-manual-english/page-175.html',
  page: '174',
  shows: ['security-questions'],
}
const AMCREST_FACTORY_RESET: SeedSource = { ...FACTORY_RESET_5000, shows: ['reset-button'] }
const VIGI_DISTRIBUTOR: SeedSource = { ...DISTRIBUTOR_FAQ, shows: ['reset-button'] }
const HIKVISION_SYNC_CAMERAS: SeedSource = { ...K2_MANUAL, shows: [] }
const MONTAVUE_CAMERAS: SeedSource = {
  title: 'Montavue wiki: How do I factory reset my NVR? (cameras keep their password)',
  url: 'https://wiki.montavue.com/faq/how-do-i-factory-reset-my-nvr/',
}
const NIGHT_OWL_CODE: SeedSource = { ...LOCAL_RESET_CURRENT, shows: ['support-code'] }
const HIKVISION_SADP: SeedSource = { ...SADP_2024, shows: ['support-code'] }
const DAHUA_XVR_MANUAL: SeedSource = { ...XVR_COOPER, shows: ['security-questions'] }
const DAHUA_XVR8208A_MANUAL: SeedSource = {
  ...D_XVR8208A,
  shows: ['security-questions', 'reset-button'],
}
const DAHUA_ARTICLE: SeedSource = {
  ...DAHUA_SUPPORT_ARTICLE,
  shows: ['menu', 'security-questions', 'reset-button'],
}
const LOREX_3840: SeedSource = { ...ARTICLE_3840, shows: ['menu'] }
const LAVIEW_SECURE_CODE: SeedSource = {
  title: 'LaView support: Password Reset by Secure Code (article 4417039129627)',
  url: 'https://support.laviewsecurity.com/hc/en-us/articles/4417039129627-Password-Reset-by-Secure-Code',
  shows: ['support-code'],
}

/** The four brand-agnostic methods of the general guide, in the order to try them: the one that erases settings last. */
export const generalMethods = [
  defineMethod({
    slug: 'change-in-menu',
    title: 'Change it in the menu',
    kind: 'menu',
    summary:
      'If you still know the password, change it in the recorder’s own menu, or in the maker’s app or client. The recorder asks for the current password first. Nothing is lost.',
    requirements: ['old-password', 'monitor-and-mouse'],
    dataLoss: 'none',
    estimatedTime: 'A few minutes',
    sources: [DAHUA_SUPPORT_CODE, DAHUA_NVR_MANUAL, DAHUA_ARTICLE, LOREX_3840, REOLINK_CHANGE],
    checkedAt: CHECKED,
    steps: [
      step(
        'Open the main menu',
        'On the recorder, right-click the live view and open the main menu. Menu names vary by brand and model.',
      ),
      step(
        'Go to the account settings',
        'Look for the accounts or users page: Dahua puts it under System (or Main Menu), then Account; Lorex under Account, then User; Reolink under System, then Account Center.',
      ),
      step(
        'Pick the user',
        'Select the user whose password you want to change, usually “admin”, and choose Modify or Edit.',
      ),
      step(
        'Enter the old and the new password',
        'Type the current password, then the new one twice.',
      ),
      step('Save', 'Save the change, then log out and in again to check the new password.', [
        tip(
          'Store the new password in a password manager, or write it down and keep it somewhere safe.',
        ),
      ]),
    ],
  }),
  defineMethod({
    slug: 'security-questions',
    title: 'Answer the security questions',
    kind: 'security-questions',
    summary:
      'On the recorder’s login screen, “Forgot password” lets you answer the security questions set up earlier and choose a new password. Only some models offer it, and only if the questions were set up.',
    requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
    dataLoss: 'none',
    estimatedTime: 'A few minutes',
    sources: [REOLINK_RESET, DAHUA_XVR_MANUAL, DAHUA_NVR_MANUAL, HIKVISION_MANUAL],
    checkedAt: CHECKED,
    steps: [
      {
        ...step(
          'Open “Forgot password”',
          'With a monitor and mouse on the recorder, choose “Forgot password” on its login screen. Reolink and Dahua, for example, offer the questions only on the recorder itself, not remotely.',
        ),
        image: { illustration: 'login-forgot-password' },
      },
      step(
        'Choose the security questions',
        'If the recorder offers several ways (e-mail, app, questions), pick the security questions. On Dahua recorders, for one, the option is missing when they were never set up: then try the other ways your brand offers, or its support.',
      ),
      step('Answer the questions', 'Type the answers exactly as they were set up.'),
      step('Set a new password', 'Enter the new password twice and save it.'),
    ],
  }),
  defineMethod({
    slug: 'contact-support',
    title: 'Ask the manufacturer’s support for a reset code',
    kind: 'support-code',
    summary:
      'Many manufacturers make a reset code from the recorder’s serial number (or ID) and the date its screen shows. Send them those details through their official channel; nothing on the recorder is lost.',
    requirements: ['serial-number', 'physical-access', 'monitor-and-mouse'],
    dataLoss: 'none',
    estimatedTime: 'Varies by manufacturer',
    sources: [DAHUA_SUPPORT_CODE, NIGHT_OWL_CODE, LAVIEW_SECURE_CODE, HIKVISION_SADP],
    checkedAt: CHECKED,
    steps: [
      step(
        'Find the serial number',
        'It is on the recorder’s label; many recorders also show it on screen, sometimes only after you choose “Forgot password”. Send the full serial, not part of it.',
      ),
      step('Gather what support asks for', [
        'The model and full serial number, the date (and time) shown on the recorder’s screen right now, and a clear photo of the label if they ask for one (Hikvision does). Some brands use another ID instead, such as Night Owl’s UID.',
      ]),
      step(
        'Send your request through the official channel',
        'Use the support address, form or online tool the manufacturer names on its own website (each brand guide here links it). Some brands only take requests through an online tool.',
        [
          warning(
            'The code is often worked out from the date the recorder shows: do not change its date or time while you wait. Keep the recorder running and do not start a second request: Hikvision, for one, says a reboot or a new export voids the request you are waiting on.',
          ),
        ],
      ),
      step(
        'Use the code',
        'Enter the code where support tells you (often the “Forgot password” screen, or as the old password), then set a new password straight away.',
        [
          note(
            'Code refused? Check that you sent the date exactly as the recorder shows it and the serial or ID without typos, then ask again.',
          ),
        ],
      ),
    ],
  }),
  defineMethod({
    slug: 'reset-button',
    title: 'Use the reset button (factory reset)',
    kind: 'reset-button',
    summary:
      'Last resort: on recorders that have one, a reset button returns the recorder to factory settings, clearing the password and every other setting. Where it is, whether the case must be opened, and how long to press it differ by brand and model: check your manual first.',
    requirements: ['physical-access', 'open-case'],
    dataLoss: 'settings',
    estimatedTime: 'Varies by model',
    sources: [
      AMCREST_FACTORY_RESET,
      REOLINK_RESET_PER_MODEL,
      DAHUA_XVR8208A_MANUAL,
      DAHUA_ARTICLE,
      DAHUA_NVR_MANUAL,
      VIGI_DISTRIBUTOR,
      HIKVISION_SYNC_CAMERAS,
      MONTAVUE_CAMERAS,
    ],
    checkedAt: CHECKED,
    steps: [
      step(
        'Try everything else first',
        'A factory reset erases every setting, not just the password. Try the security questions, the recovery e-mail or app your brand offers, or the manufacturer’s support before this.',
        [
          warning(
            'All settings are lost: network, recording schedules, users and the list of cameras. Write down what you can still see.',
          ),
        ],
      ),
      step('Check your model’s procedure', [
        'Procedures really do differ, so follow your manual or your brand’s guide here, not a timing from another brand. For example:',
        'Amcrest 5000 series: hold the button, unplug the recorder, keep holding 4–5 seconds, plug it back in, and keep holding 20–30 seconds until it has finished starting.',
        'Reolink RLN8-410, RLN16-410 and RLN36: with the case open, power the recorder on first, then press the button for about 10 seconds until it beeps. The Reolink RLN12W has its button on the back.',
        'TP-Link VIGI NVRs: hold the button inside for more than 3 seconds, then wait a few minutes.',
        'Dahua recorders that have one (the D-XVR8208A, for example): hold the button while plugging the power back in, and keep holding 5–10 seconds.',
        'Not every model has a button at all: Dahua, for one, fits it to some series only.',
      ]),
      step(
        'Unplug, then open the case',
        'Shut the recorder down, unplug its power, and remove the cover (on Amcrest’s, four screws at the back and sides).',
        [
          warning(
            'Open the case only with the power unplugged. Touch a grounded metal object first to discharge static, handle the board by its edges, and check your warranty terms before opening.',
          ),
        ],
      ),
      {
        ...step(
          'Find the reset button',
          'Look for a small push button on the main board; your manual or the manufacturer’s article shows where. Its place varies by model.',
        ),
        image: { illustration: 'reset-button-board' },
      },
      step(
        'Press it the way your model needs',
        'Follow your model’s sequence exactly: some are held while the power is plugged in, others are pressed once the recorder is already running.',
        [
          warning(
            'Where the recorder must be powered with the case open, the board is live: touch only the button, with a dry finger or a plastic tool, and keep well away from the power supply. Unplug again before closing the case.',
          ),
        ],
      ),
      step('Set it up again', [
        'The recorder starts with factory settings. Set a new password and configure it again.',
        'Your cameras still have their old password. Some recorders offer to copy the new password to the cameras after a reset; otherwise give the recorder the cameras’ old password, or change it on each camera.',
      ]),
    ],
  }),
]
