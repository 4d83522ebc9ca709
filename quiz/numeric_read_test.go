package quiz_test

import (
	"strings"
	"testing"

	"faultline/quiz"
)

// TestNumericAcceptsWhatAPersonTypes checks the forms a student types for
// a duration and for a percentage, and the targeted hint for a value off
// by a factor of 60 or 100, which asks again instead of marking it wrong.
func TestNumericAcceptsWhatAPersonTypes(t *testing.T) {
	duration := load(t, withBank(t, head+"  type: numeric\n  compute: {downtime: '99.9', per: 36d}\n")) // 51m 50.4s
	dq, _ := duration.ByID("alpha-1")
	tests := []struct {
		name     string
		q        quiz.Question
		text     string
		correct  bool
		retry    bool
		feedback string
	}{
		{"minutes in a word", dq, "52 minutes", true, false, "Correct"},
		{"min", dq, "52 min", true, false, "Correct"},
		{"minute and seconds in words", dq, "51 minutes 50 seconds", true, false, "Correct"},
		{"m", dq, "52m", true, false, "Correct"},
		{"seconds for minutes", dq, "52s", false, true, "52s is 60 times too short: check the unit"},
		{"hours for minutes", dq, "52h", false, true, "52h is 60 times too long"},
		{"a wrong duration is wrong", dq, "40 minutes", false, false, "Not quite: you gave 40m"},
		// 30 d MTBF, 4 h MTTR: 99.44751…%, within 0.01 points.
		{"percent sign", question(t, "alpha-5"), "99.45%", true, false, "Correct"},
		{"bare percentage", question(t, "alpha-5"), "99.45", true, false, "Correct"},
		{"a fraction of one", question(t, "alpha-5"), "0.9945", true, false, "0.9945 read as 99.45%"},
		{"a wrong fraction says how it was read", question(t, "alpha-5"), "0.95", false, false, "0.95 read as 95%"},
		{"fraction with a percent sign", question(t, "alpha-5"), "0.9945%", false, true, "0.9945% is 100 times too small for a percentage"},
		{"percentage times 100", question(t, "alpha-5"), "9945", false, true, "9945 is 100 times too large"},
		{"above 100 and not a slip", question(t, "alpha-5"), "250", false, true, `Cannot read "250" as a percentage`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quiz.Grade(tt.q, quiz.TextResponse(tt.text))
			if got.Correct != tt.correct || got.Retry != tt.retry {
				t.Errorf("%q: %+v, want correct %v retry %v", tt.text, got, tt.correct, tt.retry)
			}
			if !strings.Contains(got.Feedback, tt.feedback) {
				t.Errorf("%q: feedback %q does not contain %q", tt.text, got.Feedback, tt.feedback)
			}
		})
	}
}

// TestSmallPercentAnswerReadsBareNumbersAsPercent checks that when the
// answer itself is below 1 %, "0.5" is half a percent, not a fraction, and
// that above it a fraction is read as one.
func TestSmallPercentAnswerReadsBareNumbersAsPercent(t *testing.T) {
	small := load(t, withBank(t, head+"  type: numeric\n  compute: {expr: '0.5'}\n"))
	q, _ := small.ByID("alpha-1")
	if got := quiz.Grade(q, quiz.TextResponse("0.5")); !got.Correct || strings.Contains(got.Feedback, "read as") {
		t.Errorf("0.5 for 0.5 %%: %+v, want correct as written", got)
	}
	b := load(t, withBank(t, head+"  type: numeric\n  compute: {budget: '7h12m', per: 60d}\n")) // 99.5 %
	q, _ = b.ByID("alpha-1")
	if got := quiz.Grade(q, quiz.TextResponse("0.995")); !got.Correct || !strings.Contains(got.Feedback, "read as 99.5%") {
		t.Errorf("0.995 for 99.5 %%: %+v", got)
	}
}
