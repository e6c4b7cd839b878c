import { defineBrand, note, step, warning } from '../factories'
import type { SeedSource } from '../factories'

const CHECKED = '2026-12-02'

const FAQ: SeedSource = {
  title:
    'i-PRO FAQ en121271: “I forgot my recorder password.” (network recorders, last updated 12 June 2025)',
  url: 'https://i-pro.com/products_and_solutions/en/surveillance/faq-list/en121271',
  shows: ['menu'],
}

const MODELS =
  'WJ-NX100, WJ-NX200, WJ-NX300, WJ-NX400K, WJ-NV200, WJ-NV300 and WJ-ND400 network recorders'

export const iPro = defineBrand({
  name: 'i-PRO',
  slug: 'i-pro',
  accentColor: '#1a1a6e',
  summary:
    'On i-PRO network recorders the monitor attached to the recorder is often still logged in as the administrator (auto login is on from the factory), so the administrator name and password can simply be changed in its setup menu. If auto login is off or set to PC access only, or the model is the WJ-ND400K, the recorder must be initialized by i-PRO’s service department as a repair: contact i-PRO support.',
  support: {
    website: 'https://i-pro.com/products_and_solutions/en/surveillance/faq-list/en121271',
    policy:
      'When the administrator cannot log in from the browser or at the recorder, i-PRO support handles initialization as a repair in its service department. Before you contact them, connect an HDMI monitor and a USB mouse to the recorder.',
  },
  methods: [
    {
      slug: 'change-at-hdmi-monitor',
      title: 'Change the password at the recorder’s monitor',
      kind: 'menu',
      summary:
        'If the recorder’s own screen logs in automatically as the administrator (the factory setting), open Setup on an HDMI monitor with a USB mouse and set a new administrator name and password under User management. Nothing is erased.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'none',
      appliesTo: {
        models: `${MODELS}, except the WJ-ND400K; only while auto login at the recorder is on`,
      },
      sources: [FAQ],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect a monitor and mouse',
          'Plug an HDMI monitor and a USB mouse into the recorder. The browser login is not needed for this.',
        ),
        step(
          'Open Setup',
          'On the recorder’s screen, click Setup. If the screen asks for a password instead, auto login is off or limited to PC access, and this method will not work: go to the next one.',
          [
            note(
              'Auto login, with the administrator as the auto-login user, is the factory setting; it may have been changed when the recorder was installed.',
            ),
          ],
        ),
        step(
          'Set a new administrator password',
          'Open Settings → User management → Administrator Setup, enter the new administrator name and password, and save.',
        ),
        step(
          'Fix other users if needed',
          'If only a standard user was locked out, the administrator can set that user’s new credentials in User management as well.',
        ),
      ],
    },
    {
      slug: 'service-initialization',
      title: 'Initialization by i-PRO’s service department',
      kind: 'other',
      summary:
        'If the administrator cannot log in either from the browser or at the recorder (auto login off or set to PC access only, or a WJ-ND400K), only i-PRO can help: the recorder is initialized as a repair in their service department, so its settings are lost. Try the method above first.',
      requirements: ['physical-access', 'monitor-and-mouse'],
      dataLoss: 'settings',
      estimatedTime: 'Depends on i-PRO support',
      appliesTo: { models: MODELS },
      sources: [FAQ],
      checkedAt: CHECKED,
      steps: [
        step(
          'Connect a monitor and mouse',
          'Before calling, connect an HDMI monitor and a USB mouse directly to the recorder: i-PRO asks for a direct, local connection.',
        ),
        step(
          'Contact i-PRO support',
          'Contact i-PRO support, say that the administrator is locked out both from the browser and at the recorder, and give the model.',
          [
            warning(
              'Initialization returns the recorder’s settings to their defaults, the password included. i-PRO’s article does not say whether recordings are kept: ask before you agree to it. Cameras keep their own passwords: the recorder will need them again.',
            ),
          ],
        ),
        step(
          'Set it up again',
          'When the recorder comes back, set a new administrator password and note it somewhere safe.',
        ),
      ],
    },
  ],
})
