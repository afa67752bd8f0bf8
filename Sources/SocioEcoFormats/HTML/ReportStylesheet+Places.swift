extension ReportStylesheet {
    /// The rules of the place × level table and the timeline, kept apart from the main
    /// sheet. As there: no "<" or "&", the style element must be well-formed XML.
    static let placesCSS = """
    .places caption { text-align: start; }
    .places td { text-align: center; vertical-align: middle; min-width: 4em; font-weight: bold; }
    .places th[scope=row] { min-width: 13em; font-weight: normal; }
    .places tr.outer th[scope=row] { font-weight: bold; background: var(--panel); }
    .places .inner-mark { color: #08519c; }
    .places td.holes, .places td.who { text-align: start; font-weight: normal; font-size: 0.88em; min-width: 9em; }
    .places td.holes .gap { display: inline; }
    .places tr.innermost.has-hole th[scope=row] { box-shadow: inset 4px 0 0 #c00000; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    .timeline svg { display: block; width: 100%; height: auto; }
    .time-gaps { padding-inline-start: 1.2em; }
    .gap-inline { color: #7a0016; font-weight: bold; }
    .place-view { margin: 0.4em 0; padding: 6px 10px; border-inline-start: 4px solid #08519c; background: var(--panel); }
    @media print {
      section.places-section { break-before: page; page-break-before: always; }
      .timeline { break-inside: avoid; page-break-inside: avoid; }
    }
    """
}
