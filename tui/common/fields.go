package common

import tea "charm.land/bubbletea/v2"

// Fields is implemented by screens with several fields that tab moves
// between (a calculator's inputs). A slide with several widgets uses it
// to take tab from one widget's last field to the next widget's first,
// so tab visits every field of the slide in order.
type Fields interface {
	// Field is the index of the focused field and how many there are.
	Field() (i, n int)
	// FocusField focuses field i.
	FocusField(i int) tea.Cmd
}
