import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app/fonts.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n/setup';
import { createDeskQueryClient } from './ipc/query';

initI18n();

// Fonts ship with the app, so Chinese never depends on what the machine has installed.
const theme = createTheme({
  fontFamily: '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  headings: { fontFamily: '"Noto Sans SC", "Noto Sans CJK SC", sans-serif' },
  primaryColor: 'blue',
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={createDeskQueryClient()}>
      <MantineProvider theme={theme}>
        <App />
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
