package scenarios

import (
	"strings"

	"charm.land/lipgloss/v2"

	"faultline/tui/common"
	"faultline/tui/components/textwrap"
)

// formView draws the parameter form in w×h.
func (p *Player) formView(w, h int) string {
	st, f := p.ctx.Styles, p.form
	lines := []string{st.Table.Header.UnsetPadding().Render("Parameters")}
	lines = append(lines, wrapped(st.App.Dim, "↑/↓ choose · ←/→ change or type a value · enter restarts with them · esc cancels", w)...)
	lines = append(lines, "")
	// Below the rows: the selected parameter in full (its row may cut its
	// description short), what it accepts, and the error, if any.
	var foot []string
	if prm, ok := f.param(); ok {
		foot = append(foot, wrapped(st.App.Dim, prm.Key+": "+prm.Help+". Accepts "+prm.Accepted()+"; * marks a value changed from its default.", w)...)
	}
	if f.err != "" {
		foot = append(foot, wrapped(st.App.Error, f.err, w)...)
	}
	keyW, valW := 0, 10
	for _, prm := range f.spec.Params {
		keyW = max(keyW, len(prm.Key))
	}
	visible := max(1, h-len(lines)-1-len(foot))
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
		lines = append(lines, common.Cut(line, w))
	}
	lines = append(lines, "")
	lines = append(lines, foot...)
	out := strings.Join(lines, "\n")
	return padLines(out, h)
}

// wrapped wraps plain text to w columns and styles each line.
func wrapped(style lipgloss.Style, text string, w int) []string {
	out := strings.Split(textwrap.Wrap(text, max(1, w), ""), "\n")
	for i, l := range out {
		out[i] = style.Render(l)
	}
	return out
}
