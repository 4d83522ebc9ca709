package diagram

import (
	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"charm.land/lipgloss/v2/tree"

	"faultline/internal/diagrams"
	"faultline/tui/theme"
)

// faultTaxonomy draws the six dimensions of fault classification.
func faultTaxonomy(width int, st theme.Styles) string {
	return fit(width,
		func() string { return taxonomyTable(st, true, true) },
		func() string { return taxonomyTable(st, true, false) },
		func() string { return taxonomyTable(st, false, false) },
		func() string { return taxonomyTree(st) },
	)
}

// taxonomyTable draws the dimensions as a table, with the question each
// asks and an example of each class when asked to.
func taxonomyTable(st theme.Styles, questions, examples bool) string {
	tx := diagrams.Taxonomy
	headers := []string{tx.DimensionHead}
	if questions {
		headers = append(headers, tx.QuestionHead)
	}
	headers = append(headers, tx.ClassHeads[:]...)
	rows := make([][]string, len(tx.Dimensions))
	for i, d := range tx.Dimensions {
		row := []string{d.Name}
		if questions {
			row = append(row, d.Question)
		}
		for k, c := range d.Classes {
			if examples {
				c += "\n" + st.App.Dim.Render(d.Examples[k])
			}
			row = append(row, c)
		}
		rows[i] = row
	}
	return table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.Table.Border).
		BorderRow(examples).
		Headers(headers...).
		Rows(rows...).
		StyleFunc(func(row, col int) lipgloss.Style {
			switch {
			case row == table.HeaderRow:
				return st.Table.Header
			case col == 0:
				return st.Table.Label
			}
			return st.Table.Cell
		}).
		String()
}

// taxonomyTree draws the dimensions as a tree, for narrow terminals.
func taxonomyTree(st theme.Styles) string {
	t := tree.Root(diagrams.Taxonomy.Root).
		RootStyle(st.App.Title).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, d := range diagrams.Taxonomy.Dimensions {
		t.Child(tree.Root(st.Diagram.Label.Render(d.Name)).
			Child(d.Classes[0], d.Classes[1]))
	}
	return t.String()
}
