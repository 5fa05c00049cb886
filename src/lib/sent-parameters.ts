/**
 * The env vars and Helm values this browser sent when it created a version, kept per version id. The
 * server stores them but never returns them (a version's `env_vars` comes back "", Helm `values` null), so
 * the version page shows these, labelled "as sent from this browser". Nothing secret-looking is kept:
 * a parameter whose key or description says token, password, secret or key-like credentials is left out,
 * with a count of what was left out.
 */
export type SentParameter = {
  key: string
  /** 'fixed' (default_value) or 'dynamic' (template_string). */
  type: 'fixed' | 'dynamic'
  value: string
  required: boolean
}
export type SentParameters = { envVars: SentParameter[]; helmValues: SentParameter[]; withheld: number }

type ParameterRequest = {
  key: string
  type?: number
  default_value?: string
  template_string?: string
  required?: boolean
}

const PREFIX = 'rcabench.sent-parameters.'
const SECRET = /token|passw|secret|credential|private[_-]?key|api[_-]?key|access[_-]?key/i

function keep(list: ParameterRequest[] | undefined): { kept: SentParameter[]; withheld: number } {
  const kept: SentParameter[] = []
  let withheld = 0
  for (const p of list ?? []) {
    if (SECRET.test(p.key)) {
      withheld++
      continue
    }
    const dynamic = p.type === 1
    kept.push({
      key: p.key,
      type: dynamic ? 'dynamic' : 'fixed',
      value: (dynamic ? p.template_string : p.default_value) ?? '',
      required: Boolean(p.required),
    })
  }
  return { kept, withheld }
}

export function rememberSentParameters(
  versionId: number,
  request: { env_vars?: ParameterRequest[]; helm_config?: { values?: ParameterRequest[] } },
): void {
  const env = keep(request.env_vars)
  const helm = keep(request.helm_config?.values)
  if (!env.kept.length && !helm.kept.length && !env.withheld && !helm.withheld) return
  const value: SentParameters = {
    envVars: env.kept,
    helmValues: helm.kept,
    withheld: env.withheld + helm.withheld,
  }
  try {
    localStorage.setItem(`${PREFIX}${versionId}`, JSON.stringify(value))
  } catch {
    // Storage full or disabled: the page then says the server does not return them.
  }
}

export function sentParametersOf(versionId: number): SentParameters | null {
  try {
    const raw = localStorage.getItem(`${PREFIX}${versionId}`)
    if (!raw) return null
    const parsed = JSON.parse(raw) as SentParameters
    return Array.isArray(parsed.envVars) && Array.isArray(parsed.helmValues) ? parsed : null
  } catch {
    return null
  }
}
