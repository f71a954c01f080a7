//! The category of a claim (product, apparatus, method, use, medium, composition), read from its preamble.

use super::text::find;
use crate::model::Category;

/// Words of a preamble that name a category, per language; the first match in the preamble decides.
const WORDS: &[(&str, Category)] = &[
    ("use of", Category::Use),
    ("use according", Category::Use),
    ("verwendung", Category::Use),
    ("utilisation", Category::Use),
    ("用途", Category::Use),
    ("使用", Category::Use),
    ("应用", Category::Use),
    ("용도", Category::Use),
    ("storage medium", Category::Medium),
    ("readable medium", Category::Medium),
    ("readable media", Category::Medium),
    ("storage device storing", Category::Medium),
    ("program product", Category::Medium),
    ("speichermedium", Category::Medium),
    ("support d'enregistrement", Category::Medium),
    ("記録媒体", Category::Medium),
    ("记录介质", Category::Medium),
    ("存储介质", Category::Medium),
    ("기록매체", Category::Medium),
    ("기록 매체", Category::Medium),
    ("method", Category::Method),
    ("process", Category::Method),
    ("verfahren", Category::Method),
    ("procédé", Category::Method),
    ("méthode", Category::Method),
    ("方法", Category::Method),
    ("방법", Category::Method),
    ("composition", Category::Composition),
    ("formulation", Category::Composition),
    ("zusammensetzung", Category::Composition),
    ("組成物", Category::Composition),
    ("组合物", Category::Composition),
    ("조성물", Category::Composition),
    ("apparatus", Category::Apparatus),
    ("device", Category::Apparatus),
    ("system", Category::Apparatus),
    ("machine", Category::Apparatus),
    ("vorrichtung", Category::Apparatus),
    ("einrichtung", Category::Apparatus),
    ("dispositif", Category::Apparatus),
    ("appareil", Category::Apparatus),
    ("装置", Category::Apparatus),
    ("システム", Category::Apparatus),
    ("设备", Category::Apparatus),
    ("系统", Category::Apparatus),
    ("장치", Category::Apparatus),
    ("시스템", Category::Apparatus),
];

/// The category named in the claim's preamble (its first 12 words, or up to "comprising" and the like); a product
/// when nothing names another category. Japanese and Korean name the category at the end of the claim instead.
#[must_use]
pub fn of(text: &str) -> Category {
    let lower = text.to_lowercase();
    let head_final = lower.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{ac00}'..='\u{d7af}'));
    if head_final {
        let tail_start = lower.char_indices().rev().nth(24).map_or(0, |(at, _)| at);
        let tail = &lower[tail_start..];
        return WORDS
            .iter()
            .filter_map(|(word, category)| tail.rfind(word).map(|at| (at, *category)))
            .max_by_key(|(at, _)| *at)
            .map_or(Category::Product, |(_, category)| category);
    }
    let preamble = preamble(&lower);
    WORDS
        .iter()
        .filter_map(|(word, category)| find(preamble, word).map(|at| (at, *category)))
        .min_by_key(|(at, _)| *at)
        .map_or(Category::Product, |(_, category)| category)
}

fn preamble(lower: &str) -> &str {
    const ENDS: [&str; 12] = [
        " comprising", " consisting", " including", " wherein", " characterized", " characterised", ",", ":",
        "dadurch", "caractérisé", "において", "其特征",
    ];
    let cut = ENDS.iter().filter_map(|e| find(lower, e)).min().unwrap_or(lower.len());
    let head = &lower[..cut];
    // A claim with no such word: its first 12 words (or 40 characters of CJK text).
    if let Some((at, _)) = head.char_indices().filter(|(_, c)| c.is_whitespace()).nth(11) {
        return &head[..at];
    }
    if head.contains(' ') {
        return head;
    }
    let end = head.char_indices().nth(40).map_or(head.len(), |(at, _)| at);
    &head[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert_eq!(of("A method of making a lever, comprising"), Category::Method);
        assert_eq!(of("The lever of claim 1, wherein the method"), Category::Product);
        assert_eq!(of("An apparatus for heating, comprising a method selector"), Category::Apparatus);
        assert_eq!(of("A non-transitory computer-readable medium storing"), Category::Medium);
        assert_eq!(of("Use of the compound of claim 1 for"), Category::Use);
        assert_eq!(of("Verfahren zur Herstellung eines Hebels, dadurch gekennzeichnet"), Category::Method);
        assert_eq!(of("ハンドルを備える装置。"), Category::Apparatus);
        assert_eq!(of("請求項１に記載の装置を用いて加熱する方法。"), Category::Method);
        assert_eq!(of("一种组合物，其特征在于"), Category::Composition);
        assert_eq!(of("제1항에 있어서, 상기 장치를 가열하는 방법."), Category::Method);
    }
}
