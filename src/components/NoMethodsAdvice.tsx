import { SUPPORT_ANCHOR } from './SupportCard'

type Props = { brandName: string; advice: string; hasSupport: boolean; generalFollow: boolean }

/**
 * For a brand with no sourced method of its own: what its editors advise doing and
 * whom to ask, in one block, in place of a bare "nothing here yet".
 */
export function NoMethodsAdvice({ brandName, advice, hasSupport, generalFollow }: Props) {
  const paragraphs = advice
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return (
    <div className="notice no-methods-advice">
      <p>
        <strong>No {brandName}-specific procedure could be sourced yet.</strong>
      </p>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {generalFollow ? (
        <p>
          The general methods below work on most recorders
          {hasSupport ? (
            <>
              ; <a href={`#${SUPPORT_ANCHOR}`}>{brandName} support</a> can confirm what applies to
              your model
            </>
          ) : null}
          .
        </p>
      ) : null}
    </div>
  )
}
