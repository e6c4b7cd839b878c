import { defineBrand, note, step, warning } from '../factories'

const ARTICLE = { title: 'Reolink: how to reset the password of a Reolink NVR', url: 'https://support.reolink.com/hc/en-us/articles/4405336959001' }

export const reolink = defineBrand({
  name: 'Reolink',
  slug: 'reolink',
  accentColor: '#1a73e8',
  summary:
    'Reolink recorders offer a security question on the recorder, a recovery e-mail on some models, a restore while you can still log in, and a hard reset with a button.',
  modelPatterns: [
    { pattern: 'RLN*', example: 'RLN8-410', label: 'network video recorders (RLN series)', source: ARTICLE },
    { pattern: 'NVS*', example: 'NVS8', label: 'network video recorders (NVS series)', source: ARTICLE },
  ],
  support: { website: 'https://support.reolink.com' },
  methods: [
    {
      slug: 'security-question',
      title: 'Answer the security question',
      kind: 'security-questions',
      summary: 'With a monitor connected to the recorder, answer the security question set up earlier.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      sources: [ARTICLE],
      steps: [
        step('Connect a monitor', 'Connect a monitor and mouse to the recorder.'),
        step('Choose “Forgot password”', 'On the login screen, choose “Forgot password” and answer the security question.'),
        step('Set a new password', 'Enter the new password twice and save it.'),
      ],
    },
    {
      slug: 'recovery-email',
      title: 'Recovery e-mail',
      kind: 'reserved-email',
      summary: 'Some models can send a reset to the recovery e-mail set up earlier.',
      requirements: ['reserved-email-set'],
      dataLoss: 'none',
      appliesTo: { models: 'RLN8-410 (N7MB01), RLN16-410 (N6MB01), RLN36, NVS8' },
      sources: [ARTICLE],
      steps: [
        step('Choose “Forgot password”', 'On the login screen, choose “Forgot password” and the e-mail option.'),
        step('Follow the e-mail', 'Open the message sent to the recovery e-mail address and follow it to set a new password.'),
      ],
    },
    {
      slug: 'restore-while-logged-in',
      title: 'Restore through the app, client or web',
      kind: 'restore-software',
      summary: 'Only while you can still log in: restore the recorder from the Reolink app, client or web interface.',
      requirements: ['old-password'],
      dataLoss: 'settings',
      sources: [ARTICLE],
      steps: [
        step('Log in', 'Log in to the recorder from the Reolink app, client or web interface.'),
        step('Restore', 'Open the device settings and choose restore.', [
          warning('Restoring returns the recorder’s settings to their defaults.'),
        ]),
      ],
    },
    {
      slug: 'hard-reset',
      title: 'Hard reset with the button',
      kind: 'reset-button',
      summary: 'A hard reset returns the recorder to factory settings. On RLN8/16-410 and RLN36 the button is inside the case; the RLN12W has one at the back.',
      requirements: ['physical-access', 'open-case'],
      dataLoss: 'settings',
      appliesTo: { models: 'RLN8-410, RLN16-410, RLN36 (inside the case); RLN12W (rear button)' },
      sources: [ARTICLE],
      steps: [
        step('Reach the button', 'On RLN8-410, RLN16-410 and RLN36, power off and open the case; on the RLN12W use the button at the back.', [
          warning('A hard reset erases all settings, including the password.'),
        ]),
        step('Hold the button', 'Hold the button for about 10 seconds until the recorder beeps.', [
          note('Release the button after the beep and wait for the recorder to restart.'),
        ]),
        step('Set up again', 'Set a new password and configure the recorder again.'),
      ],
    },
  ],
})
