import Link from 'next/link'

import type { SearchOutcome } from '../search'

import { Highlighted } from './Highlighted'

/** The results of a search, one section per guide: the brand, its matching methods, and under each the matching steps. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  const { groups } = outcome
  return (
    <ol className="result-groups">
      {groups.map((group) => (
        <li key={group.key} className="result-group">
          <h3>
            <Link href={group.href}>
              <Highlighted segments={group.heading} />
            </Link>
          </h3>
          {group.notes.map((note, i) => (
            <p key={i} className="result-note">
              <Highlighted segments={note} />
            </p>
          ))}
          {group.methods.length > 0 && (
            <ul className="result-methods">
              {group.methods.map((method) => (
                <li key={method.id}>
                  <Link href={method.href} className="result-method">
                    <Highlighted segments={method.title} />
                  </Link>
                  {method.excerpt && (
                    <p className="result-excerpt">
                      <Highlighted segments={method.excerpt} />
                    </p>
                  )}
                  {method.steps.length > 0 && (
                    <ul className="result-steps">
                      {method.steps.map((step) => (
                        <li key={step.href}>
                          <Link href={step.href}>
                            Step {step.order}: <Highlighted segments={step.title} />
                          </Link>
                          {step.excerpt && (
                            <p className="result-excerpt">
                              <Highlighted segments={step.excerpt} />
                            </p>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
          {group.moreMethods > 0 && (
            <p className="result-more">
              <Link href={group.href}>
                {group.moreMethods} more method{group.moreMethods === 1 ? '' : 's'} in{' '}
                {group.brand ? `the ${group.brand.name} guide` : 'the general guide'}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
