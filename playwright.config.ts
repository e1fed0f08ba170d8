import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/** Playwright's own Chromium, only when it has really been downloaded. */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const executablePath = process.env.CHROMIUM_PATH ?? playwrightChromium() ?? '/usr/bin/chromium';
// PW_PORT lets two checkouts run their browser tests side by side without sharing a server.
const port = Number(process.env.PW_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker: on a 2-core machine two SwiftShader browsers at once are slower than in turn.
  workers: 1,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@webgl/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          // No --use-angle=swiftshader: WebGL still gets SwiftShader here, and forcing it also
          // moves Canvas 2D onto SwiftShader, which halves its frame rate (measured: 60 -> 30 fps).
          args: ['--disable-quic'],
        },
      },
    },
    {
      // Tests tagged @webgl force the WebGL renderer. Without GPU compositing Chromium reads
      // every WebGL frame back to the CPU and logs "GPU stall due to ReadPixels" warnings, so
      // these run with SwiftShader compositing, as a browser with a GPU would composite.
      name: 'chromium-webgl',
      grep: /@webgl/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath,
          args: ['--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
        },
      },
    },
  ],
  webServer: {
    // Start vite by its own binary (not `npx … &`) so stopping the server stops vite too.
    command: `node_modules/.bin/vite build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
