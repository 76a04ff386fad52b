/** Styles of the printed pages, scoped under .xd-print so the on-screen preview can host them. */
export const PRINT_CSS = `
.xd-print { font-family: 'Noto Sans SC', 'Noto Sans CJK SC', sans-serif; color: #000; }
.xd-print .page { box-sizing: border-box; width: 210mm; height: 297mm; padding: 10mm 12mm; display: flex; flex-direction: column; background: #fff; overflow: hidden; break-after: page; page-break-after: always; }
.xd-print .page:last-child { break-after: auto; page-break-after: auto; }
.xd-print header { border-bottom: 0.4mm solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.xd-print header .title { font-size: 15pt; font-weight: 700; }
.xd-print header .meta { font-size: 10pt; display: flex; gap: 6mm; margin-top: 1mm; }
.xd-print main { flex: 1; overflow: hidden; font-size: 9.5pt; }
.xd-print footer { border-top: 0.3mm solid #000; padding-top: 1.5mm; font-size: 7.5pt; display: grid; grid-template-columns: 1fr auto; row-gap: 0.5mm; }
.xd-print footer .hash { grid-column: 1; font-family: 'DejaVu Sans Mono', monospace; font-size: 6.5pt; }
.xd-print footer .pageno { grid-column: 2; grid-row: 1 / span 2; align-self: center; font-size: 9pt; font-weight: 700; }
.xd-print table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
.xd-print table.grid th, .xd-print table.grid td { border: 0.25mm solid #444; padding: 0 1.5mm; height: 8.6mm; text-align: left; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.xd-print table.grid th { background: #e8e8e8; font-weight: 700; height: 7mm; }
.xd-print table.grid tr.tall td { height: 10.5mm; }
.xd-print table.grid td.empty { text-align: center; color: #555; }
.xd-print td .fit { display: block; white-space: normal; font-size: 7.5pt; line-height: 1.05; overflow-wrap: anywhere; }
.xd-print td .fit.tiny { font-size: 6pt; }
.xd-print td.num { text-align: right; font-variant-numeric: tabular-nums; }
.xd-print td.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }
.xd-print .summary { margin-bottom: 4mm; }
.xd-print h3 { font-size: 11pt; margin: 4mm 0 2mm; }
.xd-print table.seats { border-collapse: collapse; margin: 0 auto; }
.xd-print table.seats td { border: 0.3mm solid #444; width: 22mm; height: 17mm; vertical-align: top; padding: 1mm; font-size: 8pt; overflow: hidden; }
.xd-print table.seats td .label { font-weight: 700; font-size: 9pt; }
.xd-print table.seats td.off { background: repeating-linear-gradient(45deg, #fff, #fff 2mm, #ddd 2mm, #ddd 4mm); }
.xd-print table.seats td.none { border: none; }
.xd-print .front { text-align: center; margin: 0 0 3mm; font-weight: 700; letter-spacing: 2mm; }
`;
