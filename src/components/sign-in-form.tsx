import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react'
import { describeError, isApiError } from '@/api/errors'
import { describedBy, FieldFrame } from './form/field-frame'

/**
 * The sign-in page is where every signed-out visit lands, so it is written without react-hook-form and
 * zod (≈40 KiB gzip): two small forms, each field a rule returning its message ('' when fine).
 */
type Rules<K extends string> = Record<K, (value: string) => string>

const passwordRules: Rules<'username' | 'password'> = {
  username: (v) =>
    /^[a-zA-Z0-9_]{3,20}$/.test(v.trim()) ? '' : 'Use 3 to 20 letters, digits or underscores.',
  password: (v) => (v.length > 0 ? '' : 'Enter your password.'),
}
const tokenRules: Rules<'token'> = {
  token: (v) =>
    !v.trim() ? 'Paste an API token.' : /\s/.test(v.trim()) ? 'A token has no spaces or line breaks.' : '',
}

/**
 * A form's values, errors and submit: errors show after the first submit and then follow each change
 * (as react-hook-form's default modes do); the first invalid field gets the focus.
 */
function usePlainForm<K extends string>(
  rules: Rules<K>,
  /** Resolves with the form-level error to show, '' when it worked. */
  submit: (values: Record<K, string>) => Promise<string>,
) {
  const names = Object.keys(rules) as K[]
  const [values, setValues] = useState(
    () => Object.fromEntries(names.map((n) => [n, ''])) as Record<K, string>,
  )
  const [errors, setErrors] = useState<Partial<Record<K, string>>>({})
  const [validating, setValidating] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [rootError, setRootError] = useState('')
  const inputs = useRef<Partial<Record<K, HTMLInputElement | null>>>({})

  const field = (name: K) => ({
    name,
    value: values[name],
    error: errors[name],
    ref: (el: HTMLInputElement | null) => {
      inputs.current[name] = el
    },
    onChange: (value: string) => {
      setValues((prev) => ({ ...prev, [name]: value }))
      if (validating) setErrors((prev) => ({ ...prev, [name]: rules[name](value) || undefined }))
    },
  })
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting) return
    setValidating(true)
    const found = Object.fromEntries(names.map((n) => [n, rules[n](values[n]) || undefined])) as Partial<
      Record<K, string>
    >
    setErrors(found)
    const firstInvalid = names.find((n) => found[n])
    if (firstInvalid) {
      inputs.current[firstInvalid]?.focus()
      return
    }
    setRootError('')
    setSubmitting(true)
    setRootError(await submit(values))
    setSubmitting(false)
  }
  return { field, onSubmit, submitting, rootError }
}

function PlainTextField({
  field,
  label,
  hint,
  ...input
}: {
  field: ReturnType<ReturnType<typeof usePlainForm>['field']>
  label: ReactNode
  hint?: ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange' | 'defaultValue'>) {
  const id = useId()
  return (
    <FieldFrame id={id} label={label} hint={hint} error={field.error}>
      <input
        {...input}
        id={id}
        name={field.name}
        ref={field.ref}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value)}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, field.error && `${id}-error`)}
      />
    </FieldFrame>
  )
}

function KeepSignedIn({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId()
  return (
    <div className="field inline">
      <input
        type="checkbox"
        id={id}
        name="persistent"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>Keep me signed in on this computer</label>
    </div>
  )
}

function RootError({ message }: { message: string }) {
  if (!message) return null
  return (
    <div className="alert error" role="alert">
      {message}
    </div>
  )
}

/** The API client loads with the first attempt, not with the page (it is not needed to fill the form). */
const signInApi = () => import('@/api/auth')

/** Both ways to sign in: username + password, or a pasted API token (checked against the profile). */
export function SignInForm({
  onSignedIn,
  idPrefix = 'sign-in',
}: {
  onSignedIn: () => void
  idPrefix?: string
}) {
  const [mode, setMode] = useState<'password' | 'token'>('password')
  const [persistent, setPersistent] = useState(false)
  /** Signs in, or says why not ('' when it worked). */
  const attempt = (signIn: Promise<unknown>, unauthenticated: string) =>
    signIn.then(
      () => {
        onSignedIn()
        return ''
      },
      (error: unknown) =>
        isApiError(error) && error.kind === 'unauthenticated' ? unauthenticated : describeError(error),
    )
  const passwordForm = usePlainForm(passwordRules, (values) =>
    attempt(
      signInApi().then((auth) =>
        auth.login({ username: values.username.trim(), password: values.password }, persistent),
      ),
      'The username or password is not right.',
    ),
  )
  const tokenForm = usePlainForm(tokenRules, (values) =>
    attempt(
      signInApi().then((auth) => auth.signInWithToken(values.token.trim(), persistent)),
      'The server did not accept this token. It may have expired.',
    ),
  )

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
          <form noValidate onSubmit={(e) => void passwordForm.onSubmit(e)}>
            <RootError message={passwordForm.rootError} />
            <PlainTextField field={passwordForm.field('username')} label="Username" autoComplete="username" />
            <PlainTextField
              field={passwordForm.field('password')}
              label="Password"
              type="password"
              autoComplete="current-password"
            />
            <KeepSignedIn checked={persistent} onChange={setPersistent} />
            <button className="primary" type="submit" disabled={passwordForm.submitting}>
              {passwordForm.submitting ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      ) : (
        <div role="tabpanel" id={`${idPrefix}-panel-token`} aria-labelledby={`${idPrefix}-tab-token`}>
          <form noValidate onSubmit={(e) => void tokenForm.onSubmit(e)}>
            <RootError message={tokenForm.rootError} />
            <PlainTextField
              field={tokenForm.field('token')}
              label="Token"
              type="password"
              autoComplete="off"
              hint="The bearer token (a JWT) from the RCABench API. It is checked before it is kept."
            />
            <KeepSignedIn checked={persistent} onChange={setPersistent} />
            <button className="primary" type="submit" disabled={tokenForm.submitting}>
              {tokenForm.submitting ? 'Checking…' : 'Sign in with token'}
            </button>
          </form>
        </div>
      )}
    </div>
  )
}
