package lessons_test

import (
	"testing"
)

// TestSanitizeAppliedAtLoad checks that escape sequences are removed whole,
// parameters and all, from every loaded field.
func TestSanitizeAppliedAtLoad(t *testing.T) {
	fsys := mapFS(map[string]string{
		"lessons/01-a.md": "---\nid: a\ntitle: \"Red \\e[31mtitle \\e]0;owned\\a\"\norder: 1\nminutes: 3\nsummary: Bell\a here.\n---\r\nIntro\x1b[2J text.\r\n\r\n## One\r\n\r\nBody\x9b text.\r\n???\r\nNotes\x07.\r\n",
		"glossary.yaml":   "- term: \"Fau\\x1b[0mlt\"\n  lesson: a#one\n  definition: \"Cause\\u009b1m of errors.\"\n",
	})
	c := mustLoad(t, fsys)
	l := c.Lessons[0]
	checks := []struct{ field, got, want string }{
		{"title", l.Title, "Red title"},
		{"summary", l.Summary, "Bell here."},
		{"intro", l.Intro, "Intro text."},
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
