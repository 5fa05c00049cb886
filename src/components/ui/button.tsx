import type { ButtonHTMLAttributes, ReactNode } from 'react'
import type { LucideIcon } from './icons'

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger'

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant
  icon?: LucideIcon
  small?: boolean
  children: ReactNode
}

/** The button: primary (one per view), secondary (default), quiet (low emphasis) or danger. */
export function Button({
  variant = 'secondary',
  icon: Icon,
  small,
  className,
  children,
  ...rest
}: ButtonProps) {
  const classes = [variant === 'secondary' ? '' : variant, small ? 'small' : '', className ?? '']
  return (
    <button type="button" {...rest} className={classes.filter(Boolean).join(' ') || undefined}>
      {Icon ? <Icon className="icon" aria-hidden="true" /> : null}
      {children}
    </button>
  )
}

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
