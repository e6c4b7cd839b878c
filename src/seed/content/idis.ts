import { defineBrand, note, step, tip, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

// IDIS's own NVR manuals, read through manual mirrors. The same "Find Password" text appears in
// the manuals of several models; the DR-2504P-A manual also shows where the key file is exported.
const FIND_PASSWORD: SeedSource = {
  title:
    'IDIS DR-2504P-A network video recorder operation manual, p. 22, “Find Password” (ManualsHive 3753718)',
  url: 'https://manualshive.com/en/manual/idis/dr-2504p-a/3753718?page=22',
  page: '22',
  shows: ['reserved-email', 'key-file'],
}
const UPR_EXPORT: SeedSource = {
  title:
    'IDIS DR-2504P-A network video recorder operation manual, p. 37, user settings: e-mail and UPR export (ManualsHive 3753718)',
  url: 'https://manualshive.com/en/manual/idis/dr-2504p-a/3753718?page=37',
  page: '37',
  shows: ['reserved-email', 'key-file'],
}
const DR2516P: SeedSource = {
  title:
    'IDIS DR-2516P network video recorder operation manual, p. 22, “Find Password” (ManualsHive 3817899)',
  url: 'https://manualshive.com/ru/manual/idis/dr-2516p/3817899?page=22',
  page: '22',
  shows: ['reserved-email', 'key-file'],
}
const DR2504PC: SeedSource = {
  title:
    'IDIS DR-2504P-C network video recorder quick guide, p. 10, “Find Password” (ManualsHive 3816790)',
  url: 'https://manualshive.com/ru/manual/idis/dr-2504p-c/3816790?page=10',
  page: '10',
  shows: ['reserved-email', 'key-file'],
}
const DR6532P: SeedSource = {
  title:
    'IDIS DR-6532P network video recorder operation manual, p. 22, UPR verification (EasyManuals)',
  url: 'https://www.easymanua.ls/idis/dr-6532p/manual?p=22',
  page: '22',
  shows: ['key-file'],
}

const MODELS =
  'NVRs whose manual has “Find Password”, such as the DR-2504P-A, DR-2504P-C, DR-2516P and DR-6532P; the screens vary by model and firmware: check your recorder’s manual'

const OPEN_FIND_PW = step(
  'Open “Find Password”',
  'Connect a monitor and mouse to the recorder. At its login screen, select FIND PW.',
  [
    note(
      'Type everything with the on-screen keyboard: the manual says the password can be entered only with the virtual keyboard.',
    ),
  ],
)

const NEW_PASSWORD = step(
  'Set a new password',
  'Click the question-mark button at the bottom left of the screen and follow its instructions to set the new password.',
)

export const idis = defineBrand({
  name: 'IDIS',
  slug: 'idis',
  accentColor: '#0b4f8a',
  summary:
    'IDIS recorders with “Find Password” on their login screen offer two ways back in, neither of which erases anything: a verification code sent to the e-mail address stored for the user, or the UPR (User Password Reset) key file exported from the recorder beforehand and imported from a USB flash drive. Both need preparation done before the password was lost.',
  support: { website: 'https://www.idisglobal.com' },
  methods: [
    {
      slug: 'email-verification-code',
      title: 'Verification code to the registered e-mail',
      kind: 'reserved-email',
      summary:
        'At the recorder, “Find Password” sends a verification code to the e-mail address registered for the user; entering it lets you set a new password. It works only if an e-mail was set for the user and the recorder’s FEN service is on.',
      requirements: ['reserved-email-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: MODELS },
      sources: [FIND_PASSWORD, UPR_EXPORT, DR2516P, DR2504PC],
      checkedAt: CHECKED,
      steps: [
        OPEN_FIND_PW,
        step(
          'Ask for the code',
          'Choose the user, type the e-mail address registered for that user, and select “Get Verification Code”.',
          [
            note(
              'The manual says the FEN service must be enabled for this to work. If no code arrives, use the UPR file below, or ask your installer or IDIS.',
            ),
          ],
        ),
        step('Enter the code', 'Type the verification code from the e-mail and select OK.'),
        NEW_PASSWORD,
      ],
    },
    {
      slug: 'upr-key-file',
      title: 'Import the UPR key file',
      kind: 'key-file',
      summary:
        'If a UPR (User Password Reset) file was exported from this recorder earlier, import it from a USB flash drive at “Find Password” and set a new password. Only a file exported from the same recorder works, and only at the recorder itself, not remotely.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: MODELS },
      sources: [FIND_PASSWORD, UPR_EXPORT, DR2516P, DR2504PC, DR6532P],
      checkedAt: CHECKED,
      steps: [
        step(
          'Find the UPR file',
          'Copy the .upr file exported from this recorder onto a USB flash drive and plug the drive into the recorder.',
          [
            warning(
              'A UPR file from another recorder will not work. If the password was changed after the file was exported, the file may no longer work either.',
            ),
          ],
        ),
        OPEN_FIND_PW,
        step(
          'Import the file',
          'Select “UPR Verification”, choose the .upr file on the flash drive and select Import.',
        ),
        NEW_PASSWORD,
        step(
          'Export a new UPR file',
          'Once you are back in, open the user settings, check the e-mail address stored for the user, and select Export to save a fresh UPR file. Keep it somewhere safe, away from the recorder.',
          [
            tip(
              'Export a new file each time you change the password, so the file you keep always matches it.',
            ),
          ],
        ),
      ],
    },
  ],
})
