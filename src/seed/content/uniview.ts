import { defineBrand } from '../factories'

/**
 * No password-reset procedure published by Uniview could be found (its support
 * site, UNV recorder manuals, the EZView app), so the guide gives none: it says,
 * once, what to do and whom to ask.
 */
export const uniview = defineBrand({
  name: 'Uniview',
  slug: 'uniview',
  accentColor: '#0057b8',
  // Uniview names its own products "UNV" (for example its UNV Guard platform on uniview.com).
  aliases: ['UNV'],
  support: {
    website: 'https://www.uniview.com/Support/',
    responseTime: 'Varies by region',
  },
  noMethodsAdvice:
    'We could not find a password-reset procedure that Uniview publishes for its recorders, so this guide does not give one and we will not guess.\n\nIf you still know the password, change it in the recorder’s menu (see the general guide). If you have forgotten it, ask the installer or shop that sold you the recorder, or contact Uniview’s technical support through uniview.com (Support).\n\nHave ready: the model and serial number from the label on the recorder, a clear photo of that label, your proof of purchase if you have it, and the date and time shown on the recorder’s screen.\n\nDo not use “master password” generators or unofficial firmware offered on other websites: they do not come from Uniview. Before opening the case or pressing any button inside it, ask support whether your model has one and what it erases.',
  methods: [],
})
