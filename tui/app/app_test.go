package app

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/tui/common"
	"faultline/tui/glossary"
	"faultline/tui/lessondone"
	"faultline/tui/quizscreen"
	"faultline/tui/reader"
)

func TestGolden(t *testing.T) {
	t.Run("home", func(t *testing.T) {
		golden.RequireEqual(t, screen(newTestModel(t, 100, 30, "")))
	})
	t.Run("lesson list", func(t *testing.T) {
		m := newTestModel(t, 100, 30, "")
		keys(t, m, "enter")
		golden.RequireEqual(t, screen(m))
	})
	t.Run("lesson page", func(t *testing.T) {
		m := newTestModel(t, 100, 30, "")
		keys(t, m, "enter", "j", "enter", "l")
		golden.RequireEqual(t, screen(m))
	})
	t.Run("course map", func(t *testing.T) {
		m := newTestModel(t, 80, 24, "")
		keys(t, m, "enter", "enter", "l", "l", "ctrl+g")
		golden.RequireEqual(t, screen(m))
	})
	t.Run("filtered glossary", func(t *testing.T) {
		m := newTestModel(t, 100, 30, "")
		keys(t, m, entryKey(t, m, "Glossary"), "/", "m", "t", "t", "r")
		golden.RequireEqual(t, screen(m))
	})
}

func TestEveryViewFitsTheWindow(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {100, 30}, {200, 60}, {40, 10}, {39, 9}, {1, 1}} {
		m := newTestModel(t, size[0], size[1], "")
		g := entryKey(t, m, "Glossary")
		for _, path := range [][]string{{}, {"enter"}, {"enter", "enter"}, {g}, {g, "/", "x"}, {"?"}} {
			keys(t, m, path...)
			view := screen(m)
			if h := lipgloss.Height(view); h > size[1] {
				t.Errorf("%dx%d after %v: view is %d lines high", size[0], size[1], path, h)
			}
			for _, line := range strings.Split(view, "\n") {
				if w := lipgloss.Width(line); w > size[0] {
					t.Errorf("%dx%d after %v: line %d wide: %q", size[0], size[1], path, w, line)
				}
			}
			for len(m.stack) > 1 {
				keys(t, m, "esc")
			}
		}
	}
}

func TestTooSmallSaysWhatItNeeds(t *testing.T) {
	m := newTestModel(t, 30, 8, "")
	if got := screen(m); !strings.Contains(got, "40×10") {
		t.Errorf("a 30×8 window should say faultline needs 40×10, got %q", got)
	}
}

func TestReadLessonToEndAndResume(t *testing.T) {
	dir := t.TempDir()
	m := newTestModel(t, 80, 24, dir)
	keys(t, m, "enter", "j", "enter") // the fallacies lesson
	r, ok := m.Top().(*reader.Model)
	if !ok || r.Lesson().ID != "fallacies" {
		t.Fatalf("top screen is %T, want the reader on fallacies", m.Top())
	}
	n := len(r.Lesson().Sections)
	for range n - 1 {
		keys(t, m, "right")
	}
	if r.Section() != n-1 {
		t.Fatalf("after paging, section = %d, want the last (%d)", r.Section(), n-1)
	}
	if read, done := m.ctx.Progress.LessonSummary("fallacies"); read != n || !done {
		t.Errorf("progress = %d read, completed %v; want %d and true", read, done, n)
	}
	keys(t, m, "right") // on the last section, → finishes the lesson
	if _, ok := m.Top().(*lessondone.Model); !ok {
		t.Fatalf("→ on the last section opened %T, want the lesson-complete screen", m.Top())
	}
	keys(t, m, "esc", "left", "left", "q")

	// Reopen: the lesson is read, so Continue leads to the next one, and
	// opening the finished lesson from the list resumes where it was left.
	again := newTestModel(t, 80, 24, dir)
	if !strings.Contains(screen(again), "Continue: Designing a distributed system") {
		t.Fatalf("home does not offer to continue with the next lesson:\n%s", screen(again))
	}
	keys(t, again, "enter")
	r2, ok := again.Top().(*reader.Model)
	if !ok || r2.Lesson().ID != "designing" || r2.Section() != 0 {
		t.Fatalf("Continue opened %T, want the next lesson at its first section", again.Top())
	}
	keys(t, again, "esc")
	openLesson(t, again, "fallacies", -1)
	if r3 := again.Top().(*reader.Model); r3.Section() != n-3 {
		t.Fatalf("resumed at %v, want section %d", r3.Section(), n-3)
	}
}

