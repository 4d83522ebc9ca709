package lecture

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// sampleResults are hand-made results with every kind of hostile text a
// student or a deck could put in them.
func sampleResults() Results {
	return Results{
		Version: ResultsVersion,
		Deck:    "fallacies+availability",
		Lessons: []string{"fallacies", "availability"},
		Started: time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC),
		Saved:   time.Date(2026, 3, 14, 10, 15, 0, 0, time.UTC),
		Answers: []Answer{
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "ana", Answer: "False", Correct: true, Seconds: 12.345},
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "=HYPERLINK(\"http://x\")", Answer: "True", Seconds: 3},
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "+1", Answer: "True", Seconds: 0.001},
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "-2+3", Answer: "False", Correct: true, Seconds: 4},
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "@SUM(A1)", Answer: "False", Correct: true, Seconds: 5},
			{Question: "fallacies-1", Prompt: "The network is reliable, \"mostly\"?", Student: "'quoted", Answer: "True", Seconds: 6},
			{Question: "nines-2", Prompt: "Downtime a year\nat 99.9 %?", Student: "bo, the second", Answer: "-8.76 h", Seconds: 61.5, Changed: 2},
			{Question: "nines-2", Prompt: "Downtime a year\nat 99.9 %?", Student: "zoë", Answer: "8.76 h", Correct: true, Seconds: 20},
		},
	}
}

func TestResultsJSONRoundTrip(t *testing.T) {
	r := sampleResults()
	data, err := r.EncodeJSON()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, r)
	}
}

func TestResultsCSVRoundTrip(t *testing.T) {
	r := sampleResults()
	for _, bom := range []bool{false, true} {
		data, err := r.EncodeCSV(bom)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.HasPrefix(string(data), "\ufeff"); got != bom {
			t.Errorf("bom %v: the data starts with a byte order mark: %v", bom, got)
		}
		got, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		want := Results{Version: ResultsVersion, Answers: r.Answers} // a CSV file holds the answers only
		if !reflect.DeepEqual(got, want) {
			t.Errorf("bom %v: read back\n%+v\nwant\n%+v", bom, got, want)
		}
	}
}

// TestResultsCSVIsSafeInASpreadsheet reads the CSV as a spreadsheet would:
// no cell starts with a formula character, and fields with commas,
// quotes and line breaks are quoted.
func TestResultsCSVIsSafeInASpreadsheet(t *testing.T) {
	data, err := sampleResults().EncodeCSV(false)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 9 {
		t.Fatalf("%d rows, want a header and 8", len(rows))
	}
	for i, row := range rows {
		for j, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("row %d field %d %q would run as a formula", i, j, c)
			}
		}
	}
	text := string(data)
	for _, want := range []string{
		`"'=HYPERLINK(""http://x"")"`, // neutralised and its quotes doubled
		"fallacies-1,\"The network is reliable, \"\"mostly\"\"?\",'+1,True,no,0.001,0\n",
		"'-2+3", "'@SUM(A1)", "''quoted",
		"\"Downtime a year\nat 99.9 %?\",\"bo, the second\",'-8.76 h,no,61.5,2\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("CSV lacks %q:\n%s", want, text)
		}
	}
	if !strings.HasPrefix(text, "question,prompt,student,answer,correct,seconds,changed\n") {
		t.Errorf("header: %q", strings.SplitN(text, "\n", 2)[0])
	}
}

func TestDecodeRefusesWhatIsNotResults(t *testing.T) {
	for name, data := range map[string]string{
		"empty":          "",
		"other json":     `{"deck":"x"}`,
		"newer version":  `{"version":99,"answers":[]}`,
		"broken json":    `{"version":1,"answers":[`,
		"json no name":   `{"version":1,"answers":[{"question":"q"}]}`,
		"json negative":  `{"version":1,"answers":[{"question":"q","student":"s","seconds":-1}]}`,
		"other csv":      "a,b,c\n1,2,3\n",
		"short row":      "question,prompt,student,answer,correct,seconds,changed\nq,p,s\n",
		"bad correct":    "question,prompt,student,answer,correct,seconds,changed\nq,p,s,a,maybe,1,0\n",
		"bad seconds":    "question,prompt,student,answer,correct,seconds,changed\nq,p,s,a,yes,soon,0\n",
		"bad changed":    "question,prompt,student,answer,correct,seconds,changed\nq,p,s,a,yes,1,-1\n",
		"no student":     "question,prompt,student,answer,correct,seconds,changed\nq,p,,a,yes,1,0\n",
		"binary garbage": "\x00\x01\x02\xff",
	} {
		if _, err := Decode([]byte(data)); !errors.Is(err, ErrNotResults) {
			t.Errorf("%s: err = %v, want ErrNotResults", name, err)
		}
	}
	_, err := Decode([]byte("question,prompt,student,answer,correct,seconds,changed\nq,p,s,a,\x1b[2Jyes,1,0\n"))
	if err == nil || strings.Contains(err.Error(), "\x1b") {
		t.Errorf("an escape sequence in a bad value reached the message: %q", err)
	}
}

func TestResultsMergeReplacesAndSorts(t *testing.T) {
	base := Results{Answers: []Answer{
		{Question: "q1", Student: "bo", Answer: "A"},
		{Question: "q1", Student: "ana", Answer: "B"},
		{Question: "q2", Student: "ana", Answer: "C"},
	}}
	got := base.Merge([]Answer{
		{Question: "q3", Student: "ana", Answer: "D"},
		{Question: "q1", Student: "bo", Answer: "C", Correct: true},
	})
	want := []Answer{
		{Question: "q1", Student: "ana", Answer: "B"},
		{Question: "q1", Student: "bo", Answer: "C", Correct: true},
		{Question: "q2", Student: "ana", Answer: "C"},
		{Question: "q3", Student: "ana", Answer: "D"},
	}
	if !reflect.DeepEqual(got.Answers, want) {
		t.Errorf("merged %+v\nwant %+v", got.Answers, want)
	}
	if base.Answers[0].Student != "bo" {
		t.Error("Merge changed the results it was called on")
	}
}

