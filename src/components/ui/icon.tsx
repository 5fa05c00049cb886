import { createElement, type SVGProps } from 'react'
import type { IconNode } from 'lucide'

export type LucideIcon = (props: SVGProps<SVGSVGElement>) => React.JSX.Element

/** Draws one Lucide icon (its SVG elements as data) at the text's size and colour. */
export function icon(node: IconNode): LucideIcon {
  return function Icon(props) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        focusable="false"
        {...props}
      >
        {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
      </svg>
    )
  }
}
