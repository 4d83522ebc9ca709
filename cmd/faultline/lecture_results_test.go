package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"faultline/internal/lecture"
)

// savedResults writes hand-made results to a fresh state directory, as
// the presenter's e does, and returns them with the file.
func savedResults(t *testing.T) (lecture.Results, lecture.ResultsFile) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("FAULTLINE_STATE_DIR", dir)
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	f, err := lecture.OpenResults(dir, "", "a1dc65cd8c7f373d", []string{"fallacies"}, start)
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.Save([]lecture.Answer{
		{Question: "fallacies-reliable", Prompt: "The network is reliable.", Student: "ana", Answer: "False", Correct: true, Seconds: 7.25},
		{Question: "fallacies-reliable", Prompt: "The network is reliable.", Student: "=cmd|' /C calc'!A0", Answer: "True", Seconds: 2},
		{Question: "fallacies-latency", Prompt: "Which fallacy…?", Student: "ana", Answer: "B  Latency is zero", Correct: true, Seconds: 75},
		{Question: "fallacies-latency", Prompt: "Which fallacy…?", Student: "bo\x1b]0;owned\x07", Answer: "A  The network is secure", Seconds: 12.5},
	}, start.Add(40*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	return r, f
}

func TestLectureResultsTable(t *testing.T) {
	savedResults(t)
	out, errOut, code := run(t, "lecture", "results")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := `Lecture results · fallacies · started 2026-03-14 09:30 UTC
3 students · 2 questions · 4 answers, 2 right

fallacies-reliable · The network is reliable.
  2 answered, 1 right
  student             answer  right   time
  =cmd|' /C calc'!A0  True    no     2.0 s
  ana                 False   yes    7.2 s

fallacies-latency · Which fallacy…?
  2 answered, 1 right
  student  answer                   right        time
  ana      B Latency is zero        yes    1 min 15 s
  bo       A The network is secure  no         12.5 s

Students
  student             right  answered  mean time
  =cmd|' /C calc'!A0      0         1      2.0 s
  ana                     2         2     41.1 s
  bo                      0         1     12.5 s
`
	if out != want {
		t.Errorf("table:\n%s\nwant:\n%s", out, want)
	}
}

func TestLectureResultsJSONAndCSV(t *testing.T) {
	r, f := savedResults(t)
	out, errOut, code := run(t, "lecture", "results", "-o", "json")
	if code != 0 || errOut != "" {
		t.Fatalf("json: exit %d, stderr %q", code, errOut)
	}
	got, err := lecture.DecodeJSON([]byte(out))
	if err != nil || !reflect.DeepEqual(got, r) {
		t.Errorf("json read back %+v, %v; want %+v", got, err, r)
	}

	// The CSV file itself, and -o csv of the JSON file, say the same.
	for _, args := range [][]string{{"lecture", "results", f.JSONPath(), "-o", "csv"}, {"lecture", "results", f.CSVPath(), "--output=csv"}} {
		out, errOut, code = run(t, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 5 || strings.Join(rows[0], ",") != "question,prompt,student,answer,correct,seconds,changed" {
			t.Fatalf("%v: rows %q", args, rows)
		}
		if rows[1][2] != "'=cmd|' /C calc'!A0" {
			t.Errorf("%v: the formula name is %q, want it neutralised", args, rows[1][2])
		}
		if strings.HasPrefix(out, "\ufeff") {
			t.Errorf("%v: stdout starts with a byte order mark", args)
		}
	}
	// From the CSV file the table has no deck line but the same answers.
	out, _, _ = run(t, "lecture", "results", f.CSVPath())
	if !strings.HasPrefix(out, "Lecture results\n3 students · 2 questions · 4 answers, 2 right\n") {
		t.Errorf("table of the CSV file:\n%s", out)
	}
}

func TestLectureResultsBadInput(t *testing.T) {
	_, f := savedResults(t)
	notResults := filepath.Join(t.TempDir(), "notes.json")
	if err := os.WriteFile(notResults, []byte(`{"deck":"x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	emptyState := t.TempDir()
	for _, tt := range []struct {
		name  string
		args  []string
		env   string
		wants []string
	}{
		{"bad format", []string{"lecture", "results", "-o", "xml\x1b[2J"}, "", []string{`invalid --output "xml\x1b[2J"`, "table, json, csv"}},
		{"missing file", []string{"lecture", "results", "/nonexistent/r.json"}, "", []string{`no results file "/nonexistent/r.json"`}},
		{"directory", []string{"lecture", "results", emptyState}, "", []string{"is not a regular file"}},
		{"not results", []string{"lecture", "results", notResults}, "", []string{"is not a lecture results file"}},
		{"two files", []string{"lecture", "results", f.JSONPath(), f.CSVPath()}, "", []string{"at most one FILE, got 2"}},
		{"none yet", []string{"lecture", "results"}, emptyState, []string{"no lecture results in", "yet", "presses e"}},
		{"bad format before a missing file", []string{"lecture", "results", "/nonexistent", "-o", "yaml"}, "", []string{`invalid --output "yaml"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("FAULTLINE_STATE_DIR", tt.env)
			}
			out, errOut, code := run(t, tt.args...)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			if strings.Count(errOut, "\n") != 1 || strings.Contains(errOut, "\x1b") {
				t.Errorf("stderr is not one clean line: %q", errOut)
			}
			for _, w := range tt.wants {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}
