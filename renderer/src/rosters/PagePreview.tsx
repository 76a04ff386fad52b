import { useEffect, useRef } from 'react';
import { PRINT_CSS } from '../../../shared/rosters/print-css';

/**
 * The printed pages on screen, exactly as the PDF lays them out: the same HTML and styles, in a
 * shadow root so the page styles and the app's styles stay apart. The HTML comes from the main
 * process, which escapes every stored value. Fonts come from the app (Noto Sans SC is bundled).
 */
export function PagePreview({ html, zoom = 0.62 }: { html: string; zoom?: number }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${PRINT_CSS}
:host { display: block; }
.sheet-stack { zoom: ${zoom}; display: flex; flex-direction: column; gap: 8mm; align-items: center; padding: 6mm 0; }
.sheet-stack .page { box-shadow: 0 0.6mm 3mm rgba(0,0,0,0.25); }
</style><div class="sheet-stack">${html}</div>`;
  }, [html, zoom]);
  return <div ref={host} data-testid="roster-preview" style={{ background: '#e9ecef', borderRadius: 4, maxHeight: '70vh', overflow: 'auto' }} />;
}
