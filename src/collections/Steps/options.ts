/** The kinds of callout a step may carry, each shown in its own style. */
export const CALLOUT_KINDS = ['tip', 'warning', 'note'] as const

export type CalloutKind = (typeof CALLOUT_KINDS)[number]
