/** Only same-app paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeRedirect(target: unknown): string {
  if (
    typeof target !== 'string' ||
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\')
  )
    return '/containers'
  if (target.startsWith('/sign-in')) return '/containers'
  return target
}
