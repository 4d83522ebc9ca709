package teatesting

import (
	"slices"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"faultline/tui/common"
)

// Subject is a screen in one state, as the help check drives it.
type Subject struct {
	// Update takes a message, as Send's update does.
	Update func(tea.Msg) tea.Cmd
	// View draws the screen.
	View func() string
	// Help is the help the screen shows now.
	Help help.KeyMap
}

// Candidates are the keys the help check presses: every printable
// character, the named keys, shift with the arrows and tab, and ctrl with
// every letter.
var Candidates = candidates()

func candidates() []string {
	var out []string
	for c := '!'; c <= '~'; c++ {
		out = append(out, string(c))
	}
	for name := range named {
		out = append(out, name)
	}
	out = append(out, "shift+tab", "shift+up", "shift+down", "shift+left", "shift+right")
	for c := 'a'; c <= 'z'; c++ {
		out = append(out, "ctrl+"+string(c))
	}
	slices.Sort(out)
	return out
}

// Listed returns every key of the enabled bindings of km's full help.
func Listed(km help.KeyMap) map[string]bool {
	out := map[string]bool{}
	for _, col := range km.FullHelp() {
		for _, b := range col {
			if b.Enabled() {
				for _, k := range b.Keys() {
					out[k] = true
				}
			}
		}
	}
	return out
}

// Unlisted presses each candidate key on a screen fresh from fresh and
// returns the keys it answers to (its view changes, or its command yields
// a message other than a tick) that its full help, as shown before the
// press, does not list. Keys for which skip is true are not tried: the
// root's keys on a screen below it, or typing into a focused field.
func Unlisted(tb testing.TB, fresh func() Subject, skip func(key string) bool) []string {
	tb.Helper()
	var out []string
	for _, k := range Candidates {
		if skip != nil && skip(k) {
			continue
		}
		s := fresh()
		listed := Listed(s.Help)
		before := s.View()
		msgs := Run(tb, s.Update(Key(k)))
		if (len(msgs) > 0 || s.View() != before) && !listed[k] {
			out = append(out, k)
		}
	}
	return out
}

// CheckHelp fails the test for every key the screen from fresh answers
// to but does not list in its full help. what names the screen and state.
func CheckHelp(t *testing.T, what string, fresh func() Subject, skip func(key string) bool) {
	t.Helper()
	if keys := Unlisted(t, fresh, skip); len(keys) > 0 {
		t.Errorf("%s answers to keys its help does not list: %q", what, keys)
	}
}

// Typing reports whether k types into a focused text field: a printable
// character, space, or one of the field's editing keys.
func Typing(k string) bool {
	if len([]rune(k)) == 1 || k == "space" {
		return true
	}
	km := textinput.DefaultKeyMap()
	return key.Matches(Key(k), km.CharacterForward, km.CharacterBackward, km.WordForward, km.WordBackward,
		km.DeleteWordBackward, km.DeleteWordForward, km.DeleteAfterCursor, km.DeleteBeforeCursor,
		km.DeleteCharacterBackward, km.DeleteCharacterForward, km.LineStart, km.LineEnd, km.Paste)
}

// Skip returns a skip function for keys, in the form CheckHelp takes.
func Skip(keys ...key.Binding) func(string) bool {
	return func(k string) bool { return key.Matches(Key(k), keys...) }
}

// Global reports whether k is one of the keys the root handles before any
// screen that is not capturing keys sees them: q, ?, f1, ctrl+c and the
// course map's ctrl+g.
func Global(k string) bool {
	g := common.DefaultKeyMap()
	return key.Matches(Key(k), g.Quit, g.Help, g.HelpAnywhere, g.ForceQuit, g.CourseMap)
}
