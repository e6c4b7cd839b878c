/** The kinds of callout a step may carry, each shown in its own style under its label. */
export const CALLOUT_KINDS = { tip: 'Tip', warning: 'Warning', note: 'Note' } as const

export type CalloutKind = keyof typeof CALLOUT_KINDS
