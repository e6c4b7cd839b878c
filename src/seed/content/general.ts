import { defineMethod, step, tip, warning } from '../factories'

/** The four brand-agnostic methods of the general guide (methods without a brand). */
export const generalMethods = [
  defineMethod({
    slug: 'change-in-menu',
    title: 'Change it in the menu',
    kind: 'menu',
    summary:
      'If you still know the password or are still logged in, change it from the recorder’s own menu. Nothing is lost.',
    requirements: ['old-password', 'monitor-and-mouse'],
    dataLoss: 'none',
    estimatedTime: 'A few minutes',
    steps: [
      step('Open the main menu', 'On the recorder, open the main menu. Menu names vary by model.'),
      step('Go to the account settings', 'Choose System, then Account (on some models: User settings).'),
      step('Pick the user', 'Select the user whose password you want to change, usually “admin”.'),
      step('Enter the old and the new password', [
        'Choose “Modify password”, type the current password, then the new one twice.',
      ]),
      step('Save', 'Save the change and log out and in again to check the new password.', [
        tip('Store the new password in a password manager or write it down and keep it somewhere safe.'),
      ]),
    ],
  }),
  defineMethod({
    slug: 'security-questions',
    title: 'Answer the security questions',
    kind: 'security-questions',
    summary:
      'On the login screen, “Forgot password” lets you answer the security questions set up earlier and choose a new password. Only some models offer it, and only if the questions were set up.',
    requirements: ['security-questions-set', 'monitor-and-mouse'],
    dataLoss: 'none',
    estimatedTime: 'A few minutes',
    steps: [
      step('Open “Forgot password”', 'On the recorder’s login screen, choose “Forgot password”.'),
      step('Answer the questions', 'Answer the security questions exactly as they were set up.'),
      step('Set a new password', 'Enter the new password twice and save it.'),
    ],
  }),
  defineMethod({
    slug: 'reset-button',
    title: 'Use the reset button inside the case',
    kind: 'reset-button',
    summary:
      'Recorders with a reset button on the mainboard can be returned to factory settings. This clears the password and every other setting.',
    requirements: ['physical-access', 'open-case'],
    dataLoss: 'settings',
    estimatedTime: 'Varies by model',
    steps: [
      step('Power the recorder off', 'Shut the recorder down and unplug its power.', [
        warning('This resets the recorder to factory settings: all settings are lost, including the password.'),
      ]),
      step('Open the case', 'Remove the cover to reach the mainboard.'),
      step('Find the reset button', 'Look for a small button on the mainboard, often near the battery. Not every model has one.'),
      step('Hold the button while powering on', [
        'Press and hold the button, plug the power back in, and keep holding for 10 to 15 seconds.',
      ]),
      step('Release and set up again', 'Release the button. The recorder starts with factory settings; set a new password and configure it again.'),
    ],
  }),
  defineMethod({
    slug: 'contact-support',
    title: 'Ask the manufacturer’s support for a reset',
    kind: 'support-code',
    summary:
      'Send support the serial number and a few details; they usually answer with a reset file or a temporary password.',
    requirements: ['serial-number'],
    dataLoss: 'none',
    estimatedTime: 'Hours to 24–48 hours',
    steps: [
      step('Find the serial number', 'It is on the recorder’s label and shown on the login screen, sometimes only after you choose “Forgot password”.'),
      step('Gather what support asks for', [
        'A clear photo of the label showing the model and serial number, and the date and time shown on the recorder’s screen.',
      ]),
      step('Send your request', 'Contact the manufacturer’s support with the serial number, the photo, the date and time, and a short request to reset the password.'),
      step('Use what they send back', 'Support usually answers with a reset file or a temporary password. Follow their instructions and set a new password straight away.'),
    ],
  }),
]
