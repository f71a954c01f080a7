//! The provisions the sequence-listing rules cite, per office, and ST.26's controlled vocabularies (Annex I) as
//! data. Sources read to confirm them:
//!
//! - 37 CFR 1.833 and 1.834 (the text as published by eCFR, read in copies that quote it: grade B): 1.833(a) XML
//!   1.0 in UTF-8 with the characters of ST.26 paragraphs 40–41 and Annex IV; 1.833(b) validity against the DTD of
//!   Annex II, the declaration (paragraph 39(a)), the DOCTYPE (39(b)), the root (43), the general information part
//!   (45, 47, 48) and the sequence data part (50–55, 57, 58, 60–69, 71–78, 80–87, 89–98, 100); 1.834(a)(3) the
//!   file name; 1.834(b)(1) 100 MB.
//! - EPO Guidelines A-IV, 5 (ST.26 compulsory), F-II, 6.2.1 (paragraph 7), F-II, 6.2.4 (paragraph 75 and the
//!   `mol_type` values of Annex I, 6.39 and 8.1) and A-XIII, 11.3 (an invitation and the late furnishing fee when
//!   no standard-compliant listing is available), read on epo.org: grade A for the EPO.
//! - ST.26 Annex I, Sections 1 and 2 (the nucleotide table, "t" for thymine in DNA and uracil in RNA), read in the
//!   CWS drafts of the Annex (grade B); Section 3 (amino acids, upper case, paragraph 26) as MPEP 2412.05(d) states
//!   it (grade B).
//! - WIPO's ST.26 FAQ (paragraphs 3(d) and 58 for skipped sequences; `INSDSeq_other-seqids` is for offices only,
//!   Annex V, and WIPO Sequence's verification rejects it): grade B.
//! - The JPO's notice of June 2022 (ST.26 listings required for national applications from 1 July 2022): grade B.
//!
//! The requirements of the general information part and of numbering, length, molecule type and division come
//! from the DTD (Annex II) and paragraphs that were not read here: those rules are graded unconfirmed and report
//! warnings, as does the table of feature keys.

use crate::citation::{Authority::*, Citation};
use crate::office::Date;
use crate::office::Office::*;
use crate::report::Severity::*;
use crate::rules::{policy, Grade, OfficePolicy};

/// ST.26 applies to applications filed (international applications: internationally filed) on or after 1 July
/// 2022; before, ST.25 asked much the same in its own form.
pub const ST26_FROM: Date = Date::ymd(2022, 7, 1);

/// The grade of KIPO's and CNIPA's policies for a requirement graded `grade` elsewhere: their texts were not read.
const fn national(grade: Grade) -> Grade {
    match grade {
        Grade::A | Grade::B | Grade::C => Grade::C,
        Grade::Unconfirmed => Grade::Unconfirmed,
    }
}

/// The policies of a requirement of ST.26 itself: the USPTO's provision `us`, and for the others the paragraph
/// `st26` (e.g. "ST.26, paragraph 75"), graded `grade` (KIPO and CNIPA lower, see [`national`]); an error, unless
/// unconfirmed.
#[must_use]
pub const fn standard(us: &'static str, st26: &'static str, grade: Grade) -> [OfficePolicy; 6] {
    let severity = if matches!(grade, Grade::Unconfirmed) { Warning } else { Error };
    let paragraph = Citation::new(WipoStandard, st26);
    [
        policy(US, severity, Citation::new(Cfr37, us), grade),
        policy(EP, severity, paragraph, grade),
        policy(JP, severity, paragraph, grade),
        policy(KR, severity, paragraph, national(grade)),
        policy(CN, severity, paragraph, national(grade)),
        policy(WO, severity, paragraph, grade),
    ]
}

/// The policies of a practice every office follows under ST.26 paragraph `st26`, reported as a warning, graded
/// `grade` (KIPO and CNIPA lower, see [`national`]).
#[must_use]
pub const fn practice(st26: &'static str, grade: Grade) -> [OfficePolicy; 6] {
    let paragraph = Citation::new(WipoStandard, st26);
    [
        policy(US, Warning, paragraph, grade),
        policy(EP, Warning, paragraph, grade),
        policy(JP, Warning, paragraph, grade),
        policy(KR, Warning, paragraph, national(grade)),
        policy(CN, Warning, paragraph, national(grade)),
        policy(WO, Warning, paragraph, grade),
    ]
}

