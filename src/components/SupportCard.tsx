import type { GuideBrand } from '../queries/guides'

type Support = NonNullable<GuideBrand['support']>

/**
 * Whether the card has something to show: a way to reach support (website,
 * e-mail or phone). Without one it would only say "varies" and what to send to nobody.
 */
export const hasSupportDetails = (support: GuideBrand['support']): support is Support =>
  Boolean(support && (support.website || support.email || support.phone))

/** The support card's anchor, for "contact support" links. */
export const SUPPORT_ANCHOR = 'support'

/** How to reach the brand's support, and what to send them so they can help at once. Nothing when no details are known. */
export function SupportCard({ brand }: { brand: GuideBrand }) {
  const s = brand.support
  if (!hasSupportDetails(s)) return null
  return (
    <section className="card support-card" aria-labelledby="support-title" id={SUPPORT_ANCHOR}>
      <h2 id="support-title">{brand.name} support</h2>
      <dl>
        {s.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={s.website} rel="noopener nofollow">
                {s.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </>
        ) : null}
        {s.email ? (
          <>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${s.email}`}>{s.email}</a>
            </dd>
          </>
        ) : null}
        {s.phone ? (
          <>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${s.phone.replace(/[^+\d]/g, '')}`}>{s.phone}</a>
            </dd>
          </>
        ) : null}
        {s.hours ? (
          <>
            <dt>Hours</dt>
            <dd>{s.hours}</dd>
          </>
        ) : null}
        <dt>Typical response</dt>
        <dd>{s.responseTime || 'Varies'}</dd>
      </dl>
      {s.policy ? <p className="policy">{s.policy}</p> : null}
      <h3>What to send</h3>
      <ul>
        <li>
          The serial number (on the label, and often on the login screen after “Forgot password”)
        </li>
        <li>A clear photo of the label showing the model and serial number</li>
        <li>The date and time shown on the recorder’s screen</li>
        <li>What you tried, and where it stopped</li>
      </ul>
    </section>
  )
}
