import type { ContainerVersionDetail } from '@/api/wire'
import type { VersionFieldsValues } from '@/components/version-fields/version-fields-schema'

export type VersionPrefill = {
  imageRef: string
  command: string
  helm?: Pick<VersionFieldsValues['helm'], 'chartName' | 'repoName' | 'repoUrl' | 'nsPrefix'>
}

/**
 * What an existing version can give a new one. The server returns `env_vars` as "" and Helm `values` as
 * null, and only `full_chart` ("<repo_name>/<chart_name>"), so only the image, the command and the Helm
 * chart, repository, URL and namespace prefix can be copied.
 */
export function prefillFromVersion(version: ContainerVersionDetail): VersionPrefill {
  const helm = version.helm_config
  const slash = helm ? helm.full_chart.indexOf('/') : -1
  return {
    imageRef: version.image_ref,
    command: version.command,
    ...(helm
      ? {
          helm: {
            repoName: slash === -1 ? '' : helm.full_chart.slice(0, slash),
            chartName: slash === -1 ? helm.full_chart : helm.full_chart.slice(slash + 1),
            repoUrl: helm.repo_url,
            nsPrefix: helm.ns_prefix,
          },
        }
      : {}),
  }
}

export function describePrefill(versionName: string, prefill: VersionPrefill): string {
  const copied = prefill.helm
    ? 'the image reference, the command and the Helm chart, repository name, URL and namespace prefix'
    : 'the image reference and the command'
  return `Started from version ${versionName}: copied ${copied}. The server does not return a version's env vars or Helm values, so add those here if this version needs them.`
}