/// The same policies with the EPO's graded A: its Guidelines restate the requirement, read on epo.org.
#[must_use]
pub const fn read_at_the_epo(mut policies: [OfficePolicy; 6]) -> [OfficePolicy; 6] {
    let mut i = 0;
    while i < policies.len() {
        if matches!(policies[i].office, EP) {
            policies[i].grade = Grade::A;
        }
        i += 1;
    }
    policies
}

/// The same policies as warnings: for a requirement read only in a third party's data (grade C), whose error
/// would not be sure to be the office's.
#[must_use]
pub const fn warned(mut policies: [OfficePolicy; 6]) -> [OfficePolicy; 6] {
    let mut i = 0;
    while i < policies.len() {
        policies[i].severity = Warning;
        i += 1;
    }
    policies
}

/// The same policies, applying to applications filed from ST.26's date ([`ST26_FROM`]).
#[must_use]
pub const fn from_st26(mut policies: [OfficePolicy; 6]) -> [OfficePolicy; 6] {
    let mut i = 0;
    while i < policies.len() {
        policies[i] = policies[i].filed_from(ST26_FROM);
        i += 1;
    }
    policies
}

/// Annex I, Section 1, Table 1: the nucleotide symbols, lower case. "t" stands for thymine in DNA and uracil in
/// RNA; there is no "u".
pub const NUCLEOTIDES: &str = "acgtmrwsykvhdbn";
/// Annex I, Section 3, Table 3: the amino acid symbols, upper case (with O pyrrolysine, U selenocysteine, and the
/// ambiguity symbols B, Z, J and X).
pub const AMINO_ACIDS: &str = "ARNDCQEGHILKMFPOSUTWYVBZJX";

/// Annex I, 6.39 and 8.1, as EPO Guidelines F-II, 6.2.4 tabulates them: the `mol_type` values per molecule type.
pub const MOL_TYPES_DNA: &[&str] = &["genomic DNA", "other DNA", "unassigned DNA"];
pub const MOL_TYPES_RNA: &[&str] =
    &["genomic RNA", "mRNA", "tRNA", "rRNA", "transcribed RNA", "viral cRNA", "other RNA", "unassigned RNA"];
pub const MOL_TYPES_AA: &[&str] = &["protein"];

/// Annex I, Section 5: feature keys for nucleotide sequences (the INSDC feature table's keys that ST.26 keeps; the
/// Annex's own list was not read, so a key outside it is only a warning).
pub const NUCLEOTIDE_KEYS: &[&str] = &[
    "3'UTR", "5'UTR", "C_region", "CDS", "D-loop", "D_segment", "J_segment", "N_region", "S_region", "STS", "V_region",
    "V_segment", "attenuator", "centromere", "enhancer", "exon", "gap", "gene", "iDNA", "intron", "mRNA",
    "mat_peptide", "misc_RNA", "misc_binding", "misc_difference", "misc_feature", "misc_recomb", "misc_structure",
    "mobile_element", "modified_base", "ncRNA", "operon", "oriT", "polyA_signal", "polyA_site", "precursor_RNA",
    "prim_transcript", "primer_bind", "promoter", "propeptide", "protein_bind", "RBS", "regulatory", "rep_origin",
    "repeat_region", "rRNA", "sig_peptide", "source", "stem_loop", "telomere", "terminator", "tmRNA",
    "transit_peptide", "tRNA", "unsure", "variation",
];

/// Annex I, Section 7: feature keys for amino acid sequences (UniProt's keys as ST.26 takes them; the Annex's own
/// list was not read, so a key outside it is only a warning).
pub const AMINO_ACID_KEYS: &[&str] = &[
    "ACT_SITE", "BINDING", "CA_BIND", "CARBOHYD", "CHAIN", "COILED", "COMPBIAS", "CONFLICT", "CROSSLNK", "DISULFID",
    "DNA_BIND", "DOMAIN", "HELIX", "INIT_MET", "INTRAMEM", "LIPID", "METAL", "MOD_RES", "MOTIF", "MUTAGEN", "NON_CONS",
    "NON_STD", "NON_TER", "NP_BIND", "PEPTIDE", "PROPEP", "REGION", "REPEAT", "SIGNAL", "SITE", "STRAND", "TOPO_DOM",
    "TRANSIT", "TRANSMEM", "TURN", "UNSURE", "VAR_SEQ", "VARIANT", "ZN_FING", "source",
];

