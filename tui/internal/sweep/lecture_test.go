package sweep

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
	"faultline/tui/internal/teatesting"
	"faultline/tui/presenter"
	"faultline/tui/student"
	"faultline/tui/theme"
)

// roomNeeds is what the lecture and the student's screen say below their
// minimum: the size they need.
var roomNeeds = regexp.MustCompile(`(at least|need) \d+×\d+`)

// lecture is a presenter over the whole course serving a classroom, and
// one student following it.
type lecture struct {
	tb      testing.TB
	p       *presenter.Presenter
	hub     *classroom.Hub
	s       *student.Student
	pending chan tea.Msg // the student's wait for its next frame
}

// newLecture starts the lecture at win with no student yet.
func newLecture(tb testing.TB, win size) *lecture {
	tb.Helper()
	c, bank := coursetest.Course(tb)
	deck := coursetest.Deck(tb)
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P", MaxStudents: 4})
	tb.Cleanup(hub.Close)
	ctx := &common.Context{Styles: theme.New(true), Course: c, Bank: bank}
	p := presenter.New(ctx, presenter.Options{Deck: deck, Bank: bank, Now: fixedNow,
		Classroom: &presenter.Classroom{Hub: hub, Connect: "ssh -p 2222 10.0.0.5",
			Fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"}})
	p.Update(tea.WindowSizeMsg{Width: win.w, Height: win.h})
	return &lecture{tb: tb, p: p, hub: hub}
}

// keys presses each named key on the presenter. Their commands are left
// unrun: they are the clock's ticks, which would hold each key a second.
func (l *lecture) keys(names ...string) {
	for _, k := range teatesting.Keys(names...) {
		l.p.Update(k)
	}
}

// slide jumps the presenter to slide n (0-based) as a presenter would: its
// number, then enter.
func (l *lecture) slide(n int) {
	l.tb.Helper()
	l.keys(append(strings.Split(strconv.Itoa(n+1), ""), "enter")...)
}

// join opens a student's session at win, past the name prompt when named.
func (l *lecture) join(win size, name string, named bool) {
	l.tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	l.tb.Cleanup(cancel)
	l.s = student.NewStudent(ctx, l.hub, slideview.NewSlideRenderer(coursetest.Deck(l.tb)), "127.0.0.1:9")
	l.s.Init() // focuses the name prompt; its commands wait for the session's end
	l.s.Update(tea.WindowSizeMsg{Width: win.w, Height: win.h})
	for _, r := range name {
		l.s.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if named {
		_, cmd := l.s.Update(teatesting.Key("enter"))
		l.wait(cmd)
	}
}

// wait runs the student's wait for a frame in the background.
func (l *lecture) wait(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	l.pending = make(chan tea.Msg, 1)
	ch := l.pending
	go func() { ch <- cmd() }()
}

// follow hands the student the presenter's frames until it shows slide n.
func (l *lecture) follow(n int) {
	l.tb.Helper()
	for {
		if f, ok := l.s.Frame(); ok && f.State.Slide == n {
			return
		}
		select {
		case msg := <-l.pending:
			_, cmd := l.s.Update(msg)
			l.wait(cmd)
		case <-time.After(5 * time.Second):
			l.tb.Fatalf("the student got no frame of slide %d from the presenter", n+1)
		}
	}
}

// lectureState is a state of the lecture to draw at every size.
type lectureState struct {
	name  string
	drive func(l *lecture)
}

// sweepLecture draws the presenter in each state at every size, resizing
// one presenter, and checks each frame.
func sweepLecture(t *testing.T, min size, states []lectureState, draw func(l *lecture, win size) string) {
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			wins := sizes(min)
			widest := wins[len(wins)-1]
			wins = append([]size{widest}, wins[:len(wins)-1]...)
			l := newLecture(t, widest)
			st.drive(l)
			var (
				found findings
				wide  string
			)
			for _, win := range wins {
				content := draw(l, win)
				if win == widest {
					wide = ansi.Strip(content)
				}
				f := frame{win: win, content: content}
				for _, p := range f.problems() {
					found.add(p, win)
				}
				plain := ansi.Strip(content)
				if win.w < min.w || win.h < min.h {
					if !roomNeeds.MatchString(strings.Join(strings.Fields(plain), " ")) {
						found.add(fmt.Sprintf("below %s the screen does not say what it needs:\n%s", min, plain), win)
					}
					continue
				}
				for _, cut := range cutWords(plain, wide) {
					found.add(cut, win)
				}
			}
			found.drop(t, known)
			found.report(t)
		})
	}
}

// known are findings the sweep logs instead of failing on,
// by the cut text, each with why it is left for now. Every entry is a
// fault to fix; the list only shrinks.
var known = map[string]string{}

// presenterFrame resizes the presenter and draws it.
func presenterFrame(l *lecture, win size) string {
	l.p.Update(tea.WindowSizeMsg{Width: win.w, Height: win.h})
	return l.p.Content()
}

// TestSweepLecture draws every third slide of the course and every slide
// with a widget, each widget in use, the index, the help, the join screen and the question to quit, at
// every size.
func TestSweepLecture(t *testing.T) {
	t.Parallel()
	deck := coursetest.Deck(t)
	var states []lectureState
	for n, s := range deck.Slides {
		if n%3 == 0 || len(s.Blocks()) > 0 {
			states = append(states, lectureState{fmt.Sprintf("slide/%d", n+1), func(l *lecture) { l.slide(n) }})
		}
		if len(s.Blocks()) > 0 {
			states = append(states, lectureState{fmt.Sprintf("slide/%d/widget", n+1), func(l *lecture) { l.slide(n); l.keys("enter") }})
		}
	}
	for _, o := range []struct{ name, key string }{{"index", "i"}, {"help", "?"}, {"join", "j"}, {"quit", "q"}, {"jump", "1"}} {
		states = append(states, lectureState{o.name, func(l *lecture) { l.slide(len(deck.Slides) / 2); l.keys(o.key) }})
	}
	sweepLecture(t, size{presenter.MinWidth, presenter.MinHeight}, states, presenterFrame)
}

// studentMin is the student's smallest window.
var studentMin = size{40, 10}

// TestSweepStudent draws the student's screen: the name prompt, blank and
// with a long name typed, and following the presenter on every eighth
// slide and every slide with a question, at every size.
func TestSweepStudent(t *testing.T) {
	t.Parallel()
	deck := coursetest.Deck(t)
	states := []lectureState{
		{"name", func(l *lecture) { l.join(size{80, 24}, "", false) }},
		{"name/long", func(l *lecture) { l.join(size{80, 24}, strings.Repeat("界e\u0301x", 40), false) }},
		{"waiting", func(l *lecture) { l.join(size{80, 24}, "ada", true) }},
	}
	for n, s := range deck.Slides {
		quiz := false
		for _, b := range s.Blocks() {
			quiz = quiz || b.Kind == "quiz"
		}
		if n%8 != 0 && !quiz {
			continue
		}
		states = append(states, lectureState{fmt.Sprintf("slide/%d", n+1), func(l *lecture) {
			l.join(size{80, 24}, "ada", true)
			l.slide(n)
			l.follow(n)
			if quiz {
				l.s.Update(teatesting.Key("1"))
			}
		}})
	}
	sweepLecture(t, studentMin, states, func(l *lecture, win size) string {
		l.s.Update(tea.WindowSizeMsg{Width: win.w, Height: win.h})
		return l.s.Content()
	})
}
