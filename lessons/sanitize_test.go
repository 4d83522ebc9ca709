package lessons_test

import (
	"testing"

	"faultline/lessons"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text kept", "Fault → error → failure", "Fault → error → failure"},
		{"newline and tab kept", "a\n\tb\n", "a\n\tb\n"},
		{"escape sequence loses ESC", "\x1b[31mred\x1b[0m", "[31mred[0m"},
		{"OSC title change", "\x1b]0;pwned\x07ok", "]0;pwnedok"},
		{"carriage return dropped", "line\r\nnext", "line\nnext"},
		{"bell and backspace dropped", "a\x07b\x08c", "abc"},
		{"NUL dropped", "a\x00b", "ab"},
		{"DEL dropped", "a\x7fb", "ab"},
		{"C1 CSI dropped", "a\u009b31mb", "a31mb"},
		{"C1 range ends", "\u0080x\u009f", "x"},
		{"raw C1 byte is invalid UTF-8", "a\x9bb", "a\uFFFDb"},
		{"invalid UTF-8 replaced", "a\xffb", "a\uFFFDb"},
		{"non-breaking space kept", "a\u00a0b", "a\u00a0b"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lessons.Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeAppliedAtLoad(t *testing.T) {
	fsys := mapFS(map[string]string{
		"lessons/01-a.md": "---\nid: a\ntitle: \"Red \\e[31mtitle\"\norder: 1\nminutes: 3\nsummary: Bell\a here.\n---\r\nIntro\x1b[2J text.\r\n\r\n## One\r\n\r\nBody\x9b text.\r\n???\r\nNotes\x07.\r\n",
		"glossary.yaml":   "- term: \"Fau\\x1blt\"\n  lesson: a#one\n  definition: \"Cause\\u009b of errors.\"\n",
	})
	c := mustLoad(t, fsys)
	l := c.Lessons[0]
	checks := []struct{ field, got, want string }{
		{"title", l.Title, "Red [31mtitle"},
		{"summary", l.Summary, "Bell here."},
		{"intro", l.Intro, "Intro[2J text."},
		{"body", l.Sections[0].Body, "Body\uFFFD text."},
		{"notes", l.Sections[0].Notes, "Notes."},
		{"term", c.Glossary[0].Term, "Fault"},
		{"definition", c.Glossary[0].Definition, "Cause of errors."},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %q, want %q", ch.field, ch.got, ch.want)
		}
	}
}
