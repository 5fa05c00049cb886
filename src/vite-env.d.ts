/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_MOCKING?: string
  readonly VITE_API_BASE_URL?: string
  readonly VITE_MOCK_DELAY?: string
  readonly VITE_MOCK_SIZE?: string
}
