package presenter

import (
	"regexp"
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/tui/common"
	"faultline/tui/components/slideview"
)

// newMirrorPresenter is a presenter at 120×40 on the first scenario slide
// of "failover", students following through a hub; its own clock tick is
// left out so that a command is only ever the scenario's next frame.
func newMirrorPresenter(t *testing.T) (*Presenter, *clock, *classroom.Hub) {
	t.Helper()
	m, clk := newTestPresenter(t, 120, 40, 0, "failover")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2222 localhost", Fingerprint: "SHA256:abc"}
	m.ticking = true
	m.move(lecture.Nav{Slide: slideWith(t, m, "scenario")})
	return m, clk, hub
}

// scenarioTime is the simulated time a student's screen shows in the
// scenario's header, "t 3.2 s of 120 s", or -1 when it shows none.
func scenarioTime(t *testing.T, m *Presenter, f classroom.Frame) float64 {
	t.Helper()
	r := slideview.NewSlideRenderer(m.deck)
	out := ansi.Strip(r.Render(true, slideview.StudentSlide{Nav: lecture.Nav{Slide: f.State.Slide, Step: f.State.Step},
		Widgets: f.Widgets, Live: drawings(f.Live), Width: 80, Height: 40}))
	got := regexp.MustCompile(`t (\d+\.\d) s of 120 s`).FindStringSubmatch(out)
	if got == nil {
		return -1
	}
	v, _ := strconv.ParseFloat(got[1], 64)
	return v
}

// frameOf runs cmd, the scenario's next frame, and hands its message to
// the presenter; it returns the command for the frame after.
func frameOf(t *testing.T, m *Presenter, cmd tea.Cmd) tea.Cmd {
	t.Helper()
	if cmd == nil {
		t.Fatal("the scenario asked for no next frame")
	}
	_, next := m.Update(cmd())
	return next
}

// TestScenarioAdvancesOnStudentsScreens starts the scenario on the
// presenter and checks that, through the hub, a student's screen shows
// its clock moving on with every frame sent, with no key pressed.
func TestScenarioAdvancesOnStudentsScreens(t *testing.T) {
	m, clk, hub := newMirrorPresenter(t)
	s, err := hub.Join("ana", "127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	_, cmd := m.Update(keyMsg("enter")) // use the widget: the scenario plays
	f := <-s.Frames()
	last := scenarioTime(t, m, f)
	if last < 0 {
		t.Fatalf("the student's screen shows no scenario clock")
	}
	for range 3 {
		clk.t = clk.t.Add(mirrorEvery)
		cmd = frameOf(t, m, cmd)
		select {
		case f = <-s.Frames():
		default:
			t.Fatalf("a scenario frame %v after the last reached no student", mirrorEvery)
		}
		now := scenarioTime(t, m, f)
		if now <= last {
			t.Fatalf("the student's scenario stands at t %.1f s after t %.1f s", now, last)
		}
		last = now
	}
}

// TestMirrorWaitsBetweenFrames checks that frames of a playing scenario
// closer together than mirrorEvery are not all sent: the next one sent
// carries the latest state.
func TestMirrorWaitsBetweenFrames(t *testing.T) {
	m, clk, hub := newMirrorPresenter(t)
	_, cmd := m.Update(keyMsg("enter"))
	first, _ := hub.Current()
	cmd = frameOf(t, m, cmd) // no time has passed on the presenter's clock
	if f, _ := hub.Current(); f.Seq != first.Seq {
		t.Fatalf("a frame was sent %v after the last, under %v", time.Duration(0), mirrorEvery)
	}
	clk.t = clk.t.Add(mirrorEvery)
	frameOf(t, m, cmd)
	f, _ := hub.Current()
	if f.Seq == first.Seq {
		t.Fatal("no frame was sent once mirrorEvery had passed")
	}
	if got, want := scenarioTime(t, m, f), scenarioTime(t, m, first)+0.2; got < want-0.01 {
		t.Errorf("the frame sent shows t %.1f s, not the latest %.1f s", got, want)
	}
}

// TestMirrorStopsWhenPaused checks that pausing the scenario sends its
// last state at once, and that from then on nothing is sent while
// nothing changes: neither the scenario's stale frame nor the
// presenter's clock ticks.
func TestMirrorStopsWhenPaused(t *testing.T) {
	m, clk, hub := newMirrorPresenter(t)
	_, cmd := m.Update(keyMsg("enter"))
	clk.t = clk.t.Add(mirrorEvery)
	stale := frameOf(t, m, cmd) // the frame after this one, asked for before the pause
	m.Update(keyMsg("space"))   // pause
	paused, _ := hub.Current()
	if got := scenarioTime(t, m, paused); got < 0 {
		t.Fatal("the paused scenario was not sent")
	}
	late := stale() // a tick cmd runs once; its message is sent again
	for range 3 {
		clk.t = clk.t.Add(time.Second)
		m.Update(late)
		m.Update(tickMsg{})
	}
	if f, _ := hub.Current(); f.Seq != paused.Seq {
		t.Errorf("%d frames were sent while the scenario stood paused", f.Seq-paused.Seq)
	}
}

// TestWidgetInUseIsSent: students are told which widget the presenter is
// using, so it takes their slide too, and when the keys go back.
func TestWidgetInUseIsSent(t *testing.T) {
	m, _, hub := newMirrorPresenter(t)
	m.Update(keyMsg("enter"))
	if f, _ := hub.Current(); f.InUse != 1 {
		t.Errorf("using the scenario sent InUse %d, want 1", f.InUse)
	}
	m.Update(keyMsg("esc"))
	m.Update(common.BackMsg{}) // what esc's command brings
	if f, _ := hub.Current(); f.InUse != 0 {
		t.Errorf("after esc students were sent InUse %d, want 0", f.InUse)
	}
}
