package sshserver

import (
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"faultline/internal/classroom"
	"faultline/internal/lecture"
	"faultline/lessons"
	"faultline/tui/common"
	"faultline/tui/presenter"
	"faultline/tui/theme"
)

// lecturer runs a real presenter for a test as Bubble Tea would: one
// message at a time, each command's message fed back.
type lecturer struct {
	p    *presenter.Presenter
	msgs chan tea.Msg
}

// newLecturer is the presenter of deck at w×h, publishing to srv's hub.
func newLecturer(tb testing.TB, srv *Server, deck *lecture.Deck, w, h int) *lecturer {
	tb.Helper()
	c, bank := loadCourse(tb)
	ctx := &common.Context{Styles: theme.New(true), Course: c}
	p := presenter.New(ctx, presenter.Options{Deck: deck, Bank: bank,
		Classroom: &presenter.Classroom{Hub: srv.cfg.Hub, Connect: "ssh " + srv.Addr().String(), Fingerprint: "SHA256:test"}})
	l := &lecturer{p: p, msgs: make(chan tea.Msg, 256)}
	l.run(p.Init())
	l.send(tea.WindowSizeMsg{Width: w, Height: h})
	return l
}

// run carries out cmd in the background, its message queued for send.
func (l *lecturer) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		if msg := cmd(); msg != nil {
			l.msgs <- msg
		}
	}()
}

// send hands msg to the presenter (a batch's commands each run).
func (l *lecturer) send(msg tea.Msg) {
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			l.run(c)
		}
		return
	}
	_, cmd := l.p.Update(msg)
	l.run(cmd)
}

// keys presses keys on the presenter, as their names.
func (l *lecturer) keys(names ...string) {
	for _, k := range names {
		code := []rune(k)[0]
		if k == "enter" {
			code = tea.KeyEnter
		}
		l.send(tea.KeyPressMsg{Code: code, Text: map[bool]string{true: k, false: ""}[len(k) == 1]})
	}
}

// until feeds the presenter its commands' messages until ok says so,
// failing after d.
func (l *lecturer) until(tb testing.TB, d time.Duration, ok func() bool) {
	tb.Helper()
	deadline := time.After(d)
	for !ok() {
		select {
		case msg := <-l.msgs:
			l.send(msg)
		case <-time.After(5 * time.Millisecond):
		case <-deadline:
			tb.Fatalf("gave up after %v", d)
		}
	}
}

// clockOn reads the scenario's clock, "t 3.2 s of 120 s", off a
// student's screen; -1 when it shows none.
var clockOn = regexp.MustCompile(`t (\d+\.\d) s of 120 s`)

