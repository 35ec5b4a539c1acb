//! A bordered table of which only the visible window of rows is built:
//! the caller passes those rows and the selection inside them.

use ratatui::Frame;
use ratatui::layout::Constraint;
use ratatui::text::Line;
use ratatui::widgets::{Block, HighlightSpacing, Row, Table, TableState};

use crate::tui::layout::Pane;
use crate::tui::theme::{Theme, marker};

pub struct ListTable<'a> {
    pub title: Line<'a>,
    pub header: Row<'a>,
    pub widths: Vec<Constraint>,
    /// The visible rows only.
    pub rows: Vec<Row<'a>>,
    /// Selected row within `rows`.
    pub selected: Option<usize>,
    /// Shown in the empty list's first row.
    pub empty: &'a str,
}

pub fn list_table(frame: &mut Frame, pane: &Pane, t: ListTable, theme: Theme) {
    let block = Block::bordered()
        .title(t.title)
        .border_style(theme.focus_border());
    frame.render_widget(block, pane.outer);
    let inner = pane.header.union(pane.rows);
    let empty = t.rows.is_empty();
    let table = Table::new(t.rows, t.widths)
        .header(t.header.style(theme.header()))
        .column_spacing(1)
        .row_highlight_style(theme.selected())
        .highlight_symbol(marker::SELECTED)
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(t.selected);
    frame.render_stateful_widget(table, inner, &mut state);
    if empty {
        frame.render_widget(
            Line::styled(format!("  {}", t.empty), theme.dim()),
            pane.rows,
        );
    }
}

/// A table's columns, each header label kept beside its width, so the two
/// lists cannot drift apart when a column shows only on wide screens.
#[derive(Debug, Default)]
pub struct Columns {
    labels: Vec<String>,
    widths: Vec<Constraint>,
}

impl Columns {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a column of a fixed width.
    pub fn push(&mut self, label: impl Into<String>, width: u16) {
        self.push_constraint(label, Constraint::Length(width));
    }

    /// Adds a column; its label (English, as the code writes it) is shown
    /// in the interface language.
    pub fn push_constraint(&mut self, label: impl Into<String>, width: Constraint) {
        self.labels.push(crate::i18n::phrase(&label.into()));
        self.widths.push(width);
    }

    /// The header row and the widths, as [`ListTable`] takes them.
    pub fn split(self) -> (Row<'static>, Vec<Constraint>) {
        (Row::new(self.labels), self.widths)
    }
}
