import { defineConfig } from 'vitest/config';

// Vite 8 bundles with Rolldown: chunking lives in `build.rolldownOptions.output.codeSplitting`
// (the Rollup-era `rollupOptions` / `manualChunks` are deprecated aliases).
export default defineConfig({
  build: {
    target: 'es2022',
    // Phaser is one ~1.2 MB module (no tree-shaking); it gets its own long-cacheable chunk.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
