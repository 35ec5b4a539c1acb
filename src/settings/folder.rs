//! The folder Plenary opens when no PATH is given: the `agendas` setting,
//! `agendas/` by default. A newcomer often starts it in the folder that
//! holds their meeting files: when the default `agendas/` does not exist
//! there but the folder itself holds `*.yaml` / `*.yml` files, that folder
//! is opened (as `plenary .` would) rather than "agendas: no such file".

use std::path::{Path, PathBuf};

use super::{Settings, Source};

impl Settings {
    /// The folder to open with no PATH, from the current folder.
    pub fn folder_to_open(&self) -> PathBuf {
        self.folder_to_open_in(Path::new("."))
    }

    /// [`Settings::folder_to_open`] from `here`.
    pub fn folder_to_open_in(&self, here: &Path) -> PathBuf {
        let set = &self.agendas.value;
        let defaulted = self.agendas.from == Source::Default;
        if defaulted && !here.join(set).exists() && holds_agendas(here) {
            return here.to_path_buf();
        }
        set.clone()
    }
}

/// Whether `dir` holds a file the loader would open in a folder (not a
/// hidden one: editors' lock and backup files).
fn holds_agendas(dir: &Path) -> bool {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return false;
    };
    rd.filter_map(Result::ok).any(|e| {
        let p = e.path();
        let name = e.file_name();
        let hidden = name.to_str().is_none_or(|n| n.starts_with('.'));
        let yaml = matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml"));
        !hidden && yaml && p.is_file()
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn defaults() -> Settings {
        Settings::load(&|_| None, None)
    }

    #[test]
    fn a_folder_of_agendas_without_agendas_inside_is_opened_itself() {
        let dir = tempfile::tempdir().unwrap();
        let s = defaults();
        // Nothing here: the default stays, and its error says so.
        assert_eq!(s.folder_to_open_in(dir.path()), PathBuf::from("agendas"));
        std::fs::write(dir.path().join(".#lock.yaml"), "").unwrap();
        assert_eq!(s.folder_to_open_in(dir.path()), PathBuf::from("agendas"));
        std::fs::write(dir.path().join("2024-summit.yaml"), "title: S\n").unwrap();
        assert_eq!(s.folder_to_open_in(dir.path()), dir.path());
        // An agendas/ folder beside them is still the default.
        std::fs::create_dir(dir.path().join("agendas")).unwrap();
        assert_eq!(s.folder_to_open_in(dir.path()), PathBuf::from("agendas"));
    }
}
