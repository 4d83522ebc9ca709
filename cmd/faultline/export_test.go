package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportFormats(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"export", "availability"}, []string{"# Availability, reliability and the nines", "| 99.9% | 3 |", "43m 12s", "year 365 d"}},
		{[]string{"export", "availability", "--format", "html"}, []string{"<!DOCTYPE html>", "<table>", "43m 12s", "@media print"}},
		{[]string{"export", "availability", "--format", "markdown", "-o", "-"}, []string{"43m 12s"}},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q", tt.args, w)
			}
		}
		if strings.Contains(out, "```faultline") {
			t.Errorf("%v: a live block is left in the handout", tt.args)
		}
	}
}

func TestExportToFile(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name  string
		extra []string
		want  string
	}{
		{"handout.md", nil, "# The eight fallacies"},
		{"handout.html", nil, "<!DOCTYPE html>"},
		{"forced.html", []string{"--format", "markdown"}, "# The eight fallacies"},
	} {
		path := filepath.Join(dir, tt.name)
		out, errOut, code := run(t, append([]string{"export", "fallacies", "-o", path}, tt.extra...)...)
		if code != 0 || out != "" || errOut != "" {
			t.Fatalf("%s: exit %d, stdout %q, stderr %q", tt.name, code, out, errOut)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), tt.want) {
			t.Errorf("%s starts %q, want %q", tt.name, firstLine(string(data)), tt.want)
		}
	}
	_, errOut, code := run(t, "export", "fallacies", "-o", filepath.Join(dir, "no", "such", "dir.md"))
	if code != 1 || !strings.Contains(errOut, "cannot write the handout") {
		t.Errorf("unwritable file: exit %d, stderr %q", code, errOut)
	}
}

func TestExportBadInput(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "nope"}, `unknown lesson "nope"; valid ids: intro, fallacies`},
		{[]string{"export", "--format", "pdf"}, `invalid format "pdf" (accepted: markdown, html)`},
		{[]string{"export", "intro", "-o", ""}, `invalid -o "": it is empty (accepted: a file name, or - for stdout)`},
	} {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

func TestExportDeckEscapesHTML(t *testing.T) {
	dir := deckDir(t, map[string]string{
		"lessons/01-x.md": deckLessonText("x", `"<script>alert(1)</script>"`, "Hello <script>alert(2)</script>.\n\n```faultline nines 99.95\n```"),
	})
	out, errOut, code := run(t, "export", "--content", dir, "--format", "html")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Error("the HTML handout holds a <script> tag from the deck")
	}
	for _, w := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(2)", "21m 36s"} {
		if !strings.Contains(out, w) {
			t.Errorf("handout lacks %q", w)
		}
	}
	out, _, code = run(t, "export", "x", "fallacies", "--content", dir, "--with-course")
	if code != 0 || !strings.Contains(out, "21m 36s") || !strings.Contains(out, "# The eight fallacies") {
		t.Errorf("deck beside the course: exit %d", code)
	}
}
