/**
 * The page's markup around the generated form: header, settings (record type, standards, as-of
 * date), open and save, the error summary, the places the script fills, and the documents panel.
 * A Content-Security-Policy meta tag allows only the page's own inline script and style (by hash)
 * and data:/blob: images and fonts: nothing can be fetched, posted or framed.
 */
import { createHash } from "node:crypto";
import { esc } from "./schema-form/html.js";

/** The inline parts of the page. */
export interface PageParts {
  title: string;
  css: string;
  /** Scripts in order; JSON data goes in `data`. */
  scripts: string[];
  data: string;
  version: string;
}

const hash = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Makes text safe inside a <script> or <style> element: nothing in it can close the element. */
export function inlineSafe(text: string): string {
  return text.replace(/<\/(script|style)/gi, "<\\/$1");
}

/** The whole HTML document. */
export function pageHtml(parts: PageParts): string {
  const scripts = parts.scripts.map(inlineSafe);
  const css = inlineSafe(parts.css);
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(hash).join(" ")}`,
    `style-src ${hash(css)}`,
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(parts.title)}</title>
<style>${css}</style>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><span class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype-text">reviewkit</span></span></div><div class="govuk-header__content"><span class="govuk-header__service-name">Review and conference records</span></div></div></header>
<div class="govuk-width-container">
<div class="govuk-phase-banner"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Offline</strong><span class="govuk-phase-banner__text">This page works with no network. Nothing you type leaves this computer unless you save it.</span></p></div>
<main class="govuk-main-wrapper" id="main-content" role="main">
<h1 class="govuk-heading-xl" id="rk-title">${esc(parts.title)}</h1>
<div id="rk-app"><p class="govuk-body" id="rk-loading">Loading the form…</p><noscript><p class="govuk-body">This form needs JavaScript, which runs only on this computer.</p></noscript></div>
</main>
</div>
<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><p class="govuk-footer__meta-custom govuk-body-s">reviewkit ${esc(parts.version)}. Records hold children's personal data: OFFICIAL-SENSITIVE. Save them only where your council says.</p></div></footer>
<script type="application/json" id="rk-data">${parts.data.replace(/</g, "\\u003c")}</script>
${scripts.map((s) => `<script>${s}</script>`).join("\n")}
</body>
</html>
`;
}
