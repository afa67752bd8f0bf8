/// The report's only stylesheet, inlined so that the file works offline and from a USB
/// stick: system fonts, no network, and an A4 print layout.
enum ReportStylesheet {
    // No "<" or "&" in here: the style element must also be well-formed XML. The
    // strategies' colours come from the one palette, so the page's key matches the rings.
    static let css = """
    :root { --ink: #111; --muted: #555; --rule: #c8ccd2; --panel: #f4f6f9; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
      font: 15px/1.45 "Noto Sans", "Noto Sans Arabic", "Noto Sans Bengali", "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
    h1 { font-size: 1.7em; line-height: 1.2; margin: 0.2em 0 0.4em; }
    h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.05em; margin: 1.1em 0 0.4em; }
    .kicker { margin: 0; color: var(--muted); font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0.6em 0; }
    .facts dt { font-weight: bold; color: var(--muted); }
    .facts dd { margin: 0; }
    .description { max-width: 60em; white-space: pre-line; }
    .glance { display: flex; flex-wrap: wrap; gap: 10px; margin: 1em 0; padding: 0; list-style: none; }
    .glance li { background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; padding: 8px 12px; min-width: 150px; }
    .glance strong { display: block; font-size: 1.5em; }
    .glance .alert { border: 2px solid #b00020; }
    .diagram-wrap { display: flex; flex-wrap: wrap; gap: 16px 28px; align-items: flex-start; }
    .diagram-wrap figure { flex: 1 1 640px; max-width: 860px; }
    .legend { flex: 1 1 280px; font-size: 0.92em; }
    .legend h3 { margin-top: 0.3em; }
    .legend ul { list-style: none; padding: 0; margin: 0 0 0.8em; }
    .legend li { margin: 0.2em 0; padding-inline-start: 1.4em; text-indent: -1.4em; }
    .legend .gap { display: inline; }
    .swatch.split { background: linear-gradient(90deg, \(StrategyPalette.okabeIto[1]) 50%, \(StrategyPalette.okabeIto[0]) 50%); }
    .ring-swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid #4d4d4d; background: #f3f5f8; vertical-align: -0.15em; margin-inline-end: 0.4em; }
    .ring-swatch.hatched { background: repeating-linear-gradient(45deg, #fff 0 3px, #9a9a9a 3px 5px); }
    figure { margin: 0; }
    figure svg { display: block; width: 100%; height: auto; }
    figcaption, .note { color: var(--muted); font-size: 0.9em; margin-top: 0.4em; }
    table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
    th, td { border: 1px solid var(--rule); padding: 5px 7px; text-align: start; vertical-align: top; }
    thead th { background: #e8ebf0; font-size: 0.9em; }
    .matrix td { text-align: center; vertical-align: middle; min-width: 4.5em; font-weight: bold; }
    .matrix th[scope=row] { min-width: 11em; }
    .matrix .total { background: var(--panel); }
    .matrix .std { display: block; font-weight: normal; font-size: 0.85em; }
    .heat0 { background: repeating-linear-gradient(45deg, #fff 0 5px, #e3e3e3 5px 8px); color: #7a0016; font-style: italic; font-weight: normal !important; }
    .heat1 { background: #deebf7; }
    .heat2 { background: #9ecae1; }
    .heat3 { background: #4292c6; color: #fff; }
    .heat4 { background: #08519c; color: #fff; }
    .gap { display: block; color: #7a0016; font-style: italic; font-weight: normal; font-size: 0.9em; }
    .uncovered th { background: repeating-linear-gradient(45deg, #fff 0 5px, #e3e3e3 5px 8px); }
    .swatch { display: inline-block; width: 0.85em; height: 0.85em; border-radius: 50%; border: 1px solid #222; vertical-align: -0.1em; margin-inline-end: 0.3em; }
    .swatch.none { background: #fff; border: 2px solid \(StrategyPalette.noStrategy.lowercased()); }
    .findings { padding-inline-start: 1.2em; }
    .findings li { margin: 0.25em 0; }
    .code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em; background: var(--panel); padding: 0 4px; border-radius: 3px; }
    .severity-error h3 { color: #9b0018; }
    .items td { font-size: 0.9em; }
    .items ul { margin: 0; padding-inline-start: 1.1em; }
    .id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em; color: var(--muted); }
    .small { font-size: 0.88em; color: #333; }
    footer { margin-top: 2.5em; color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); padding-top: 0.5em; }
    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3 { break-after: avoid; page-break-after: avoid; }
      tr, li, figure, .glance li { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      .diagram-wrap { display: block; }
      .diagram-wrap figure { max-width: none; }
      figure svg { max-height: 200mm; }
      .legend { columns: 2; column-gap: 8mm; margin-top: 4mm; }
      .legend h3 { break-after: avoid; }
      section.diagram { break-before: page; page-break-before: always; }
      section.interventions { break-before: page; page-break-before: always; }
    }
    """
}
