/** A select field's options from a vocabulary's labels (`{ value: 'Label' }`), in their order. */
export const toOptions = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
