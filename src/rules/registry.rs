//! Every rule, sorted by id (a test keeps it so), and the rules that judge the filed form.

#[cfg(feature = "drawings")]
use super::drawings;
use super::{assignment, claims, description, input, sequences, Rule, RuleInfo};

/// The date of the law the rules implement, as their documentation states it; changes when a rule's law or data does.
pub const RULES_VERSION: &str = "2026-11-25";

/// Every rule, sorted by id.
pub static RULES: &[&Rule] = &[
    &assignment::check_digit_mismatch::RULE,
    &assignment::conveyance_missing::RULE,
    &assignment::correspondent_missing::RULE,
    &assignment::country_code_invalid::RULE,
    &assignment::country_missing::RULE,
    &assignment::cover_sheet_signature_missing::RULE,
    &assignment::date_in_future::RULE,
    &assignment::date_invalid::RULE,
    &assignment::dates_out_of_order::RULE,
    &assignment::deed_number_missing::RULE,
    &assignment::document_form_not_accepted::RULE,
    &assignment::entry_implausible::RULE,
    &assignment::execution_date_missing::RULE,
    &assignment::nationality_certificate_missing::RULE,
    &assignment::nationality_certificate_stale::RULE,
    &assignment::number_kind_mismatch::RULE,
    &assignment::number_malformed::RULE,
    &assignment::number_office_mismatch::RULE,
    &assignment::party_address_missing::RULE,
    &assignment::party_name_missing::RULE,
    &assignment::pct_change_too_late::RULE,
    &assignment::power_of_attorney_missing::RULE,
    &assignment::property_number_missing::RULE,
    &assignment::signatory_capacity_missing::RULE,
    &assignment::signature_missing::RULE,
    &assignment::technology_export_document_missing::RULE,
    &assignment::transfer_evidence_missing::RULE,
    &claims::antecedent_basis_missing::RULE,
    &claims::cancelled_claim_has_text::RULE,
    &claims::dependency_cycle::RULE,
    &claims::dependency_on_cancelled_claim::RULE,
    &claims::dependency_on_itself::RULE,
    &claims::dependency_on_later_claim::RULE,
    &claims::dependency_target_missing::RULE,
    &claims::final_period_missing::RULE,
    &claims::independent_claims_same_category::RULE,
    &claims::lowercase_start::RULE,
    &claims::multiple_dependency_not_alternative::RULE,
    &claims::multiple_dependency_on_multiple::RULE,
    &claims::no_independent_claim::RULE,
    &claims::number_duplicated::RULE,
    &claims::numbering_not_consecutive::RULE,
    &claims::reference_not_by_number::RULE,
    &claims::reference_sign_without_parentheses::RULE,
    &claims::reference_to_description::RULE,
    &claims::several_sentences::RULE,
    &claims::status_identifier_invalid::RULE,
    &claims::status_identifier_missing::RULE,
    &description::abstract_figure_not_indicated::RULE,
    &description::abstract_legal_phraseology::RULE,
    &description::abstract_reference_sign_without_parentheses::RULE,
    &description::abstract_several_paragraphs::RULE,
    &description::abstract_too_long::RULE,
    &description::claim_reference_sign_not_in_description::RULE,
    &description::comments_present::RULE,
    &description::docx_macro_enabled::RULE,
    &description::docx_not_strict::RULE,
    &description::element_several_reference_numerals::RULE,
    &description::embedded_object_present::RULE,
    &description::figure_not_described::RULE,
    &description::font_not_accepted::RULE,
    &description::font_size_invalid::RULE,
    &description::landscape_page::RULE,
    &description::line_spacing_invalid::RULE,
    &description::margins_invalid::RULE,
    &description::page_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &description::pages_not_numbered::RULE,
    &description::paragraph_number_malformed::RULE,
    &description::paragraph_number_missing::RULE,
    &description::paragraph_numbers_not_consecutive::RULE,
    #[cfg(feature = "drawings")]
    &description::part_not_on_new_sheet::RULE,
    &description::reference_numeral_several_elements::RULE,
    &description::section_missing::RULE,
    &description::sections_out_of_order::RULE,
    &description::title_improper_form::RULE,
    &description::title_too_long::RULE,
    &description::tracked_changes_present::RULE,
    &description::unsupported_word_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::colour_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_label_form::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_not_described::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_not_drawn::RULE,
    #[cfg(feature = "drawings")]
    &drawings::figure_numbers_not_consecutive::RULE,
    #[cfg(feature = "drawings")]
    &drawings::font_not_embedded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::frame_present::RULE,
    #[cfg(feature = "drawings")]
    &drawings::greyscale_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::image_format_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::margin_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_content_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_encrypted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_version_too_old::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pixel_size_exceeded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_enclosed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_not_in_description::RULE,
    #[cfg(feature = "drawings")]
    &drawings::reference_sign_not_in_drawings::RULE,
    #[cfg(feature = "drawings")]
    &drawings::resolution_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::scale_indication::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_malformed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_misplaced::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_sizes_differ::RULE,
    #[cfg(feature = "drawings")]
    &drawings::single_figure_labelled::RULE,
    #[cfg(feature = "drawings")]
    &drawings::size_unknown::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_layer_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::usable_area_exceeded::RULE,
    &input::filing_date_from_document::RULE,
    &input::no_content_found::RULE,
    #[cfg(feature = "drawings")]
    &input::pages_not_read::RULE,
    #[cfg(feature = "drawings")]
    &input::publication_layout_not_checked::RULE,
    &input::route_from_document::RULE,
    &input::unreadable::RULE,
    &input::unsupported_format::RULE,
    &sequences::character_not_allowed::RULE,
    &sequences::division_invalid::RULE,
    &sequences::doctype_invalid::RULE,
    &sequences::english_free_text_missing::RULE,
    &sequences::feature_key_not_allowed::RULE,
    &sequences::file_name_invalid::RULE,
    &sequences::general_information_missing::RULE,
    &sequences::length_mismatch::RULE,
    &sequences::location_invalid::RULE,
    &sequences::mod_base_invalid::RULE,
    &sequences::mol_type_invalid::RULE,
    &sequences::moltype_invalid::RULE,
    &sequences::non_english_language_invalid::RULE,
    &sequences::numbering_not_consecutive::RULE,
    &sequences::other_seqids_present::RULE,
    &sequences::qualifier_not_allowed::RULE,
    &sequences::qualifier_value_invalid::RULE,
    &sequences::residue_invalid::RULE,
    &sequences::root_attribute_invalid::RULE,
    &sequences::seq_id_not_in_listing::RULE,
    &sequences::sequence_not_cited::RULE,
    &sequences::sequence_without_seq_id::RULE,
    &sequences::skipped_sequence_malformed::RULE,
    &sequences::source_feature_missing::RULE,
    &sequences::title_differs::RULE,
    &sequences::total_quantity_mismatch::RULE,
    &sequences::xml_declaration_invalid::RULE,
];

