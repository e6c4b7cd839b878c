import Link from 'next/link'
import type { Payload, TypedUser, Where } from 'payload'

import { hasRole, isEditor } from '../../access'
import { formatDay } from '../../lib/dates'
import { CHECK_AGAIN_AFTER_DAYS, staleWhere } from '../../lib/freshness'
import { whereQuery } from '../../lib/whereQuery'
import { FAILING_WINDOW_DAYS, FILTERS, getDashboard } from '../../queries/dashboard'
import { searchPath } from '../../routes'

const list = (collection: string, where?: Where) =>
  `/admin/collections/${collection}${where ? `?${whereQuery(where)}` : ''}`

const age = (iso: string, now: number) => {
  const hours = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 3_600_000))
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`
}

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: '1rem 1.25rem',
  background: 'var(--theme-elevation-0)',
}

const subhead: React.CSSProperties = { margin: '1.5rem 0 0.5rem' }

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link
      href={href}
      style={{ ...card, display: 'block', textDecoration: 'none' }}
      aria-label={`${label}: ${value}`}
    >
      <span style={{ display: 'block', fontSize: '2rem', fontWeight: 700, lineHeight: 1.1 }}>
        {value}
      </span>
      <span>{label}</span>
    </Link>
  )
}

/**
 * The admin's home page for staff: where readers are stuck. Support sees the
 * case figures; editors see the methods that fail and the brands that still
 * need a guide of their own; admins see everything.
 */
export async function SupportDashboard({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  const who = user ? { ...user, collection: 'users' as const } : null
  const support = hasRole(who, 'admin', 'support')
  const editor = isEditor(who)
  const data = await getDashboard(payload)
  // An async server component renders once per request: the clock is read once, and every age
  // on the page counts from that moment (the purity rule is about client renders that repeat).
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now()
  const since = new Date(now - FAILING_WINDOW_DAYS * 24 * 3_600_000)

  return (
    <section
      aria-labelledby="dashboard-title"
      className="support-dashboard"
      style={{ marginBottom: '2rem' }}
    >
      <h2 id="dashboard-title" style={{ marginBottom: '1rem' }}>
        Where readers are stuck
      </h2>

      {support && (
        <>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
              gap: '1rem',
              marginBottom: '1.5rem',
            }}
          >
            <Figure
              label="Cases pending moderation"
              value={data.pending}
              href={list('comments', FILTERS.pending)}
            />
            <Figure
              label="Open and unanswered"
              value={data.open.total}
              href={list('comments', FILTERS.open)}
            />
            <Figure
              label="Answered, not resolved"
              value={data.answeredNotResolved}
              href={list('comments', FILTERS.answeredNotResolved)}
            />
          </div>
          <h3 style={subhead}>Open and unanswered, by brand</h3>
          {data.open.byBrand.length === 0 ? (
            <p>No open case is waiting for an answer.</p>
          ) : (
            <table className="table" style={{ marginBottom: '1.5rem' }}>
              <thead>
                <tr>
                  <th scope="col">Brand</th>
                  <th scope="col">Open cases</th>
                  <th scope="col">Oldest waiting</th>
                </tr>
              </thead>
              <tbody>
                {data.open.byBrand.map((row) => (
                  <tr key={String(row.brand.id)}>
                    <td>{row.brand.name}</td>
                    <td>
                      <Link
                        href={list('comments', {
                          and: [FILTERS.open, { brand: { equals: row.brand.id } }],
                        })}
                      >
                        {row.count}
                      </Link>
                    </td>
                    <td>{row.oldest ? age(row.oldest, now) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <h3 style={subhead}>Methods that did not work, last {FAILING_WINDOW_DAYS} days</h3>
      {data.failingMethods.length === 0 ? (
        <p>No reader said a method failed in the last {FAILING_WINDOW_DAYS} days.</p>
      ) : (
        <table className="table" style={{ marginBottom: '1.5rem' }}>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">“Didn’t work”</th>
              <th scope="col">Reasons</th>
            </tr>
          </thead>
          <tbody>
            {data.failingMethods.map((row) => (
              <tr key={String(row.method.id)}>
                <td>
                  {editor ? (
                    <Link href={`/admin/collections/methods/${row.method.id}`}>
                      {row.method.title}
                    </Link>
                  ) : (
                    row.method.title
                  )}
                  {row.method.brand ? ` (${row.method.brand})` : ' (general)'}
                </td>
                <td>
                  <Link
                    href={list('feedback', {
                      and: [FILTERS.failing(since), { method: { equals: row.method.id } }],
                    })}
                  >
                    {row.count}
                  </Link>
                </td>
                <td>
                  {row.reasons.map((r) => `${r.label}: ${r.count}`).join(' · ')}
                  {row.comments.map((comment, i) => (
                    <q key={i} style={{ display: 'block', fontStyle: 'italic' }}>
                      {comment}
                    </q>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 style={subhead}>Searches that found nothing</h3>
      {data.missedSearches.length === 0 ? (
        <p>No reader’s search has come up empty yet.</p>
      ) : (
        <table className="table" style={{ marginBottom: '1.5rem' }}>
          <thead>
            <tr>
              <th scope="col">Words searched</th>
              <th scope="col">Times</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {data.missedSearches.map((row) => (
              <tr key={String(row.id)}>
                <td>
                  <a href={searchPath(row.query)} target="_blank" rel="noreferrer">
                    {row.query}
                  </a>
                </td>
                <td>{row.count}</td>
                <td>{age(row.lastSeen, now)} ago</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editor && data.missedSearches.length > 0 && (
        <p>
          <Link href={list('search-misses')}>All missed searches</Link>: a new alias, model pattern
          or method may answer them.
        </p>
      )}

      {editor && (
        <>
          <h3 style={subhead}>
            Brands without methods of their own ({data.brandsWithoutMethods.total})
          </h3>
          {data.brandsWithoutMethods.total === 0 ? (
            <p>Every brand has at least one published method of its own.</p>
          ) : (
            <p>
              Their readers see only the general methods:{' '}
              {data.brandsWithoutMethods.brands.map((brand, i) => (
                <span key={String(brand.id)}>
                  {i > 0 && ', '}
                  <Link href={`/admin/collections/brands/${brand.id}`}>{brand.name}</Link>
                </span>
              ))}
              {data.brandsWithoutMethods.total > data.brandsWithoutMethods.brands.length && (
                <>
                  {' '}
                  and{' '}
                  <Link
                    href={list(
                      'brands',
                      data.brandsWithoutMethods.withMethods.length
                        ? { id: { not_in: data.brandsWithoutMethods.withMethods } }
                        : undefined,
                    )}
                  >
                    {data.brandsWithoutMethods.total - data.brandsWithoutMethods.brands.length} more
                  </Link>
                </>
              )}
              .
            </p>
          )}

          <h3 style={subhead}>Methods not checked for a year ({data.staleMethods.total})</h3>
          {data.staleMethods.total === 0 ? (
            <p>
              Every published method was checked against its sources in the last{' '}
              {CHECK_AGAIN_AFTER_DAYS} days.
            </p>
          ) : (
            <>
              <table className="table" style={{ marginBottom: '0.5rem' }}>
                <thead>
                  <tr>
                    <th scope="col">Brand</th>
                    <th scope="col">Method</th>
                    <th scope="col">Last checked</th>
                  </tr>
                </thead>
                <tbody>
                  {data.staleMethods.methods.map((m) => (
                    <tr key={String(m.id)}>
                      <td>{m.brand ?? 'General guide'}</td>
                      <td>
                        <Link href={`/admin/collections/methods/${m.id}`}>{m.title}</Link>
                      </td>
                      <td>
                        {m.lastChecked ? (
                          <time dateTime={m.lastChecked}>
                            {formatDay(m.lastChecked, { short: true })}
                          </time>
                        ) : (
                          'Never'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.staleMethods.total > data.staleMethods.methods.length && (
                <p>
                  And{' '}
                  <Link href={list('methods', staleWhere(new Date(now)))}>
                    {data.staleMethods.total - data.staleMethods.methods.length} more
                  </Link>
                  .
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  )
}
