import { createFileRoute, useRouter } from '@tanstack/react-router'
import * as z from 'zod/mini'
import { SignInForm } from '@/components/sign-in-form'
import { safeRedirect } from '@/lib/redirect'

const signInSearch = z.object({
  redirect: z.catch(z.optional(z.string()), undefined),
  reason: z.catch(z.optional(z.enum(['expired'])), undefined),
})

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
