import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The calendar's JSON tables are bundled: Node refuses a bare import of a .json package file.
      externalizeDeps: { exclude: ['chinese-days'] },
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The roster reader's worker thread, loaded by electron/main/index.ts from beside it.
          'read-worker': resolve('electron/exchange/import/read-worker.ts'),
          // Browser mode (`npm run serve`): the same core under plain Node, run from the build.
          serve: resolve('electron/serve/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with nothing to require but electron.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; the first paint's script stays under 1 MB (#16).
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
