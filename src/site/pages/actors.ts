/**
 * The sections of agreement, party and person pages: an agreement's facts, clauses (with what
 * they oblige, whom, under which conditions) and members; a party's memberships and the clauses
 * binding it; a person's roles, what they are quoted saying and where they take part.
 */
import { conceptLabel, kindsOfClause } from "../../diagram/index.js";
import { propertyIri, type PropertyName } from "../../schema/index.js";
import { html, join, type Html } from "../html.js";
import { claimBadges, effectiveStatus, nodeLink, termHtml, type PageContext } from "../render.js";
import { conceptKey, instancesOf } from "../site-graph.js";
import { quotationsOf } from "../evidence.js";
import { slugOf } from "../paths.js";

const AGREEMENT_FACTS: readonly PropertyName[] = ["status", "scope", "established", "signed", "inForce", "ended", "proposedBy", "blockedBy", "depositary", "establishes"];

/** Facts of a node as a definition list, for the properties named. */
function facts(context: PageContext, node: string, properties: readonly PropertyName[]): Html {
  const rows = properties.flatMap((p) => {
    const values = context.site.table.values(node, propertyIri(p));
    return values.length === 0 ? [] : [html`<dt>${labelOf(p)}</dt><dd>${join(values.map((v) => termHtml(context, v)))}</dd>`];
  });
  return rows.length === 0 ? html`` : html`<dl class="facts">${rows}</dl>`;
}

const LABELS: Partial<Record<PropertyName, string>> = { status: "status", inForce: "in force", proposedBy: "proposed by", blockedBy: "blocked by" };
const labelOf = (p: PropertyName) => LABELS[p] ?? p.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** Nodes of a class whose `property` points at `target`. */
function pointing(context: PageContext, ancestor: Parameters<typeof instancesOf>[1], property: PropertyName, target: string): string[] {
  const table = context.site.table;
  return instancesOf(table, ancestor).filter((n) => table.iris(n, propertyIri(property)).includes(target));
}

export function agreementSection(context: PageContext, agreement: string): Html {
  const table = context.site.table;
  const clauses = pointing(context, "Clause", "agreement", agreement);
  const memberships = pointing(context, "Membership", "agreement", agreement);
  const events = pointing(context, "Event", "concerns", agreement);
  return html`${facts(context, agreement, AGREEMENT_FACTS)}
${clauses.length > 0 ? html`<h2 id="clauses">Clauses</h2>${clauses.map((c) => clauseItem(context, c))}` : ""}
${memberships.length > 0 ? membershipTable(context, memberships, "party") : ""}
${events.length > 0 ? html`<h2 id="events">Events</h2><ul>${events.map((e) => html`<li>${nodeLink(context, e)}${table.values(e, propertyIri("date")).map((d) => html` — ${termHtml(context, d)}`)}</li>`)}</ul>` : ""}`;
}

function clauseItem(context: PageContext, clause: string): Html {
  const table = context.site.table;
  const types = table.iris(clause, propertyIri("clauseTypes")).map((t) => conceptKey(t) ?? t);
  const symmetric = table.first(clause, propertyIri("symmetric")) === "true";
  const conditions = table.iris(clause, propertyIri("conditionTypes")).map((c) => conceptLabel(conceptKey(c) ?? c));
  const regions = table.iris(clause, propertyIri("appliesIn"));
  const text = quotationsOf(table, clause, "textEvidence")[0];
  const summary = table.first(clause, propertyIri("clauseSummary"));
  const article = table.first(clause, propertyIri("article"));
  const beneficiaries = table.iris(clause, propertyIri("beneficiaries"));
  return html`<section id="clause-${slugOf(clause)}" aria-labelledby="clause-${slugOf(clause)}-title">
<h3 id="clause-${slugOf(clause)}-title">${article ? `Article ${article}: ` : ""}${nodeLink(context, clause)}</h3>
<p>${types.map((t) => html`<span class="badge kind">${conceptLabel(t)}</span>`)} ${kindsOfClause(types).map((k) => html`<span class="badge kind" style="border-color:${k.colour}">${k.label} obligation</span> `)}<span class="badge kind">${symmetric ? "mutual" : "one-way"}</span>${conditions.map((c) => html`<span class="badge hedge">only with ${c}</span>`)}</p>
${effectiveStatus(context, clause)}
<dl class="facts"><dt>binds</dt><dd>${join(table.iris(clause, propertyIri("binds")).map((p) => nodeLink(context, p)))}</dd>
${beneficiaries.length > 0 ? html`<dt>benefits</dt><dd>${join(beneficiaries.map((p) => nodeLink(context, p)))}</dd>` : ""}
${regions.length > 0 ? html`<dt>applies in</dt><dd>${join(regions.map((r) => nodeLink(context, r)))}</dd>` : ""}</dl>
${text ? html`<blockquote>${text.exact}</blockquote>` : summary ? html`<p>${summary}</p>` : ""}
</section>`;
}

