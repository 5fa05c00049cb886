import type { Nodes, Parents } from 'mdast'
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown'
import remarkGfm from 'remark-gfm'

/**
 * README rendering that is safe for text written by other users: raw HTML is shown as code, never parsed;
 * only http(s), mailto and relative links survive (javascript:, data: and friends are dropped); external
 * links open in a new tab without access to this page.
 */
const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/)|\.{0,2}\/)/i

export function safeUrl(url: string): string {
  const transformed = defaultUrlTransform(url)
  return transformed && SAFE_URL.test(transformed.trim()) ? transformed : ''
}

/** Raw HTML becomes code: a block of it a code block, inline tags inline code, so it reads as written. */
function rawHtmlAsCode() {
  const walk = (node: Parents) => {
    node.children = node.children.map((child: Nodes) => {
      if (child.type === 'html')
        return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell'
          ? { type: 'inlineCode', value: child.value }
          : { type: 'code', value: child.value }
      if ('children' in child) walk(child)
      return child
    }) as typeof node.children
  }
  return walk
}

const components: Components = {
  a: ({ href, children }) => {
    if (!href) return <span>{children}</span>
    const external = /^https?:/i.test(href)
    return (
      <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}>
        {children}
      </a>
    )
  },
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? <img src={src} alt={alt ?? ''} loading="lazy" /> : null,
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'
const headingTags: HeadingTag[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']

/** Components whose headings sit `offset` levels lower (a README's `#` under the page's own h1). */
const shiftedComponents = (offset: number): Components => {
  if (offset <= 0) return components
  const shifted: Components = { ...components }
  headingTags.forEach((tag, level) => {
    const Tag = headingTags[Math.min(level + offset, 5)]!
    shifted[tag] = ({ children }) => <Tag>{children}</Tag>
  })
  return shifted
}

export function Markdown({ children, headingOffset = 0 }: { children: string; headingOffset?: number }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, rawHtmlAsCode]}
        urlTransform={safeUrl}
        components={shiftedComponents(headingOffset)}
      >
        {children}
      </ReactMarkdown>
    </div>
  )
}