/// Every rule, as users read them.
#[must_use]
pub fn catalog() -> Vec<RuleInfo> {
    RULES.iter().map(|rule| rule.info()).collect()
}

/// Looks a rule up by id.
#[must_use]
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|rule| rule.id == id)
}

/// The rules that say whether an office would take a file at all: it can be read, and its format, fonts, page or
/// sheet size, encryption and embedded objects are what the office's intake accepts. The page shows their findings
/// per file and office in one table.
pub static INTAKE: &[&Rule] = &[
    &input::unreadable::RULE,
    &input::unsupported_format::RULE,
    &description::docx_macro_enabled::RULE,
    &description::docx_not_strict::RULE,
    &description::embedded_object_present::RULE,
    &description::font_not_accepted::RULE,
    &description::page_size_invalid::RULE,
    &description::unsupported_word_content::RULE,
    #[cfg(feature = "drawings")]
    &drawings::font_not_embedded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::image_format_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_content_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_encrypted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_version_too_old::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pixel_size_exceeded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_size_invalid::RULE,
    &sequences::character_not_allowed::RULE,
    &sequences::doctype_invalid::RULE,
    &sequences::file_name_invalid::RULE,
    &sequences::xml_declaration_invalid::RULE,
];

/// The rules that judge how a document was laid out and produced for filing (sheet and page set-up, margins,
/// lettering, sheet numbers, the PDF file itself). An office's publication is the office's own printing of the
/// application, so they do not run on one.
pub static FILED_FORM: &[&Rule] = &[
    &description::font_not_accepted::RULE,
    &description::font_size_invalid::RULE,
    &description::landscape_page::RULE,
    &description::line_spacing_invalid::RULE,
    &description::margins_invalid::RULE,
    &description::page_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &description::pages_not_numbered::RULE,
    #[cfg(feature = "drawings")]
    &description::part_not_on_new_sheet::RULE,
    #[cfg(feature = "drawings")]
    &drawings::font_not_embedded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::frame_present::RULE,
    #[cfg(feature = "drawings")]
    &drawings::image_format_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::margin_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_content_not_accepted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_encrypted::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pdf_version_too_old::RULE,
    #[cfg(feature = "drawings")]
    &drawings::pixel_size_exceeded::RULE,
    #[cfg(feature = "drawings")]
    &drawings::resolution_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_malformed::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_misplaced::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_number_missing::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_size_invalid::RULE,
    #[cfg(feature = "drawings")]
    &drawings::sheet_sizes_differ::RULE,
    #[cfg(feature = "drawings")]
    &drawings::text_too_small::RULE,
    #[cfg(feature = "drawings")]
    &drawings::usable_area_exceeded::RULE,
];
