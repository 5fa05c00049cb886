import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createQueryClient } from './app/query-client'
import { applyTheme } from './lib/theme'
import { createAppRouter } from './router'
import './styles.css'

async function enableMocking() {
  if (import.meta.env.VITE_API_MOCKING !== 'true') return
  const { startMockBackend } = await import('./mocks/browser')
  await startMockBackend({ delay: import.meta.env.VITE_MOCK_DELAY, size: import.meta.env.VITE_MOCK_SIZE })
}

applyTheme()
const queryClient = createQueryClient()
const router = createAppRouter(queryClient)

void enableMocking().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  )
})
