import type { SeedSite } from '../factories'

export const site: SeedSite = {
  name: 'ResetHub',
  tagline: 'Locked out of your NVR? Step-by-step password resets, brand by brand.',
  beforeYouStart: [
    {
      title: 'Models differ',
      text: 'Reset procedures differ between manufacturers, and often between models and firmware versions of one brand. Where a guide says a detail varies by model, your model’s manual or the manufacturer’s support has the answer.',
    },
    {
      title: 'You may need to be at the recorder',
      text: 'Many resets only work in front of the recorder itself, with a monitor and mouse connected, and a few need the case opened.',
    },
    {
      title: 'Keep your settings: a factory reset comes last',
      text: 'Security questions, a recovery e-mail, the maker’s app or a code from support leave your settings as they are. A reset button or a factory restore erases every setting, and afterwards your cameras still have their old password. Try it only when nothing else works.',
    },
    {
      title: 'Have the serial number ready',
      text: 'Support often asks for the full serial number and the date shown on the recorder’s screen to make a reset code or file. The serial is on the recorder’s label and often on screen, sometimes only after you choose “Forgot password”.',
    },
    {
      title: 'Use the manufacturer’s own help',
      text: 'Ask the manufacturer’s support, or the installer or shop that sold the recorder. Websites offering “master password” generators or unofficial firmware are not from the manufacturer: don’t use them.',
    },
  ],
  preventionTips: [
    {
      title: 'Keep the new password somewhere safe',
      text: 'Write it down and keep it in a safe place, or store it in a password manager.',
    },
    {
      title: 'Set up a way back in now',
      text: 'Where your recorder allows it, set a recovery e-mail address or security questions while you can still log in.',
    },
    {
      title: 'Change the password when others have had access',
      text: 'After an installer, a former employee or a tenant has had the password, change it.',
    },
  ],
  closingWords:
    'Still stuck after trying the methods that fit your situation? Describe your case below: your recorder’s model, the method you tried and the step where it failed. Support staff read every case.',
}
