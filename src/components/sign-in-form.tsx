import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { login, signInWithToken } from '@/api/auth'
import { describeError, isApiError } from '@/api/errors'
import { CheckboxField, FormRootError, TextField } from './form/fields'

const passwordSchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_]{3,20}$/, 'Use 3 to 20 letters, digits or underscores.'),
  password: z.string().min(1, 'Enter your password.'),
  persistent: z.boolean(),
})
const tokenSchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, 'Paste an API token.')
    .refine((t) => !/\s/.test(t), 'A token has no spaces or line breaks.'),
  persistent: z.boolean(),
})

/** Both ways to sign in: username + password, or a pasted API token (checked against the profile). */
export function SignInForm({
  onSignedIn,
  idPrefix = 'sign-in',
}: {
  onSignedIn: () => void
  idPrefix?: string
}) {
  const [mode, setMode] = useState<'password' | 'token'>('password')
  const passwordForm = useForm({
    resolver: zodResolver(passwordSchema),
    defaultValues: { username: '', password: '', persistent: false },
  })
  const tokenForm = useForm({
    resolver: zodResolver(tokenSchema),
    defaultValues: { token: '', persistent: false },
  })

  const failed = (error: unknown) => {
    const message =
      isApiError(error) && error.kind === 'unauthenticated'
        ? mode === 'password'
          ? 'The username or password is not right.'
          : 'The server did not accept this token. It may have expired.'
        : describeError(error)
    return message
  }

  return (
    <div>
      <div className="tabs" role="tablist" aria-label="How to sign in">
        {(['password', 'token'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${m}`}
            aria-selected={mode === m}
            aria-controls={`${idPrefix}-panel-${m}`}
            onClick={() => setMode(m)}
          >
            {m === 'password' ? 'Username and password' : 'API token'}
          </button>
        ))}
      </div>
      {mode === 'password' ? (
        <div role="tabpanel" id={`${idPrefix}-panel-password`} aria-labelledby={`${idPrefix}-tab-password`}>
          <form
            noValidate
            onSubmit={passwordForm.handleSubmit(async (values) => {
              try {
                await login({ username: values.username, password: values.password }, values.persistent)
                onSignedIn()
              } catch (error) {
                passwordForm.setError('root.server', { message: failed(error) })
              }
            })}
          >
            <FormRootError form={passwordForm} />
            <TextField
              control={passwordForm.control}
              name="username"
              label="Username"
              autoComplete="username"
            />
            <TextField
              control={passwordForm.control}
              name="password"
              label="Password"
              type="password"
              autoComplete="current-password"
            />
            <CheckboxField
              control={passwordForm.control}
              name="persistent"
              label="Keep me signed in on this computer"
            />
            <button className="primary" type="submit" disabled={passwordForm.formState.isSubmitting}>
              {passwordForm.formState.isSubmitting ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      ) : (
        <div role="tabpanel" id={`${idPrefix}-panel-token`} aria-labelledby={`${idPrefix}-tab-token`}>
          <form
            noValidate
            onSubmit={tokenForm.handleSubmit(async (values) => {
              try {
                await signInWithToken(values.token, values.persistent)
                onSignedIn()
              } catch (error) {
                tokenForm.setError('root.server', { message: failed(error) })
              }
            })}
          >
            <FormRootError form={tokenForm} />
            <TextField
              control={tokenForm.control}
              name="token"
              label="Token"
              type="password"
              autoComplete="off"
              hint="The bearer token (a JWT) from the RCABench API. It is checked before it is kept."
            />
            <CheckboxField
              control={tokenForm.control}
              name="persistent"
              label="Keep me signed in on this computer"
            />
            <button className="primary" type="submit" disabled={tokenForm.formState.isSubmitting}>
              {tokenForm.formState.isSubmitting ? 'Checking…' : 'Sign in with token'}
            </button>
          </form>
        </div>
      )}
    </div>
  )
}
