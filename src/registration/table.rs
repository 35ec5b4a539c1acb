//! Rows of a CSV or TSV export: the separator detected (`,`, `;` or tab),
//! quoted cells (RFC 4180, line breaks inside quotes included), and each
//! row's line number kept for messages.

/// One row and the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "line {line}, column {column}: a quoted cell is never closed; add the closing `\"` or remove the opening one"
)]
pub struct TableError {
    pub line: usize,
    pub column: usize,
}

/// The separator most lines agree on: the one whose count repeats on the
/// most lines (a report's preamble disagrees; the table agrees).
pub fn detect_separator(text: &str) -> char {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(60)
        .collect();
    let mut best = (',', 0usize);
    for sep in [',', ';', '\t'] {
        let mut counts: Vec<usize> = lines
            .iter()
            .map(|l| l.matches(sep).count())
            .filter(|&n| n > 0)
            .collect();
        counts.sort_unstable();
        // The most frequent count, weighted by how many cells it makes.
        let mut score = 0;
        for chunk in counts.chunk_by(|a, b| a == b) {
            score = score.max(chunk.len() * (chunk[0] + 1));
        }
        if score > best.1 {
            best = (sep, score);
        }
    }
    best.0
}

/// Every row of `text`, cells trimmed of surrounding spaces; blank rows are left out.
pub fn parse(text: &str, sep: char) -> Result<Vec<Row>, TableError> {
    let mut rows = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell = String::new();
    let (mut line, mut column) = (1usize, 0usize);
    let mut row_line = 1;
    let mut quoted: Option<(usize, usize)> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        if quoted.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    column += 1;
                    cell.push('"');
                }
                '"' => quoted = None,
                '\n' => {
                    line += 1;
                    column = 0;
                    cell.push('\n');
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = Some((line, column));
            }
            c if c == sep => cells.push(std::mem::take(&mut cell)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                cells.push(std::mem::take(&mut cell));
                finish(&mut rows, &mut cells, row_line);
                line += 1;
                column = 0;
                row_line = line;
            }
            c => cell.push(c),
        }
    }
    if let Some((line, column)) = quoted {
        return Err(TableError { line, column });
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(cell);
        finish(&mut rows, &mut cells, row_line);
    }
    Ok(rows)
}

fn finish(rows: &mut Vec<Row>, cells: &mut Vec<String>, line: usize) {
    let row: Vec<String> = cells.drain(..).map(|c| c.trim().to_string()).collect();
    if row.iter().any(|c| !c.is_empty()) {
        rows.push(Row { line, cells: row });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_separator_the_table_uses() {
        assert_eq!(detect_separator("Фамилия;Имя;Email\nA;B;c@d\n"), ';');
        assert_eq!(detect_separator("a\tb\tc\n1\t2\t3\n"), '\t');
        // A preamble line with commas in a semicolon table.
        assert_eq!(
            detect_separator("Report, generated today\na;b;c\n1;2;3\n4;5;6\n"),
            ';'
        );
    }

    #[test]
    fn reads_quotes_and_line_breaks() {
        let rows = parse(
            "a,\"b, c\",\"say \"\"hi\"\"\"\n\n1,\"two\nlines\",3\r\n",
            ',',
        )
        .unwrap();
        assert_eq!(rows[0].cells, ["a", "b, c", "say \"hi\""]);
        assert_eq!(
            rows[1],
            Row {
                line: 3,
                cells: vec!["1".into(), "two\nlines".into(), "3".into()]
            }
        );
    }

    #[test]
    fn an_unclosed_quote_names_its_line_and_column() {
        let e = parse("a,b\n1,\"open\n2,3\n", ',').unwrap_err();
        assert_eq!(e, TableError { line: 2, column: 3 });
    }
}
