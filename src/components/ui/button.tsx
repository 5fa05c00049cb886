import type { ButtonHTMLAttributes, ReactNode } from 'react'
import type { LucideIcon } from './icons'

type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & {
  icon: LucideIcon
  /** The accessible name, also shown as a tooltip. */
  label: string
  small?: boolean
  children?: ReactNode
}

/** An icon-only button; `label` is its accessible name and tooltip. */
export function IconButton({ icon: Icon, label, small, className, children, ...rest }: IconButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      {...rest}
      className={['icon-only', small ? 'small' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <Icon className="icon" aria-hidden="true" />
      {children}
    </button>
  )
}
