package quizscreen

import (
	"strings"
	"testing"

	"faultline/quiz"
)

// TestHintBeforeAnswering: h shows the question's hint for every type (in
// a numeric field only before anything is typed), the answer given after
// it is recorded as hinted in review, and the results say so.
func TestHintBeforeAnswering(t *testing.T) {
	for _, typ := range quiz.Types {
		ctx := newCtx(t, t.TempDir())
		m, q := oneQuestion(t, ctx, typ, newClock().now)
		if strings.Contains(plain(m), "Hint: ") {
			t.Fatalf("%s: the hint shows before h", typ)
		}
		press(t, ctx, m, "h")
		v := strings.Join(strings.Fields(plain(m)), " ")
		if !strings.Contains(v, "Hint: "+strings.Join(strings.Fields(q.Hint), " ")) {
			t.Errorf("%s: h did not show the hint %q:\n%s", typ, q.Hint, plain(m))
		}
		press(t, ctx, m, miss(t, m)...)
		if m.session.SecondTry() {
			press(t, ctx, m, "enter") // the second try, as wrong as the first
		}
		if !strings.Contains(plain(m), "after the hint") {
			t.Errorf("%s: the feedback does not note the hint:\n%s", typ, plain(m))
		}
		if rec := ctx.Progress.Quiz[q.ID]; rec.Hinted != 1 {
			t.Errorf("%s: review record %+v, want one hinted answer", typ, rec)
		}
		press(t, ctx, m, "enter")
		if v := plain(m); !strings.Contains(v, "1 answer given after its hint.") || !strings.Contains(v, "· after the hint") {
			t.Errorf("%s: the results do not show the hint:\n%s", typ, v)
		}
	}
}

// TestHintKeyTypesOnceTyping: in a numeric field, h after a digit types.
func TestHintKeyTypesOnceTyping(t *testing.T) {
	ctx := newCtx(t, "")
	m, _ := oneQuestion(t, ctx, quiz.NumericType, nil)
	press(t, ctx, m, "5", "h")
	if m.showHint || m.ans.Typed() != "5h" {
		t.Errorf("after 5 h: hint shown %v, field %q; want no hint and 5h typed", m.showHint, m.ans.Typed())
	}
}

// TestNoHintAfterAnswering: once answered, h does nothing and the record
// has no hint.
func TestNoHintAfterAnswering(t *testing.T) {
	ctx := newCtx(t, t.TempDir())
	m, q := oneQuestion(t, ctx, quiz.TrueFalse, newClock().now)
	press(t, ctx, m, solve(t, m)...)
	press(t, ctx, m, "h")
	if strings.Contains(plain(m), "Hint: ") || ctx.Progress.Quiz[q.ID].Hinted != 0 {
		t.Errorf("h after the answer showed or recorded a hint:\n%s", plain(m))
	}
}
