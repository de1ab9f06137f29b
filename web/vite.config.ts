import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `pnpm dev:web` serves the app here with hot reload against a running stack (VITE_GATEWAY_URL,
// http://localhost:4000/graphql by default; the embedded stack allows this origin).
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: true,
    // The report lists each chunk with its gzipped size: the figures the closing notes quote.
    reportCompressedSize: true,
  },
});
