//! Sorting, and building ordered sets and maps, with one copy of the standard sort in the Wasm modules. The
//! standard library's sort is compiled anew for each element type and comparison it is called with, some 2 to 4 KB
//! of Wasm each, and collecting into a `BTreeSet` or `BTreeMap` sorts too: the core module held 40 KB of sorting
//! code (measured with twiggy). Here positions are sorted, with the comparison behind a reference, so that the
//! standard sort is compiled once; what is left per type is moving the items into their order. Sets and maps are
//! built by inserting. The lists sorted here are short (a report's findings, a fix's edits): the indirect call
//! costs nothing that shows.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The positions `0..len` in the order `compare` puts them, stably.
pub fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Sorts `items` by `compare`, stably (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i)?.take()));
}

/// Sorts `items` by `key`, stably (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The set of `items`, inserted one by one: collected, a `BTreeSet` sorts its items first, with the standard sort
/// compiled once more for their type.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The map of `entries`, inserted one by one (a later entry of a key replaces an earlier one, as when collected):
/// collected, a `BTreeMap` sorts its entries first, with the standard sort compiled once more for each place.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_sort_does_and_keeps_equal_items_in_order() {
        let mut items: Vec<(u32, char)> = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        let mut expected = items.clone();
        expected.sort_by_key(|&(n, _)| n);
        sort_by_key(&mut items, |&(n, _)| n);
        assert_eq!(items, expected);
        sort_by(&mut items, |a, b| b.cmp(a));
        assert_eq!(items, [(3, 'c'), (3, 'a'), (2, 'f'), (1, 'e'), (1, 'b'), (0, 'd')]);
        assert_eq!(positions(4, &|a, b| (a % 2).cmp(&(b % 2))), [0, 2, 1, 3]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }

    #[test]
    fn sets_and_maps_are_what_collecting_makes() {
        let entries = [(3, 'a'), (1, 'b'), (3, 'c')];
        assert_eq!(map_of(entries), entries.into_iter().collect(), "the later entry of a key is kept");
        assert_eq!(set_of([5, 1, 5, 2]), [1, 2, 5].into());
    }
}
