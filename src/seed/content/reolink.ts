import { defineBrand, note, step, tip, warning, type SeedSource } from '../factories'

const CHECKED = '2026-12-02'

/** Reolink's four ways back in (current version of the article). */
export const RESET_ARTICLE: SeedSource = {
  title: 'Reolink support: How to Reset Reolink NVR Recorder’s Password (article 4405336959001)',
  url: 'https://support.reolink.com/hc/en-us/articles/4405336959001-How-to-Reset-Reolink-NVR-Recorder-s-Password/',
  shows: ['security-questions', 'reserved-email', 'restore-software', 'reset-button'],
}
/** The same article's earlier version, which gives the button's place and timing per model. */
export const RESET_ARTICLE_PER_MODEL: SeedSource = {
  title:
    'Reolink support: How to Reset Reolink NVR Recorder’s Password (New UI), article 4405336959001, hard reset per model',
  url: 'https://support.reolink.com/hc/en-us/articles/4405336959001-How-to-Reset-Reolink-NVR-Recorder-s-Password-New-UI-/',
  shows: ['security-questions', 'reset-button'],
}
const RECOVERY_SETUP: SeedSource = {
  title:
    'Reolink support: Set Up Password Protection and Recovery Email on Your Reolink NVR (article 49539640353689)',
  url: 'https://support.reolink.com/hc/en-us/articles/49539640353689-Set-Up-Password-Protection-and-Recovery-Email-on-Your-Reolink-NVR',
  shows: ['security-questions', 'reserved-email'],
}
const CHANGE_PASSWORD: SeedSource = {
  title: 'Reolink support: How to Change Reolink Device Login Password (article 360003567953)',
  url: 'https://support.reolink.com/articles/360003567953-How-to-Change-Reolink-Device-Login-Password/',
  shows: ['menu'],
}
export const CHANGE_PASSWORD_NVR: SeedSource = {
  title:
    'Reolink support: How to Change User Password for Reolink NVRs (New UI) (article 15982000607897)',
  url: 'https://support.reolink.com/hc/en-us/articles/15982000607897-How-to-Change-User-Password-for-Reolink-NVRs-New-UI-/',
  shows: ['menu'],
}

const EMAIL_MODELS = 'RLN8-410 (hardware N7MB01), RLN16-410 (N6MB01), RLN36, NVS8, NVS16, NVS36'

