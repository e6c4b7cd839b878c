import { defineBrand } from '../factories'

/**
 * No vendor procedure has been sourced for Uniview yet: the guide shows the
 * general methods and the public support channel, and says so itself, once
 * (so no summary repeats it).
 */
export const uniview = defineBrand({
  name: 'Uniview',
  slug: 'uniview',
  accentColor: '#0057b8',
  aliases: ['UNV'],
  support: {
    website: 'https://www.uniview.com',
    responseTime: 'Varies by model and region',
  },
  methods: [],
})
