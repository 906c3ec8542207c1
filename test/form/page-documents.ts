/**
 * The bytes a documents-panel button offers, read from the page itself: the button is clicked in
 * the page, the page's own click handler makes the document (makeDocument, as for any click) and
 * offers it with its download link; the test takes the Blob the page made a link for and stops
 * that link's click, so the bytes come back as the answer instead of through Chromium's download
 * manager (a file written and read again per document). The Download buttons themselves are tested
 * with real downloads too (form-documents.test.ts, form-fill.test.ts).
 */
import type { Page } from "playwright-core";

/** One document as the page offered it. */
export interface OfferedDocument {
  /** The file name the page's download link gives. */
  name: string;
  bytes: Buffer;
}

/**
 * Clicks each button (the first element each selector finds) one after another and returns what
 * each offered for download, in the same order. Fails with the page's own message when a document
 * could not be made.
 */
export async function offeredDocuments(page: Page, selectors: readonly string[]): Promise<OfferedDocument[]> {
  const offered = await page.evaluate(async (all) => {
    const out: { name: string; dataUrl: string }[] = [];
    const createObjectURL = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) blob = obj;
      return createObjectURL.call(URL, obj);
    };
    try {
      for (const selector of all) {
        const button = document.querySelector<HTMLElement>(selector);
        if (!button) throw new Error(`no button ${selector}`);
        blob = undefined;
        const stop = new AbortController();
        const name = await new Promise<string>((resolve, reject) => {
          document.addEventListener(
            "click",
            (e) => {
              const link = (e.target as HTMLElement).closest?.("a[download]") as HTMLAnchorElement | null;
              if (!link) return;
              e.preventDefault();
              resolve(link.download);
            },
            { capture: true, signal: stop.signal },
          );
          // A document that cannot be made is reported in the panel's status line, with no link.
          const status = document.getElementById("rk-doc-status");
          const watch = new MutationObserver(() => {
            if (status?.querySelector(".govuk-error-message")) reject(new Error(`${selector}: ${status.textContent ?? ""}`));
          });
          if (status) watch.observe(status, { childList: true, subtree: true });
          stop.signal.addEventListener("abort", () => watch.disconnect());
          button.click();
        }).finally(() => stop.abort());
        if (!blob) throw new Error(`${selector}: no bytes behind the link`);
        const reader = new FileReader();
        const dataUrl = await new Promise<string>((resolve, reject) => {
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(blob as Blob);
        });
        out.push({ name, dataUrl });
      }
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    return out;
  }, selectors);
  return offered.map(({ name, dataUrl }) => ({ name, bytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64") }));
}
