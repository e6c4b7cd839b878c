import { defineBrand } from '../factories'

/**
 * No vendor procedure has been sourced for Uniview yet: the guide shows the
 * general methods, labelled as general, and the public support channel.
 */
export const uniview = defineBrand({
  name: 'Uniview',
  slug: 'uniview',
  accentColor: '#0057b8',
  summary:
    'No Uniview-specific reset procedure is documented here yet. Start with the general methods, which apply to most recorders, or contact Uniview support with your serial number.',
  aliases: ['UNV'],
  support: {
    website: 'https://www.uniview.com',
    responseTime: 'Varies by model and region',
  },
  methods: [],
})
