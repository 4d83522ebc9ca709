package app

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"faultline/lessons"
	"faultline/quiz"
	"faultline/tui/lessonlist"
)

// newLoadingModel returns a root model whose course is read by load, at
// 100×30, before the course arrives.
func newLoadingModel(t *testing.T, load Loader) *Model {
	t.Helper()
	ctx, _ := NewContext(Options{NoColor: true})
	m := New(ctx, Config{Load: load})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return m
}

// TestHomeDrawsBeforeTheCourseIsRead checks the first frame does not wait
// for the course: home is drawn while it is read, keys pressed meanwhile
// are handled once it is in place, in order, and the figures appear.
func TestHomeDrawsBeforeTheCourseIsRead(t *testing.T) {
	c, b := course(t), bank(t)
	calls := 0
	m := newLoadingModel(t, func() (*lessons.Course, *quiz.Bank, error) {
		calls++
		return c, b, nil
	})
	if calls != 0 {
		t.Fatal("the course was read before the first frame")
	}
	first := screen(m)
	for _, want := range []string{"Lessons", "Calculators", "Quizzes", "Scenarios", "Glossary"} {
		if !strings.Contains(first, want) {
			t.Errorf("first frame lacks %q:\n%s", want, first)
		}
	}
	// The student opens the lessons before the course is in.
	m.Update(keyMsg(entryKey(t, m, "Lessons")))
	if _, ok := m.Top().(*lessonlist.Model); ok {
		t.Fatal("a screen opened on a course not yet read")
	}
	send(t, m, m.loadCmd()())
	if calls != 1 {
		t.Fatalf("the course was read %d times, want once", calls)
	}
	if _, ok := m.Top().(*lessonlist.Model); !ok {
		t.Fatalf("the key pressed while loading was lost; top is %T", m.Top())
	}
	send(t, m, keyMsg("esc"))
	home := screen(m)
	for _, want := range []string{c.Lessons[0].Title, "questions", "terms"} {
		if !strings.Contains(home, want) {
			t.Errorf("home lacks %q once the course is read:\n%s", want, home)
		}
	}
}

// TestCourseThatCannotBeReadStopsTheTUI checks a failed read ends the
// program with the error instead of showing an empty course.
func TestCourseThatCannotBeReadStopsTheTUI(t *testing.T) {
	bad := errors.New("lessons/01-x.md:1: broken")
	m := newLoadingModel(t, func() (*lessons.Course, *quiz.Bank, error) { return nil, nil, bad })
	cmd := m.loaded(loadedMsg{err: bad})
	if cmd == nil {
		t.Fatal("no command after a failed read")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("a failed read should quit")
	}
	if !errors.Is(m.Err(), bad) {
		t.Errorf("Err() = %v, want %v", m.Err(), bad)
	}
}
