package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"faultline/internal/lecture/link"
)

// TestLectureBadInput checks that bad command lines exit 2 with one line
// naming the problem and nothing on stdout.
func TestLectureBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"unknown lesson", []string{"lecture", "fallacies", "nope"}, []string{`unknown lesson "nope"`, "valid lessons: intro, fallacies"}},
		{"two unknown lessons", []string{"lecture", "x", "y"}, []string{`unknown lessons "x", "y"`, "availability"}},
		{"bad duration", []string{"lecture", "--duration", "50"}, []string{`invalid --duration "50"`}},
		{"zero duration", []string{"lecture", "--duration", "0s"}, []string{`invalid --duration "0s"`, "positive"}},
		{"notes with lessons", []string{"lecture", "--notes", "fallacies"}, []string{"--notes", "no lessons"}},
		{"notes with duration", []string{"lecture", "--notes", "--duration", "5m"}, []string{"--notes"}},
		{"no terminal", []string{"lecture", "fallacies", "--duration", "45m"}, []string{"needs a terminal"}},
		{"notes without a terminal", []string{"lecture", "--notes"}, []string{"needs a terminal"}},
		{"unknown flag", []string{"lecture", "--slides"}, []string{"unknown flag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, tt.args...)
			if code != 2 || out != "" {
				t.Fatalf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("stderr should be one line: %q", errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}

// TestLectureAlreadyPresenting checks that a second presenter on the same
// socket says so and exits 2 before taking the terminal.
func TestLectureAlreadyPresenting(t *testing.T) {
	dir, err := os.MkdirTemp("", "fl")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	t.Setenv("XDG_RUNTIME_DIR", dir)
	path, err := link.DefaultSocketPath()
	if err != nil || path != filepath.Join(dir, "faultline", "lecture.sock") {
		t.Fatalf("socket path %q, %v", path, err)
	}
	srv, err := link.Listen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()

	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, environ: []string{"TERM=xterm-256color"}, isTerminal: true}
	if code := execute([]string{"lecture", "fallacies"}, e); code != 2 || out.Len() != 0 {
		t.Fatalf("exit %d, stdout %q", code, out.String())
	}
	if !strings.Contains(errOut.String(), "already presenting") || !strings.Contains(errOut.String(), "--notes") {
		t.Errorf("stderr %q", errOut.String())
	}
}

// TestLectureHelp lists the keys and the flags.
func TestLectureHelp(t *testing.T) {
	out, _, code := run(t, "lecture", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, w := range []string{"--duration", "--notes", "12 enter", "fallacies availability --duration 45m", "i (or tab, while no widget is in use)", "tab moves to the\nnext widget"} {
		if !strings.Contains(out, w) {
			t.Errorf("help lacks %q", w)
		}
	}
}

// TestLectureContent presents an instructor's own deck: its lessons are
// the valid ids, and a deck with problems exits 2 listing them.
func TestLectureContent(t *testing.T) {
	dir := deckDir(t, map[string]string{"lessons/01-mine.md": deckLessonText("mine", "My own lesson", "```faultline nines 99.95\n```")})

	_, errOut, code := run(t, "lecture", "mine", "--content", dir)
	if code != 2 || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("a good deck should load and then ask for a terminal: exit %d, %q", code, errOut)
	}
	_, errOut, code = run(t, "lecture", "fallacies", "--content", dir)
	if code != 2 || !strings.Contains(errOut, "valid lessons: mine") {
		t.Errorf("the deck alone has only its lessons: exit %d, %q", code, errOut)
	}
	_, errOut, code = run(t, "lecture", "fallacies", "mine", "--content", dir, "--with-course")
	if code != 2 || !strings.Contains(errOut, "needs a terminal") {
		t.Errorf("--with-course keeps the built-in lessons: exit %d, %q", code, errOut)
	}

	bad := deckDir(t, map[string]string{"lessons/01-a.md": deckLessonText("a", "A", "```faultline quiz nowhere-1\n```")})
	out, errOut, code := run(t, "lecture", "--content", bad)
	if code != 2 || out != "" || !strings.Contains(errOut, filepath.Join(bad, "lessons", "01-a.md")+":") || !strings.Contains(errOut, "the content has 1 problem") {
		t.Errorf("a bad deck: exit %d, stdout %q, stderr:\n%s", code, out, errOut)
	}

	_, errOut, code = run(t, "lecture", "--notes", "--content", dir)
	if code != 2 || !strings.Contains(errOut, "--notes") {
		t.Errorf("--notes with --content: exit %d, %q", code, errOut)
	}
}
