package diagram

import (
	"charm.land/lipgloss/v2"
	"charm.land/lipgloss/v2/table"
	"charm.land/lipgloss/v2/tree"

	"faultline/tui/theme"
)

// dimension is one of the six ways a fault is classified, with its two
// classes and an example of each.
type dimension struct {
	name, question string
	classes        [2]string
	examples       [2]string
}

var dimensions = []dimension{
	{"phase", "when was it created?", [2]string{"development", "operational"}, [2]string{"a wrong loop bound", "a worn-out disk"}},
	{"system boundary", "where did it start?", [2]string{"internal", "external"}, [2]string{"a leak in our code", "a grid power cut"}},
	{"phenomenological cause", "nature or people?", [2]string{"natural", "human-made"}, [2]string{"a cosmic-ray bit flip", "a mistyped firewall rule"}},
	{"intent", "was harm meant?", [2]string{"non-malicious", "malicious"}, [2]string{"deleting the wrong folder", "a denial-of-service attack"}},
	{"capability", "a slip or lack of skill?", [2]string{"accidental", "incompetence"}, [2]string{"a typo in a routine command", "SQL built from raw input"}},
	{"persistence", "does it last?", [2]string{"permanent", "transient"}, [2]string{"a burnt-out power supply", "a packet lost in congestion"}},
}

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
	headers := []string{"dimension"}
	if questions {
		headers = append(headers, "asks")
	}
	headers = append(headers, "one class", "the other")
	rows := make([][]string, len(dimensions))
	for i, d := range dimensions {
		row := []string{d.name}
		if questions {
			row = append(row, d.question)
		}
		for k, c := range d.classes {
			if examples {
				c += "\n" + st.App.Dim.Render(d.examples[k])
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
	t := tree.Root("Faults").
		RootStyle(st.App.Title).
		EnumeratorStyle(st.Diagram.Arrow.PaddingRight(1)).
		IndenterStyle(st.Diagram.Arrow)
	for _, d := range dimensions {
		t.Child(tree.Root(st.Diagram.Label.Render(d.name)).
			Child(d.classes[0], d.classes[1]))
	}
	return t.String()
}
