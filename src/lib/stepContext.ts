/**
 * Flags a method's own operations pass to the hooks of its steps (through
 * Payload's `context`), so that Methods and Steps share these words without
 * importing each other's internals.
 */
/** Set when a method is deleted with its steps: then its last step may go too. */
export const DELETING_METHOD = 'deletingMethod'
/** Set while a method renumbers its steps 1..n in one go: orders may collide midway. */
export const REORDERING_STEPS = 'reorderingSteps'
