package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// deckDir writes a deck (slash paths to text) into a temporary folder.
func deckDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// deckLessonText is a valid lesson whose one section holds body.
func deckLessonText(id, title, body string) string {
	return "---\nid: " + id + "\ntitle: " + title + "\norder: 1\nminutes: 5\nsummary: A lesson of my own.\n---\n\n## Only part\n\n" + body + "\n"
}

func TestLessonsWithContent(t *testing.T) {
	dir := deckDir(t, map[string]string{"lessons/01-mine.md": deckLessonText("mine", "My own lesson", "Text.\n\n```faultline nines 99.95\n```")})
	out, errOut, code := run(t, "lessons", "--content", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, "mine") || strings.Contains(out, "fallacies") {
		t.Errorf("the deck alone should list only its lesson:\n%s", out)
	}
	out, _, code = run(t, "lessons", "--content", dir, "--with-course", "-o", "json")
	if code != 0 || !strings.Contains(out, `"id": "mine"`) || !strings.Contains(out, `"id": "fallacies"`) {
		t.Errorf("exit %d; the deck beside the course should list both:\n%s", code, out)
	}
	out, errOut, code = run(t, "lesson", "mine", "--content", dir)
	if code != 0 || !strings.Contains(out, "My own lesson") || !strings.Contains(out, "21m 36s") {
		t.Errorf("lesson mine: exit %d, stderr %q:\n%s", code, errOut, out)
	}
}

func TestBadDeckExits2(t *testing.T) {
	dir := deckDir(t, map[string]string{
		"lessons/01-bad.md": "---\nid: Bad\ntitle: T\norder: 1\nminutes: 5\nsummary: S.\n---\n\n## A\n\n```faultline scenario tepid\n```\n",
	})
	file := filepath.Join(dir, "lessons", "01-bad.md")
	for _, args := range [][]string{
		{"lessons", "--content", dir},
		{"lesson", "bad", "--content", dir},
		{"export", "--content", dir},
	} {
		out, errOut, code := run(t, args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", args, code, out)
		}
		for _, want := range []string{file + `:2: id "Bad"`, "faultline: the content has", "FILE:LINE"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("%v: stderr lacks %q:\n%s", args, want, errOut)
			}
		}
	}
	dir = deckDir(t, map[string]string{"lessons/01-a.md": deckLessonText("a", "A", "```faultline scenario tepid\n```")})
	_, errOut, code := run(t, "lessons", "--content", dir)
	if code != 2 || !strings.Contains(errOut, filepath.Join(dir, "lessons", "01-a.md")+`:11: faultline scenario: unknown scenario "tepid"`) {
		t.Errorf("exit %d, stderr:\n%s", code, errOut)
	}
}

func TestContentFlagErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"lessons", "--content", missing}, missing + ": no such content folder"},
		{[]string{"lessons", "--with-course"}, "--with-course needs --content"},
		{[]string{"lessons", "--content", ""}, `invalid --content "": it is empty`},
		{[]string{"lesson", "intro", "--content", " "}, `invalid --content " ": it is empty`},
		{[]string{"export", "--content", ""}, `invalid --content "": it is empty`},
		{[]string{"quiz", "--list", "--content", ""}, `invalid --content "": it is empty`},
		{[]string{"lessons", "--content", deckDir(t, map[string]string{"README": "x"})}, "no lesson files"},
	}
	for _, tt := range tests {
		out, errOut, code := run(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

func TestCourseAndQuizTakeContent(t *testing.T) {
	dir := deckDir(t, map[string]string{
		"lessons/01-mine.md": deckLessonText("mine", "My own lesson", "Text."),
		"quizzes/mine.yaml": `- id: mine-1
  type: truefalse
  section: mine#only-part
  prompt: A deck of my own can carry questions.
  answer: true
  explanation: The quiz bank of a deck sits in its quizzes folder, next to its lessons. A deck without one simply has no quizzes.
`,
	})
	out, errOut, code := run(t, "quiz", "--list", "-o", "json", "--content", dir)
	if code != 0 || !strings.Contains(out, `"id": "mine-1"`) || strings.Contains(out, "fallacies-1") {
		t.Errorf("quiz --list --content: exit %d, stderr %q:\n%s", code, errOut, out)
	}
	bad := deckDir(t, map[string]string{"lessons/01-bad.md": "---\nid: bad\n---\n"})
	for _, args := range [][]string{{"--content", bad}, {"quiz", "--list", "--content", bad}} {
		out, errOut, code := run(t, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "01-bad.md") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2, nothing, the file named", args, code, out, errOut)
		}
	}
}
