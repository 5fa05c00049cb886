import { Link } from '@tanstack/react-router'

export function NotFound({
  title = 'Page not found',
  children,
}: {
  title?: string
  children?: React.ReactNode
}) {
  return (
    <section className="state">
      <h1>{title}</h1>
      {children ?? <p>There is nothing at this address. It may have been mistyped or removed.</p>}
      <p>
        <Link to="/containers">Back to all containers</Link>
      </p>
    </section>
  )
}
