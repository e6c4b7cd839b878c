import { defineBrand, note, step, warning } from '../factories'

const SYNC = step('Sync the password to your cameras', 'If the recorder offers to update the connected cameras with the new password, accept, so the cameras stay connected.')

export const dahua = defineBrand({
  name: 'Dahua',
  slug: 'dahua',
  accentColor: '#b3121f',
  summary:
    'Dahua recorders reset through a QR code scanned in the DMSS app, which mails a code to the e-mail reserved at setup. Without an e-mail or security questions, only the mainboard reset button remains, on models that have one.',
  aliases: ['Imou'],
  modelPatterns: [
    {
      pattern: 'DH-XVR*',
      example: 'DH-XVR4104C-X',
      label: 'digital video recorders (XVR series)',
      source: { title: 'Dahua DH-XVR4104C-X user manual, p. 51, “Resetting Password” (ManualsHive 4153236)', url: 'https://manualshive.com/ru/manual/dahua/dh-xvr4104c-x/4153236?page=51' },
    },
    {
      pattern: 'XVR*',
      label: 'digital video recorders (XVR series)',
      source: { title: 'Dahua XVR4 series user manual, p. 53, “Resetting Password” (EasyManuals)', url: 'https://www.easymanua.ls/dahua-technology/xvr4-series/manual?p=53' },
    },
  ],
  support: {
    website: 'https://www.dahuasecurity.com',
    policy: 'Support-issued resets need the model, the serial number and the date shown on the recorder, with you in front of the unit.',
    responseTime: 'Varies by region',
  },
  tools: [
    { name: 'DMSS', purpose: 'Phone app: Me → Test Tool → Password Resetting scans the recorder’s QR code.', platforms: ['ios', 'android'] },
    { name: 'ConfigTool', purpose: 'Computer tool with a QR method and an XML-file method for password resets.', platforms: ['windows'] },
  ],
  methods: [
    {
      slug: 'dmss-qr-code',
      title: 'Scan the QR code in DMSS',
      kind: 'app-qr',
      summary: '“Forgot password” shows a QR code; scan it in the DMSS app and a code goes to the e-mail reserved when the recorder was set up.',
      requirements: ['reserved-email-set'],
      dataLoss: 'none',
      validity: 'Use the code within 24 hours; the same QR code can be scanned twice',
      sources: [
        { title: 'Dahua Wiki FAQ: Password Reset NVR DMSS', url: 'https://dahuawiki.com/' },
        { title: 'Dahua XVR user manual, p. 59' },
      ],
      steps: [
        step('Choose “Forgot password”', 'On the recorder screen or its web page, choose “Forgot password”.', [
          note('Before resetting, the recorder tells you it collects the e-mail address, MAC address and serial number.'),
        ]),
        step('Scan the QR code in DMSS', 'In the DMSS app, open Me → Test Tool → Password Resetting and scan the QR code shown.'),
        step('Enter the code from the e-mail', 'A code arrives at the reserved e-mail address. Enter it on the recorder.', [
          warning('Use the code within 24 hours.'),
        ]),
        step('Set a new password', 'Enter the new password twice and save it.'),
        SYNC,
      ],
    },
    {
      slug: 'configtool-xml',
      title: 'Reset file through ConfigTool and support',
      kind: 'support-code',
      summary: 'ConfigTool can export a file for support, who return a reply file that resets the password. Details vary by model.',
      requirements: ['same-network', 'vendor-tool', 'serial-number'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      sources: [{ title: 'A Dahua reseller’s ConfigTool password reset guide' }],
      validity: 'The reply file is valid 24 hours; do not close the tool or reboot meanwhile',
      steps: [
        step('Open ConfigTool', 'On a computer on the same network, open ConfigTool and find the recorder.'),
        step('Export the reset file', 'Choose the password reset for the recorder and export the XML file.'),
        step('Send it to support', 'Send the file with the model, the serial number and the date shown on the recorder.', [
          note('Support may ask you to be in front of the recorder.'),
        ]),
        step('Import the reply file', 'Import the file support returns and set a new password.', [
          warning('The reply file is valid for 24 hours. Do not close ConfigTool or reboot the recorder until you are done.'),
        ]),
      ],
    },
    {
      slug: 'mainboard-reset-button',
      title: 'Mainboard reset button',
      kind: 'reset-button',
      summary: 'With no reserved e-mail and no security questions, the reset button on the mainboard returns the recorder to factory settings. Not all models have one.',
      requirements: ['physical-access', 'open-case'],
      dataLoss: 'settings',
      appliesTo: { models: 'Some models, for example D-XVR8208A; not all models have the button' },
      sources: [
        { title: 'Dahua support article 75000018695', url: 'https://dahua.support/' },
        { title: 'Dahua D-XVR8208A user manual' },
      ],
      steps: [
        step('Power off and open the case', 'Unplug the recorder and remove the cover.', [
          warning('All settings return to factory defaults, including the password.'),
        ]),
        step('Hold the reset button while powering on', 'Press and hold the button on the mainboard, plug the power in, and keep holding for 5 to 10 seconds.'),
        step('Set up again', 'Release the button. Initialize the recorder with a new password and set a reserved e-mail this time.'),
      ],
    },
  ],
})