/** Memberships as a table, naming the party (agreement pages) or the agreement (party pages). */
function membershipTable(context: PageContext, memberships: readonly string[], show: "party" | "agreement"): Html {
  const table = context.site.table;
  const cell = (m: string, p: PropertyName) => join(table.values(m, propertyIri(p)).map((v) => termHtml(context, v)));
  return html`<h2 id="memberships">Memberships</h2><div class="table-wrap"><table><thead><tr><th scope="col">${show}</th><th scope="col">role</th><th scope="col">status</th><th scope="col">dates</th><th scope="col">support</th></tr></thead><tbody>${memberships.map(
    (m) => html`<tr><td>${join(table.iris(m, propertyIri(show === "party" ? "member" : "agreement")).map((n) => nodeLink(context, n)))}<br><small>${nodeLink(context, m)}</small></td><td>${cell(m, "role")}</td><td>${cell(m, "membershipStatus")}</td><td>${dates(context, m)}</td><td>${effectiveStatus(context, m)}</td></tr>`,
  )}</tbody></table></div>`;
}

function dates(context: PageContext, node: string): Html {
  const properties: readonly PropertyName[] = ["signed", "ratified", "acceded", "inForce", "startDate", "endDate"];
  return join(
    properties.flatMap((p) => context.site.table.values(node, propertyIri(p)).map((v) => html`${labelOf(p)} ${termHtml(context, v)}`)),
    html`<br>`,
  );
}

export function partySection(context: PageContext, party: string): Html {
  const memberships = pointing(context, "Membership", "member", party);
  const clauses = [...new Set([...pointing(context, "Clause", "binds", party), ...pointing(context, "Clause", "beneficiaries", party)])].sort();
  const roles = pointing(context, "RoleAssignment", "roleIn", party);
  return html`${facts(context, party, ["cowCode", "cowAbbreviation", "includes", "associatedWith"])}
${memberships.length > 0 ? membershipTable(context, memberships, "agreement") : ""}
${clauses.length > 0 ? html`<h2 id="obligations">Clauses that bind or protect it</h2><ul>${clauses.map((c) => html`<li>${nodeLink(context, c)} (${nodeLink(context, context.site.table.first(c, propertyIri("agreement")) ?? c)})</li>`)}</ul>` : ""}
${roles.length > 0 ? html`<h2 id="roles">People in roles here</h2><ul>${roles.map((r) => html`<li>${nodeLink(context, r)}</li>`)}</ul>` : ""}`;
}

export function personSection(context: PageContext, person: string): Html {
  const table = context.site.table;
  const roles = pointing(context, "RoleAssignment", "holder", person);
  const quoted = pointing(context, "Claim", "attributedTo", person);
  const events = pointing(context, "Event", "participants", person);
  return html`${roles.length > 0 ? html`<h2 id="roles">Roles</h2><ul>${roles.map((r) => html`<li>${nodeLink(context, r)}${table.iris(r, propertyIri("roleIn")).map((o) => html` — ${nodeLink(context, o)}`)}</li>`)}</ul>` : ""}
${quoted.length > 0 ? html`<h2 id="quoted">Quoted</h2><ul>${quoted.map((c) => html`<li>${claimBadges(context, c)} ${nodeLink(context, c)}</li>`)}</ul>` : ""}
${events.length > 0 ? html`<h2 id="events">Takes part in</h2><ul>${events.map((e) => html`<li>${nodeLink(context, e)}</li>`)}</ul>` : ""}`;
}