export const reolink = defineBrand({
  name: 'Reolink',
  slug: 'reolink',
  accentColor: '#1a73e8',
  summary:
    'If you know the password, change it in the app, client or menu. Forgotten it? Answer the security question on the recorder, or on some models use the recovery e-mail. Only if neither was set up: a restore or hard reset, which erases all settings.',
  modelPatterns: [
    {
      pattern: 'RLN*',
      example: 'RLN8-410',
      label: 'network video recorders (RLN series)',
      source: RESET_ARTICLE,
    },
    {
      pattern: 'NVS*',
      example: 'NVS8',
      label: 'network video recorders (NVS series)',
      source: RESET_ARTICLE,
    },
  ],
  support: { website: 'https://support.reolink.com' },
  methods: [
    {
      slug: 'change-password',
      title: 'Change the password while you know it',
      kind: 'menu',
      summary:
        'Still logged in and you know the current password? Change it in the Reolink app, client or the recorder’s menu. Reolink asks for the current password and the super admin account.',
      requirements: ['old-password'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      sources: [CHANGE_PASSWORD, CHANGE_PASSWORD_NVR],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the password setting',
          [
            'Reolink app: Device Settings, then Advanced, then Change Device Password (or User Management, then Edit).',
            'Reolink client: Device Settings, then System, then Login Settings, then Change Password (or User Management, then Edit).',
            'On the recorder’s monitor (new interface): Settings, then System, then Account Center, then the edit icon beside your account.',
          ],
          [
            note(
              'The menu’s place differs between interfaces and models: the names above are Reolink’s.',
            ),
          ],
        ),
        step(
          'Enter the old and the new password',
          'Type the current password, then the new one twice, and save.',
          [tip('Only the super admin can change other accounts’ passwords.')],
        ),
      ],
    },
    {
      slug: 'security-question',
      title: 'Answer the security question',
      kind: 'security-questions',
      summary:
        'With a monitor connected to the recorder, choose “Forgot password” and answer the security question set up earlier. Nothing is erased.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      appliesTo: { firmware: 'Reolink NVRs with the new interface' },
      sources: [RESET_ARTICLE, RECOVERY_SETUP],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect a monitor',
          'Connect a monitor to the recorder with an HDMI or VGA cable, and a mouse.',
        ),
        step(
          'Choose “Forgot password”',
          'On the login window, click “Forgot password”, then “Verify” next to resetting the password with the recovery questions.',
        ),
        step(
          'Answer and set a new password',
          'Type the answer to your question. If it is right, enter a new password and confirm it.',
          [
            tip(
              'Set the question now for next time: Settings, System, Account Center, Password Protection Settings (needs a monitor on the recorder).',
            ),
          ],
        ),
      ],
    },
    {
      slug: 'recovery-email',
      title: 'Recovery e-mail code',
      kind: 'reserved-email',
      summary:
        'On some models, “Forgot password” sends a verification code to the recovery e-mail set up earlier; you enter it on the recorder’s monitor. The recorder must be online with current firmware.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      estimatedTime: 'A few minutes',
      appliesTo: {
        models: EMAIL_MODELS,
        firmware: 'The latest firmware from Reolink’s website, recorder connected to the internet',
      },
      sources: [RESET_ARTICLE, RECOVERY_SETUP],
      checkedAt: CHECKED,
      steps: [
        step(
          'Check the model',
          `Reolink lists this method for ${EMAIL_MODELS} only; the recorder needs internet access and current firmware.`,
        ),
        step(
          'Choose “Forgot password”',
          'With a monitor on the recorder, click “Forgot password”, then “Verify” next to resetting the password by e-mail. A message says a code was sent.',
        ),
        step(
          'Enter the code',
          'Find the code in the recovery mailbox, type it into the prompt and confirm.',
        ),
        step('Set a new password', 'Enter a new password and confirm it.'),
      ],
    },
    {
      slug: 'restore-while-logged-in',
      title: 'Factory restore from the app, client or web (while still logged in)',
      kind: 'restore-software',
      summary:
        'Only if you are still logged in somewhere but do not know the password (changing it needs the current one): restore the recorder from the app, client or web. It becomes uninitialized, like a new recorder: every setting is lost.',
      requirements: ['app-binding'],
      dataLoss: 'settings',
      sources: [RESET_ARTICLE, CHANGE_PASSWORD],
      checkedAt: CHECKED,
      steps: [
        step(
          'Know the password? Change it instead',
          'If you know the current password, do not restore: change the password (first method). A restore is a full factory reset.',
          [
            warning(
              'Restoring returns the recorder to factory settings: it appears as an uninitialized device and every setting is lost.',
            ),
          ],
        ),
        step(
          'Restore',
          'Reolink app: NVR Settings, then Advanced, then Restore. Client or web browser: System Maintenance, then Restore.',
        ),
        step(
          'Set it up again',
          'Initialize the recorder again and create a new password during setup, then configure it again.',
        ),
      ],
    },
    {
      slug: 'hard-reset',
      title: 'Hard reset with the reset button',
      kind: 'reset-button',
      summary:
        'When nothing else works: the reset button returns the recorder to factory settings, erasing every setting. Where the button is and how long to press it varies by model; on the RLN8-410, RLN16-410 and RLN36 it is inside the case.',
      requirements: ['physical-access', 'open-case', 'monitor-and-mouse'],
      dataLoss: 'settings',
      appliesTo: {
        models:
          'RLN8-410, RLN16-410, RLN36 (button inside the case); RLN12W (button on the back); other models: check Reolink’s article for yours',
      },
      sources: [RESET_ARTICLE_PER_MODEL, RESET_ARTICLE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Try the other methods first',
          'A hard reset erases all settings, including the password. Use it only if no security question or recovery e-mail was set up and you cannot log in anywhere.',
          [
            warning(
              'All settings are lost. Write down what you will need to set up again, such as network settings and camera list, if you can still see them.',
            ),
          ],
        ),
        step(
          'RLN12W: press the button on the back',
          'With the recorder powered on, press and hold the reset button on its back until you hear a beep.',
        ),
        step(
          'RLN8-410, RLN16-410, RLN36: open the case',
          'Power the recorder off and unplug it. Remove the outer case with a screwdriver and find the reset button on the board.',
          [
            warning(
              'Work with the power unplugged while you open the case. Touch a grounded metal object first to discharge static, and check your warranty terms before opening.',
            ),
          ],
        ),
        step(
          'Power on, then press for 10 seconds',
          'Plug the recorder back in and let it power on. Press the reset button for about 10 seconds, until you hear a beep.',
          [
            warning(
              'The board is live now: touch only the button, with a dry finger or a plastic tool, and keep clear of the power supply. Unplug again before closing the case.',
            ),
            note(
              'Other Reolink models: the place and timing differ. Check Reolink’s reset article for your model before you start.',
            ),
          ],
        ),
        step(
          'Set up again',
          'When the Setup Wizard appears, create a new password and follow the wizard to set the recorder up again.',
        ),
      ],
    },
  ],
})