func TestGlossaryJumpsToDefiningSection(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	keys(t, m, entryKey(t, m, "Glossary"), "/", "m", "t", "t", "r", "enter")
	g := m.Top().(*glossary.Model)
	if len(g.Terms()) == 0 || g.Terms()[0].Term != "MTTR" {
		t.Fatalf("filter mttr: first term = %v", g.Terms())
	}
	keys(t, m, "enter")
	r, ok := m.Top().(*reader.Model)
	if !ok {
		t.Fatalf("enter on a term opened %T, want the reader", m.Top())
	}
	lesson, idx, _ := m.ctx.Course.Resolve(g.Terms()[0].Lesson)
	if r.Lesson().ID != lesson.ID || r.Section() != idx {
		t.Errorf("opened %s §%d, want %s §%d", r.Lesson().ID, r.Section(), lesson.ID, idx)
	}
}

func TestQAndEscape(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	keys(t, m, entryKey(t, m, "Glossary"), "/", "q")
	g := m.Top().(*glossary.Model)
	if !g.Capturing() {
		t.Fatal("q while filtering should type, not quit")
	}
	keys(t, m, "esc", "esc")
	if len(m.stack) != 1 {
		t.Errorf("esc twice should return home; stack has %d screens", len(m.stack))
	}
}

func TestHelpToggles(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	short := screen(m)
	keys(t, m, "?")
	if full := screen(m); full == short || !strings.Contains(full, "ctrl+c") {
		t.Errorf("? should show the full help with ctrl+c")
	}
}

// openLesson opens lesson id at section index through the root.
func openLesson(tb testing.TB, m *Model, id string, index int) {
	send(tb, m, common.OpenLessonMsg{Lesson: id, Section: index})
}

func TestLiveBlocksOpenWithTheLessonsValues(t *testing.T) {
	tests := []struct {
		lesson, section string
		pick            string // the number typed when a section has several blocks
		want            string // what the opened screen shows
	}{
		{"availability", "the-nines", "1", "99.99999%"},
		{"failover", "hot-standby", "1", "hot standby"},
		{"fallacies", "latency-is-zero", "", "40 database queries"},
		{"fault-tolerance", "three-states-and-their-transitions", "1", "breaker"},
	}
	for _, tt := range tests {
		t.Run(tt.lesson+"#"+tt.section, func(t *testing.T) {
			m := newTestModel(t, 100, 30, "")
			_, idx, ok := m.ctx.Course.Resolve(tt.lesson + "#" + tt.section)
			if !ok {
				t.Fatalf("no section %s#%s", tt.lesson, tt.section)
			}
			openLesson(t, m, tt.lesson, idx)
			depth := len(m.stack)
			keys(t, m, "enter")
			if tt.pick != "" {
				keys(t, m, tt.pick)
			}
			if len(m.stack) != depth+1 {
				t.Fatalf("enter did not open the live block; top is %T", m.Top())
			}
			if got := screen(m); !strings.Contains(strings.ToLower(got), strings.ToLower(tt.want)) {
				t.Errorf("opened screen lacks %q:\n%s", tt.want, got)
			}
			keys(t, m, "esc")
			if _, ok := m.Top().(*reader.Model); !ok {
				t.Errorf("esc should return to the reader, top is %T", m.Top())
			}
		})
	}
}

