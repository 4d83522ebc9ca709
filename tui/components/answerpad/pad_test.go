package answerpad

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/quiz"
	"faultline/tui/theme"
)

// press sends keys to p, reporting whether the last asked to submit.
func press(p *Pad, keys ...string) bool {
	submit := false
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		default:
			r := []rune(k)[0]
			msg = tea.KeyPressMsg{Code: r, Text: k}
		}
		submit, _ = p.Update(msg, DefaultKeyMap())
	}
	return submit
}

// TestResponseRoundTrip: every type's answer, made by keys, comes out as
// the response quiz grades, and a pad given that response again (a
// student back after a dropped connection) shows and gives the same.
func TestResponseRoundTrip(t *testing.T) {
	_, bank := coursetest.Course(t)
	seen := map[quiz.Type]bool{}
	for _, q := range bank.Questions {
		if seen[q.Type] {
			continue
		}
		seen[q.Type] = true
		card := quiz.Deal(q, quiz.ShownSeed)
		p := New(card)
		var keys []string
		switch q.Type {
		case quiz.Single, quiz.Multi:
			keys = []string{"2"}
		case quiz.TrueFalse:
			keys = []string{"f"}
		case quiz.NumericType:
			keys = []string{"4", "h"}
			if q.Numeric.Kind == quiz.Percent {
				keys = []string{"9", "9", "%"}
			}
		case quiz.Classify:
			keys = []string{"1", "down", "2", "down", "1", "down", "2", "down", "1", "down", "2"}
		case quiz.Order:
			keys = []string{"J"}
		case quiz.Match:
			for range q.Pairs {
				keys = append(keys, "a")
			}
		}
		if !press(p, append(keys, "enter")...) {
			t.Errorf("%s: enter does not submit", q.Type)
		}
		r, hint := p.Response()
		if hint != "" || r == nil {
			t.Fatalf("%s: keys %v make no response (%q)", q.Type, keys, hint)
		}
		if res := quiz.Grade(card.Question, r); res.Retry {
			t.Errorf("%s: quiz cannot grade %v: %s", q.Type, r, res.Feedback)
		}
		again := New(card)
		again.SetResponse(r)
		if r2, _ := again.Response(); !reflect.DeepEqual(r2, r) {
			t.Errorf("%s: SetResponse(%v) gives back %v", q.Type, r, r2)
		}
	}
	if len(seen) != len(quiz.Types) {
		t.Fatalf("the bank has %d of the %d types", len(seen), len(quiz.Types))
	}
}

// TestNumericUnitSaidOnce: a numeric card says its unit once, under the
// field, empty or typed in, and wraps it on a narrow card rather than run
// past the edge (the quiz screen and the classroom student draw the same
// rows).
func TestNumericUnitSaidOnce(t *testing.T) {
	_, bank := coursetest.Course(t)
	var q quiz.Question
	for _, b := range bank.Questions {
		if b.Type == quiz.NumericType && b.Numeric != nil && len(b.Numeric.Unit) > 20 {
			q = b
			break
		}
	}
	if q.ID == "" {
		t.Fatal("the bank has no numeric question with a unit hint")
	}
	p := New(quiz.Deal(q, quiz.ShownSeed))
	st := theme.New(false)
	for _, typed := range []string{"", "4"} {
		if typed != "" {
			press(p, typed)
		}
		lines, _ := p.Rows(st, 80, false)
		text := ansi.Strip(strings.Join(lines, "\n"))
		if n := strings.Count(text, q.Numeric.Unit); n != 1 {
			t.Errorf("with %q typed the unit %q is said %d times:\n%s", typed, q.Numeric.Unit, n, text)
		}
	}
	lines, _ := p.Rows(st, 24, false)
	for _, l := range lines {
		if w := lipgloss.Width(l); w > 24 {
			t.Errorf("a line %d wide on a 24-column card: %q", w, ansi.Strip(l))
		}
	}
}
