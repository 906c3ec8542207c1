/** The form's own few styles, beside govuk-frontend's: findings by their field, the lists, the letter preview. */
export const FORM_CSS = `
.rk-finding{margin:0 0 10px;padding:6px 10px;border-left:5px solid #b1b4b6;background:#f3f2f1}
.rk-finding--warning{border-left-color:#f47738}
.rk-finding--info{border-left-color:#1d70b8}
.rk-cite{display:block;font-size:16px;color:#484949;margin-top:2px}
.govuk-error-message .rk-cite{font-weight:400}
.rk-item{border-left:4px solid #b1b4b6;padding-left:15px;margin-bottom:20px}
.rk-remove{margin-bottom:10px}
.rk-group{margin-bottom:20px}
.rk-toolbar{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
.rk-drop{border:3px dashed #b1b4b6;padding:15px;margin-bottom:20px}
.rk-drop--over{border-color:#1d70b8;background:#f3f2f1}
.rk-status{min-height:1.5em}
.rk-preview{border:1px solid #b1b4b6;padding:20px;margin-top:20px;background:#fff;font-family:arial,sans-serif;line-height:1.4}
.rk-preview table{border-collapse:collapse}
.rk-preview td,.rk-preview th{border:1px solid #b1b4b6;padding:4px 8px;text-align:left;vertical-align:top}
.rk-json{font-family:monospace}
@media print{.rk-noprint,.govuk-header,.govuk-footer{display:none}}
`;
