import { defineBrand, note, step } from '../factories'

const ARTICLE_3924 = { title: 'Lorex help article 3924: resetting the N831 password', url: 'https://help.lorextechnology.com' }
const ARTICLE_3840 = { title: 'Lorex help article 3840: temporary passwords', url: 'https://help.lorextechnology.com' }

export const lorex = defineBrand({
  name: 'Lorex',
  slug: 'lorex',
  accentColor: '#00558c',
  summary:
    'Lorex recorders such as the N831 reset with security questions or through the Lorex apps; otherwise Lorex support issues a temporary password.',
  support: {
    website: 'https://help.lorextechnology.com',
    policy: 'For older models support needs the Device ID, which is not the serial number.',
  },
  tools: [
    { name: 'Lorex Connect', purpose: 'App that can reset the N831’s password.', platforms: ['ios', 'android'] },
    { name: 'Lorex Home', purpose: 'App whose “Forgot device password” e-mails a temporary password to the owner.', platforms: ['ios', 'android'] },
  ],
  methods: [
    {
      slug: 'security-questions',
      title: 'Answer the security questions',
      kind: 'security-questions',
      summary: 'On the N831, answer the security questions on the recorder to set a new password.',
      requirements: ['security-questions-set', 'physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: { models: 'N831; varies by model' },
      sources: [ARTICLE_3924],
      steps: [
        step('Choose “Forgot password”', 'On the recorder’s login screen, choose “Forgot password”.'),
        step('Answer and set a new password', 'Answer the security questions, then enter the new password twice.'),
      ],
    },
    {
      slug: 'lorex-connect-app',
      title: 'Reset through the Lorex Connect app',
      kind: 'other',
      summary: 'The N831 can also be reset through the Lorex Connect app.',
      requirements: ['app-binding'],
      dataLoss: 'none',
      appliesTo: { models: 'N831' },
      sources: [ARTICLE_3924],
      steps: [
        step('Open Lorex Connect', 'Open the Lorex Connect app with the recorder added to it.'),
        step('Reset the password', 'Follow the app’s password reset for the recorder and set a new password.'),
      ],
    },
    {
      slug: 'lorex-home-temporary-password',
      title: 'Temporary password from the Lorex Home app',
      kind: 'temporary-password',
      summary: 'In the Lorex Home app, “Forgot device password” e-mails a temporary password to the owner’s account only.',
      requirements: ['app-binding'],
      dataLoss: 'none',
      sources: [ARTICLE_3840],
      steps: [
        step('Choose “Forgot device password”', 'In the Lorex Home app, open the recorder and choose “Forgot device password”.'),
        step('Use the temporary password', 'The owner receives a temporary password by e-mail. Log in with it and set a new password.'),
      ],
    },
    {
      slug: 'support-temporary-password',
      title: 'Temporary password from Lorex support',
      kind: 'temporary-password',
      summary: 'Lorex support can issue a temporary password, valid until the end of the day.',
      requirements: ['serial-number'],
      dataLoss: 'none',
      validity: 'Valid until the end of the day',
      sources: [ARTICLE_3924, ARTICLE_3840],
      steps: [
        step('Contact Lorex support', 'Contact Lorex support with your recorder’s details.', [
          note('Older models: support needs the Device ID, which is not the serial number.'),
        ]),
        step('Log in and change it', 'Log in with the temporary password the same day and set a new password.'),
      ],
    },
  ],
})