func scenarioClock(c *sshClient) float64 {
	m := clockOn.FindStringSubmatch(c.scr.String())
	if m == nil {
		return -1
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}

// TestScenarioPlaysOnStudentsScreens is the classroom end to end: a real
// presenter starts the failover lesson's first scenario, and a student
// following over SSH on a 72×24 terminal sees it play, its clock
// moving on with no key pressed, drawn whole at the student's width and,
// as on the projector, taking the slide under its heading.
func TestScenarioPlaysOnStudentsScreens(t *testing.T) {
	deck := testDeck(t, "failover")
	srv, _ := startServer(t, deck, nil)
	slide := -1
	for i, s := range deck.Slides {
		for _, b := range s.Blocks() {
			if b.Kind == lessons.KindScenario && slide < 0 {
				slide = i
			}
		}
	}
	if slide < 0 {
		t.Fatal("no scenario in the failover lesson")
	}
	l := newLecturer(t, srv, deck, 120, 40)
	c := connect(t, srv, 72, 24, true)
	c.join(t, "ana")
	c.waitFor(t, "slide 1/", 5*time.Second)
	l.keys(append([]string{}, []string{strconv.Itoa(slide + 1), "enter"}...)...)
	c.waitFor(t, "slide "+strconv.Itoa(slide+1)+"/", 5*time.Second)
	l.keys("enter") // use the scenario: it plays
	c.waitFor(t, "▶ playing", 5*time.Second)
	first := -1.0
	l.until(t, 10*time.Second, func() bool {
		now := scenarioClock(c)
		if first < 0 {
			first = now
		}
		return first >= 0 && now >= first+0.5
	})
	for _, want := range []string{"in flight", "Timeline", "Live figures"} {
		if !c.shows(want) {
			t.Errorf("the student's scenario lacks %q:\n%s", want, c.scr.String())
		}
	}
}

// BenchmarkRoomScenarioCPU200 plays a scenario on the presenter's slide
// while 200 students follow it over loopback SSH (a fleet in a child
// process, so the CPU measured is the presenter's and the server's); one
// op is a second of that, and cpu-% is the CPU time used over it in
// percent of one core: what mirroring a scenario costs the room, beside
// BenchmarkRoomIdleCPU200's still slide.
func BenchmarkRoomScenarioCPU200(b *testing.B) {
	r := newRoom(b)
	r.startFleet(b, roomStudents)
	slide := -1
	for i, s := range r.deck.Slides {
		for _, bl := range s.Blocks() {
			if bl.Kind == lessons.KindScenario && slide < 0 {
				slide = i
			}
		}
	}
	if slide < 0 {
		b.Fatal("no scenario in the deck")
	}
	for _, c := range strconv.Itoa(slide + 1) {
		r.prog.Send(tea.KeyPressMsg{Code: c, Text: string(c)})
	}
	r.prog.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	r.prog.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // use the scenario: it plays
	deadline := time.Now().Add(hangGuard)
	for f, _ := r.hub.Current(); len(f.Live) == 0 || f.InUse == 0; f, _ = r.hub.Current() {
		if time.Now().After(deadline) {
			b.Fatal("the scenario never reached the students")
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(roomIdle) // the slide change's redraws settle
	runtime.GC()
	start, cpu0, seq0 := time.Now(), cpuTime(b), current(r.hub)
	for b.Loop() {
		time.Sleep(roomIdle)
	}
	cpu, wall := cpuTime(b)-cpu0, time.Since(start)
	b.ReportMetric(100*cpu.Seconds()/wall.Seconds(), "cpu-%")
	b.ReportMetric(float64(current(r.hub)-seq0)/wall.Seconds(), "frames/s")
	reportLoad(b)
}

// current is the Seq of the hub's newest frame.
func current(h *classroom.Hub) uint64 {
	f, _ := h.Current()
	return f.Seq
}

// clockIn finds a scenario's clock in a drawing: "t 3.2 s of".
var clockIn = regexp.MustCompile(`t \d+\.\d s of`)

// BenchmarkRoomScenarioFrameToLastScreen200 plays the deck's first
// scenario on a real presenter while 200 students follow it over loopback
// SSH; one op is one frame of it, from the presenter publishing it until
// the last student's screen shows its clock. The median and the 99th
// percentile are reported (the figure: a playing scenario keeps
// the slides' p99, 120 ms). The presenter runs the next frame only once
// every student shows this one. Run it with -benchtime 200x for a
// meaningful p99 (about 45 s of the scenario's 120).
func BenchmarkRoomScenarioFrameToLastScreen200(b *testing.B) {
	deck := testDeck(b)
	srv, hub := startServer(b, deck, nil)
	slide := -1
	for i, s := range deck.Slides {
		for _, bl := range s.Blocks() {
			if bl.Kind == lessons.KindScenario && slide < 0 {
				slide = i
			}
		}
	}
	if slide < 0 {
		b.Fatal("no scenario in the deck")
	}
	l := newLecturer(b, srv, deck, 100, 30)
	c := &class{deck: deck, hub: hub, students: roomStudents}
	first := footerPos(deck, l.p.Nav())
	c.target.Store(&first)
	c.connect(b, srv, roomStudents, true)
	l.keys(append(strings.Split(strconv.Itoa(slide+1), ""), "enter", "enter")...) // the scenario's slide; use it: it plays

	// clock is the scenario's clock in the hub's newest frame, or "".
	clock := func() string {
		f, _ := hub.Current()
		for _, d := range f.Live {
			if d != nil {
				if t := clockIn.FindString(d.Draw(78, 20, true)); t != "" {
					return t
				}
			}
		}
		return ""
	}
	shown := ""
	lat := make([]time.Duration, 0, b.N)
	for b.Loop() {
		// The presenter runs until it publishes a frame with a new clock.
		var start time.Time
		deadline := time.After(hangGuard)
		for start.IsZero() {
			before := current(hub)
			select {
			case msg := <-l.msgs:
				l.send(msg)
			case <-deadline:
				b.Fatal("the scenario published no new frame")
			}
			if current(hub) == before {
				continue
			}
			published := time.Now()
			if t := clock(); t != "" && t != shown {
				start, shown = published, t
			}
		}
		c.arrived.Add(c.students)
		c.target.Store(&shown)
		for _, w := range c.watchers { // those that drew it before it was awaited
			w.check()
		}
		if !waitGroup(&c.arrived, hangGuard) {
			b.Fatalf("not every student showed %q", shown)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "median-ms")
	b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)-1].Microseconds())/1000, "worst-ms")
	reportLoad(b)
}
