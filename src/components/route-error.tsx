import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { ErrorState } from './ui/states'

/** The error boundary of every route: the shell stays, the server's message shows, and retry refetches. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter()
  const { reset } = useQueryErrorResetBoundary()
  useEffect(() => reset(), [reset])
  return (
    <ErrorState
      error={error}
      title="This page could not be shown"
      onRetry={() => {
        reset()
        void router.invalidate()
      }}
    />
  )
}
