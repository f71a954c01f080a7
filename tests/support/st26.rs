//! Generated ST.26 listings for tests and benchmarks: `listing(n)` holds `n` sequences cycling through DNA, RNA and
//! amino acids, each with a source feature and two more, of lengths 1,500 to 7,500 residues (about 5 KB a
//! sequence: 10,000 sequences make about 50 MB).

/// Residues of `kind` ("DNA", "RNA" or "AA") and `length`, from a fixed pattern.
fn residues(kind: &str, length: usize, seed: usize) -> String {
    let alphabet: &[u8] = if kind == "AA" { b"ACDEFGHIKLMNPQRSTVWY" } else { b"acgt" };
    (0..length).map(|i| alphabet[(i * 7 + seed * 13 + i / 5) % alphabet.len()] as char).collect()
}

/// A valid listing of `n` sequences.
#[must_use]
pub fn listing(n: usize) -> String {
    let mut out = String::with_capacity(n * 5_200 + 1_000);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE ST26SequenceListing PUBLIC \"-//WIPO//DTD Sequence Listing 1.3//EN\" \"ST26SequenceListing_V1_3.dtd\">\n");
    out.push_str("<ST26SequenceListing dtdVersion=\"V1_3\" fileName=\"generated.xml\" softwareName=\"patlint tests\" softwareVersion=\"1\" productionDate=\"2024-05-02\">\n");
    out.push_str("<ApplicantFileReference>GEN-1</ApplicantFileReference>\n<ApplicantName languageCode=\"en\">Acme Biotech Inc.</ApplicantName>\n<InventionTitle languageCode=\"en\">Generated sequences</InventionTitle>\n");
    out.push_str(&format!("<SequenceTotalQuantity>{n}</SequenceTotalQuantity>\n"));
    for i in 1..=n {
        let (kind, mol_type, extra) = match i % 3 {
            0 => ("AA", "protein", "REGION"),
            1 => ("DNA", "genomic DNA", "misc_feature"),
            _ => ("RNA", "mRNA", "misc_RNA"),
        };
        let length = if kind == "AA" { 1_500 + (i * 37) % 1_000 } else { 4_500 + (i * 53) % 3_000 };
        out.push_str(&format!(
            "<SequenceData sequenceIDNumber=\"{i}\">\n<INSDSeq>\n<INSDSeq_length>{length}</INSDSeq_length>\n<INSDSeq_moltype>{kind}</INSDSeq_moltype>\n<INSDSeq_division>PAT</INSDSeq_division>\n<INSDSeq_feature-table>\n\
             <INSDFeature>\n<INSDFeature_key>source</INSDFeature_key>\n<INSDFeature_location>1..{length}</INSDFeature_location>\n<INSDFeature_quals>\n\
             <INSDQualifier>\n<INSDQualifier_name>mol_type</INSDQualifier_name>\n<INSDQualifier_value>{mol_type}</INSDQualifier_value>\n</INSDQualifier>\n\
             <INSDQualifier>\n<INSDQualifier_name>organism</INSDQualifier_name>\n<INSDQualifier_value>Homo sapiens</INSDQualifier_value>\n</INSDQualifier>\n</INSDFeature_quals>\n</INSDFeature>\n\
             <INSDFeature>\n<INSDFeature_key>{extra}</INSDFeature_key>\n<INSDFeature_location>10..{}</INSDFeature_location>\n<INSDFeature_quals>\n<INSDQualifier>\n<INSDQualifier_name>note</INSDQualifier_name>\n<INSDQualifier_value>region {i}</INSDQualifier_value>\n</INSDQualifier>\n</INSDFeature_quals>\n</INSDFeature>\n\
             </INSDSeq_feature-table>\n<INSDSeq_sequence>{}</INSDSeq_sequence>\n</INSDSeq>\n</SequenceData>\n",
            length / 2,
            residues(kind, length, i)
        ));
    }
    out.push_str("</ST26SequenceListing>\n");
    out
}
