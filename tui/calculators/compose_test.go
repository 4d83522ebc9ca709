package calculators

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestComposeUpdate(t *testing.T) {
	lbWebDB := Presets[0].Expr
	tests := []struct {
		name     string
		keys     []string
		text     string
		want     string // the system, as calc prints it
		expr     string // the expression field, when it differs from want
		note     string // a substring of the note, when one is expected
		editing  bool
		exprErr  bool
		selected int
	}{
		{"a third web server", []string{"right", "p"}, "", "lb:99.99 * (web:99.9 | web:99.9 | web:99.9) * db:99.95", "", "", false, false, 1},
		{"add in series after the selection", []string{"a"}, "", "lb:99.99 * s1:99.9 * (web:99.9 | web:99.9) * db:99.95", "", "", false, false, 1},
		{"delete the load balancer", []string{"d"}, "", "(web:99.9 | web:99.9) * db:99.95", "", "", false, false, 0},
		{"delete a web server", []string{"right", "d"}, "", "lb:99.99 * web:99.9 * db:99.95", "", "", false, false, 1},
		{"select stops at the ends", []string{"left", "left", "right", "right", "right", "right", "right"}, "", lbWebDB, "", "", false, false, 3},
		{"mark the web pair 2-of-2", []string{"right", "k"}, "", "lb:99.99 * 2of2(web:99.9) * db:99.95", "", "", false, false, 1},
		{"k needs a group", []string{"k"}, "", lbWebDB, "", "add a replica", false, false, 0},
		{"quorum preset", []string{"2"}, "", "2of3(db:99.9)", "", "Preset", false, false, 0},
		{"quorum k steps", []string{"2", "k"}, "", "3of3(db:99.9)", "", "", false, false, 0},
		{"chain preset", []string{"3"}, "", Presets[2].Expr, "", "", false, false, 0},
		{"what if: one more on the weakest", []string{"+"}, "", "lb:99.99 * (web:99.9 | web:99.9) * (db:99.95 | db:99.95)", "", "+0.", false, false, 0},
		{"what if: one fewer", []string{"-"}, "", "lb:99.99 * web:99.9 * db:99.95", "", "-0.", false, false, 0},
		{"what if: none to remove", []string{"3", "-"}, "", Presets[2].Expr, "", "no stage", false, false, 0},
		{"rename", []string{"r", "ctrl+u"}, "proxy", "proxy:99.99 * (web:99.9 | web:99.9) * db:99.95", "", "", false, false, 0},
		{"rename types q", []string{"r", "ctrl+u"}, "q", lbWebDB, "", "", true, false, 0},
		{"edit availability", []string{"e", "ctrl+u"}, "99.999", "lb:99.999 * (web:99.9 | web:99.9) * db:99.95", "", "", false, false, 0},
		{"edit refuses bad input", []string{"e", "ctrl+u"}, "abc", lbWebDB, "", "invalid availability", true, false, 0},
		{"edit cancelled", []string{"e", "ctrl+u", "esc"}, "", lbWebDB, "", "", false, false, 0},
		{"type an expression", []string{"tab", "ctrl+u"}, "a:99 | b:99", "a:99 | b:99", "", "", false, false, 0},
		{"typing a bad expression keeps the diagram", []string{"tab"}, " *", lbWebDB, lbWebDB + " *", "", false, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := sized(NewCompose(testCtx(), lbWebDB), 100, 30)
			keys(m, tt.keys...)
			typeText(m, tt.text)
			// Rename and edit are confirmed with enter unless the test
			// checks the open field.
			if tt.text != "" && m.editing != editNone && !tt.editing {
				keys(m, "enter")
			}
			if tt.editing && tt.note != "" {
				keys(m, "enter")
			}
			if got := m.System().String(); got != tt.want {
				t.Errorf("system %q, want %q", got, tt.want)
			}
			expr := tt.expr
			if expr == "" {
				expr = tt.want
			}
			if m.Expression() != expr {
				t.Errorf("expression field %q, want %q", m.Expression(), expr)
			}
			if !strings.Contains(m.Note(), tt.note) {
				t.Errorf("note %q, want it to contain %q", m.Note(), tt.note)
			}
			if (m.editing != editNone) != tt.editing {
				t.Errorf("editing = %v, want %v", m.editing != editNone, tt.editing)
			}
			if (m.exprErr != nil) != tt.exprErr {
				t.Errorf("expression error %v, want error: %v", m.exprErr, tt.exprErr)
			}
			if m.sel != tt.selected {
				t.Errorf("selected %d, want %d", m.sel, tt.selected)
			}
			if m.View() == "" {
				t.Error("empty view")
			}
		})
	}
}

