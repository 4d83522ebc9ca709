package quiz_test

import (
	"strings"
	"testing"
	"time"

	"faultline/quiz"
)

func TestGrade(t *testing.T) {
	tests := []struct {
		name     string
		id       string
		r        quiz.Response
		correct  bool
		score    float64
		retry    bool
		feedback string
	}{
		{"single right", "alpha-1", quiz.ChoiceResponse{1}, true, 1, false, "Correct"},
		{"single wrong", "alpha-1", quiz.ChoiceResponse{0}, false, 0, false, `the answer is B, “Right”`},
		{"single none", "alpha-1", quiz.ChoiceResponse{}, false, 0, true, "exactly one"},
		{"single two", "alpha-1", quiz.ChoiceResponse{0, 1}, false, 0, true, "exactly one"},
		{"single out of range", "alpha-1", quiz.ChoiceResponse{3}, false, 0, true, "no choice 4"},
		{"multi all right", "alpha-2", quiz.ChoiceResponse{2, 0}, true, 1, false, "all 2 right choices"},
		{"multi duplicates ignored", "alpha-2", quiz.ChoiceResponse{0, 2, 0}, true, 1, false, "Correct"},
		{"multi one of two", "alpha-2", quiz.ChoiceResponse{0}, false, 0.5, false, "1 of 2 right choices picked, 0 wrong; the answer is A, C"},
		{"multi right and wrong", "alpha-2", quiz.ChoiceResponse{0, 2, 1}, false, 0.5, false, "2 of 2 right choices picked, 1 wrong"},
		{"multi one right one wrong", "alpha-2", quiz.ChoiceResponse{0, 1}, false, 0, false, "1 wrong"},
		{"multi floored at zero", "alpha-2", quiz.ChoiceResponse{1, 3}, false, 0, false, "0 of 2"},
		{"multi everything", "alpha-2", quiz.ChoiceResponse{0, 1, 2, 3}, false, 0, false, "2 wrong"},
		{"multi none", "alpha-2", quiz.ChoiceResponse{}, false, 0, true, "at least one"},
		{"true/false right", "alpha-3", quiz.BoolResponse(false), true, 1, false, "statement is false"},
		{"true/false wrong", "alpha-3", quiz.BoolResponse(true), false, 0, false, "Not quite: the statement is false"},
		{"classify right", "alpha-8", quiz.ClassResponse{"phase": "operational", "boundary": "external", "cause": "natural",
			"intent": "non-malicious", "capability": "accidental", "persistence": "transient"}, true, 1, false, "all six"},
		{"classify two wrong", "alpha-8", quiz.ClassResponse{"phase": "development", "boundary": "external", "cause": "natural",
			"intent": "non-malicious", "capability": "accidental", "persistence": "permanent"}, false, 4.0 / 6, false, "4 of 6 dimensions right; phase is operational, persistence is transient"},
		{"classify partial", "alpha-8", quiz.ClassResponse{"phase": "operational"}, false, 1.0 / 6, false, "1 of 6"},
		{"order right", "alpha-9", quiz.OrderResponse{0, 1, 2}, true, 1, false, "every item"},
		{"order swapped", "alpha-9", quiz.OrderResponse{1, 0, 2}, false, 1.0 / 3, false, "1 of 3 items in the right place; the order is: Fault → Error → Failure"},
		{"order reversed", "alpha-9", quiz.OrderResponse{2, 1, 0}, false, 1.0 / 3, false, "1 of 3"},
		{"order not a permutation", "alpha-9", quiz.OrderResponse{0, 0, 1}, false, 0, true, "exactly once"},
		{"order too short", "alpha-9", quiz.OrderResponse{0, 1}, false, 0, true, "exactly once"},
		{"match right", "alpha-10", quiz.MatchResponse{0, 1, 2}, true, 1, false, "every pair"},
		{"match one wrong pair", "alpha-10", quiz.MatchResponse{1, 0, 2}, false, 1.0 / 3, false, `"A" goes with "first"`},
		{"match repeated right", "alpha-10", quiz.MatchResponse{0, 0, 0}, false, 1.0 / 3, false, "1 of 3 matched"},
		{"match short", "alpha-10", quiz.MatchResponse{0, 1}, false, 0, true, "each of the 3"},
		{"match out of range", "alpha-10", quiz.MatchResponse{0, 1, 5}, false, 0, true, "each of the 3"},
		{"wrong response type", "alpha-1", quiz.BoolResponse(true), false, 0, true, "does not fit a single question"},
		{"nil response", "alpha-3", nil, false, 0, true, "does not fit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quiz.Grade(question(t, tt.id), tt.r)
			if got.Correct != tt.correct || got.Retry != tt.retry || !near(got.Score, tt.score) {
				t.Errorf("Grade = %+v, want correct %v score %.3f retry %v", got, tt.correct, tt.score, tt.retry)
			}
			if !strings.Contains(got.Feedback, tt.feedback) {
				t.Errorf("feedback %q does not contain %q", got.Feedback, tt.feedback)
			}
		})
	}
}

