package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"faultline/assets"
	"faultline/internal/content"
	"faultline/internal/figures"
	"faultline/lessons"
	"faultline/tui/theme"
)

// runEnv is run with extra environment variables.
func runEnv(t testing.TB, environ []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, environ: append([]string{"TERM=xterm-256color"}, environ...)}
	code = execute(args, e)
	return out.String(), errOut.String(), code
}

func builtinCourse(t *testing.T) *lessons.Course {
	t.Helper()
	c, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkWidth fails if any line of out is wider than width.
func checkWidth(t *testing.T, what, out string, width int) {
	t.Helper()
	for i, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if w := lipgloss.Width(line); w > width {
			t.Errorf("%s: line %d is %d columns wide, more than %d: %q", what, i+1, w, width, line)
		}
	}
}

// checkFiguresWhole fails t where a table cell's line ends in a number
// whose unit starts the cell's next line, and on a no-break space left in
// out.
func checkFiguresWhole(t *testing.T, what, out string) {
	t.Helper()
	if strings.ContainsRune(out, figures.NoBreak) {
		t.Errorf("%s: a no-break space is left in the output", what)
	}
	lines := strings.Split(out, "\n")
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.Split(lines[i], "│"), strings.Split(lines[i+1], "│")
		for c := 0; c < min(len(a), len(b)); c++ {
			prev, next := strings.Fields(a[c]), strings.Fields(b[c])
			if len(prev) > 0 && len(next) > 0 && figures.Glued(prev[len(prev)-1], next[0]) {
				t.Errorf("%s: lines %d and %d part %q from its unit %q", what, i+1, i+2, prev[len(prev)-1], next[0])
			}
		}
	}
}

func TestLessonsTable(t *testing.T) {
	out, errOut, code := run(t, "lessons")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, l := range builtinCourse(t).Lessons {
		if !strings.Contains(out, "│ "+l.ID+" ") {
			t.Errorf("table lacks lesson %q", l.ID)
		}
	}
	for _, want := range []string{"id", "title", "min", "summary", "fallacies", "15"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("output to a non-terminal has escape codes")
	}
	checkWidth(t, "lessons", out, 80)
	checkFiguresWhole(t, "lessons", out)
}

func TestLessonsJSON(t *testing.T) {
	out, errOut, code := run(t, "lessons", "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var got []struct {
		ID       string `json:"id"`
		Title    string `json:"title"`
		Order    int    `json:"order"`
		Minutes  int    `json:"minutes"`
		Summary  string `json:"summary"`
		Sections []struct {
			ID     string `json:"id"`
			Title  string `json:"title"`
			Blocks []struct {
				Kind string   `json:"kind"`
				Args []string `json:"args"`
				Line int      `json:"line"`
			} `json:"blocks"`
		} `json:"sections"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	c := builtinCourse(t)
	if len(got) != len(c.Lessons) {
		t.Fatalf("%d lessons, want %d", len(got), len(c.Lessons))
	}
	for i, l := range c.Lessons {
		g := got[i]
		if g.ID != l.ID || g.Title != l.Title || g.Order != l.Order || g.Minutes != l.Minutes || g.Summary != l.Summary {
			t.Errorf("lesson %d = %+v, want %s %q order %d", i, g, l.ID, l.Title, l.Order)
		}
		if len(g.Sections) != len(l.Sections) || g.Sections[0].ID != l.Sections[0].ID || g.Sections[0].Title != l.Sections[0].Title {
			t.Errorf("lesson %s sections = %+v", l.ID, g.Sections)
			continue
		}
		for j, s := range l.Sections {
			blocks := s.Blocks()
			if g.Sections[j].Blocks == nil || len(g.Sections[j].Blocks) != len(blocks) {
				t.Errorf("%s#%s: blocks %+v, want %d", l.ID, s.ID, g.Sections[j].Blocks, len(blocks))
				continue
			}
			for k, b := range blocks {
				gb := g.Sections[j].Blocks[k]
				if gb.Kind != b.Kind || strings.Join(gb.Args, "\x00") != strings.Join(b.Args, "\x00") || gb.Line != b.Line {
					t.Errorf("%s#%s block %d = %+v, want %+v", l.ID, s.ID, k, gb, b)
				}
			}
		}
	}
	if !strings.Contains(out, `"kind": "compose",
            "args": [
              "99.9 * 99.9 * 99.9 * 99.9 * 99.9"
            ],`) {
		t.Errorf("a compose block's expression is not one argument:\n%s", out)
	}
}

func TestLessonPrintsWholeLesson(t *testing.T) {
	c := builtinCourse(t)
	l, _ := c.Lesson("fault-chain")
	out, errOut, code := run(t, "lesson", "fault-chain")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := []string{l.Title, "FAULT", "ERROR", "FAILURE", "Lesson 5 of 13"}
	for _, s := range l.Sections {
		want = append(want, s.Title)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, w := range append(want, l.Summary) {
		if !strings.Contains(flat, w) {
			t.Errorf("lesson lacks %q", w)
		}
	}
	for _, s := range l.Sections {
		if s.Notes != "" && strings.Contains(flat, strings.Join(strings.Fields(s.Notes), " ")) {
			t.Errorf("speaker notes of %q were printed", s.Title)
		}
	}
	if strings.Contains(out, "```") || strings.Contains(out, "???") {
		t.Error("raw Markdown fences or note markers were printed")
	}
	checkWidth(t, "lesson at the default width", out, 80)
}

