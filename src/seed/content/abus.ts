import { defineBrand, note, step, tip, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

// ABUS's own quick guide, read through a manual mirror: the page names the GUID file as the only
// way to reset the admin password yourself, and ABUS technical support as the way without it.
const NVR10040_GUIDE: SeedSource = {
  title:
    'ABUS NVR10040 network video recorder quick guide, p. 38, “Resetting the password” (ManualArchiveGuide 2495867)',
  url: 'https://manualarchiveguide.com/manuals/Abus-NVR10040-Quick-Manual-2495867?page=38',
  page: '38',
  shows: ['key-file', 'support-code'],
}

const MODELS =
  'The NVR10040 and other ABUS recorders whose login has “Forgotten password”; varies by model: check your recorder’s guide'

export const abus = defineBrand({
  name: 'ABUS',
  slug: 'abus',
  accentColor: '#b3001b',
  summary:
    'ABUS recorders let you reset the admin password yourself only with the GUID file saved beforehand, imported at the recorder or through its web page. Without a valid GUID file, ABUS technical support can reset it, provided a computer on site is connected to the recorder and to the internet.',
  support: {
    website: 'https://www.abus.com',
    policy:
      'Without a valid GUID file, contact ABUS Security-Center technical support. You need a computer on the premises that is on the recorder’s network and online, to receive the data support provides; without it, ABUS says the password cannot be reset.',
  },
  methods: [
    {
      slug: 'guid-file',
      title: 'Import the GUID file',
      kind: 'key-file',
      summary:
        'Click “Forgotten password”, insert the USB drive with the GUID file saved for this recorder, select the file and click Import. The file works once: after it has been used, or after the password has been changed, a new one must be created.',
      requirements: ['key-file-exported'],
      dataLoss: 'none',
      appliesTo: { models: MODELS },
      sources: [NVR10040_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Check your GUID file',
          'Find the USB drive or other storage where the GUID file was kept when the recorder was set up.',
          [
            warning(
              'The file is no longer valid if it has already been used or if the password was changed after it was created. In that case, go to the next method.',
            ),
          ],
        ),
        step(
          'At the recorder',
          'With a monitor and mouse on the recorder, click “Forgotten password” in the login dialog. Insert the USB drive, select the GUID file and click Import.',
        ),
        step(
          'Or through the web page',
          'Alternatively, open the recorder’s web page in a browser, click “Forgotten password”, insert the USB drive into the computer, select the GUID file and click Import.',
        ),
        step(
          'Set a new password and a new file',
          'Set the new password. The old GUID file is now used up: create a new one straight away and keep it on an external drive in a safe place.',
          [
            tip(
              'ABUS recommends deciding at setup where the password and GUID file are stored and who may reach them.',
            ),
          ],
        ),
      ],
    },
    {
      slug: 'abus-technical-support',
      title: 'Reset with ABUS technical support',
      kind: 'support-code',
      summary:
        'If the password was not noted down and no valid GUID file exists, ABUS Security-Center technical support can reset it. You need a computer on the premises connected to the recorder’s network and to the internet, to receive the data support sends.',
      requirements: ['same-network'],
      dataLoss: 'none',
      estimatedTime: 'Depends on support',
      appliesTo: { models: MODELS },
      sources: [NVR10040_GUIDE],
      checkedAt: CHECKED,
      steps: [
        step(
          'Prepare a computer on site',
          'Put a computer on the same network as the recorder, with internet access. ABUS says that without this the password cannot be reset.',
        ),
        step(
          'Contact ABUS technical support',
          'Contact ABUS Security-Center technical support, say that the admin password is lost and that you have no valid GUID file, and follow their instructions.',
          [
            note(
              'ABUS’s guide does not describe the steps support takes; they vary by model. Have the model and serial number from the recorder’s label ready.',
            ),
          ],
        ),
        step(
          'Set a new password and save a GUID file',
          'Once the password is reset, set a new one and create a new GUID file for next time.',
        ),
      ],
    },
  ],
})
