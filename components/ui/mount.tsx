// Mounts one extension page. Every page gets the same stylesheet; the API defaults to the background
// (lib/messaging/client `send`), and a page-specific handler decides what a hint's action does there.
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { HintActionProvider } from './error-hint';
import type { HintActionHandler } from './error-hint';
import './styles.css';

export function mountPage(
  page: ReactNode,
  options: { bodyClass?: string; onHintAction?: HintActionHandler } = {},
) {
  if (options.bodyClass) document.body.classList.add(options.bodyClass);
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');
  createRoot(container).render(
    <StrictMode>
      <HintActionProvider value={options.onHintAction}>{page}</HintActionProvider>
    </StrictMode>,
  );
}
