import { useEffect, useId, useState } from 'react'
import { normalizeRegistryPrefix, type RegistryPrefix } from './registry-prefix'

/**
 * The registry prefix on the build form: a setting of this browser for this API server (not part of the
 * request), saved when the field is left. Until saved it shows the guess from existing versions.
 */
export function RegistryPrefixField({
  prefix,
  imageName,
  tag,
}: {
  prefix: RegistryPrefix
  imageName: string
  tag: string
}) {
  const ids = { input: useId(), hint: useId() }
  const [text, setText] = useState(prefix.value)
  // Follow the setting (a guess that arrives later, another tab) while the user is not editing it.
  const [editing, setEditing] = useState(false)
  useEffect(() => {
    if (!editing) setText(prefix.value)
  }, [prefix.value, editing])
  const hint =
    prefix.source === 'saved'
      ? 'Saved in this browser for this server.'
      : prefix.source === 'guessed'
        ? 'Guessed from the image references of existing versions: check it; it is saved once you change it.'
        : prefix.loading
          ? 'Looking at existing versions for a guess…'
          : 'Unknown: the server does not say. Ask its operator (harbor.registry/harbor.namespace).'
  return (
    <div className="field">
      <label htmlFor={ids.input}>Registry prefix</label>
      <input
        id={ids.input}
        value={text}
        placeholder="registry/namespace, e.g. 10.10.10.240/library"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={ids.hint}
        onFocus={() => setEditing(true)}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          setEditing(false)
          if (normalizeRegistryPrefix(text) !== prefix.value) prefix.save(text)
        }}
      />
      <p id={ids.hint} className="hint">
        Where the server pushes built images (its configuration; no endpoint returns it). {hint}
      </p>
      <p className="hint wrap-anywhere" data-testid="pushed-as">
        Pushed as{' '}
        <code>
          {normalizeRegistryPrefix(text) || '<registry prefix>'}/{imageName.trim() || '<image name>'}:
          {tag.trim() || 'latest'}
        </code>
      </p>
    </div>
  )
}
