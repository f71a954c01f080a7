#!/usr/bin/env bash
# Scaffolds a rule: scripts/new-rule.sh FAMILY NAME, e.g. scripts/new-rule.sh claims claim-too-long.
#
#   FAMILY  claims, description, drawings, assignment or sequences (input findings are raised by the readers)
#   NAME    the defect in kebab-case: the rule's id is FAMILY/NAME (`title-too-long`, not `shorten-title`)
#
# Writes src/rules/FAMILY/NAME.rs (docs with the headings tests/registry.rs asks for, one office policy with its
# citation and grade, examples, a check that reports nothing yet) and adds the rule where it must be listed:
# `pub mod` in src/rules/FAMILY/mod.rs, RULES in src/rules/registry.rs (sorted by id, as a test requires), the
# message in messages/{en,ja,ko,zh}.ftl (its id the rule's name) and the summary's in www/i18n/{ja,ko,zh}.js. The project
# builds at once (cargo check); the rule's examples fail their test until the TODOs are filled in. CONTRIBUTING.md
# says what to fill in.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: scripts/new-rule.sh FAMILY NAME   (FAMILY: claims, description, drawings, assignment, sequences)" >&2
  exit 2
}
[[ $# -eq 2 ]] || usage
family="$1"
name="$2"
case "$family" in
  claims | description | drawings | assignment | sequences) ;;
  input) echo "new-rule: input findings are raised by the readers (src/parse/), not scaffolded here" >&2; exit 2 ;;
  *) usage ;;
esac
if [[ ! "$name" =~ ^[a-z]+(-[a-z]+)*$ ]]; then
  echo "new-rule: NAME is kebab-case letters, e.g. title-too-long" >&2
  exit 2
fi
if [[ "$name" =~ ^(avoid|use|prefer|add)- ]]; then
  echo "new-rule: a rule names the defect, not the fix (tests/registry.rs)" >&2
  exit 2
fi
module="${name//-/_}"
file="src/rules/$family/$module.rs"
if [[ -e "$file" ]] || grep -q "&$family::$module::RULE" src/rules/registry.rs; then
  echo "new-rule: $family/$name exists already ($file)" >&2
  exit 2
fi

# Per family: what the check reads, how a finding is located, and examples that parse as that family's input.
case "$family" in
  claims)
    imports='use crate::model::ClaimSet;
use crate::rules::{declare_rule, policy, util::at_claim, Check, Examples, Grade, Reporter};'
    fires='"1. TODO: a claim set that has the defect."'
    silent='"1. A lever.\n2. The lever of claim 1, being red."'
    template='Claim {claim} TODO: what is wrong, and what to do.'
    check="Check::Claims(check)"
    body='fn check(set: &ClaimSet, out: &mut Reporter) {
    for claim in super::live(set) {
        // TODO: whether `claim` has the defect.
        let defective = false;
        if defective {
            out.report(&RULE, at_claim(claim), message!("'"$name"'", claim = claim.number));
        }
    }
}'
    ;;
  description)
    imports='use super::at;
use crate::model::description::Specification;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};'
    fires='"Lever\nBACKGROUND\n[0001] TODO: a specification that has the defect."'
    silent='"Lever\nBACKGROUND\n[0001] Levers are known."'
    template='TODO: what is wrong in this paragraph, and what to do.'
    check="Check::Description(check)"
    body='fn check(spec: &Specification, out: &mut Reporter) {
    for paragraph in &spec.paragraphs {
        // TODO: whether `paragraph` has the defect (findings of one rule stop after super::MAX_FINDINGS).
        let defective = false;
        if defective {
            out.report(&RULE, at(spec, paragraph), message!("'"$name"'"));
        }
    }
}'
    ;;
  drawings)
    imports='use super::at_sheet;
use crate::model::drawings::Drawings;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};'
    fires='"pdf A4\nline 40 40 150 200 TODO: a drawing spec (crates/drawing-fixtures) that has the defect"'
    silent='"pdf A4\nline 40 40 150 200"'
    template='Sheet {sheet} TODO: what is wrong, and what to do.'
    check="Check::Drawings(check)"
    body='fn check(drawings: &Drawings, out: &mut Reporter) {
    for sheet in &drawings.sheets {
        // TODO: whether `sheet` has the defect.
        let defective = false;
        if defective {
            out.report(&RULE, at_sheet(sheet), message!("'"$name"'", sheet = sheet.number));
        }
    }
}'
    ;;
  assignment)
    imports='use super::at;
use crate::model::AssignmentRecord;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};'
    fires='r#"{"assignors": [{"name": "TODO: a record that has the defect"}], "properties": [{"office": "US", "number": "16/123,456"}]}"#'
    silent='super::COMPLETE'
    template='TODO: what is wrong in the record, and what to do.'
    check="Check::Assignment(check)"
    body='fn check(record: &AssignmentRecord, out: &mut Reporter) {
    // TODO: whether the record has the defect, and the path of the field at fault.
    let defective = false;
    if defective {
        out.report_among(&RULE, &record.offices(), at(record, "TODO", None), message!("'"$name"'"));
    }
}'
    ;;
  sequences)
    imports='use super::at_sequence;
use crate::model::SequenceListing;
use crate::rules::{declare_rule, policy, Check, Examples, Grade, Reporter};'
    fires='"TODO: an ST.26 listing that has the defect (see the macros in src/rules/sequences/mod.rs)"'
    silent='super::VALID'
    template='SEQ ID NO {id} TODO: what is wrong, and what to do.'
    check="Check::Sequences(check)"
    body='fn check(listing: &SequenceListing, out: &mut Reporter) {
    for sequence in &listing.sequences {
        // TODO: whether `sequence` has the defect (findings of one rule stop after super::MAX_FINDINGS).
        let defective = false;
        if defective {
            out.report(&RULE, at_sequence(sequence, None, None), message!("'"$name"'", id = sequence.id_text.as_str()));
        }
    }
}'
    ;;
