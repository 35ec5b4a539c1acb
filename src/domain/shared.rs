//! A meeting's large lists (sessions, people, follow-ups) shared between
//! copies and copied on write: copying a meeting for a check on a worker
//! thread costs a reference count per list instead of every record (at 10×
//! the generated agenda a deep copy held the TUI's key for 120 ms), and a
//! list is copied only when it is changed while a copy still holds it.
//!
//! Reading goes through `Deref` and changing through `DerefMut`
//! (`Arc::make_mut`), so code written for the plain value reads the same;
//! serde, the schema, `Debug` and equality see the value itself, so files,
//! the cache's bytes and the schema are unchanged.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that copies of its owner share until one of them changes it.
#[derive(Default)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    pub fn new(v: T) -> Shared<T> {
        Shared(Arc::new(v))
    }

    /// Whether `a` and `b` are the same shared value (one is a copy of the
    /// other, and neither was changed since).
    pub fn ptr_eq(a: &Shared<T>, b: &Shared<T>) -> bool {
        Arc::ptr_eq(&a.0, &b.0)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    /// The value to change: copied first if a copy of the owner holds it.
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> From<T> for Shared<T> {
    fn from(v: T) -> Shared<T> {
        Shared::new(v)
    }
}

/// `for s in &m.sessions`, as over the list itself.
impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// `for s in &mut m.sessions`: the list copied first if a copy holds it.
impl<'a, T: Clone> IntoIterator for &'a mut Shared<Vec<T>> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        Arc::make_mut(&mut self.0).iter_mut()
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || *self.0 == *other.0
    }
}

impl<T: Eq> Eq for Shared<T> {}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Shared::new)
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for Shared<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;

    #[test]
    fn a_copy_keeps_its_value_when_the_original_changes() {
        let mut a: Shared<Vec<u32>> = vec![1, 2].into();
        let b = a.clone();
        assert!(Shared::ptr_eq(&a, &b));
        a.push(3);
        assert_eq!(*b, vec![1, 2]);
        assert_eq!(*a, vec![1, 2, 3]);
        assert!(!Shared::ptr_eq(&a, &b));
    }

    #[test]
    fn the_value_is_what_serde_and_debug_see() {
        let a: Shared<Vec<u32>> = vec![1, 2].into();
        assert_eq!(serde_json::to_string(&a).unwrap_or_default(), "[1,2]");
        assert_eq!(format!("{a:?}"), "[1, 2]");
        let b: Shared<Vec<u32>> = serde_json::from_str("[1,2]").unwrap_or_default();
        assert_eq!(a, b);
    }
}