/// Annex I, Section 2, Table 2: the only values of the `mod_base` qualifier, with `OTHER` for a modified nucleotide
/// not in the table (its name then goes in a `note`). The table as 37 CFR Part 1, Subpart G, Appendix B gives it
/// (ST.25's Table 2), which matches ST.26's as far as the Annex's final draft of 26 October 2016 was read.
pub const MOD_BASES: &[&str] = &[
    "ac4c", "chm5u", "cm", "cmnm5s2u", "cmnm5u", "d", "fm", "gal q", "gm", "i", "i6a", "m1a", "m1f", "m1g", "m1i",
    "m22g", "m2a", "m2g", "m3c", "m5c", "m6a", "m7g", "mam5u", "mam5s2u", "man q", "mcm5s2u", "mcm5u", "mo5u",
    "ms2i6a", "ms2t6a", "mt6a", "mv", "o5u", "osyw", "p", "q", "s2c", "s2t", "s2u", "s4u", "t", "t6a", "tm", "um",
    "yw", "x", "OTHER",
];

/// Annex I, Section 8: the qualifiers of amino acid sequences (`mol_type` is 8.1, as EPO Guidelines F-II, 6.2.4
/// numbers it; the other two were not read).
pub const AMINO_ACID_QUALIFIERS: &[&str] = &["mol_type", "note", "organism"];

/// Annex I, Section 6: the qualifiers of nucleotide sequences, as the INSDC feature table names them without the
/// qualifiers only databases write (`db_xref`, `protein_id`, `locus_tag`, `citation`…). Section 6 itself was not
/// read, so a qualifier outside this list is only a warning.
pub const NUCLEOTIDE_QUALIFIERS: &[&str] = &[
    "allele", "anticodon", "artificial_location", "bio_material", "bound_moiety", "cell_line", "cell_type",
    "chromosome", "clone", "clone_lib", "codon_start", "collected_by", "collection_date", "country", "cultivar",
    "culture_collection", "dev_stage", "direction", "EC_number", "ecotype", "environmental_sample", "estimated_length",
    "exception", "experiment", "focus", "frequency", "function", "gap_type", "gene", "gene_synonym", "germline",
    "haplogroup", "haplotype", "host", "identified_by", "isolate", "isolation_source", "lab_host", "lat_lon",
    "linkage_evidence", "macronuclear", "map", "mating_type", "mobile_element_type", "mod_base", "mol_type",
    "ncRNA_class", "note", "number", "operon", "organelle", "organism", "PCR_primers", "phenotype", "plasmid",
    "pop_variant", "product", "proviral", "pseudo", "pseudogene", "rearranged", "recombination_class",
    "regulatory_class", "replace", "ribosomal_slippage", "rpt_family", "rpt_type", "rpt_unit_range", "rpt_unit_seq",
    "satellite", "segment", "serotype", "serovar", "sex", "standard_name", "strain", "sub_clone", "sub_species",
    "sub_strain", "tag_peptide", "tissue_lib", "tissue_type", "trans_splicing", "transgenic", "transl_except",
    "transl_table", "translation", "variety",
];

/// Annex I, Section 9: the genetic code tables `transl_table` may name (the NCBI numbering, which the Annex
/// reproduces; the Annex's own list was not read).
pub const TRANSLATION_TABLES: &[u8] =
    &[1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unconfirmed_requirements_are_warnings_and_national_grades_are_lower() {
        let confirmed = standard("1.833(a)", "ST.26, paragraph 40", Grade::B);
        assert!(confirmed.iter().all(|p| p.severity == Error));
        assert_eq!(confirmed[3].grade, Grade::C);
        assert_eq!(confirmed[0].citation.to_string(), "37 CFR 1.833(a)");
        assert_eq!(confirmed[1].citation.to_string(), "WIPO Standard ST.26, paragraph 40");
        let unconfirmed = standard("1.833(b)(1)", "ST.26, Annex II", Grade::Unconfirmed);
        assert!(unconfirmed.iter().all(|p| p.severity == Warning && p.grade == Grade::Unconfirmed));
        assert!(!NUCLEOTIDES.contains('u') && AMINO_ACIDS.len() == 26);
    }
}
