package student

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"faultline/tui/common"
	"faultline/tui/components/answerpad"
)

// KeyMap is every key of a student's screen: the shared map's scroll and
// quit (q leaves, and so do ctrl+c and ctrl+d), enter and esc at the name
// prompt, and on an open question the self-study quiz's answering keys
// (Answer), enter sending the answer; on a slide with several questions
// NextCard and PrevCard choose the one the keys answer.
type KeyMap struct {
	common.KeyMap
	Enter, Esc         key.Binding
	NextCard, PrevCard key.Binding
	// Answer are the keys that answer a question, as in self-study.
	Answer answerpad.KeyMap
}

// DefaultKeyMap returns the student's keys.
func DefaultKeyMap() KeyMap {
	k := KeyMap{KeyMap: common.DefaultKeyMap()}
	k.Up.SetHelp("↑/k", "scroll up")
	k.Down.SetHelp("↓/j", "scroll down")
	// A page at a time, and only pgup/pgdown: b, f and space answer.
	k.PageUp = key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up"))
	k.PageDown = key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdown", "page down"))
	k.Quit.SetHelp("q", "leave")
	k.ForceQuit = key.NewBinding(key.WithKeys("ctrl+c", "ctrl+d"), key.WithHelp("ctrl+c", "leave"))
	k.Enter = common.WithHelp(k.Select, "enter", "join")
	k.Esc = common.WithHelp(k.Back, "esc", "skip")
	// tab, as between the presenter's widgets: every other key may answer.
	k.NextCard = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next question"))
	k.PrevCard = key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("⇧tab", "previous question"))
	k.Answer = answerpad.DefaultKeyMap()
	k.Answer.Submit = common.WithHelp(k.Answer.Submit, "enter", "send")
	return k
}

// footerKeys are the keys the footer names while following: how to answer
// (when pad is open, its keys first), scrolling and leaving, and moving
// the answer's cursor last, since a narrow footer drops the last keys.
// With several questions on the slide (cards), tab to the next one comes
// right after the answering keys.
func (k KeyMap) footerKeys(pad *answerpad.Pad, typing, cards bool) []key.Binding {
	leave := common.Join("q", "leave", k.Quit, k.ForceQuit)
	if typing {
		leave = k.ForceQuit // q types into the answer
	}
	var next []key.Binding
	if cards {
		next = []key.Binding{common.Join("tab", "next question", k.NextCard, k.PrevCard)}
	}
	if pad == nil {
		return slices.Concat(next, []key.Binding{common.Join("↑/↓", "scroll", k.Up, k.Down), leave})
	}
	answer, move := pad.ShortKeys(k.Answer)
	return slices.Concat(answer, next, []key.Binding{leave, common.Join("pgup/pgdn", "scroll", k.PageUp, k.PageDown)}, move)
}

// fullKeys are every key the screen answers to while following.
func (k KeyMap) fullKeys(pad *answerpad.Pad, typing, cards bool) []key.Binding {
	leave := common.Join("q", "leave", k.Quit, k.ForceQuit)
	if typing {
		leave = k.ForceQuit
	}
	pages := []key.Binding{k.PageUp, k.PageDown}
	var next []key.Binding
	if cards {
		next = []key.Binding{k.NextCard, k.PrevCard}
	}
	if pad == nil {
		return slices.Concat(next, []key.Binding{k.Up, k.Down}, pages, []key.Binding{leave})
	}
	answer, move := pad.FullKeys(k.Answer)
	return slices.Concat(answer, next, move, pages, []key.Binding{leave})
}
