package export_test

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"faultline/calc"
	"faultline/internal/content"
	"faultline/internal/export"
	"faultline/lessons"
	"faultline/quiz"
)

// builtin returns the built-in course and bank.
func builtin(t *testing.T) (*lessons.Course, *quiz.Bank) {
	t.Helper()
	c, b, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c, b
}

// render renders ls in f, failing the test on error.
func render(t *testing.T, f export.Format, ls []lessons.Lesson, b *quiz.Bank) string {
	t.Helper()
	out, err := export.Render(f, ls, b)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// lesson is a one-section lesson with the given body, read as a lesson
// file's section is.
func lesson(id, body string) lessons.Lesson {
	s, err := lessons.ParseSection("Part", body+"\n???\nSPEAKER NOTES")
	if err != nil {
		panic(err)
	}
	return lessonOf(id, s)
}

// lessonOf is a one-section lesson holding s.
func lessonOf(id string, s lessons.Section) lessons.Lesson {
	return lessons.Lesson{ID: id, Title: "Lesson " + id, Order: 1, Minutes: 5, Summary: "About " + id + ".",
		Sections: []lessons.Section{s}}
}

func TestAvailabilityHandout(t *testing.T) {
	c, b := builtin(t)
	ls, err := export.Select(c, []string{"availability"})
	if err != nil {
		t.Fatal(err)
	}
	month := func(s string) string {
		return calc.FormatDuration(calc.MustParseAvailability(s).Downtime(calc.Month.Length))
	}
	want := []string{
		"Availability, reliability and the nines",
		month("99.9"), month("99.99"), "43m 12s", "8h 45m 36s", // the classic table
		"day 86,400 s · week 7 d · month 30 d · quarter 90 d · year 365 d",
		"99.939905%",                                                                       // lb:99.99 * (web:99.9 | web:99.9) * db:99.95
		"MTTR halved", "MTBF doubled", "99.44751%", "mean up time between failures (MTTF)", // mtbf 30d 4h
	}
	for _, f := range export.Formats {
		out := render(t, f, ls, b)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("%s handout lacks %q", f, w)
			}
		}
		for _, bad := range []string{"```faultline", "faultline nines", "faultline compose", "faultline mtbf"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s handout keeps the live block %q", f, bad)
			}
		}
	}
	md := render(t, export.Markdown, ls, b)
	if !strings.Contains(md, "| 99.9% | 3 | 1m 26s | 10m 5s | 43m 12s | 2h 9m 36s | 8h 45m 36s |") {
		t.Errorf("Markdown nines table lacks the 99.9%% row:\n%s", md)
	}
	html := render(t, export.HTML, ls, b)
	for _, w := range []string{"<!DOCTYPE html>", "<style>", "@media print", "<table>", `<td style="text-align:right">43m 12s</td>`, "<title>Availability, reliability and the nines</title>"} {
		if !strings.Contains(html, w) {
			t.Errorf("HTML handout lacks %q", w)
		}
	}
}

func TestWholeCourseHandout(t *testing.T) {
	c, b := builtin(t)
	for _, f := range export.Formats {
		out := render(t, f, c.Lessons, b)
		if strings.Contains(out, "```faultline") {
			t.Errorf("%s handout of the course keeps a live block", f)
		}
		for _, l := range c.Lessons {
			if f == export.Markdown && !strings.Contains(out, l.Summary) {
				t.Errorf("%s handout lacks the summary of %s", f, l.ID)
			}
			for _, s := range l.Sections {
				if s.Notes != "" && strings.Contains(out, s.Notes) {
					t.Errorf("%s handout shows the speaker notes of %s#%s", f, l.ID, s.ID)
				}
			}
		}
		for _, w := range []string{"cannot draw", "no question", "unknown scenario", "invalid"} {
			if strings.Contains(out, w) {
				t.Errorf("%s handout of the course says %q: a block was not computed", f, w)
			}
		}
	}
}