func TestGradeNumeric(t *testing.T) {
	tests := []struct {
		id, text string
		correct  bool
		retry    bool
		feedback string
	}{
		// 99.95 % over a 30-day month allows 21m36s; tolerance 2 %.
		{"alpha-4", "21.6m", true, false, "Correct: exactly 21m 36s"},
		{"alpha-4", "21m36s", true, false, "exactly 21m 36s"},
		{"alpha-4", "21 m 36 s", true, false, "exactly"},
		{"alpha-4", "1296s", true, false, "exactly"},
		{"alpha-4", "0.36h", true, false, "exactly"},
		{"alpha-4", " 21.6 min ", true, false, "exactly"},
		{"alpha-4", "22m", true, false, "22m is within 2% of the exact answer, 21m 36s"},
		{"alpha-4", "21m11s", true, false, "within 2%"},
		{"alpha-4", "22m2s", false, false, "the answer is 21m 36s (within 2% is accepted)"},
		{"alpha-4", "25m", false, false, "Not quite: you gave 25m; the answer is 21m 36s"},
		{"alpha-4", "21", false, true, "21 what? Give a unit"},
		{"alpha-4", "21.6", false, true, "Give a unit"},
		{"alpha-4", "", false, true, "Type an answer"},
		{"alpha-4", "soon", false, true, `Cannot read "soon" as a duration`},
		{"alpha-4", "-5m", false, true, "Cannot read"},
		// 30 d MTBF, 4 h MTTR: 99.44751…%, default tolerance 0.01 points.
		{"alpha-5", "99.45", true, false, "within 0.01 percentage points of the exact answer, 99.44751%"},
		{"alpha-5", "99.45%", true, false, "within"},
		{"alpha-5", "99.44 %", true, false, "within"},
		{"alpha-5", "99.43", false, false, "the answer is 99.44751%"},
		{"alpha-5", "99.5", false, false, "Not quite"},
		{"alpha-5", "lots", false, true, "as a percentage"},
		// Three 99.9 % parts in series: 99.7003 %, tolerance 0.001 points.
		{"alpha-6", "99.7003", true, false, "within 0.001 percentage points of the exact answer, 99.7002999%"},
		{"alpha-6", "99.7002999", true, false, "exactly 99.7002999%"},
		{"alpha-6", "99.7", true, false, "within"},
		{"alpha-6", "99.698", false, false, "Not quite"},
		{"alpha-6", "3 nines", false, false, "Not quite"},
	}
	for _, tt := range tests {
		got := quiz.Grade(question(t, tt.id), quiz.TextResponse(tt.text))
		if got.Correct != tt.correct || got.Retry != tt.retry {
			t.Errorf("%s %q: %+v, want correct %v retry %v", tt.id, tt.text, got, tt.correct, tt.retry)
		}
		if got.Correct && got.Score != 1 || !got.Correct && got.Score != 0 {
			t.Errorf("%s %q: score %v with correct %v", tt.id, tt.text, got.Score, got.Correct)
		}
		if !strings.Contains(got.Feedback, tt.feedback) {
			t.Errorf("%s %q: feedback %q does not contain %q", tt.id, tt.text, got.Feedback, tt.feedback)
		}
	}
}

func TestGradeRelativePercentTolerance(t *testing.T) {
	b := load(t, withBank(t, head+"  type: numeric\n  compute: {expr: '99.9 * 99.9 * 99.9'}\n  tolerance: 0.01%\n"))
	q, _ := b.ByID("alpha-1")
	// 0.01 % of 99.7003 is 0.00997 points.
	for text, want := range map[string]bool{"99.71": true, "99.695": true, "99.72": false} {
		if got := quiz.Grade(q, quiz.TextResponse(text)); got.Correct != want {
			t.Errorf("%q: correct %v, want %v (%s)", text, got.Correct, want, got.Feedback)
		}
	}
}

func TestGradeAbsoluteDurationTolerance(t *testing.T) {
	b := load(t, withBank(t, head+"  type: numeric\n  compute: {downtime: '99.9', per: day}\n  tolerance: 30s\n"))
	q, _ := b.ByID("alpha-1") // 86.4 s
	for text, want := range map[string]bool{"1m": true, "116s": true, "117s": false, "57s": true, "56s": false} {
		if got := quiz.Grade(q, quiz.TextResponse(text)); got.Correct != want {
			t.Errorf("%q: correct %v, want %v (%s)", text, got.Correct, want, got.Feedback)
		}
	}
}

// near reports whether two scores agree to within rounding.
func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestWrongSingleQuotesTheAnswerOnce(t *testing.T) {
	q := quiz.Question{ID: "x-1", Type: quiz.Single, Choices: []quiz.Choice{{Text: "It was down."}, {Text: "It was slow", Correct: true}}}
	if got := quiz.Grade(q, quiz.ChoiceResponse{0}).Feedback; got != "Not quite: the answer is B, “It was slow”." {
		t.Errorf("feedback = %q", got)
	}
	q.Choices = []quiz.Choice{{Text: "It was down.", Correct: true}, {Text: "It was slow"}}
	if got := quiz.Grade(q, quiz.ChoiceResponse{1}).Feedback; got != "Not quite: the answer is A, “It was down.”" {
		t.Errorf("feedback = %q (no second full stop, no escaped quotes)", got)
	}
}

// TestGradeNeverCallsARoundedFigureExact: an answer of 52m 33.6s typed as
// the rounded 52m 34s is within tolerance, not exact, and the exact answer
// is given in full.
func TestGradeNeverCallsARoundedFigureExact(t *testing.T) {
	q := question(t, "alpha-4")
	n := *q.Numeric
	n.Duration = 52*time.Minute + 33600*time.Millisecond
	q.Numeric = &n
	got := quiz.Grade(q, quiz.TextResponse("52m 34s"))
	if !got.Correct || strings.Contains(got.Feedback, "exactly") || !strings.Contains(got.Feedback, "52m 33.6s") {
		t.Errorf("52m 34s for 52m 33.6s: feedback %q; want correct, not called exact, naming 52m 33.6s", got.Feedback)
	}
	got = quiz.Grade(q, quiz.TextResponse("52m33.6s"))
	if !got.Correct || !strings.Contains(got.Feedback, "exactly 52m 33.6s") {
		t.Errorf("52m33.6s for 52m 33.6s: feedback %q; want exactly 52m 33.6s", got.Feedback)
	}
}
