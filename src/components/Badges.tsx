import { DATA_LOSS, REQUIREMENTS } from '../collections/Methods/options'
import type { GuideMethod } from '../queries/guides'

/** What a method costs the reader, at a glance: data loss, time, validity, lockout, what it needs. */
export function Badges({ method }: { method: GuideMethod }) {
  return (
    <div className="badges">
      <ul className="badge-row" aria-label="At a glance">
        <li className={`badge loss-${method.dataLoss}`}>
          <span className="badge-key">Data</span> {DATA_LOSS[method.dataLoss]}
        </li>
        {method.estimatedTime ? (
          <li className="badge">
            <span className="badge-key">Time</span> {method.estimatedTime}
          </li>
        ) : null}
        {method.validity ? (
          <li className="badge">
            <span className="badge-key">Valid</span> {method.validity}
          </li>
        ) : null}
        {method.lockout ? (
          <li className="badge badge-warn">
            <span className="badge-key">Lockout</span> {method.lockout}
          </li>
        ) : null}
      </ul>
      {method.requirements?.length ? (
        <div className="needs">
          <span className="needs-title">You need</span>
          <ul>
            {method.requirements.map((r) => (
              <li key={r}>{REQUIREMENTS[r]}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