func TestSecondsOf(t *testing.T) {
	for d, want := range map[time.Duration]float64{
		0: 0, -time.Second: 0, 1499 * time.Microsecond: 0.001, 12345678 * time.Microsecond: 12.346, 2 * time.Minute: 120,
	} {
		if got := SecondsOf(d); got != want {
			t.Errorf("SecondsOf(%v) = %v, want %v", d, got, want)
		}
	}
}

// TestResultsFileSaveAndResume saves results, reads both files back
// equal, and carries them on as a resumed lecture does.
func TestResultsFileSaveAndResume(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	f, err := OpenResults(dir, "", "deck-a", nil, start)
	if err != nil {
		t.Fatal(err)
	}
	if f.Stem != "lecture-results-20260314T093000Z" {
		t.Errorf("stem %q", f.Stem)
	}
	first := []Answer{{Question: "q1", Prompt: "P", Student: "ana", Answer: "A", Correct: true, Seconds: 2.5}}
	saved, err := f.Save(first, start.Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	fromJSON, err := ReadResults(f.JSONPath())
	if err != nil {
		t.Fatal(err)
	}
	fromCSV, err := ReadResults(f.CSVPath())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromJSON, saved) || !reflect.DeepEqual(fromCSV.Answers, saved.Answers) {
		t.Errorf("read back %+v and %+v, saved %+v", fromJSON, fromCSV, saved)
	}
	for _, p := range []string{f.JSONPath(), f.CSVPath()} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v %v", p, fi.Mode(), err)
		}
	}
	latest, err := LatestResults(dir)
	if err != nil || latest != f.JSONPath() {
		t.Errorf("LatestResults = %q, %v", latest, err)
	}

	// The presenter restarts with --resume: same files, answers kept.
	g, err := OpenResults(dir, f.Stem, "deck-a", nil, start.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if g.Stem != f.Stem || !g.Base.Started.Equal(start) {
		t.Errorf("resumed as %q started %v", g.Stem, g.Base.Started)
	}
	after, err := g.Save([]Answer{{Question: "q2", Student: "bo", Answer: "B", Seconds: 1}}, start.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Answers) != 2 || after.Answers[0].Student != "ana" {
		t.Errorf("after resuming: %+v", after.Answers)
	}

	// Another deck's results are never carried on.
	h, err := OpenResults(dir, f.Stem, "deck-b", nil, start.Add(3*time.Hour))
	if err != nil || h.Stem == f.Stem || len(h.Base.Answers) != 0 {
		t.Errorf("another deck resumed %q with %d answers, %v", h.Stem, len(h.Base.Answers), err)
	}
	// A stem that is not a results name (a damaged record) starts afresh,
	// in files of its own: those named for start are the first lecture's.
	if k, _ := OpenResults(dir, "../../etc/passwd", "deck-a", nil, start); k.Stem != ResultsStem(start.Add(time.Second)) {
		t.Errorf("stem %q was taken, want new files of the next free second", k.Stem)
	}
}

func TestLatestResults(t *testing.T) {
	dir := t.TempDir()
	if _, err := LatestResults(dir); !errors.Is(err, ErrNoResults) {
		t.Errorf("empty dir: %v", err)
	}
	if _, err := LatestResults(filepath.Join(dir, "missing")); !errors.Is(err, ErrNoResults) {
		t.Errorf("missing dir: %v", err)
	}
	old := time.Now().Add(-time.Hour)
	for i, name := range []string{"lecture-results-20990101T000000Z.json", "lecture-results-20200101T000000Z.json", "progress.json"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("{}"), 0o600); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			// Named later but written earlier: the newest written wins.
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := LatestResults(dir)
	if err != nil || filepath.Base(got) != "lecture-results-20200101T000000Z.json" {
		t.Errorf("LatestResults = %q, %v", got, err)
	}
}

func TestReadResultsRefuses(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadResults(filepath.Join(dir, "none.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	if _, err := ReadResults(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("directory: %v", err)
	}
}

// TestNewResultsNeverReuseAName: a new lecture started in the same second
// as files already there (results, or only the answers kept beside them)
// takes the next free second's name, so nothing is written over.
func TestNewResultsNeverReuseAName(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)
	taken := ResultsFile{Dir: dir, Stem: ResultsStem(at)}
	if err := os.WriteFile(taken.AnswersPath(), []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	next := ResultsFile{Dir: dir, Stem: ResultsStem(at.Add(time.Second))}
	if err := os.WriteFile(next.CSVPath(), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := OpenResults(dir, "", "deck", nil, at)
	if err != nil || f.Stem != ResultsStem(at.Add(2*time.Second)) {
		t.Errorf("a new lecture beside taken names got %q, %v; want %q", f.Stem, err, ResultsStem(at.Add(2*time.Second)))
	}
	if !strings.HasPrefix(filepath.Base(f.AnswersPath()), AnswersPrefix) || strings.HasPrefix(filepath.Base(f.AnswersPath()), ResultsPrefix) {
		t.Errorf("answers file %q: LatestResults would take it for results", f.AnswersPath())
	}
}
