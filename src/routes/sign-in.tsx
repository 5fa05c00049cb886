import { createFileRoute, useRouter } from '@tanstack/react-router'
import { SignInForm } from '@/components/sign-in-form'
import { object, oneOf, optionalKey, string } from '@/lib/decode'
import { safeRedirect } from '@/lib/redirect'
import { searchValidator } from '@/lib/url-search'

const readSearch = object({
  redirect: optionalKey(string),
  reason: optionalKey(oneOf(['expired'])),
})

export const Route = createFileRoute('/sign-in')({
  validateSearch: searchValidator(readSearch),
  head: () => ({ meta: [{ title: 'Sign in · RCABench Containers' }] }),
  component: SignInPage,
})

function SignInPage() {
  const { redirect, reason } = Route.useSearch()
  const router = useRouter()
  return (
    <section className="sign-in card">
      <h1>Sign in</h1>
      {reason === 'expired' ? (
        <div className="alert warn" role="status">
          Your session has ended. Sign in again and you will return to the page you were on.
        </div>
      ) : null}
      <SignInForm onSignedIn={() => void router.navigate({ href: safeRedirect(redirect), replace: true })} />
    </section>
  )
}
