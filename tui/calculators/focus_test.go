package calculators

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/tui/common"
)

// lineOf returns the first line of s's view that starts with label, stripped of styling.
func lineOf(s common.Screen, label string) string {
	for _, l := range strings.Split(ansi.Strip(s.View()), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), label) {
			return l
		}
	}
	return ""
}

// TestOnlyFocusedFieldHasPrompt checks that the field being typed in can be
// told from the others without colour: only it carries the "›" prompt.
func TestOnlyFocusedFieldHasPrompt(t *testing.T) {
	tests := []struct {
		name          string
		screen        common.Screen
		keys          []string
		focused, idle string
	}{
		{"nines first field", NewNines(testCtx(), "99.9", ""), nil, "Availability", "Custom window"},
		{"nines after tab", NewNines(testCtx(), "99.9", ""), []string{"tab"}, "Custom window", "Availability"},
		{"mtbf after tab", NewMTBF(testCtx(), "30d", "4h"), []string{"tab"}, "MTTR", "MTBF"},
		{"budget picker", NewBudget(testCtx(), "5m", "month"), []string{"tab"}, "Per", "Budget"},
		{"budget field", NewBudget(testCtx(), "5m", "month"), nil, "Budget", "Per"},
		{"budget custom window", NewBudget(testCtx(), "5m", "28d"), []string{"tab", "tab"}, "Window", "Budget"},
		{"compose diagram focused", NewCompose(testCtx(), "a:99.9*b:99.9"), nil, "", "Expression"},
		{"compose expression focused", NewCompose(testCtx(), "a:99.9*b:99.9"), []string{"tab"}, "Expression", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sized(tt.screen, 100, 30)
			keys(s, tt.keys...)
			if tt.focused != "" {
				if l := lineOf(s, tt.focused); !strings.Contains(l, "›") {
					t.Errorf("focused field line %q has no › prompt", l)
				}
			}
			if l := lineOf(s, tt.idle); tt.idle != "" && strings.Contains(l, "›") {
				t.Errorf("unfocused field line %q still shows the › prompt", l)
			}
		})
	}
}

// TestBlankFieldShowsHintNotError checks that a field left empty, such as
// the custom window just picked, shows its hint instead of an "it is
// empty" error, while the result is still marked as the last valid one.
func TestBlankFieldShowsHintNotError(t *testing.T) {
	tests := []struct {
		name   string
		screen common.Screen
		keys   []string
		hint   string
	}{
		{"budget custom window just picked", NewBudget(testCtx(), "5m", "year"), []string{"tab", "right", "tab"}, "a custom window, e.g. 28d"},
		{"nines availability cleared", NewNines(testCtx(), "99.9", ""), []string{"ctrl+u"}, "a percentage (99.95)"},
		{"mtbf cleared", NewMTBF(testCtx(), "30d", "4h"), []string{"ctrl+u"}, "mean up time between failures (MTTF)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sized(tt.screen, 100, 30)
			keys(s, tt.keys...)
			v := ansi.Strip(s.View())
			if strings.Contains(v, "it is empty") {
				t.Errorf("blank field shows an error:\n%s", v)
			}
			if !strings.Contains(v, tt.hint) {
				t.Errorf("blank field hides its hint %q:\n%s", tt.hint, v)
			}
			if !strings.Contains(v, "Last valid") {
				t.Errorf("result of a blank field is not marked as the last valid one:\n%s", v)
			}
		})
	}
}

// TestPasteTooLongSaysItWasCut: 300 characters pasted into a 200-character
// field are cut, and the field says so; the error quotes the value short.
func TestPasteTooLongSaysItWasCut(t *testing.T) {
	m := sized(NewMTBF(testCtx(), "30d", "4h"), 78, 21)
	keys(m, "ctrl+u")
	m.Update(tea.PasteMsg{Content: strings.Repeat("1", 299) + "d"})
	v := ansi.Strip(m.View())
	if words := strings.Join(strings.Fields(v), " "); !strings.Contains(words, "input cut to 200 characters") || !strings.Contains(words, "(300 pasted)") {
		t.Errorf("a cut paste should say so:\n%s", v)
	}
	if strings.Contains(v, strings.Repeat("1", 40)) {
		t.Errorf("the error repeats the long value:\n%s", v)
	}
	keys(m, "backspace")
	if v := ansi.Strip(m.View()); strings.Contains(v, "input cut") {
		t.Errorf("the note stays after the next edit:\n%s", v)
	}
}

// TestEnterEndsTypingTheExpression: enter in the composer's expression
// gives the keys back to the diagram, so s then simulates the system just
// typed; an expression that does not parse keeps the field and its error.
func TestEnterEndsTypingTheExpression(t *testing.T) {
	c := sized(NewCompose(testCtx(), "a:99.9*b:99.9"), 100, 30)
	keys(c, "tab")
	clear(c)
	typeText(c, "99.9 |")
	keys(c, "enter")
	if !c.Capturing() || !strings.Contains(lineOf(c, "Expression"), "›") {
		t.Fatalf("enter on an expression that does not parse left the field:\n%s", ansi.Strip(c.View()))
	}
	typeText(c, " 99.9")
	keys(c, "enter")
	if c.Capturing() || strings.Contains(lineOf(c, "Expression"), "›") {
		t.Fatalf("enter did not give the keys back to the diagram:\n%s", ansi.Strip(c.View()))
	}
	if got := ansi.Strip(c.View()); !strings.Contains(got, "System 99.9999%") {
		t.Errorf("the system typed is not the one shown:\n%s", got)
	}
}
