/**
 * The report's stylesheet (shared by the report file and `serve`). Colours are
 * chosen for WCAG AA contrast on white (text ≥ 4.5:1); no web fonts, so the file
 * needs no network.
 */
export const CLIENT_CSS = `
:root{--fg:#1b1b1b;--muted:#4f4f4f;--bg:#fff;--panel:#f5f6f8;--line:#d0d4da;--accent:#0b57d0;--focus:#1a4fbf;
--conflict:#a8071a;--updated:#7a4100;--agreed:#1d6b2a;--mark:#ffe27a;--del-bg:#fde4e4;--del:#8c0a0a;--ins-bg:#ddf3e1;--ins:#0b5a1c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
#cc-app{max-width:1200px;margin:0 auto;padding:0 16px 48px}
h1{font-size:1.7rem;line-height:1.25;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:0 0 .3rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:0 0 .5rem;overflow-wrap:anywhere}
h4{font-size:.95rem;margin:.6rem 0 .3rem}
.count{color:var(--muted);font-weight:400;font-size:.9rem}
.brand{margin:1rem 0 0;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.06em}
.stats{margin:0 0 .6rem;color:var(--muted)}
.toc{display:flex;flex-wrap:wrap;gap:.25rem .9rem;margin-bottom:.5rem}
a{color:var(--accent)}
.toc a{padding:.2rem 0}
.toolbar-wrap{position:sticky;top:0;z-index:5;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 16px;margin:0 -16px 1rem}
.toolbar-inner{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
/* the flex basis is a width only in the toolbar's row; elsewhere (a column) it would be a height */
.toolbar-inner #cc-search{flex:1 1 220px;min-width:0;font:inherit;padding:.4rem .6rem;border:1px solid #767676;border-radius:6px}
.outlet-toggles{display:flex;flex-wrap:wrap;gap:.3rem}
.toggle{font:inherit;font-size:.85rem;border:1px solid var(--accent);background:#fff;color:var(--accent);border-radius:999px;padding:.15rem .6rem;cursor:pointer}
.toggle[aria-pressed=true]{background:var(--accent);color:#fff}
#cc-filter-status{flex-basis:100%;margin:0}
.section{margin:1.8rem 0}
details.fold>summary{cursor:pointer;list-style:none;display:flex;align-items:baseline;gap:.5rem;border-bottom:2px solid var(--line);margin:0 0 .3rem}
details.fold>summary::-webkit-details-marker{display:none}
details.fold>summary::before{content:"▸";color:var(--accent);font-size:1.1rem;width:1rem;flex:none}
details.fold[open]>summary::before{content:"▾"}
details.fold>summary h2{border-bottom:0;margin:0;flex:1;min-width:0}
details.fold:not([open]){margin-bottom:-.9rem}
details.fold-inner{margin-top:.8rem}
details.fold-inner>summary{cursor:pointer;color:var(--accent)}
.more-quotes{border-top:1px dashed var(--line);padding-top:.4rem}
.more-quotes>summary{margin-bottom:.4rem}
details.fold-inner>summary h3{display:inline;margin:0}
/* only open sections with many items: a folded or short one would be padded to the 600 px guessed for it */
.large .section.many:has(>details.fold[open]){content-visibility:auto;contain-intrinsic-size:auto 600px}
.intro,.empty{color:var(--muted);margin:.2rem 0 .8rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:0 0 1rem;background:var(--bg)}
.claim.status-conflict{border-left:5px solid var(--conflict)}
.claim.status-updated{border-left:5px solid var(--updated)}
.badge{display:inline-block;font-size:.78rem;line-height:1.4;border-radius:4px;padding:0 .4rem;margin:0 .25rem .15rem 0;background:var(--panel);border:1px solid var(--line);color:var(--fg);vertical-align:middle;overflow-wrap:anywhere}
.st-conflict,.st-updated,.st-agreed,.sev{white-space:nowrap;overflow-wrap:normal}
.st-conflict,.sev-error{background:var(--conflict);border-color:var(--conflict);color:#fff}
.st-updated,.sev-warning{background:var(--updated);border-color:var(--updated);color:#fff}
.st-agreed{background:var(--agreed);border-color:var(--agreed);color:#fff}
.outlets{display:inline-flex;flex-wrap:wrap;gap:.1rem}
.muted{color:var(--muted)}
.small{font-size:.85rem}
.subject{font-weight:400;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.4rem .5rem}
thead th{background:var(--panel);font-size:.85rem}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.table-scroll{overflow-x:auto;max-width:100%}
.table-scroll:focus{outline:2px solid var(--focus)}
.value{font-weight:600;white-space:nowrap}
.evidence{min-width:16rem}
.ev-line{margin:0 0 .4rem}
q.excerpt{quotes:"“" "”" "‘" "’"}
mark{background:var(--mark);color:#000;padding:0 .1em;border-radius:2px}
.chips{display:inline-flex;flex-wrap:wrap;gap:.25rem;vertical-align:middle}
.chip{font:inherit;font-size:.78rem;line-height:1.3;border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:999px;padding:.1rem .55rem;cursor:pointer;max-width:100%;overflow-wrap:anywhere}
.chip:hover,.chip[aria-expanded=true]{background:#e8f0fe}
button.link{font:inherit;border:0;background:none;color:var(--accent);text-decoration:underline;padding:0;cursor:pointer;text-align:left}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sequence{display:flex;flex-wrap:wrap;gap:.3rem .6rem;list-style:none;padding:0;margin:0}
.sequence li+li::before{content:"→";margin-right:.6rem;color:var(--muted)}
.timeline{list-style:none;margin:0;padding:0 0 0 1.1rem;border-left:3px solid var(--line)}
.timeline-day{position:relative;margin:0 0 1rem}
.timeline-day::before{content:"";position:absolute;left:-1.55rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;background:var(--accent)}
.day{font-weight:700;display:block;margin-bottom:.2rem}
.events{list-style:none;margin:0;padding:0}
.event{padding:.35rem .6rem;border:1px solid var(--line);border-radius:6px;margin:0 0 .4rem}
.event.date-conflict{border-color:var(--conflict);border-left-width:5px}
.event .desc{margin:0 0 .2rem;font-weight:600}
.event .desc .badge{margin-left:.4rem}
blockquote{margin:.2rem 0 .5rem;padding:.2rem .8rem;border-left:4px solid var(--line);font-style:italic;overflow-wrap:anywhere}
.speaker .role{font-weight:400;color:var(--muted)}
.quote-list{list-style:none;margin:0;padding:0}
.quote-list>li+li{border-top:1px dashed var(--line);padding-top:.4rem;margin-top:.4rem}
.quote blockquote{margin-bottom:.2rem}
.quote .meta .badge{margin-left:.4rem}
.variant{margin:.3rem 0}
.diff-line{margin:.2rem 0 0;overflow-wrap:anywhere}
del{background:var(--del-bg);color:var(--del);text-decoration:line-through}
ins{background:var(--ins-bg);color:var(--ins);text-decoration:underline}
del+ins,ins+del{margin-left:.25em}
.coverage td.missing{color:var(--muted);text-align:center;background:#fafafa}
.coverage tr.status-conflict th,.coverage tr.status-updated th{color:var(--conflict)}
.coverage th .badge{margin-left:.3rem}
.coverage tbody th{min-width:9rem}
.coverage td{min-width:6rem}
.summary{padding-left:1.3rem}
.summary-sentence{margin:0 0 .6rem}
.support{margin:.3rem 0 0;padding:.4rem .6rem;background:var(--panel);border-radius:6px}
.article-list{padding-left:1.2rem}
.article-list li{margin:.2rem 0}
.diagnostics{list-style:none;padding:0}
.diagnostics li{margin:.2rem 0;overflow-wrap:anywhere}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
.viewer{position:fixed;top:0;right:0;bottom:0;width:min(42rem,45vw);background:var(--bg);border-left:1px solid var(--line);box-shadow:-4px 0 16px rgba(0,0,0,.15);overflow-y:auto;padding:0 1.2rem 2rem;z-index:20}
.viewer-bar{position:sticky;top:0;background:var(--bg);padding:.6rem 0;display:flex;justify-content:flex-end}
.viewer .close{font:inherit;border:1px solid #767676;background:#fff;border-radius:6px;padding:.2rem .8rem;cursor:pointer}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.6}
mark.hit{outline:2px solid #b07c00}
.hit-context{background:#fff6d1;box-shadow:0 0 0 2px #fff6d1}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
[hidden]{display:none!important}
@media (max-width:700px){
 #cc-app{padding:0 10px 40px}
 h1{font-size:1.35rem}
 .viewer{width:100%;left:0;border-left:0}
 .toolbar-wrap{padding:.4rem 10px;margin:0 -10px 1rem}
 .toolbar-inner{gap:.35rem}
 .outlet-toggles{flex:1 1 100%;min-width:0;flex-wrap:nowrap;overflow-x:auto;padding-bottom:2px}
 .toggle{white-space:nowrap}
 .toc{gap:.1rem .7rem;font-size:.95rem}
 .toc a{padding:.1rem 0}
 .card{padding:.6rem .7rem}
 .evidence{min-width:0}
 table.values,table.values tbody,table.values tr,table.values th,table.values td{display:block;width:100%}
 table.values thead{display:none}
 table.values tr{border-bottom:1px solid var(--line);padding:.3rem 0}
 table.values th,table.values td{border:0;padding:.15rem 0}
 table.roster,table.roster tbody,table.roster tr,table.roster th,table.roster td{display:block;width:100%}
 table.roster thead{display:none}
 table.roster tr{border-bottom:1px solid var(--line);padding:.3rem 0}
 table.roster th,table.roster td{border:0;padding:.1rem 0}
 table.agreements,table.agreements tbody,table.agreements tr,table.agreements th,table.agreements td{display:block;width:100%}
 table.agreements thead{display:none}
 table.agreements tr{border-bottom:1px solid var(--line);padding:.3rem 0}
 table.agreements th,table.agreements td{border:0;padding:.1rem 0;text-align:left}
 .value{white-space:normal}
 table.roster td[data-label]::before{content:attr(data-label);color:var(--muted);font-size:.85rem}
 table.roster td.blank{display:none}
}
@media print{
 .toolbar-wrap,.viewer,.toc,button.link,.close{display:none!important}
 .chip{border:0;color:var(--muted);padding:0}
 body{font-size:11pt}
 #cc-app{max-width:none;padding:0}
 .card,.event,tr{break-inside:avoid}
 h2{break-after:avoid}
 .large .section{content-visibility:visible}
 details.fold>summary::before{content:none}
 details::details-content{content-visibility:visible;display:block}
 .support[hidden]{display:none!important}
 a{color:inherit}
 .table-scroll{overflow:visible}
}
`;
