/**
 * The site's one stylesheet: readable type, a layout that reflows to a narrow window (tables
 * scroll inside their box, diagrams shrink to the width), visible keyboard focus, colours with
 * enough contrast, marks per epistemic status, and badges. No web fonts, nothing fetched.
 */
export const STYLESHEET_CSS = `:root{--ink:#1a1a1a;--muted:#4a4a4a;--line:#d0d0d0;--link:#0b4f9c;--bg:#ffffff;--panel:#f5f7fa}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;line-height:1.5;color:var(--ink);background:var(--bg)}
body{margin:0}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,mark:focus-visible{outline:3px solid #c75000;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header.site{background:#12355b;color:#fff;padding:.6rem 1rem}
header.site a{color:#fff}
header.site nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
header.site .brand{font-weight:bold;margin-right:1rem}
main{max-width:72rem;margin:0 auto;padding:1rem 1rem 3rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.85rem;padding:1rem;text-align:center}
h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0 .25rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin-bottom:.25rem}
.iri{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel)}
figure{margin:1rem 0}
figure img{max-width:100%;height:auto;border:1px solid var(--line);background:#fff}
figcaption{font-size:.9rem;color:var(--muted)}
.badge{display:inline-block;border-radius:.8rem;padding:0 .55rem;margin:0 .25rem .15rem 0;font-size:.8rem;border:1px solid;white-space:nowrap}
.badge.status-Confirmed{background:#e3f1e6;border-color:#1b6b35;color:#0f4a22}
.badge.status-Reported{background:#e4eefb;border-color:#1f4e8c;color:#163b6b}
.badge.status-Expected{background:#efe7f7;border-color:#5b3a8c;color:#432a69}
.badge.status-AnalystAssessment{background:#fdf1dc;border-color:#8a5a00;color:#5e3d00}
.badge.status-Speculative{background:#fde8e8;border-color:#a1191f;color:#7a1217}
.badge.hedge{background:#fff;border-color:#a1191f;color:#7a1217;font-style:italic}
.badge.disputed{background:#a1191f;border-color:#a1191f;color:#fff}
.badge.kind{background:var(--panel);border-color:#8a8a8a;color:var(--ink)}
.source-text{white-space:pre-wrap;font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem;line-height:1.7;background:#fffdf7;border:1px solid var(--line);padding:1rem;max-width:48rem}
mark{color:inherit;border-bottom:2px solid;padding:0 .05rem}
mark mark{border-bottom-width:4px}
mark.status-Confirmed{background:#d8efdd;border-color:#1b6b35}
mark.status-Reported{background:#dbe8fa;border-color:#1f4e8c}
mark.status-Expected{background:#ebe0f6;border-color:#5b3a8c}
mark.status-AnalystAssessment{background:#fbe9c9;border-color:#8a5a00}
mark.status-Speculative{background:#fadcdc;border-color:#a1191f}
mark.clause-text{background:#eeeeee;border-color:#595959}
a.ref{font-size:.7rem;vertical-align:super;text-decoration:none;margin:0 .1rem}
a.ref::after{content:"[" attr(data-n) "]"}
ol.quotes li{margin-bottom:.6rem}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:4px solid var(--line);font-family:Georgia,"DejaVu Serif",serif}
.context{color:var(--muted)}
pre.sparql{background:var(--panel);border:1px solid var(--line);padding:.75rem;overflow-x:auto;font-size:.85rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0;overflow-wrap:anywhere}
ul.columns{columns:16rem;padding-left:1.2rem}
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}h1{font-size:1.4rem}main{padding:.75rem}}
`;
