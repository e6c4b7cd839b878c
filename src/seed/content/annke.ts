import { defineBrand } from '../factories'

// The N44PI guide carries Hikvision's login-protection text word for word (compare the
// DS-7600NI-E1 quick guide, p. 31), which is what ties it to Hikvision firmware.
const N44PI_GUIDE = {
  title: 'ANNKE N44PI network video recorder quick operation guide, p. 17 (ManualsHive 2944805)',
  url: 'https://manualshive.com/en/manual/annke/n44pi/2944805?page=17',
  page: '17',
}

export const annke = defineBrand({
  name: 'Annke',
  slug: 'annke',
  accentColor: '#0e6b5c',
  support: { website: 'https://www.annke.com' },
  relations: [
    { kind: 'runs-firmware-of', brand: 'hikvision', models: 'N44PI', source: N44PI_GUIDE },
  ],
  noMethodsAdvice:
    'Annke publishes no password reset procedure that we could find, so this guide lists no method of its own.\n\nSome Annke recorders, such as the N44PI, run Hikvision firmware: its guide locks the admin login for 60 seconds after seven wrong passwords, exactly as Hikvision’s do. On such a recorder, click “Forgot Password” on the login screen and see which options it offers; the Hikvision guide explains each one, but whether your model has them varies by model.\n\nBefore anything that resets the recorder, contact Annke support through annke.com with the model, the serial number from the label and a photo of the login screen, and ask for their procedure.',
  methods: [],
})