esac

cat > "$file" <<EOF
use crate::citation::{Authority::*, Citation};
use crate::message::message;
use crate::office::Office::*;
use crate::report::Severity::*;
$imports

declare_rule! {
    /// ## What it checks
    /// TODO: what the rule finds, in a sentence or two.
    ///
    /// ## Why it matters
    /// TODO: what the office does when it sees it, and what that costs the applicant.
    ///
    /// ## Legal basis
    /// TODO: each office's provision as \`offices\` cites it (37 CFR TODO), with its grade: A read in the official
    /// text, B the official text quoted by a reliable secondary source, C practitioner commentary, or unconfirmed
    /// (then never more than a warning).
    pub static RULE = Rule {
        id: "$family/$name",
        summary: "TODO: what is wrong, in a line without a final period",
        // One policy per office (and route): severity, the provision the office would object under, and its grade.
        // Tables that several rules share live in the family's law.rs (profile.rs for the description).
        offices: &[policy(US, Warning, Citation::new(Cfr37, "TODO"), Grade::Unconfirmed)],
        // Run as tests (tests/registry.rs): each \`fires\` text must raise the rule, each \`silent\` text must not.
        examples: Examples {
            fires: &[$fires],
            silent: &[$silent],
        },
        check: $check,
    };
}

$body
EOF
rustfmt --edition 2021 "$file"

# The lists the rule joins, and its translations: edited by node, which the project needs anyway.
node --input-type=module - "$family" "$name" "$module" "$template" <<'EOF'
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';

const [family, name, module, template] = process.argv.slice(2);
const id = `${family}/${name}`;

function edit(path, change) {
  const lines = readFileSync(path, 'utf8').split('\n');
  change(lines);
  writeFileSync(path, lines.join('\n'));
  console.log(`new-rule: ${path}`);
}

/** The index of the first line of the item at `index`, its attributes and doc comments included. */
function itemStart(lines, index) {
  while (index > 0 && /^\s*(#\[|\/\/\/)/.test(lines[index - 1])) index--;
  return index;
}

// `pub mod` in the family's mod.rs, in order (rustfmt keeps mod declarations sorted).
edit(`src/rules/${family}/mod.rs`, (lines) => {
  const mods = lines.map((line, i) => [line.match(/^pub mod (\w+);$/)?.[1], i]).filter(([m]) => m);
  const after = mods.find(([m]) => m > module);
  const at = after ? itemStart(lines, after[1]) : mods[mods.length - 1][1] + 1;
  lines.splice(at, 0, `pub mod ${module};`);
});

// RULES in registry.rs, sorted by id; the drawing rules only with the drawings feature.
edit('src/rules/registry.rs', (lines) => {
  const start = lines.findIndex((line) => line.startsWith('pub static RULES:'));
  const end = lines.findIndex((line, i) => i > start && line === '];');
  const entry = (line) => line.match(/^ {4}&(\w+)::(\w+)::RULE,$/);
  let at = end;
  for (let i = start + 1; i < end; i++) {
    const m = entry(lines[i]);
    if (m && `${m[1]}/${m[2].replaceAll('_', '-')}` > id) {
      at = itemStart(lines, i);
      break;
    }
  }
  const added = [`    &${family}::${module}::RULE,`];
  if (family === 'drawings') added.unshift('    #[cfg(feature = "drawings")]');
  lines.splice(at, 0, ...added);
});

// The message, in English and translated, at the end of each catalogue (messages/*.ftl): its id is the rule's name.
// A translation keeps the English placeholders (tests/messages/catalogue.test.mjs).
const fluent = (text) => text.replace(/\{(\w+)\}/g, '{ $$$1 }');
const placeholders = [...template.matchAll(/\{\w+\}/g)].map((m) => ` ${fluent(m[0])}`).join('');
for (const language of ['en', 'ja', 'ko', 'zh']) {
  const text = language === 'en' ? fluent(template) : `TODO ${language}${placeholders}`;
  appendFileSync(`messages/${language}.ftl`, `\n## rules/${family}/${module}.rs\n${name} = ${text}\n`);
}

// The summary's translations in the page's catalogs, after the family's last summary.
for (const language of ['ja', 'ko', 'zh']) {
  edit(`www/i18n/${language}.js`, (lines) => {
    const start = lines.findIndex((line) => line === '  rules: {');
    const end = lines.findIndex((line, i) => i > start && line === '  },');
    let at = end;
    // After the family's last entry, and its continuation lines when the formatter wrapped it.
    for (let i = start + 1; i < end; i++) if (lines[i].startsWith(`    '${family}/`)) at = i + 1;
    while (at < end && lines[at].startsWith('      ')) at += 1;
    lines.splice(at, 0, `    '${id}': 'TODO ${language}: the summary',`);
  });
}
EOF

# The JavaScript as the gate formats it (biome.jsonc).
npx --no-install biome format --write www/i18n/ja.js www/i18n/ko.js www/i18n/zh.js >/dev/null

echo "new-rule: $file"
echo
echo "Left to do (CONTRIBUTING.md, 'Adding a rule'): the TODOs of $file,"
grep -n "TODO" "$file" | sed 's/^/  /'
echo "its message in messages/{en,ja,ko,zh}.ftl ('$name', at the end) and its summary's translations in"
echo "www/i18n/{ja,ko,zh}.js ('$family/$name'). Then write its snapshot (INSTA_UPDATE=always cargo test --test"
echo "rule_snapshots), run scripts/precision.sh and scripts/test.sh."
