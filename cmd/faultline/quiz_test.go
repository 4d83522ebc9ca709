package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"faultline/assets"
	"faultline/quiz"
)

func builtinBank(t *testing.T) *quiz.Bank {
	t.Helper()
	b, err := quiz.Load(assets.FS, builtinCourse(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestQuizListJSON checks that the JSON bank holds every question with
// its answer in the shape of its type.
func TestQuizListJSON(t *testing.T) {
	bank := builtinBank(t)
	out, errOut, code := run(t, "quiz", "--list", "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got []struct {
		ID, Lesson, Prompt, Explanation, Section string
		Type                                     quiz.Type
		Choices                                  []struct {
			Text    string
			Correct bool
		}
		Answer json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(got) != len(bank.Questions) {
		t.Fatalf("%d questions, want %d", len(got), len(bank.Questions))
	}
	for i, g := range got {
		q := bank.Questions[i]
		if g.ID != q.ID || g.Lesson != q.Lesson || g.Type != q.Type || g.Prompt != q.Prompt || g.Explanation != q.Explanation || g.Section != q.Section {
			t.Fatalf("question %d: %+v does not match %s", i, g, q.ID)
		}
		if len(g.Choices) != len(q.Choices) {
			t.Errorf("%s: %d choices, want %d", q.ID, len(g.Choices), len(q.Choices))
		}
		var answer any
		if err := json.Unmarshal(g.Answer, &answer); err != nil || answer == nil {
			t.Errorf("%s: no answer: %s", q.ID, g.Answer)
			continue
		}
		switch q.Type {
		case quiz.Single:
			if _, ok := answer.(string); !ok {
				t.Errorf("%s: single answer %s, want the right choice's text", q.ID, g.Answer)
			}
		case quiz.TrueFalse:
			if answer != q.Answer {
				t.Errorf("%s: answer %v, want %v", q.ID, answer, q.Answer)
			}
		case quiz.NumericType:
			var n struct{ Value, Kind, Tolerance string }
			_ = json.Unmarshal(g.Answer, &n)
			if n.Value == "" || n.Kind != string(q.Numeric.Kind) || n.Tolerance == "" {
				t.Errorf("%s: numeric answer %s", q.ID, g.Answer)
			}
			if r := quiz.Grade(q, quiz.TextResponse(n.Value)); !r.Correct {
				t.Errorf("%s: printed value %q is not accepted: %s", q.ID, n.Value, r.Feedback)
			}
		case quiz.Multi, quiz.Order, quiz.Match:
			if list, ok := answer.([]any); !ok || len(list) == 0 {
				t.Errorf("%s: answer %s, want a list", q.ID, g.Answer)
			}
		case quiz.Classify:
			if m, ok := answer.(map[string]any); !ok || len(m) != len(quiz.Dimensions) {
				t.Errorf("%s: answer %s, want six dimensions", q.ID, g.Answer)
			}
		}
	}
}

func TestQuizListOneLesson(t *testing.T) {
	out, _, code := run(t, "quiz", "fallacies", "--list", "-o", "json")
	var got []struct{ Lesson string }
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil || len(got) == 0 {
		t.Fatalf("exit %d, output %q", code, out)
	}
	for _, g := range got {
		if g.Lesson != "fallacies" {
			t.Fatalf("question of lesson %q in the fallacies list", g.Lesson)
		}
	}
}

func TestQuizListTable(t *testing.T) {
	out, _, code := run(t, "quiz", "--list")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	checkWidth(t, "quiz --list", out, quizTableWidth)
	checkFiguresWhole(t, "quiz --list", out)
	for _, want := range []string{"fallacies-3", "numeric", "truefalse"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("escape codes in output to a pipe")
	}
}

// TestQuizBadInput checks that bad input exits 2 with one line on stderr
// and nothing on stdout.
func TestQuizBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"quiz", "nope"}, `unknown lesson "nope"; lessons with quizzes: intro, fallacies,`},
		{[]string{"quiz", "nope", "--list"}, `unknown lesson "nope"`},
		{[]string{"quiz", "--list", "-o", "yaml"}, `invalid output "yaml"`},
		{[]string{"quiz", "-o", "json"}, "needs --list"},
		{[]string{"quiz", "fallacies"}, "--list"},
		{[]string{"quiz", "--review"}, "needs a terminal"},
		{[]string{"quiz", "--list", "--review"}, "--review and --list cannot be combined"},
		{[]string{"quiz", "a", "b"}, `quiz takes one lesson id, got 2: "a b"`},
		{[]string{"quiz", "--seed", "x"}, `invalid --seed "x": it is not a whole number`},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing, %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

// TestQuizAccessibleFromStdin drives `faultline quiz LESSON --accessible
// --seed N` from stdin: an answer, an unreadable one, a skip, to the score.
func TestQuizAccessibleFromStdin(t *testing.T) {
	t.Setenv("FAULTLINE_STATE_DIR", t.TempDir()) // progress is read from the process's environment
	var out, errOut bytes.Buffer
	input := "t\nmaybe\nf\n" + strings.Repeat("\n", 20)
	e := env{stdin: strings.NewReader(input), stdout: &out, stderr: &errOut, environ: []string{"TERM=xterm-256color"}}
	if code := execute([]string{"quiz", "fallacies", "--accessible", "--seed", "1"}, e); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	got := out.String()
	for _, want := range []string{"Question 1 of 10", "\n1. ", "Answer (h for a hint, Enter skips, q leaves): ", "Skipped.", "Score: "} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "\x1b") {
		t.Error("accessible output has escape sequences")
	}
	if last := got[strings.LastIndex(strings.TrimSuffix(got, "\n"), "\n")+1:]; !strings.HasPrefix(last, "Score: ") || !strings.HasSuffix(last, " of 10\n") {
		t.Errorf("the run ends with %q, want its score", last)
	}
	// The same seed deals the same quiz.
	var again bytes.Buffer
	e.stdin, e.stdout = strings.NewReader(input), &again
	execute([]string{"quiz", "fallacies", "--accessible", "--seed", "1"}, e)
	if first, second := strings.Split(got, "Answer (")[0], strings.Split(again.String(), "Answer (")[0]; first != second {
		t.Errorf("the same seed dealt differently:\n%s\n---\n%s", first, second)
	}
}
