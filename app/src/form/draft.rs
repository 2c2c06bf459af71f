//! The draft of a form: the raw answers as typed, which steps are complete,
//! the problems shown; keeping a posted step, deciding where to go next, and
//! forgetting answers that no longer apply.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::domain::Email;
use crate::form::*;
use crate::journey::FieldError;

/// Everything the resident typed so far, valid or not, so nothing is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FormDraft {
    /// Input name to the values typed (several for checkboxes).
    pub raw: BTreeMap<String, Vec<String>>,
    /// Steps answered with valid answers.
    pub completed: BTreeSet<String>,
    /// Problems found the last time a step was sent, shown until fixed.
    pub errors: BTreeMap<String, Vec<FieldError>>,
    /// The resume code, once the resident saved to continue later.
    pub saved_code: Option<String>,
    /// Where the resume link was last sent, so a second save sends it once.
    pub saved_mail_to: Option<String>,
    /// The KCC agent filling this in with the resident on the phone, if any.
    pub registrar: Option<Registrar>,
}

/// Where to go after a step was posted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The same step again, with its errors.
    Stay(String),
    Next(String),
    Check,
}

impl FormDraft {
    pub(crate) fn first(&self, name: &str) -> &str {
        self.raw
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The values typed for an input, for the page to show again.
    pub fn values(&self, name: &str) -> Vec<String> {
        self.raw.get(name).cloned().unwrap_or_default()
    }

    pub fn value(&self, name: &str) -> String {
        self.first(name).to_string()
    }

    /// Does this condition hold, given the answers so far (and does the question it
    /// looks at apply itself)?
    pub(crate) fn holds(&self, form: &FormDef, condition: &Option<Condition>) -> bool {
        let Some(condition) = condition else {
            return true;
        };
        let Some((step, field)) = find_field(form, &condition.field) else {
            return false;
        };
        self.step_applies(form, step)
            && self.holds(form, &field.show_if)
            && self
                .raw
                .get(&field.id)
                .is_some_and(|values| values.iter().any(|v| condition.is.contains(v)))
    }

    pub fn step_applies(&self, form: &FormDef, step: &StepDef) -> bool {
        self.holds(form, &step.show_if)
    }

    pub fn field_applies(&self, form: &FormDef, field: &FieldDef) -> bool {
        self.holds(form, &field.show_if)
    }

    /// The steps that apply now, in order.
    pub fn steps<'a>(&self, form: &'a FormDef) -> Vec<&'a StepDef> {
        form.steps
            .iter()
            .filter(|s| self.step_applies(form, s))
            .collect()
    }

    /// Keeps what was posted for the questions of `step`, checked or not (a save
    /// to continue later keeps half answers too).
    pub fn keep(&mut self, step: &StepDef, posted: &[(String, String)]) {
        // Photos are added by the server from the files it stored, never from form values.
        for field in step.fields.iter().filter(|f| f.kind != Kind::Photos) {
            if field.kind == Kind::People {
                self.keep_people(field, posted);
                continue;
            }
            for name in field.inputs() {
                let values: Vec<String> = posted
                    .iter()
                    .filter(|(k, _)| *k == name)
                    .take(MAX_VALUES)
                    .map(|(_, v)| v.chars().take(MAX_RAW_CHARS).collect())
                    .collect();
                self.raw.insert(name, values);
            }
        }
    }

    /// Keeps the rows of a people question as posted: a row is there when its
    /// name input was posted (even empty); the rows after it are not kept.
    pub(crate) fn keep_people(&mut self, field: &FieldDef, posted: &[(String, String)]) {
        let value = |name: &str| -> Option<String> {
            posted
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.chars().take(MAX_RAW_CHARS).collect())
        };
        for row in 0..field.max_rows() {
            let shown = value(&field.person_input(row, PERSON_PARTS[0])).is_some();
            for part in PERSON_PARTS {
                let name = field.person_input(row, part);
                match value(&name).filter(|_| shown) {
                    Some(v) => self.raw.insert(name, vec![v]),
                    None => self.raw.remove(&name),
                };
            }
        }
    }

    /// The rows of a people question as typed: at least one (empty) row.
    pub fn people_rows(&self, field: &FieldDef) -> Vec<[String; 4]> {
        let mut rows: Vec<[String; 4]> = (0..field.max_rows())
            .take_while(|row| {
                self.raw
                    .contains_key(&field.person_input(*row, PERSON_PARTS[0]))
            })
            .map(|row| PERSON_PARTS.map(|part| self.value(&field.person_input(row, part))))
            .collect();
        if rows.is_empty() {
            rows.push(Default::default());
        }
        rows
    }

    pub(crate) fn set_people_rows(&mut self, field: &FieldDef, rows: &[[String; 4]]) {
        for row in 0..field.max_rows() {
            for (i, part) in PERSON_PARTS.iter().enumerate() {
                let name = field.person_input(row, part);
                match rows.get(row) {
                    Some(values) => self.raw.insert(name, vec![values[i].clone()]),
                    None => self.raw.remove(&name),
                };
            }
        }
    }

    /// The photos stored for a question: (id, file name), in the order added.
    pub fn photos(&self, field: &str) -> Vec<(String, String)> {
        self.values(field)
            .iter()
            .filter_map(|v| v.split_once(':'))
            .map(|(id, name)| (id.to_string(), name.to_string()))
            .collect()
    }

    pub fn add_photo(&mut self, field: &str, id: &str, name: &str) {
        self.raw
            .entry(field.to_string())
            .or_default()
            .push(format!("{id}:{name}"));
    }

    /// Removes a photo; true when it was there.
    pub fn remove_photo(&mut self, field: &str, id: &str) -> bool {
        let Some(values) = self.raw.get_mut(field) else {
            return false;
        };
        let before = values.len();
        values.retain(|v| v.split_once(':').map(|(i, _)| i) != Some(id));
        values.len() != before
    }

    /// Every photo id in the answers that apply, for the submission.
    pub fn photo_ids(&self, form: &FormDef) -> Vec<String> {
        self.steps(form)
            .iter()
            .flat_map(|s| &s.fields)
            .filter(|f| f.kind == Kind::Photos && self.field_applies(form, f))
            .flat_map(|f| self.photos(&f.id).into_iter().map(|(id, _)| id))
            .collect()
    }

    /// A valid email address among the answers so far, for the resume link.
    pub fn email(&self, form: &FormDef) -> Option<String> {
        form.steps
            .iter()
            .flat_map(|s| &s.fields)
            .filter(|f| f.kind == Kind::Email)
            .find_map(|f| Email::parse(self.first(&f.id)).ok())
            .map(|e| e.as_str().to_string())
    }

    /// Stores the posted answers of `step` (always, even when wrong) and decides
    /// where the resident goes next.
    pub fn apply(
        &mut self,
        product: &(impl FormOwner + ?Sized),
        step: &StepDef,
        posted: &[(String, String)],
        today: Date,
        back_to_check: bool,
    ) -> Outcome {
        let Some(form) = product.form_def() else {
            return Outcome::Check;
        };
        self.keep(step, posted);
        let people = step.fields.iter().filter(|f| f.kind == Kind::People);
        if posted.iter().any(|(k, v)| k == "actie" && v == ADD_ROW) {
            // "Nog iemand toevoegen": the same page with one more empty row.
            for field in people {
                let mut rows = self.people_rows(field);
                if rows.len() < field.max_rows() {
                    rows.push(Default::default());
                }
                self.set_people_rows(field, &rows);
            }
            self.errors.remove(&step.slug);
            return Outcome::Stay(step.slug.clone());
        }
        for field in people {
            // Empty rows are dropped when something else is filled in.
            let rows = self.people_rows(field);
            let filled: Vec<[String; 4]> = rows
                .iter()
                .filter(|r| r.iter().any(|v| !v.trim().is_empty()))
                .cloned()
                .collect();
            if !filled.is_empty() && filled.len() != rows.len() {
                self.set_people_rows(field, &filled);
            }
        }
        let errors = self.validate(product, step, today);
        if !errors.is_empty() {
            self.errors.insert(step.slug.clone(), errors);
            self.completed.remove(&step.slug);
            return Outcome::Stay(step.slug.clone());
        }
        self.errors.remove(&step.slug);
        self.completed.insert(step.slug.clone());
        self.forget_what_does_not_apply(form);
        if !back_to_check {
            let later = form
                .steps
                .iter()
                .skip_while(|s| s.slug != step.slug)
                .skip(1)
                .find(|s| self.step_applies(form, s));
            if let Some(next) = later {
                return Outcome::Next(next.slug.clone());
            }
        }
        match self.first_open_step(product, today) {
            Some(open) => Outcome::Next(open),
            None => Outcome::Check,
        }
    }

    /// Answers to questions that no longer apply are not kept (AVG: data minimisation).
    pub(crate) fn forget_what_does_not_apply(&mut self, form: &FormDef) {
        let mut keep = BTreeSet::new();
        for step in self.steps(form) {
            for field in step.fields.iter().filter(|f| self.field_applies(form, f)) {
                keep.extend(field.inputs());
            }
        }
        self.raw.retain(|name, _| keep.contains(name));
        let applying: BTreeSet<String> = self.steps(form).iter().map(|s| s.slug.clone()).collect();
        self.completed.retain(|s| applying.contains(s));
        self.errors.retain(|s, _| applying.contains(s));
    }

    /// The problems with the answers of one step.
    pub fn validate(
        &self,
        product: &(impl FormOwner + ?Sized),
        step: &StepDef,
        today: Date,
    ) -> Vec<FieldError> {
        let Some(form) = product.form_def() else {
            return Vec::new();
        };
        step.fields
            .iter()
            .filter(|f| self.field_applies(form, f))
            .filter_map(|f| self.check_field(product.slug(), f, today).err())
            .flatten()
            .collect()
    }

    /// The first step that applies and is not done yet, if any.
    pub fn first_open_step(
        &self,
        product: &(impl FormOwner + ?Sized),
        today: Date,
    ) -> Option<String> {
        let form = product.form_def()?;
        self.steps(form)
            .into_iter()
            .find(|s| {
                !self.completed.contains(&s.slug) || !self.validate(product, s, today).is_empty()
            })
            .map(|s| s.slug.clone())
    }

    /// All answers, valid and complete, or the first step to fix.
    pub fn to_answers(
        &self,
        product: &(impl FormOwner + ?Sized),
        today: Date,
    ) -> Result<Answers, String> {
        let Some(form) = product.form_def() else {
            return Err(String::new());
        };
        let mut answers = Vec::new();
        for step in self.steps(form) {
            if !self.completed.contains(&step.slug) {
                return Err(step.slug.clone());
            }
            for field in step.fields.iter().filter(|f| self.field_applies(form, f)) {
                match self.check_field(product.slug(), field, today) {
                    Ok(Some(value)) => answers.push((field.id.clone(), value)),
                    Ok(None) => {}
                    Err(_) => return Err(step.slug.clone()),
                }
            }
        }
        Ok(Answers(answers))
    }
}
