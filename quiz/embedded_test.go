package quiz_test

import (
	"io/fs"
	"path"
	"strings"
	"testing"

	"faultline/assets"
	"faultline/lessons"
	"faultline/quiz"
)

// Targets for the built-in bank.
const (
	minPerLesson = 8
	minTotal     = 120
)

func TestEmbeddedBank(t *testing.T) {
	c, err := lessons.Load(assets.FS)
	if err != nil {
		t.Fatalf("the built-in course does not load:\n%v", err)
	}
	b, err := quiz.Load(assets.FS, c)
	if err != nil {
		t.Fatalf("the built-in bank does not load:\n%v", err)
	}
	files, err := fs.Glob(assets.FS, quiz.BankGlob)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, f := range files {
		id := strings.TrimSuffix(path.Base(f), ".yaml")
		have[id] = true
		if n := len(b.ByLesson(id)); n < minPerLesson {
			t.Errorf("lesson %s has %d questions, want at least %d", id, n, minPerLesson)
		}
	}
	for _, q := range b.Questions {
		if q.Type == quiz.NumericType && q.Numeric == nil {
			t.Errorf("%s: numeric question without a computed answer", q.ID)
		}
	}
	var missing []string
	for _, id := range c.IDs() {
		if !have[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		t.Skipf("banks not written yet for %s; the totals are checked once every lesson has one", strings.Join(missing, ", "))
	}
	if len(b.Questions) < minTotal {
		t.Errorf("the bank has %d questions, want at least %d", len(b.Questions), minTotal)
	}
	types := map[quiz.Type]int{}
	for _, q := range b.Questions {
		types[q.Type]++
	}
	for _, ty := range quiz.Types {
		if types[ty] == 0 {
			t.Errorf("no %s question in the bank", ty)
		}
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	c, err := lessons.Load(assets.FS)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := quiz.Load(assets.FS, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGradeNumeric(b *testing.B) {
	q := question(b, "alpha-4")
	b.ReportAllocs()
	for b.Loop() {
		quiz.Grade(q, quiz.TextResponse("21m36s"))
	}
}
