package progress

import (
	"testing"
	"time"

	"faultline/lessons"
)

// course is three lessons of two sections each.
func threeLessons() *lessons.Course {
	mk := func(id string) lessons.Lesson {
		return lessons.Lesson{ID: id, Sections: []lessons.Section{{ID: id + "-a"}, {ID: id + "-b"}}}
	}
	return &lessons.Course{Lessons: []lessons.Lesson{mk("one"), mk("two"), mk("three")}}
}

func TestContinueLeadsToTheNextUnreadSection(t *testing.T) {
	c := threeLessons()
	at := time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC)
	st := NewState()
	if _, _, ok := st.Continue(c); ok {
		t.Fatal("nothing read, yet Continue leads somewhere")
	}
	// Read the second section of one first: the first is still unread.
	st.MarkRead("one", "one-b", 1, 2, at)
	if l, i, ok := st.Continue(c); !ok || l != "one" || i != 0 {
		t.Errorf("Continue = %s %d %v, want one's unread first section", l, i, ok)
	}
	st.MarkRead("one", "one-a", 0, 2, at)
	if l, i, ok := st.Continue(c); !ok || l != "two" || i != 0 {
		t.Errorf("lesson one read: Continue = %s %d %v, want two 0", l, i, ok)
	}
	// Lesson two already completed earlier: Continue skips it.
	st.MarkRead("two", "two-a", 0, 2, at)
	st.MarkRead("two", "two-b", 1, 2, at)
	st.Last = Position{Lesson: "one", Section: 1}
	if l, i, ok := st.Continue(c); !ok || l != "three" || i != 0 {
		t.Errorf("Continue = %s %d %v, want three 0", l, i, ok)
	}
	if done, total := st.Standing(c); done != 2 || total != 3 {
		t.Errorf("Standing = %d of %d, want 2 of 3", done, total)
	}
}
