//! Small building blocks the views share: highlighted text, a windowed
//! table, wrapped detail panes. They take what to draw as arguments and
//! hold no state.

pub mod cells;
pub mod day_grid;
pub mod detail;
pub mod input;
pub mod table;
pub mod text;

pub use detail::{detail_pane, wrapped_height};
pub use table::{Columns, ListTable, list_table};
pub use text::{fitted, highlighted, label_value};
