package lessonlist_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"faultline/internal/coursetest"
	"faultline/internal/progress"
	"faultline/quiz"
	"faultline/tui/common"
	"faultline/tui/lessonlist"
	"faultline/tui/theme"
)

// TestLessonListShowsQuizScore checks that the lesson list shows each
// lesson's best finished quiz, and no score for answers alone (a quiz left
// early, embedded checks, review).
func TestLessonListShowsQuizScore(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	for i := 1; i <= 10; i++ {
		rec := quiz.Record{Box: 2, Seen: 1, Correct: 1}
		if i > 7 {
			rec = quiz.Record{Box: 1, Seen: 1}
		}
		ctx.Progress.SetRecord(fmt.Sprintf("fallacies-%d", i), rec)
		ctx.Progress.SetRecord(fmt.Sprintf("intro-%d", i), rec)
	}
	ctx.Progress.RecordAttempt("fallacies", quiz.Attempt{Correct: 7, Total: 10, Points: 7})
	ctx.Progress.RecordAttempt("fallacies", quiz.Attempt{Correct: 5, Total: 10, Points: 5})
	m := lessonlist.New(ctx)
	m.SetSize(100, 30)
	var fallacies, intro string
	for _, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		switch {
		case strings.Contains(line, "fallacies of distributed computing"):
			fallacies = line
		case strings.Contains(line, "What is a distributed system?"):
			intro = line
		}
	}
	if !strings.Contains(fallacies, "best 7/10") {
		t.Errorf("fallacies line %q lacks best 7/10", fallacies)
	}
	if intro == "" || strings.Contains(intro, "best") {
		t.Errorf("intro line %q: want a line without a quiz score", intro)
	}
}

// TestLessonListKeepsScoreOfLongTitle checks that at 80 columns a lesson
// whose title is too long to share its line with the quiz score and the
// sections read keeps both, its title shortened instead.
func TestLessonListKeepsScoreOfLongTitle(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	const lesson, title = "failures", "Service, failure and what goes wrong"
	ctx.Progress.RecordAttempt(lesson, quiz.Attempt{Correct: 11, Total: 13, Points: 11.5})
	m := lessonlist.New(ctx)
	m.SetSize(78, 40)
	var line string
	for _, l := range strings.Split(ansi.Strip(m.View()), "\n") {
		if strings.Contains(l, title) {
			line = l
		}
	}
	if !strings.Contains(line, "best 11/13") || !strings.Contains(line, "0/12") {
		t.Errorf("line %q lacks the quiz score or the sections read", line)
	}
	if w := ansi.StringWidth(line); w > 78 {
		t.Errorf("line is %d columns, want at most 78: %q", w, line)
	}
}

// TestLessonListShowsChallenges: a lesson that offers a scenario shows how
// many of its challenges the student has met; one without shows nothing.
func TestLessonListShowsChallenges(t *testing.T) {
	c, _ := coursetest.Course(t)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Progress: progress.NewState()}
	ctx.Progress.SolveChallenge("circuit-breaker", "cb-p99", time.Now())
	m := lessonlist.New(ctx)
	m.SetSize(120, 60)
	found := false
	for _, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		if strings.Contains(line, "Fault tolerance") || strings.Contains(line, "fault tolerance") {
			found = true
			if !strings.Contains(line, "challenges 1/") {
				t.Errorf("the fault-tolerance lesson does not count the met challenge: %q", line)
			}
		}
		if strings.Contains(line, "fallacies of distributed computing") && strings.Contains(line, "challenges") {
			t.Errorf("a lesson without a scenario shows challenges: %q", line)
		}
	}
	if !found {
		t.Fatalf("no fault-tolerance lesson in the list:\n%s", ansi.Strip(m.View()))
	}
}