func TestLessonPlain(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  []string
	}{
		{"piped", []string{"lesson", "fallacies"}, nil},
		{"--plain", []string{"lesson", "fallacies", "--plain"}, nil},
		{"NO_COLOR", []string{"lesson", "availability"}, []string{"NO_COLOR=1"}},
		{"live blocks", []string{"lesson", "availability", "--width", "60"}, nil},
	}
	for _, tt := range tests {
		out, errOut, code := runEnv(t, tt.env, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%s: exit %d, stderr %q", tt.name, code, errOut)
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%s: output has escape codes", tt.name)
		}
		if strings.Contains(out, "**") {
			t.Errorf("%s: output has Markdown emphasis markers", tt.name)
		}
	}
}

func TestPlainDecision(t *testing.T) {
	tests := []struct {
		flag, isTerm, noColor, want bool
	}{
		{false, true, false, false},
		{true, true, false, true},
		{false, false, false, true},
		{false, true, true, true},
	}
	for _, tt := range tests {
		if got := plainOutput(tt.flag, tt.isTerm, tt.noColor); got != tt.want {
			t.Errorf("plainOutput(--plain %v, terminal %v, NO_COLOR %v) = %v, want %v", tt.flag, tt.isTerm, tt.noColor, got, tt.want)
		}
	}
	// On a terminal the same lesson is styled; the plain path is what strips it.
	l, _ := builtinCourse(t).Lesson("fallacies")
	if styled := renderLesson(l, 13, nil, theme.New(true), false, 80); !strings.Contains(styled, "\x1b[") {
		t.Error("the styled rendering has no escape codes; the plain test would prove nothing")
	}
}

func TestLessonWidth(t *testing.T) {
	for _, w := range []string{"20", "45", "100", "200"} {
		out, errOut, code := run(t, "lesson", "availability", "--width", w)
		if code != 0 || errOut != "" {
			t.Fatalf("--width %s: exit %d, stderr %q", w, code, errOut)
		}
		n, _ := strconv.Atoi(w)
		checkWidth(t, "--width "+w, out, n)
		if !strings.Contains(out, "99.99999%") {
			t.Errorf("--width %s: the nines table is missing", w)
		}
	}
}

func TestLessonBadInput(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"lesson", "nope"}, []string{`"nope"`, "fallacies", "microservices"}},
		{[]string{"lesson"}, []string{"name a lesson", "fallacies", "microservices"}},
		{[]string{"lesson", "a", "b"}, []string{"one lesson id", `got 2: "a b"`, "faultline lessons"}},
		{[]string{"lesson", "a", "\x1b[31m"}, []string{`got 2: "a \x1b[31m"`}},
		{[]string{"lesson", "fallacies", "--width", "5"}, []string{"--width 5", "20"}},
		{[]string{"lessons", "-o", "yaml"}, []string{`"yaml"`}},
		{[]string{"lessons", "extra"}, []string{`lessons takes no arguments, got "extra"`, "faultline lesson extra"}},
		{[]string{"lessons", "\x1b[2J"}, []string{`got "\x1b[2J"`, "faultline lesson ID)"}},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", tt.args, code, out)
		}
		if strings.Contains(errOut, "\x1b") {
			t.Errorf("%q: stderr echoes an escape code raw: %q", tt.args, errOut)
		}
		if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: stderr should be one line: %q", tt.args, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(errOut, w) {
				t.Errorf("%v: stderr %q lacks %q", tt.args, errOut, w)
			}
		}
	}
}

func BenchmarkLessonCommand(b *testing.B) {
	for b.Loop() {
		if _, _, code := run(b, "lesson", "availability"); code != 0 {
			b.Fatal(code)
		}
	}
}

// TestLessonPrintsItsChecks checks that a printed lesson reads on its own:
// each check shows its question and how to answer it, never a key to press.
func TestLessonPrintsItsChecks(t *testing.T) {
	out, errOut, code := run(t, "lesson", "intro")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	_, bank, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l, _ := builtinCourse(t).Lesson("intro")
	checks := 0
	for _, s := range l.Sections {
		for _, b := range s.Blocks() {
			if b.Kind != lessons.KindQuiz {
				continue
			}
			checks++
			q, _ := bank.ByID(b.Args[0])
			if first := strings.Fields(q.Prompt)[0]; !strings.Contains(out, first) {
				t.Errorf("the printed lesson lacks question %s (%q…)", q.ID, first)
			}
		}
	}
	if got := strings.Count(out, "answer it with: faultline quiz intro"); got != checks {
		t.Errorf("%d checks say how to answer them, want %d", got, checks)
	}
	if strings.Contains(out, "enter:") {
		t.Errorf("a printed lesson offers a key to press:\n%s", out)
	}
}
