import { createFileRoute, useRouter, type SearchSchemaInput } from '@tanstack/react-router'
import { SignInForm } from '@/components/sign-in-form'
import { object, oneOf, optional, string, withFallback, type Infer } from '@/lib/decode'
import { safeRedirect } from '@/lib/redirect'

const readSearch = object({
  redirect: withFallback(optional(string), undefined),
  reason: withFallback(optional(oneOf(['expired'])), undefined),
})
type SignInSearch = Infer<typeof readSearch>
const signInSearch = (search: SignInSearch & SearchSchemaInput): SignInSearch => readSearch(search)

export const Route = createFileRoute('/sign-in')({
  validateSearch: signInSearch,
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
      <SignInForm onSignedIn={() => router.history.replace(safeRedirect(redirect))} />
    </section>
  )
}
