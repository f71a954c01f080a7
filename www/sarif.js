// The report as a SARIF 2.1.0 log, built in the page from the report and the rules catalogue (`rules()`), as the
// CLI's `--format sarif` builds it. Findings the user accepted carry an external, accepted suppression with the
// reason given.

const LEVELS = { error: 'error', warning: 'warning', info: 'note' };

/** A file name as a relative URI reference ("Claims editor" → "Claims%20editor"). */
export function fileUri(name) {
  return name.split('/').map(encodeURIComponent).join('/');
}

/**
 * @param report   the checker's report
 * @param rules    the checker's rules catalogue
 * @param accepted (finding) => { reason, at } | null, for findings the user accepted
 */
export function buildSarif(report, rules, accepted = () => null) {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarifRules = rules.map((rule) => {
    const helpUri = rule.offices?.map((p) => p.citation?.url).find(Boolean);
    return {
      id: rule.id,
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.docs || rule.summary },
      help: { text: rule.docs || rule.summary, markdown: rule.docs || rule.summary },
      ...(helpUri ? { helpUri } : {}),
      properties: { offices: (rule.offices ?? []).map((p) => ({ office: p.office, severity: p.severity, citation: p.citation.text })) },
    };
  });
  const results = report.findings.map((finding) => {
    const physicalLocation = { artifactLocation: { uri: fileUri(finding.file) } };
    if (finding.location.line !== undefined) physicalLocation.region = { startLine: finding.location.line };
    if (finding.location.excerpt && physicalLocation.region) physicalLocation.region.snippet = { text: finding.location.excerpt };
    const location = { physicalLocation };
    if (finding.location.claim !== undefined) {
      location.logicalLocations = [{ name: `claim ${finding.location.claim}`, kind: 'member' }];
    } else if (finding.location.paragraph !== undefined) {
      location.logicalLocations = [{ name: `paragraph ${finding.location.paragraph}`, kind: 'member' }];
    } else if (finding.location.sheet !== undefined) {
      location.logicalLocations = [{ name: `sheet ${finding.location.sheet}`, kind: 'member' }];
    } else if (finding.location.field) {
      location.logicalLocations = [{ fullyQualifiedName: finding.location.field, kind: 'member' }];
    }
    const result = {
      ruleId: finding.rule,
      ...(index.has(finding.rule) ? { ruleIndex: index.get(finding.rule) } : {}),
      level: LEVELS[finding.severity] ?? 'warning',
      message: { text: finding.message },
      locations: [location],
      properties: { offices: finding.offices, citations: finding.citations },
    };
    const acceptance = accepted(finding);
    if (acceptance) result.suppressions = [{ kind: 'external', status: 'accepted', justification: acceptance.reason }];
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'patlint', version: report.version, rules: sarifRules } },
        results,
      },
    ],
  };
}
