package coursemap

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/internal/teatesting"
	"faultline/tui/theme"
)

// at is the fixture's clock: a day and an hour after the answers below.
var at = time.Date(2025, 3, 11, 10, 0, 0, 0, time.UTC)

// fixture is the first lesson read through, the second half read, two of
// the first lesson's questions answered (one missed, now due) and its quiz
// taken.
func fixture(t *testing.T) *common.Context {
	t.Helper()
	c, b := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Bank: b, Progress: progress.NewState()}
	then := at.Add(-25 * time.Hour)
	first, second := c.Lessons[0], c.Lessons[1]
	for i, s := range first.Sections {
		ctx.Progress.MarkRead(first.ID, s.ID, i, len(first.Sections), then)
	}
	for i, s := range second.Sections[:2] {
		ctx.Progress.MarkRead(second.ID, s.ID, i, len(second.Sections), then)
	}
	qs := b.ByLesson(first.ID)
	ctx.Progress.SetRecord(qs[0].ID, quiz.Schedule(quiz.Record{}, false, then))
	ctx.Progress.SetRecord(qs[1].ID, quiz.Schedule(quiz.Record{}, true, then))
	ctx.Progress.RecordAttempt(first.ID, quiz.Attempt{Correct: 7, Total: 9, Points: 7, When: then})
	return ctx
}

func clock() time.Time { return at }

// TestGolden draws the course map at 80×24 (the root's chrome leaves it
// 78×21) without styling.
func TestGolden(t *testing.T) {
	m := New(fixture(t), clock)
	m.SetSize(78, 21)
	golden.RequireEqual(t, []byte(ansi.Strip(m.View())))
}

// TestFitsEverySize: at the smallest and a large size every line fits,
// the cursor's lesson is in sight, and the reset question is shown whole.
func TestFitsEverySize(t *testing.T) {
	for _, size := range [][2]int{{38, 9}, {78, 21}, {198, 57}} {
		m := New(fixture(t), clock)
		m.SetSize(size[0], size[1])
		for _, keys := range [][]string{nil, {"G"}, {"R"}} {
			for _, k := range keys {
				m.Update(teatesting.Key(k))
			}
			v := ansi.Strip(m.View())
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%v after %v: %d lines", size, keys, len(lines))
			}
			for _, l := range lines {
				if lipgloss.Width(l) > size[0] {
					t.Errorf("%v after %v: line %q is %d wide", size, keys, l, lipgloss.Width(l))
				}
			}
			cur := m.ctx.Course.Lessons[m.cursor]
			if !strings.Contains(v, "› ") {
				t.Errorf("%v after %v: the cursor (%s) is out of sight:\n%s", size, keys, cur.Title, v)
			}
			if m.Confirming() && !strings.Contains(strings.Join(strings.Fields(v), " "), "y resets, n keeps it") {
				t.Errorf("%v: the reset question is cut:\n%s", size, v)
			}
		}
	}
}

// TestNextStepIsContinue: the suggested step is Continue's, and enter on
// its lesson opens that very section.
func TestNextStepIsContinue(t *testing.T) {
	ctx := fixture(t)
	id, section, ok := ctx.Progress.Continue(ctx.Course)
	if !ok {
		t.Fatal("the fixture has no next step")
	}
	m := New(ctx, clock)
	m.SetSize(78, 21)
	l, _ := ctx.Course.Lesson(id)
	if v := strings.Join(strings.Fields(ansi.Strip(m.View())), " "); !strings.Contains(v, l.Sections[section].Title) {
		t.Errorf("the map does not name the next section %q:\n%s", l.Sections[section].Title, v)
	}
	msgs := teatesting.Run(t, m.Update(teatesting.Key("enter")))
	if len(msgs) != 1 || msgs[0] != (common.OpenLessonMsg{Lesson: id, Section: section}) {
		t.Errorf("enter sent %v, want the next step %s §%d", msgs, id, section)
	}
	m.Update(teatesting.Key("k"))
	first := ctx.Course.Lessons[0].ID
	msgs = teatesting.Run(t, m.Update(teatesting.Key("enter")))
	if len(msgs) != 1 || msgs[0] != (common.OpenLessonMsg{Lesson: first, Section: -1}) {
		t.Errorf("enter on the first lesson sent %v, want it resumed", msgs)
	}
}

