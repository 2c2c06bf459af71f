//! The work list's filters, sorting and page as a query string, both ways:
//! the links and the filter form write it, the server reads it. Anything
//! unknown is ignored, so an old bookmark still opens a list.

use super::context::{WorkFilter, WorkSort};
use crate::domain::RequestStatus;

impl WorkFilter {
    /// Reads the query's pairs; unknown names and values are left out.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut filter = WorkFilter {
            page: 1,
            descending: true,
            ..WorkFilter::default()
        };
        for (name, value) in pairs {
            let value = value.trim();
            match name.as_str() {
                "product" if !value.is_empty() && value.len() <= 60 => {
                    filter.product = Some(value.to_string())
                }
                "status" => filter.status = RequestStatus::parse(value),
                "te-laat" => filter.overdue = value == "ja",
                "mijn" => filter.mine = value == "ja",
                "vrij" => filter.unassigned = value == "ja",
                "sorteer" => filter.sort = WorkSort::parse(value).unwrap_or_default(),
                "richting" => filter.descending = value != "op",
                "pagina" => filter.page = value.parse().unwrap_or(1).clamp(1, 100_000),
                _ => {}
            }
        }
        filter
    }

    /// The query string (without `?`) that gives this filter back.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(product) = &self.product {
            pairs.push(("product", product.clone()));
        }
        if let Some(status) = self.status {
            pairs.push(("status", status.as_str().to_string()));
        }
        for (on, name) in [
            (self.overdue, "te-laat"),
            (self.mine, "mijn"),
            (self.unassigned, "vrij"),
        ] {
            if on {
                pairs.push((name, "ja".into()));
            }
        }
        if self.sort != WorkSort::Received {
            pairs.push(("sorteer", self.sort.as_str().into()));
        }
        if !self.descending {
            pairs.push(("richting", "op".into()));
        }
        if self.page > 1 {
            pairs.push(("pagina", self.page.to_string()));
        }
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    }

    /// The same filter sorted by `sort`: the other direction when it already is.
    pub fn sorted_by(&self, sort: WorkSort) -> Self {
        let descending = if self.sort == sort {
            !self.descending
        } else {
            sort == WorkSort::Received
        };
        WorkFilter {
            sort,
            descending,
            page: 1,
            ..self.clone()
        }
    }

    /// The same filter on another page.
    pub fn on_page(&self, page: u32) -> Self {
        WorkFilter {
            page,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        serde_urlencoded::from_str(query).unwrap()
    }

    #[test]
    fn a_filter_survives_its_own_query_and_nonsense_is_ignored() {
        let filter = WorkFilter {
            product: Some("grofvuil".into()),
            status: Some(RequestStatus::NeedsMore),
            overdue: true,
            mine: true,
            unassigned: false,
            sort: WorkSort::Status,
            descending: false,
            page: 3,
        };
        assert_eq!(WorkFilter::from_pairs(&pairs(&filter.to_query())), filter);
        let odd = WorkFilter::from_pairs(&pairs("status=weg&pagina=-4&sorteer=x&mijn=1"));
        assert_eq!(odd, WorkFilter::from_pairs(&[]));
        assert_eq!(odd.page, 1);
    }

    #[test]
    fn sorting_again_by_the_same_column_turns_it_around() {
        let filter = WorkFilter::from_pairs(&[]);
        assert!(filter.descending, "newest first by default");
        let once = filter.sorted_by(WorkSort::Received);
        assert!(!once.descending);
        let product = filter.sorted_by(WorkSort::Product);
        assert!(!product.descending && product.sort == WorkSort::Product);
    }
}
