import { defineBrand, note, step, tip, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

// Defender's own product manuals, read through manual mirrors. The 4K systems name security
// questions and the GUID file as the only two ways in; the Sentinel guide sets up questions only.
const PRODUCT_4K_RESET: SeedSource = {
  title:
    'Defender 4K product manual (4K2T8B8V2), section 9.3.2 “Password Reset”, p. 27 (ManualShelf)',
  url: 'https://www.manualshelf.com/manual/defender/4k2t8b8v2/defender-4k-product-manual-german-english/page-27.html',
  page: '27',
  shows: ['security-questions', 'key-file'],
}
const PRODUCT_4K_ACTIVATION: SeedSource = {
  title:
    'Defender 4K manual (4K1T4B4), section 8.1 “Activation (Login Setup)”, p. 16 (ManualArchiveGuide 3010006)',
  url: 'https://manualarchiveguide.com/manuals/Defender-4K1T4B4-Manual-3010006?page=16',
  page: '16',
  shows: ['security-questions', 'key-file'],
}
const SENTINEL_GUIDE: SeedSource = {
  title: 'Defender Sentinel manual, “Password Recovery – Security Questions”, p. 10 (EasyManuals)',
  url: 'https://www.easymanua.ls/defender/sentinel/manual?p=10',
  page: '10',
  shows: ['security-questions'],
}

const FORGOT = step(
  'Open “Forgot My Password”',
  'Connect a monitor and mouse to the recorder. On the password screen or the unlock-pattern screen, click “Forgot My Password”.',
)

export const defender = defineBrand({
  name: 'Defender',
  slug: 'defender',
  accentColor: '#8a1c1c',
  summary:
    'Defender’s 4K systems give two ways back in, both set up during activation: the security questions, or the GUID file saved to a USB flash drive. Defender’s manual says these are the only two ways, so neither can be arranged after the password is lost. Sentinel systems use security questions.',
  support: { website: 'https://defendercameras.com/support' },
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary:
        'At “Forgot My Password”, choose to verify by security question and answer the questions you set during activation (all three on 4K systems). The system unlocks without losing anything.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models:
          '4K systems (such as the 4K2T8B8V2 and 4K1T4B4) and Sentinel systems; the screens vary by model: check your system’s manual',
      },
      sources: [PRODUCT_4K_RESET, PRODUCT_4K_ACTIVATION, SENTINEL_GUIDE],
      checkedAt: CHECKED,
      steps: [
        FORGOT,
        step(
          'Choose the security questions',
          'Choose “Verify by Security Question” as the verification method.',
        ),
        step(
          'Answer them',
          'Enter the answers you gave during activation and click OK to unlock the system.',
          [
            note(
              'On 4K systems you need the answers to all three questions. Sentinel systems ask the two questions chosen at setup.',
            ),
            note(
              'If the security-question screen was skipped during activation (Defender warns that a right-click there skips it), the system has no questions: use the GUID file instead.',
            ),
          ],
        ),
        step(
          'Set a new password',
          'Set a new password, and write the questions and answers down somewhere safe, as Defender recommends.',
        ),
      ],
    },
    {
      slug: 'guid-usb',
      title: 'Unlock with the GUID file on a USB drive',
      kind: 'key-file',
      summary:
        'If you saved your security settings to a USB flash drive during activation, plug it in and choose “Verify by GUID” at “Forgot My Password” to unlock the system. Nothing is erased.',
      requirements: ['key-file-exported', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models:
          '4K systems such as the 4K2T8B8V2 and 4K1T4B4; varies by model: check your system’s manual',
      },
      sources: [PRODUCT_4K_RESET, PRODUCT_4K_ACTIVATION],
      checkedAt: CHECKED,
      steps: [
        step(
          'Find the USB flash drive',
          'Find the USB flash drive the security settings were saved to when the system was first activated, and plug it into the recorder.',
          [
            warning(
              'If the security settings were never saved to a USB drive during activation, this method is not available: use the security questions.',
            ),
          ],
        ),
        FORGOT,
        step(
          'Choose the GUID file',
          'Choose “Verify by GUID” as the verification method and follow the prompts to read the file from the USB drive.',
        ),
        step(
          'Set a new password',
          'Set a new password. If the system offers to save new security settings, save them to the USB drive and keep it somewhere safe.',
          [
            tip(
              'Keep the drive away from the recorder, so that whoever takes the recorder does not also get the key.',
            ),
          ],
        ),
      ],
    },
  ],
})
