/** The plain text of a Lexical editor state: paragraphs joined by blank lines. Used for search. */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote'])

const collect = (node: LexicalNode, out: string[]) => {
  if (typeof node.text === 'string') out.push(node.text)
  for (const child of node.children ?? []) collect(child, out)
  if (node.type && BLOCKS.has(node.type)) out.push('\n\n')
}

export const lexicalToText = (state: unknown): string => {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const out: string[] = []
  collect(root, out)
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
