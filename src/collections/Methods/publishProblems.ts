/** What a step must have before its method can be published; shared by the server check and the admin's flags. */
export type StepForCheck = {
  order: number
  title: string
  text: string
  /** The step's picture, if any, with the alt text its media document carries. */
  image: { alt: string } | null
}

export const stepProblems = (step: StepForCheck): string[] => {
  const problems: string[] = []
  if (!step.text.trim()) problems.push('has no text')
  if (step.image && !step.image.alt.trim()) problems.push('has a picture without alt text')
  return problems
}

/** Each problem as a sentence an editor can act on; empty when the method can be published. */
export const publishProblems = (steps: StepForCheck[]): string[] => {
  if (steps.length === 0) return ['A method needs at least one step before it can be published.']
  return steps.flatMap((step) => {
    const problems = stepProblems(step)
    return problems.length
      ? [`Step ${step.order} ("${step.title}") ${problems.join(' and ')}.`]
      : []
  })
}
