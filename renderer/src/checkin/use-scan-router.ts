import { useEffect, useEffectEvent, type RefObject } from 'react';
import type { DocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import { ScannerBurst } from '../../../shared/identity/scanner-burst';
import { cleanScannerInput } from '../../../shared/identity/scanner-input';

/** Sets a React-controlled field's value the way typing does (React listens to the input event). */
function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A number of the document type, or one with the right shape but a wrong check digit, region or
 * birth date (the form names that error); not an admission code or a booking id.
 */
function looksLikeDocument(type: DocumentType, text: string): boolean {
  const r = validateDocument(type, text);
  return r.ok || !['EMPTY', 'LENGTH', 'CHARS', 'FORMAT', 'UNKNOWN_TYPE'].includes(r.code);
}

/**
 * Scan mode: watches every key on the page (capture phase) and tells a scanner's burst (fast keys
 * then Enter) from typing. A burst always becomes a scan of the search field (it replaces what
 * the field held) and its Enter never reaches another form, with one exception: a document
 * reader's burst into the document-number field that looks like a number of the chosen type
 * fills that field (replacing it); the field's own Enter moves on when the number is valid.
 */
export function useScanRouter(search: RefObject<HTMLInputElement | null>, onScan: (code: string) => void): void {
  const scanned = useEffectEvent((code: string) => onScan(code));
  useEffect(() => {
    const burst = new ScannerBurst();
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) {
        burst.reset();
        return;
      }
      if (e.key !== 'Enter') {
        burst.key(e.key, e.timeStamp);
        return;
      }
      const found = burst.enter(e.timeStamp);
      if (!found) return;
      const text = cleanScannerInput(found.text);
      const target = e.target as HTMLElement | null;
      const field = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : null;
      const documentType = field?.dataset.documentType as DocumentType | undefined;
      if (field && documentType && looksLikeDocument(documentType, text)) {
        // A document reader: the number is exactly what it sent; the field's own Enter moves on.
        if (field.value !== text) setFieldValue(field, text);
        return;
      }
      e.preventDefault();
      e.stopPropagation();
      if (field && field !== search.current && field.value.endsWith(found.text)) {
        setFieldValue(field, field.value.slice(0, field.value.length - found.text.length));
      }
      scanned(text);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [search]);
}
