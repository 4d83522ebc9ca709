package presenter

import (
	"fmt"
	"strings"
	"testing"

	"faultline/internal/classroom"
)

// testFingerprint is a host key fingerprint of the real length.
const testFingerprint = "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"

// newJoinPresenter is a presenter over "fallacies" at w×h serving a hub
// on loopback with join code K7MQ3P.
func newJoinPresenter(t *testing.T, w, h int) (*Presenter, *classroom.Hub) {
	t.Helper()
	m, _ := newTestPresenter(t, w, h, 0, "fallacies")
	hub := classroom.NewHub(classroom.Config{JoinCode: "K7MQ3P"})
	m.class = &Classroom{Hub: hub, Connect: "ssh -p 2299 127.0.0.1", Fingerprint: testFingerprint}
	return m, hub
}

// joinN has n students join hub from loopback.
func joinN(t *testing.T, hub *classroom.Hub, n int) {
	t.Helper()
	for i := range n {
		if _, err := hub.Join(fmt.Sprintf("s%d", i), fmt.Sprintf("127.0.0.1:%d", 1000+i)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestJoinScreen: j puts the join screen up with the command, the code in
// block letters, the whole fingerprint and the live count; j and esc
// return to the slide.
func TestJoinScreen(t *testing.T) {
	m, hub := newJoinPresenter(t, 100, 30)
	slide := plain(m)
	press(m, "j")
	got := plain(m)
	for _, want := range []string{"ssh -p 2299 127.0.0.1", testFingerprint, "0 students joined", "█"} {
		if !strings.Contains(got, want) {
			t.Errorf("join screen lacks %q:\n%s", want, got)
		}
	}
	joinN(t, hub, 1)
	if got := plain(m); !strings.Contains(got, "1 student joined") {
		t.Errorf("the count does not follow a student joining:\n%s", got)
	}
	press(m, "x")
	if got := plain(m); !strings.Contains(got, "j or esc returns") || !strings.Contains(got, testFingerprint) {
		t.Errorf("a stray key left the join screen or said nothing:\n%s", got)
	}
	for _, back := range []string{"j", "esc"} {
		press(m, back)
		got := plain(m)
		if strings.Contains(got, "student joined") || withoutClassLine(got) != withoutClassLine(slide) {
			t.Errorf("%s did not return to the slide:\n%s", back, got)
		}
		if back == "j" {
			press(m, "j")
		}
	}
}

// TestJoinScreenSmall: at 80×24 the code (in block letters) and the
// fingerprint are whole.
func TestJoinScreenSmall(t *testing.T) {
	m, _ := newJoinPresenter(t, 80, 24)
	press(m, "j")
	got := plain(m)
	if !strings.Contains(got, testFingerprint) {
		t.Errorf("fingerprint cut at 80×24:\n%s", got)
	}
	if !strings.Contains(got, "█") {
		t.Errorf("no block letters at 80×24:\n%s", got)
	}
	body := strings.Split(got, "\n")
	for _, l := range body[:len(body)-1] { // the footer's title may be cut
		if strings.Contains(l, "…") {
			t.Errorf("a line is cut at 80×24: %q", l)
		}
	}
	// The code plain, where block letters cannot fit (40×12), is whole too.
	m, _ = newJoinPresenter(t, 40, 12)
	press(m, "j")
	if got := plain(m); !strings.Contains(got, "K7MQ3P") {
		t.Errorf("code missing at 40×12:\n%s", got)
	}
}

// TestJoinNotServed: without --serve, j says the lecture is not served
// and the slide stays.
func TestJoinNotServed(t *testing.T) {
	m, _ := newTestPresenter(t, 100, 30, 0, "fallacies")
	press(m, "j")
	if m.mode != modeSlides {
		t.Errorf("j without a classroom changed the mode to %d", m.mode)
	}
	if got := plain(m); !strings.Contains(got, "not served: start with --serve") {
		t.Errorf("j without --serve says nothing:\n%s", got)
	}
}

// withoutClassLine is a screen without the classroom line (its count
// changes as students join).
func withoutClassLine(screen string) string {
	lines := strings.Split(screen, "\n")
	return strings.Join(append(lines[:len(lines)-2:len(lines)-2], lines[len(lines)-1]), "\n")
}

// TestJoinScreenAndRosterShareKeys: on the join screen and on the roster
// alike, q asks to quit, ? opens the help and a stray key says how to go
// back to the slide, naming the screen.
func TestJoinScreenAndRosterShareKeys(t *testing.T) {
	for _, screen := range []struct{ open, stray string }{
		{"j", "join screen · j or esc returns to the slide"},
		{"w", "roster · w or esc returns to the slide"},
	} {
		m, _ := newJoinPresenter(t, 100, 30)
		press(m, screen.open, "q")
		if m.mode != modeQuit || !strings.Contains(plain(m), "Quit the lecture? y/n") {
			t.Errorf("%s, q: mode %d, want the quit question", screen.open, m.mode)
		}
		press(m, "n", screen.open, "?")
		if m.mode != modeHelp {
			t.Errorf("%s, ?: mode %d, want the help", screen.open, m.mode)
		}
		press(m, "esc", screen.open, "z")
		if got := plain(m); !strings.Contains(got, screen.stray) {
			t.Errorf("%s, a stray key does not say %q:\n%s", screen.open, screen.stray, got)
		}
	}
}
