package content_test

import (
	"testing"

	"faultline/internal/content"
	"faultline/lessons"
)

// Minimum in-lesson checks (quiz blocks) of the built-in course: retrieval
// practice while reading, not only in a quiz at the end.
const (
	minChecksPerLesson = 3
	minChecksInCourse  = 60
)

// TestBuiltinLessonsHaveChecks counts the questions asked inside the
// built-in lessons: at least three a lesson and sixty in all, each naming a
// question the bank has, from the lesson's own bank file, and none asked
// twice.
func TestBuiltinLessonsHaveChecks(t *testing.T) {
	c, b, err := content.Builtin()
	if err != nil {
		t.Fatalf("the built-in course does not load:\n%v", err)
	}
	total := 0
	seen := map[string]string{}
	for _, l := range c.Lessons {
		n := 0
		for _, s := range l.Sections {
			for _, blk := range s.Blocks() {
				if blk.Kind != lessons.KindQuiz {
					continue
				}
				n++
				if len(blk.Args) != 1 {
					t.Errorf("%s:%d: a check names one question, got %q", l.File, blk.Line, blk.Args)
					continue
				}
				id := blk.Args[0]
				q, ok := b.ByID(id)
				if !ok {
					t.Errorf("%s:%d: check %q is not in the bank", l.File, blk.Line, id)
					continue
				}
				if q.Lesson != l.ID {
					t.Errorf("%s:%d: check %q belongs to lesson %q, not %q", l.File, blk.Line, id, q.Lesson, l.ID)
				}
				if prev, dup := seen[id]; dup {
					t.Errorf("%s:%d: check %q is already asked in %s", l.File, blk.Line, id, prev)
				}
				seen[id] = l.ID + "#" + s.ID
			}
		}
		if n < minChecksPerLesson {
			t.Errorf("lesson %s has %d checks, want at least %d", l.ID, n, minChecksPerLesson)
		}
		total += n
	}
	if total < minChecksInCourse {
		t.Errorf("the course has %d checks, want at least %d", total, minChecksInCourse)
	}
}
