use super::law::REFERENCE;
use crate::message::{message, List};
use crate::model::ClaimSet;
use crate::rules::{declare_rule, util::at_claim, Check, Examples, Reporter};
use std::collections::BTreeMap;

declare_rule! {
    /// ## What it checks
    /// Claims that depend on each other in a circle: claim 2 refers to claim 3 and claim 3 to claim 2, possibly
    /// through other claims. (A claim referring to itself is `claims/dependency-on-itself`.)
    ///
    /// ## Why it matters
    /// A claim in a circle has no independent claim at its root, so its scope cannot be determined.
    ///
    /// ## Legal basis
    /// 35 U.S.C. 112(d); Rule 43(4) EPC; PCT Rule 6.4(a); JP Enforcement Regulations Art. 24-3(iii); KR
    /// Enforcement Decree Art. 5(4); CN Implementing Regulations Rule 25.
    pub static RULE = Rule {
        id: "claims/dependency-cycle",
        summary: "claims depend on each other in a circle",
        offices: REFERENCE,
        examples: Examples {
            fires: &["1. A lever.\n2. The lever of claim 3, wherein the handle is red.\n3. The lever of claim 2, having a handle."],
            silent: &["1. A lever.\n2. The lever of claim 1, having a handle.\n3. The lever of claim 2, wherein the handle is red."],
        },
        check: Check::Claims(check),
    };
}

fn check(set: &ClaimSet, out: &mut Reporter) {
    // Claims by number (the first of a duplicated number) and their references to other existing claims.
    let mut index: BTreeMap<u32, usize> = BTreeMap::new();
    for (i, claim) in set.claims.iter().enumerate() {
        index.entry(claim.number).or_insert(i);
    }
    let edges: Vec<Vec<usize>> = set
        .claims
        .iter()
        .map(|c| c.depends_on.iter().filter(|&&t| t != c.number).filter_map(|t| index.get(t).copied()).collect())
        .collect();
    for component in strongly_connected(&edges) {
        if component.len() < 2 {
            continue;
        }
        let mut numbers: Vec<u32> = component.iter().filter_map(|&i| set.claims.get(i)).map(|c| c.number).collect();
        numbers.sort_unstable();
        let first = component.iter().filter_map(|&i| set.claims.get(i)).min_by_key(|c| c.number);
        if let Some(first) = first {
            out.report(&RULE, at_claim(first), message!("dependency-cycle", claims = List::and(&numbers)));
        }
    }
}

/// Tarjan's algorithm without recursion, so that deep chains of claims cannot overflow the stack.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = edges.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut components, mut next) = (Vec::new(), Vec::new(), 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == usize::MAX {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*edge) {
                *edge += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_circles_only() {
        let edges = vec![vec![], vec![2], vec![1], vec![3], vec![0]];
        let mut found: Vec<Vec<usize>> =
            super::strongly_connected(&edges).into_iter().filter(|c| c.len() > 1).collect();
        found.iter_mut().for_each(|c| c.sort_unstable());
        assert_eq!(found, vec![vec![1, 2]]);
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let edges: Vec<Vec<usize>> = (0..200_000).map(|i| if i == 0 { vec![] } else { vec![i - 1] }).collect();
        assert_eq!(super::strongly_connected(&edges).len(), 200_000);
    }
}
