package app

import (
	"strings"
	"testing"

	"faultline/quiz"
	"faultline/tui/common"
)

// TestF1ShowsHelpInTextFields: where a text field takes ? as text, f1
// shows the full help, and the help line says so; the nines calculator's
// full help names its +/- and [/] steps.
func TestF1ShowsHelpInTextFields(t *testing.T) {
	for _, tc := range []struct {
		name string
		path func(m *Model) []string
		want []string // in the full help
	}{
		{"nines calculator", func(m *Model) []string { return []string{entryKey(t, m, "Calculators"), "enter"} },
			[]string{"↑/+ +0.1 nine", "↓/- −0.1 nine", "⇧↑/] +1 nine", "⇧↓/[ −1 nine"}},
		{"glossary filter", func(m *Model) []string { return []string{entryKey(t, m, "Glossary"), "/"} },
			[]string{"esc clear filter"}},
		{"quiz numeric entry", func(m *Model) []string {
			for _, q := range bank(t).Questions {
				if q.Type == quiz.NumericType {
					send(t, m, common.OpenQuizMsg{Title: "Numeric", Questions: []quiz.Question{q}})
					break
				}
			}
			return nil
		}, []string{"h hint (before typing)"}},
		{"scenario form", func(m *Model) []string { return []string{entryKey(t, m, "Scenarios"), "enter", "e"} }, nil},
	} {
		m := newTestModel(t, 100, 40, "")
		keys(t, m, tc.path(m)...)
		if c, ok := m.Top().(common.Capturing); !ok || !c.Capturing() {
			t.Errorf("%s: the path did not reach a text field (%T)", tc.name, m.Top())
			continue
		}
		if !strings.Contains(screen(m), "f1 help") {
			t.Errorf("%s: the help line does not offer f1:\n%s", tc.name, screen(m))
		}
		keys(t, m, "f1")
		got := strings.Join(strings.Fields(screen(m)), " ")
		for _, w := range append(tc.want, "ctrl+g course map", "f1 help") {
			if !strings.Contains(got, w) {
				t.Errorf("%s: f1's full help lacks %q:\n%s", tc.name, w, got)
			}
		}
		keys(t, m, "f1")
		if strings.Contains(screen(m), "ctrl+g course map") {
			t.Errorf("%s: a second f1 did not close the full help:\n%s", tc.name, screen(m))
		}
	}
}
