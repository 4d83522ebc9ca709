package scenarios

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// formView draws the parameter form in w×h.
func (p *Player) formView(w, h int) string {
	st, f := p.ctx.Styles, p.form
	lines := []string{
		st.Table.Header.UnsetPadding().Render("Parameters"),
		st.App.Dim.Render("↑/↓ choose · ←/→ change or type a value · enter restarts with them · esc cancels"),
		"",
	}
	keyW, valW := 0, 10
	for _, prm := range f.spec.Params {
		keyW = max(keyW, len(prm.Key))
	}
	visible := max(1, h-6)
	first := max(0, min(f.cursor-visible/2, len(f.spec.Params)-visible))
	for i := first; i < len(f.spec.Params) && i < first+visible; i++ {
		prm := f.spec.Params[i]
		value := prm.Format(f.values[prm.Key])
		marker, keyStyle := "  ", st.List.Item
		if i == f.cursor {
			marker, keyStyle = st.List.Selected.Render("› "), st.List.Selected
			if f.typed != "" {
				value = f.typed + "▏"
			} else {
				value = "‹ " + value + " ›"
			}
		}
		if f.values[prm.Key] != prm.Default && i != f.cursor {
			value += " *"
		}
		line := marker + keyStyle.Render(pad(prm.Key, keyW)) + "  " + pad(value, valW+4) + " " + st.App.Dim.Render(prm.Help)
		lines = append(lines, ansi.Truncate(line, w, "…"))
	}
	lines = append(lines, "")
	if prm, ok := f.param(); ok {
		lines = append(lines, st.App.Dim.Render(ansi.Truncate(prm.Key+" accepts "+prm.Accepted()+"; * marks a value changed from its default.", w, "…")))
	}
	if f.err != "" {
		lines = append(lines, st.App.Error.Render(ansi.Truncate(f.err, w, "…")))
	}
	out := strings.Join(lines, "\n")
	return padLines(out, h)
}
