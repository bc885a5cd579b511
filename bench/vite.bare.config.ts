import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the baseline page the same way as the app (same Vite, same target).
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [react()],
  build: { outDir: '../../dist-bench-bare', emptyOutDir: true, target: 'es2022' },
});
