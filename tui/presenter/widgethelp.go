package presenter

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
)

// capturing reports whether widget w takes every key now, ? included
// (a text field being typed in).
func capturing(w common.Screen) bool {
	c, ok := w.(common.Capturing)
	return ok && c.Capturing()
}

// widgetShortHelp is the lines under widget w while it has the keys, at
// most width wide: its short help as "key what" pairs, the key that hands
// them back first, a line broken only between pairs.
func widgetShortHelp(w common.Screen, width int) []string {
	bs := enabled(w.ShortHelp())
	slices.SortStableFunc(bs, func(a, b key.Binding) int { return btoi(!givesBack(a)) - btoi(!givesBack(b)) })
	var lines []string
	line := ""
	for _, b := range bs {
		pair := b.Help().Key + " " + b.Help().Desc
		switch {
		case line == "":
			line = pair
		case ansi.StringWidth(line+" · "+pair) <= width:
			line += " · " + pair
		default:
			lines, line = append(lines, line), pair
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	for i, l := range lines {
		lines[i] = common.Cut(l, width)
	}
	return lines
}

// widgetFooterHint is the footer's reminder while widget w has the keys:
// how to give them back and how to list all of its keys (f1 while it is
// being typed in, where ? is text).
func widgetFooterHint(w common.Screen) string {
	if capturing(w) {
		return "esc gives the keys back · f1 all keys"
	}
	return "esc back · ? all keys"
}

// widgetHelpGroups are the groups of the help overlay listing widget w's
// keys, one "key  what" per line, groups apart.
func widgetHelpGroups(w common.Screen) [][]key.Binding {
	var groups [][]key.Binding
	for _, g := range w.FullHelp() {
		if g = enabled(g); len(g) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// enabled drops bindings that are switched off or have no help text.
func enabled(bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	return out
}

// givesBack reports whether b is esc, the key that hands the keys back to
// the slides.
func givesBack(b key.Binding) bool { return slices.Contains(b.Keys(), "esc") }

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