// TestFreshStartSuggestsTheFirstLesson: with nothing read the next step
// is the first lesson.
func TestFreshStartSuggestsTheFirstLesson(t *testing.T) {
	ctx := fixture(t)
	ctx.Progress = progress.NewState()
	m := New(ctx, clock)
	m.SetSize(78, 21)
	if v := strings.Join(strings.Fields(ansi.Strip(m.View())), " "); !strings.Contains(v, "Next: start with "+ctx.Course.Lessons[0].Title) {
		t.Errorf("fresh map:\n%s", v)
	}
}

// TestResetAsksAndKeepsABackup: R asks; n keeps everything; y resets the
// saved file, keeps a backup and names it, and hands the root the fresh
// state.
func TestResetAsksAndKeepsABackup(t *testing.T) {
	ctx := fixture(t)
	path := filepath.Join(t.TempDir(), progress.FileName)
	ctx.Store = progress.Open(path)
	saved := ctx.Progress
	if _, err := ctx.Store.Update(func(st *progress.State) { *st = saved }); err != nil {
		t.Fatal(err)
	}
	m := New(ctx, clock)
	m.SetSize(78, 21)
	m.Update(teatesting.Key("R"))
	if !m.Confirming() {
		t.Fatal("R did not ask")
	}
	if msgs := teatesting.Run(t, m.Update(teatesting.Key("n"))); len(msgs) != 0 || m.Confirming() {
		t.Fatalf("n sent %v, confirming %v", msgs, m.Confirming())
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Nothing was reset.") {
		t.Errorf("after n:\n%s", v)
	}
	m.Update(teatesting.Key("R"))
	msgs := teatesting.Run(t, m.Update(teatesting.Key("y")))
	if len(msgs) != 1 {
		t.Fatalf("y sent %v, want the reset's result", msgs)
	}
	msgs = teatesting.Run(t, m.Update(msgs[0]))
	if len(msgs) != 1 {
		t.Fatalf("y sent %v, want the fresh state for the root", msgs)
	}
	if s, ok := msgs[0].(common.ProgressSavedMsg); !ok || s.Err != nil || len(s.State.Lessons) != 0 {
		t.Errorf("y sent %#v, want an empty saved state", msgs[0])
	}
	backups, _ := filepath.Glob(path + ".backup-*")
	if len(backups) != 1 {
		t.Fatalf("backups %v, want one", backups)
	}
	if v := strings.Join(strings.Fields(ansi.Strip(m.View())), ""); !strings.Contains(v, "keptin"+backups[0]) {
		t.Errorf("the map does not name the backup %s:\n%s", backups[0], v)
	}
	old, err := os.ReadFile(backups[0])
	if err != nil || !strings.Contains(string(old), ctx.Course.Lessons[0].ID) {
		t.Errorf("the backup lacks the old progress: %v\n%s", err, old)
	}
	if st, _, _ := ctx.Store.Load(); len(st.Lessons) != 0 {
		t.Errorf("saved progress after the reset: %+v", st.Lessons)
	}
}

// TestHelpListsEveryKey: every key the map answers to, in both of its
// states, is in its help.
func TestHelpListsEveryKey(t *testing.T) {
	ctx := fixture(t)
	for _, state := range []struct {
		name string
		keys []string
	}{{"course map", nil}, {"course map asking to reset", []string{"R"}}} {
		teatesting.CheckHelp(t, state.name, func() teatesting.Subject {
			m := New(ctx, clock)
			m.SetSize(78, 21)
			for _, k := range state.keys {
				m.Update(teatesting.Key(k))
			}
			return teatesting.Subject{Update: m.Update, View: m.View, Help: m}
		}, teatesting.Global)
	}
}