func TestComposeFocusAndBack(t *testing.T) {
	m := sized(NewCompose(testCtx(), ""), 100, 30)
	if m.Capturing() {
		t.Error("the diagram must leave q and ? to the root")
	}
	keys(m, "tab")
	if !m.Capturing() {
		t.Error("the expression field must capture keys")
	}
	keys(m, "shift+tab", "e")
	if !m.Capturing() {
		t.Error("the edit field must capture keys")
	}
	keys(m, "esc")
	if !isBack(t, m.Update(press("esc"))) {
		t.Error("esc must go back")
	}
}

// TestComposeDoneWhen is the walk-through: build LB → 2× web → DB
// by typing, read it, add a third web server and see what it bought.
func TestComposeDoneWhen(t *testing.T) {
	m := sized(NewCompose(testCtx(), "99"), 100, 30)
	keys(m, "tab", "ctrl+u")
	typeText(m, "lb:99.99 * (web:99.9 | web:99.9) * db:99.95")
	keys(m, "tab")
	if got := m.System().Availability().String(); got != "99.939905%" {
		t.Fatalf("composite %s, want 99.939905%%", got)
	}
	if !strings.Contains(m.View(), "99.939905%") {
		t.Error("the view does not show the composite availability")
	}
	keys(m, "right", "p")
	if got := m.System().Availability().String(); got != "99.940005%" {
		t.Errorf("with a third web server %s, want 99.940005%%", got)
	}
}

// TestComposeKeepsTheSystemLineInSight: however many parallel copies are
// added, the System line shows at 80×24 and 120×40 (the app's chrome
// takes three lines), and the diagram says which of its rows show.
func TestComposeKeepsTheSystemLineInSight(t *testing.T) {
	for _, size := range [][2]int{{78, 21}, {118, 37}} {
		m := sized(NewCompose(testCtx(), ""), size[0], size[1])
		for range 12 {
			keys(m, "p")
		}
		keys(m, "+")
		v := ansi.Strip(m.View())
		if !strings.Contains(v, "System 99.") || !strings.Contains(v, "diagram rows") {
			t.Errorf("%d×%d: no System line or no rows note:\n%s", size[0], size[1], v)
		}
		if n := strings.Count(v, "\n") + 1; n > size[1] {
			t.Errorf("%d×%d: %d lines", size[0], size[1], n)
		}
	}
}

// TestComposeInvalidExpressionShowsTheLastSystem: typing "0of3(99)" passes
// through "0", a valid 0 % system; once the text is invalid the composer
// shows the system from before the typing, and the what-if about an
// earlier system is gone.
func TestComposeInvalidExpressionShowsTheLastSystem(t *testing.T) {
	m := sized(NewCompose(testCtx(), ""), 78, 21)
	keys(m, "+")
	want := m.System().String()
	keys(m, "tab")
	clear(m)
	typeText(m, "0of3(99)")
	v := ansi.Strip(m.View())
	if m.System().String() != want || !strings.Contains(v, "Last valid system: "+m.System().Availability().String()) {
		t.Errorf("system %s, want %s:\n%s", m.System(), want, v)
	}
	if strings.Contains(v, "One more copy") {
		t.Errorf("the what-if about the earlier system stays:\n%s", v)
	}
}
