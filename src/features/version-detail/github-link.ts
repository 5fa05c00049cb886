const OWNER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?$/
const REPO_RE = /^[A-Za-z0-9._-]{1,100}$/

/**
 * The GitHub page of a stored `github_link` (`owner/repo` or `owner/repo/tree/<branch>/<path>`), or null
 * when the text is empty or is not such a path (then it is shown, never linked). Each segment is
 * URL-encoded, so the link can only ever point inside github.com.
 */
export function githubUrl(link: string): string | null {
  const parts = link.trim().split('/')
  const [owner = '', repo = ''] = parts
  if (parts.length < 2 || !OWNER_RE.test(owner) || owner.includes('--') || !REPO_RE.test(repo)) return null
  if (repo === '.' || repo === '..') return null
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return null
  return `https://github.com/${parts.map(encodeURIComponent).join('/')}`
}
