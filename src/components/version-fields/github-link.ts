import { parseGithubUrl } from '@/lib/github-url'

/** `owner/repo` (or `owner/repo/tree/<branch>/<path>`) from a GitHub URL, or null if it is not one. */
export function githubLinkFromUrl(input: string): string | null {
  const text = input.trim()
  if (!/github\.com[/:]/i.test(text)) return null
  const url = parseGithubUrl(text)
  if (!url) return null
  if (url.branch && url.subPath) return `${url.repository}/tree/${url.branch}/${url.subPath}`
  return url.repository
}
