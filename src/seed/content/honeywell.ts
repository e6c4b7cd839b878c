import { defineBrand, note, step } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const PERFORMANCE_NVR_GUIDE: SeedSource = {
  title:
    'Honeywell Performance Series network video recorder user guide (HEN643-4 series), reset by security question, p. 34 (EasyManuals)',
  url: 'https://www.easymanua.ls/honeywell/hen643-4-series/manual?p=34',
  page: '34',
  shows: ['security-questions'],
}

export const honeywell = defineBrand({
  name: 'Honeywell',
  slug: 'honeywell',
  accentColor: '#a3151b',
  summary:
    'Honeywell Performance Series NVRs (such as the HEN643-4 series) let you set a new admin password at the recorder by answering the security questions set earlier. The Honeywell guide we found describes no other way; for other models, check the recorder’s own guide or ask Honeywell.',
  support: {},
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary:
        'At the recorder’s password login window, open the reset option, answer the security questions, click Next and set a new password. Nothing is erased.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models:
          'Performance Series NVRs covered by the HEN643-4 series user guide; varies by model: check your recorder’s guide',
      },
      sources: [PERFORMANCE_NVR_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Open the password login window',
          'With a monitor and mouse on the recorder, open the login. If it shows an unlock pattern, switch to the password login window; the default user name is admin.',
        ),
        step(
          'Open the reset',
          'On the password login window, click the reset (forgotten password) button. The “Reset – Security Question” window opens.',
        ),
        step('Answer the questions', 'Enter the answers you set earlier and click Next.', [
          note(
            'If no questions were set, this window cannot help: contact Honeywell or the installer who set up the recorder.',
          ),
        ]),
        step(
          'Set a new password',
          'Enter the new password twice and click OK. Honeywell recommends at least 8 characters mixing two of letters, numbers and symbols.',
        ),
      ],
    },
  ],
})
