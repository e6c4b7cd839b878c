import { defineBrand, note, step } from '../factories'

export const amcrest = defineBrand({
  name: 'Amcrest',
  slug: 'amcrest',
  accentColor: '#0a7c86',
  summary: 'Amcrest recorders use security questions, which can only be changed locally with a monitor and mouse. Other methods vary by model.',
  support: { website: 'https://support.amcrest.com' },
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary: 'At the recorder, with a monitor and mouse, answer the security questions set up earlier.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [{ title: 'Amcrest support article 360054903092: security questions', url: 'https://support.amcrest.com' }],
      steps: [
        step('Connect a monitor and mouse', 'Security questions can only be used and changed locally, at the recorder.', [
          note('This does not work from the web interface or the app.'),
        ]),
        step('Choose “Forgot password”', 'On the login screen, choose “Forgot password” and answer the questions.'),
        step('Set a new password', 'Enter the new password twice and save it.'),
      ],
    },
  ],
})
