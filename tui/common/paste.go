package common

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/termtext"
)

// CleanPaste makes pasted text fit for a one-line field: escape sequences,
// control characters and bidi overrides removed (termtext.Clean), and line
// breaks and tabs turned into spaces, so what lands in a field is what the
// student sees there.
func CleanPaste(msg tea.Msg) tea.Msg {
	p, ok := msg.(tea.PasteMsg)
	if !ok {
		return msg
	}
	s := termtext.Clean(p.Content)
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
	return tea.PasteMsg{Content: s}
}