func TestSeveralLiveBlocksAsWhichToOpen(t *testing.T) {
	m := newTestModel(t, 100, 30, "")
	l, _ := m.ctx.Course.Lesson("availability")
	idx := -1
	for i, s := range l.Sections {
		n := 0
		for _, b := range s.Blocks() {
			if common.Interactive(b) {
				n++
			}
		}
		if n > 1 {
			idx = i
			break
		}
	}
	if idx < 0 {
		t.Skip("no section of the availability lesson has several live blocks")
	}
	openLesson(t, m, "availability", idx)
	keys(t, m, "enter")
	r := m.Top().(*reader.Model)
	if !r.Picking() || !strings.Contains(screen(m), "Open which one live?") {
		t.Fatalf("enter on a section with several blocks should ask which:\n%s", screen(m))
	}
	for _, b := range l.Sections[idx].Blocks() {
		if d := b.Describe(); common.Interactive(b) && !strings.Contains(screen(m), d[:min(len(d), 40)]) {
			t.Errorf("the choice should name %q as a student reads it:\n%s", d, screen(m))
		}
	}
	keys(t, m, "2")
	if _, ok := m.Top().(*reader.Model); ok {
		t.Fatal("typing 2 should open the second block")
	}
}

func TestContinueFollowsTheStudentInTheSameSession(t *testing.T) {
	m := newTestModel(t, 100, 30, t.TempDir())
	openLesson(t, m, "failover", 0)
	keys(t, m, "right", "right", "esc")
	if got := screen(m); !strings.Contains(got, "Continue: Failover strategies") || !strings.Contains(got, "section 4 of") {
		t.Errorf("home should offer to continue at section 4 of the failover lesson, the next unread:\n%s", got)
	}
}

// TestGlossaryVisitLeavesContinue checks that a lesson opened from the
// glossary marks nothing read and does not move Continue.
func TestGlossaryVisitLeavesContinue(t *testing.T) {
	m := newTestModel(t, 100, 30, t.TempDir())
	openLesson(t, m, "failover", 0)
	keys(t, m, "right", "esc")
	before := m.ctx.Progress.Last
	keys(t, m, entryKey(t, m, "Glossary"), "/", "m", "t", "t", "r", "enter", "enter")
	r, ok := m.Top().(*reader.Model)
	if !ok || r.Lesson().ID == "failover" {
		t.Fatalf("the glossary opened %T, want the reader on another lesson", m.Top())
	}
	keys(t, m, "right", "right")
	if read, _ := m.ctx.Progress.LessonSummary(r.Lesson().ID); read != 0 {
		t.Errorf("a glossary visit marked %d sections of %s read", read, r.Lesson().ID)
	}
	if m.ctx.Progress.Last != before {
		t.Errorf("a glossary visit moved the place last read from %+v to %+v", before, m.ctx.Progress.Last)
	}
	keys(t, m, "esc", "esc", "esc") // the reader, the glossary's filter, the glossary
	if got := screen(m); !strings.Contains(got, "Continue: Failover strategies") || !strings.Contains(got, "section 3 of") {
		t.Errorf("after a glossary visit, home should still continue the failover lesson at section 3:\n%s", got)
	}
	if got := screen(m); !strings.Contains(got, "0 of 13 lessons") {
		t.Errorf("home lacks the standing line:\n%s", got)
	}
}

// TestLessonCompleteLeadsOn reads a lesson to its end with space, takes the
// quiz from the lesson-complete screen, comes back, and goes on to the next
// lesson, which takes the place of the finished one.
func TestLessonCompleteLeadsOn(t *testing.T) {
	m := newTestModel(t, 80, 24, t.TempDir())
	keys(t, m, "enter", "j", "enter") // the fallacies lesson
	depth := len(m.stack)
	r := m.Top().(*reader.Model)
	for range 200 {
		if _, done := m.Top().(*lessondone.Model); done {
			break
		}
		keys(t, m, "space")
	}
	if _, ok := m.Top().(*lessondone.Model); !ok {
		t.Fatalf("space through the lesson ended on %T, want the lesson-complete screen", m.Top())
	}
	if !strings.Contains(screen(m), "Take this lesson's quiz") {
		t.Errorf("the lesson-complete screen lacks its choices:\n%s", screen(m))
	}
	keys(t, m, "1")
	if _, ok := m.Top().(*quizscreen.Model); !ok {
		t.Fatalf("1 opened %T, want the quiz", m.Top())
	}
	keys(t, m, "esc", "3")
	r2, ok := m.Top().(*reader.Model)
	if !ok || r2 == r || r2.Lesson().ID != "designing" || len(m.stack) != depth {
		t.Fatalf("3 opened %T with %d screens open, want the next lesson's reader in place of the finished one (%d)", m.Top(), len(m.stack), depth)
	}
}
