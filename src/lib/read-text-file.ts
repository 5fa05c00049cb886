/** Reads a dropped or picked file as text, or says why it cannot be used. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024

export async function readTextFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (file.size > MAX_TEXT_FILE_BYTES)
    return {
      ok: false,
      reason: `it is ${(file.size / 1024 / 1024).toFixed(1)} MB; text files up to 1 MB are read`,
    }
  let text: string
  try {
    text = await blobText(file)
  } catch (error) {
    return {
      ok: false,
      reason: `the browser could not read it (${error instanceof Error ? error.message : String(error)})`,
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'it is not a text file' }
  return { ok: true, text }
}

/** `Blob#text()`, or FileReader where it is missing (jsdom). */
function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsText(blob)
  })
}