func TestDeckFigures(t *testing.T) {
	ls := []lessons.Lesson{lesson("deck", "Intro.\n\n```faultline nines 99.95\n```\n\nAfter.")}
	for _, f := range export.Formats {
		out := render(t, f, ls, nil)
		for _, w := range []string{"99.95%", "3.30", "43.2 s", "21m 36s", "4h 22m 48s", "After."} {
			if !strings.Contains(out, w) {
				t.Errorf("%s handout lacks %q", f, w)
			}
		}
		if strings.Contains(out, "SPEAKER NOTES") {
			t.Errorf("%s handout shows speaker notes", f)
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	l := lesson("evil", "Text <script>alert(1)</script> inline.\n\n<script>\nalert(2)\n</script>\n\n[link](javascript:alert(3))\n\n`<b>code</b>`")
	l.Title = `<script>alert("title")</script>`
	l.Summary = "A & B <img src=x onerror=alert(4)>"
	out := render(t, export.HTML, []lessons.Lesson{l}, nil)
	lower := strings.ToLower(out)
	for _, bad := range []string{"<script", "<img", "javascript:", "<b>"} {
		if strings.Contains(lower, bad) {
			t.Errorf("HTML handout holds %q unescaped", bad)
		}
	}
	for _, w := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "alert(2)", "&amp;", "&lt;b&gt;code&lt;/b&gt;"} {
		if !strings.Contains(out, w) {
			t.Errorf("HTML handout lacks the escaped %q", w)
		}
	}
}

func TestQuizBlockAndAnswerKey(t *testing.T) {
	bank := quiz.NewBank([]quiz.Question{
		{ID: "q-1", Type: quiz.Single, Prompt: "Which one?", Explanation: "Because B.",
			Choices: []quiz.Choice{{Text: "Alpha"}, {Text: "Beta", Correct: true}}},
		{ID: "q-2", Type: quiz.Order, Prompt: "In order?", Explanation: "Fault first.",
			Items: []string{"fault", "error", "failure"}},
		{ID: "q-3", Type: quiz.TrueFalse, Prompt: "True?", Explanation: "It is false.", Answer: false},
	})
	ls := []lessons.Lesson{lesson("q", "```faultline quiz q-1\n```\n\n```faultline quiz q-2\n```\n\n```faultline quiz q-3\n```")}
	md := render(t, export.Markdown, ls, bank)
	key := strings.Index(md, "# Answer key")
	if key < 0 {
		t.Fatalf("no answer key:\n%s", md)
	}
	body, answers := md[:key], md[key:]
	for _, w := range []string{"**Question 1.** Which one?", ".** Alpha", ".** Beta", "**Question 2.** In order?", "**Question 3.** True?"} {
		if !strings.Contains(body, w) {
			t.Errorf("questions lack %q", w)
		}
	}
	for _, leak := range []string{"Because B.", "Fault first.", "It is false."} {
		if strings.Contains(body, leak) {
			t.Errorf("the explanation %q appears before the answer key", leak)
		}
	}
	// Choices and items are lettered as quiz.Deal orders them, like every
	// other place that shows the question; the key names those letters.
	q1, _ := bank.ByID("q-1")
	beta := quiz.Letter(slices.IndexFunc(quiz.Deal(q1, quiz.ShownSeed).Question.Choices, func(c quiz.Choice) bool { return c.Correct }))
	q2, _ := bank.ByID("q-2")
	order := quiz.Deal(q2, quiz.ShownSeed).ItemOrder
	var seq []string
	for i, it := range q2.Items {
		at := slices.Index(order, i)
		seq = append(seq, quiz.Letter(at))
		if w := "- **" + quiz.Letter(at) + ".** " + it; !strings.Contains(body, w) {
			t.Errorf("order question lacks %q", w)
		}
	}
	for _, w := range []string{"**Question 1** (`q-1`): " + beta + ". Beta", "Because B.", "**Question 2** (`q-2`): " + strings.Join(seq, ", ") + ".", "**Question 3** (`q-3`): False."} {
		if !strings.Contains(answers, w) {
			t.Errorf("answer key lacks %q:\n%s", w, answers)
		}
	}
	if out := render(t, export.Markdown, []lessons.Lesson{lesson("n", "Text.")}, bank); strings.Contains(out, "Answer key") {
		t.Error("a handout without questions has an answer key")
	}
}

// TestBlocksThatCannotBeComputed: a block whose figures cannot be
// computed (one loading would have refused, or a quiz block without a
// bank) is a quoted note, never a panic.
func TestBlocksThatCannotBeComputed(t *testing.T) {
	tests := []struct {
		block lessons.Block
		want  string
	}{
		{lessons.Block{Kind: "nines", Args: []string{"120"}}, "above 100"},
		{lessons.Block{Kind: "compose", Args: []string{"99 *"}}, "expression"},
		{lessons.Block{Kind: "mtbf", Args: []string{"0s", "1h"}}, "MTBF"},
		{lessons.Block{Kind: "mtbf", Args: []string{"1h"}}, "MTBF and MTTR"},
		{lessons.Block{Kind: "scenario", Args: []string{"tepid"}}, "unknown scenario"},
		{lessons.Block{Kind: "quiz", Args: []string{"x-9"}}, "no question"},
		{lessons.Block{Kind: "diagram", Args: []string{"venn"}}, "venn"},
		{lessons.Block{Kind: "slideshow"}, "slideshow"},
	}
	for _, tt := range tests {
		s := lessons.Section{ID: "part", Title: "Part", Parts: []lessons.Part{{Source: "```faultline\n```", Block: &tt.block}}}
		out := render(t, export.Markdown, []lessons.Lesson{lessonOf("x", s)}, nil)
		if !strings.Contains(out, "> ") || !strings.Contains(out, tt.want) {
			t.Errorf("%+v: handout lacks a note holding %q:\n%s", tt.block, tt.want, out)
		}
	}
}

func TestDiagrams(t *testing.T) {
	want := map[string][]string{
		"fault-chain":        {"**Fault**", "**Error**", "**Failure**", "dormant"},
		"fault-taxonomy":     {"| phase |", "| persistence |", "transient"},
		"dependability-tree": {"- **Dependability and security**", "  - **Threats**", "    - Fault tolerance", "security only"},
		"failure-spectrum":   {"- **Optimal**", "no fixed order", "  - **Partial failure**", "- **Complete failure**"},
		"circuit-breaker":    {"**Half-open**", "Open → Half-open"},
	}
	for _, name := range lessons.Diagrams {
		out := render(t, export.Markdown, []lessons.Lesson{lesson("d", "```faultline diagram "+name+"\n```")}, nil)
		if len(want[name]) == 0 {
			t.Errorf("no expectations for diagram %q", name)
		}
		for _, w := range want[name] {
			if !strings.Contains(out, w) {
				t.Errorf("diagram %s lacks %q", name, w)
			}
		}
	}
}

// TestFencesKept: code blocks stay as written, an example of a live block
// inside a longer fence included; live blocks become their figures.
func TestFencesKept(t *testing.T) {
	body := "````markdown\n```faultline nines\n```\n````\n\n- A list.\n\n```faultline compose 99 | 99\n```\n\n```go\nx := 1\n```"
	out := render(t, export.Markdown, []lessons.Lesson{lesson("f", body)}, nil)
	for _, w := range []string{"````markdown\n```faultline nines\n```\n````", "- A list.\n\n**System:** `99 | 99`", "| c1 | 99% |", "```go\nx := 1\n```"} {
		if !strings.Contains(out, w) {
			t.Errorf("handout lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "| availability | nines |") {
		t.Errorf("the example inside the four-backtick fence became a table:\n%s", out)
	}
}

func TestSelect(t *testing.T) {
	c, _ := builtin(t)
	all, err := export.Select(c, nil)
	if err != nil || len(all) != len(c.Lessons) {
		t.Fatalf("Select(nil): %d lessons, %v", len(all), err)
	}
	two, err := export.Select(c, []string{"availability", "fallacies"})
	if err != nil || len(two) != 2 || two[0].ID != "availability" || two[1].ID != "fallacies" {
		t.Fatalf("Select(availability, fallacies): %v, %v", two, err)
	}
	once, err := export.Select(c, []string{"fallacies", "availability", "fallacies"})
	if err != nil || len(once) != 2 || once[0].ID != "fallacies" || once[1].ID != "availability" {
		t.Errorf("Select(fallacies, availability, fallacies) = %d lessons, %v; want each once, first place kept", len(once), err)
	}
	_, err = export.Select(c, []string{"nope"})
	if err == nil || !strings.Contains(err.Error(), `"nope"`) || !strings.Contains(err.Error(), "fallacies") {
		t.Errorf("Select(nope): %v, want an error naming it and the valid ids", err)
	}
}

func TestFormats(t *testing.T) {
	for in, want := range map[string]export.Format{"markdown": export.Markdown, "MD": export.Markdown, "html": export.HTML} {
		if got, err := export.ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := export.ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), "markdown, html") {
		t.Errorf("ParseFormat(pdf): %v", err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, "pdf", nil, nil); err == nil || buf.Len() != 0 {
		t.Errorf("Write in pdf: %v, %d bytes", err, buf.Len())
	}
	if err := export.Write(&buf, export.Markdown, []lessons.Lesson{lesson("w", "Text.")}, nil); err != nil || !strings.Contains(buf.String(), "# Lesson w") {
		t.Errorf("Write: %v, %q", err, buf.String())
	}
}

func TestTitle(t *testing.T) {
	a, b := lesson("a", "x"), lesson("b", "y")
	for _, tt := range []struct {
		ls   []lessons.Lesson
		want string
	}{
		{nil, "faultline handout"},
		{[]lessons.Lesson{a}, "Lesson a"},
		{[]lessons.Lesson{a, b}, "Lesson a · Lesson b"},
		{[]lessons.Lesson{a, b, a, b}, "faultline handout: 4 lessons"},
	} {
		if got := export.Title(tt.ls); got != tt.want {
			t.Errorf("Title = %q, want %q", got, tt.want)
		}
	}
}

// TestHTMLImagesSelfContained exports a lesson with a local image (beside
// the lesson, as a deck keeps it), a remote one and a missing one: the
// local one is inlined, the others are shown as their address in words,
// and the page loads nothing from anywhere.
func TestHTMLImagesSelfContained(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\nfake image bytes")
	if err := os.WriteFile(filepath.Join(dir, "figure.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	l := lesson("pics", "![a local figure](figure.png)\n\n![the remote one](https://example.com/cdn/chart.png)\n\n![gone](missing.png)\n\n![sneaky](data:image/png,\"onerror=\"alert(1))")
	l.File = filepath.Join(dir, "pics.md")
	out := render(t, export.HTML, []lessons.Lesson{l}, nil)
	local := `<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(png) + `" alt="a local figure">`
	for _, want := range []string{
		local,
		`[image: the remote one] <a href="https://example.com/cdn/chart.png">https://example.com/cdn/chart.png</a>`,
		`[image: gone] <code>missing.png</code>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML handout lacks %s", want)
		}
	}
	if strings.Contains(out, `src="https:`) || strings.Contains(out, `src="missing`) || strings.Contains(out, `onerror="`) {
		t.Errorf("HTML handout loads an image from outside itself or lets one out of its attribute:\n%s", out)
	}
}
