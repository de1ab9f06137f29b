import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.js';
import { SessionProvider } from './auth/session.js';
import { loadConfig } from './config.js';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <BrowserRouter>
          <SessionProvider config={config}>
            <App />
          </SessionProvider>
        </BrowserRouter>
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <main id="main">
        <h1>Maternity hospital</h1>
        <p role="alert">The app could not load its settings ({String(error)}). Please reload the page.</p>
      </main>,
    ),
);
